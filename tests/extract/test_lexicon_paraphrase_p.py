"""Lexicon rows for literal codebook wording of CAMEO 03-06 (block p of triggers.tsv), through the real model.

Each row added for these wording families ("sided with", "aligned itself with", "acted as
mediator", "bargained with", "toured X", "changed its stance", "fought alongside", "opened its
markets to", "gave information to investigators", "worked with the authorities") has one
sentence written for this test (none comes from a gold or development file) that must code with
the row's type, and the rows' conditions must keep the false friends below silent (laws aligned
with rules, an actor acting in a film, tourists bargaining, a band on tour, a leader touring a
home state, a ministry renamed, a market opening higher, a witness giving evidence, a doctor
working with refugees).
"""

from __future__ import annotations

import pytest
from lexicon_cases import type_tests

pytestmark = pytest.mark.slow

CASES: list[tuple[str, str]] = [
    # SUPPORT: siding with; aligning oneself with
    ("SUPPORT", "Bulgaria sided with Greece in the row over the name, officials said."),
    ("SUPPORT", "Laos aligned itself with Hanoi in the dispute, diplomats said."),
    # CONSULT: acting or serving as mediator; bargaining with a party; a leader touring a country
    ("CONSULT", "Algeria acted as an intermediary between Washington and Tehran, officials said."),
    ("CONSULT", "Qatar served as mediator between the Afghan government and the Taliban, diplomats said."),
    ("CONSULT", "The Argentine government bargained with the teachers' union over pay, officials said."),
    ("CONSULT", "The Chinese president toured Kenya and Nigeria last week, the official news agency said."),
    # CONCEDE: a stance changed
    ("CONCEDE", "Turkey changed its stance on the Cyprus plan, diplomats said."),
    # COOPERATE: fighting alongside; markets opened; information to investigators; working with
    # the authorities
    ("COOPERATE", "Chadian troops fought alongside Malian soldiers in the north, the army said."),
    ("COOPERATE", "The European Union opened its markets to Tunisian exports, officials said."),
    ("COOPERATE", "Belgian police provided information to French investigators on the attackers, prosecutors said."),
    ("COOPERATE", "Thai police gave details of the smugglers to Australian investigators, officials said."),
    ("COOPERATE", "Peruvian police worked with the Ecuadorian authorities to clear the border minefields."),
]

NO_EVENT = [
    "Serbia aligned its laws with European Union rules.",
    "The Indian actor acted in a film about Gandhi.",
    "Tourists bargained with street vendors in Cairo.",
    "The Brazilian president toured the flooded areas of Rio.",
    "The French band toured the world last year.",
    "The American president toured the state of Texas after the hurricane.",
    "The Kenyan government changed the name of the ministry.",
    "The Tokyo market opened higher on Monday.",
    "The Dutch company opened a new market in Rotterdam.",
    "The Japanese minister gave no details of the plan.",
    "The witness gave evidence to the court in London.",
    "The Irish doctor worked with refugees in Sudan for ten years.",
    "The Kenyan runner worked with a new coach before the race.",
]


test_sentence_codes_its_type, test_condition_keeps_false_friend_silent = type_tests(CASES, NO_EVENT)
