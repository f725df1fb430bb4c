"""Lexicon rows for modern wire wording of CAMEO 03-08 (round 3 paraphrase gaps), through the real model.

Each row family of this block of ``triggers.tsv`` ("sat down with" a counterpart, aid "rolled out",
"channelled", "earmarked" or "ferried", money "pumped" or "injected" into a foreign bank or
economy, a threat "walked back", a demand "backtracked on", course "reversed") has one sentence
written for this test (none comes from a gold or development file) that must code with the
row's type, and the rows' conditions must keep the false friends below silent (an interview,
a product roll-out, a domestic budget line, tourists ferried, a walk back home).
"""

from __future__ import annotations

import pytest
from lexicon_cases import type_tests

pytestmark = pytest.mark.slow

CASES: list[tuple[str, str]] = [
    # CONSULT: sitting down with a counterpart
    ("CONSULT", "Indian Prime Minister Narendra Modi sat down with Chinese President Xi Jinping in Kazan."),
    # AID: aid rolled out, channelled, earmarked, ferried; money pumped or injected into a bank
    ("AID", "UNICEF rolled out emergency relief to flood-hit families in northern Bangladesh."),
    ("AID", "Norway channelled humanitarian assistance to Yemen through the Red Crescent."),
    ("AID", "The Asian Development Bank earmarked fresh aid for Nepal after the landslides."),
    ("AID", "Turkish navy ships ferried medicine and food to the Libyan port of Misrata."),
    ("AID", "The United Arab Emirates pumped three billion dollars into Egypt's central bank."),
    ("AID", "China injected one billion dollars into the Argentine central bank under a swap line."),
    # CONCEDE: a threat walked back, a demand backtracked on, course reversed
    ("CONCEDE", "Ankara walked back its threat to block Sweden's NATO membership."),
    ("CONCEDE", "The Bangladeshi government backtracked on its fuel price hike after days of unrest."),
    ("CONCEDE", "The Kenyan Treasury reversed course on the bread tax."),
]

NO_EVENT = [
    "The Chilean president sat down with reporters at the palace on Friday.",
    "Apple rolled out a new version of its phone software in Berlin.",
    "The Dutch firm pumped water into the flooded polder.",
    "The Spanish ferry company ferried tourists to Ibiza.",
    "The French minister walked back to his car in Lyon.",
    "The Polish driver reversed the truck into the yard.",
]


test_sentence_codes_its_type, test_false_friends_code_nothing = type_tests(CASES, NO_EVENT)
