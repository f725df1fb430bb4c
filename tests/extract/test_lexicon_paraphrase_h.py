"""Lexicon rows for modern wire-copy wording of CAMEO codes 09-14 (round 3, helper h), through the real model.

Each row added for these wording families ("pushed back against the claims", "thumbed its nose
at", "called out", "tore into", "rounded on", "took aim at", "a fact-finding mission", "a
commission of inquiry", "downed pens") has one sentence written for this test (none comes from a
gold or development file) that must code with the row's type, and the rows' conditions must keep
the false friends below silent (troops pushing back an offensive, a storm tearing into a coast, a
sniper taking aim, a rescue mission, a sales commission).
"""

from __future__ import annotations

import pytest
from lexicon_cases import type_tests

pytestmark = pytest.mark.slow

CASES: list[tuple[str, str]] = [
    # REJECT: pushing back against a statement or demand; thumbing one's nose at a body
    ("REJECT", "Hanoi pushed back against the Philippine claims over the disputed shoals."),
    ("REJECT", "Eritrea's government thumbed its nose at the United Nations sanctions committee."),
    # ACCUSE/disapprove: calling out, tearing into, rounding on, taking aim at a rival
    ("ACCUSE", "The Chilean president called out Bolivia over its support for the smugglers."),
    ("ACCUSE", "The Norwegian foreign minister tore into Moscow over the detention of journalists."),
    ("ACCUSE", "Islamabad rounded on New Delhi after the Indian army chief's comments."),
    ("ACCUSE", "The Arab League took aim at Israel over the settlement expansion."),
    # ACCUSE/investigate: a fact-finding mission; a commission of inquiry
    ("ACCUSE", "The African Union sent a fact-finding mission to Burkina Faso."),
    ("ACCUSE", "The Colombian government established a commission of inquiry into the prison riot."),
    # PROTEST/strike: stethoscopes or pens downed
    ("PROTEST", "Zimbabwean doctors downed stethoscopes over unpaid wages."),
]

NO_EVENT = [
    "Ukrainian troops pushed back against the Russian offensive near Kharkiv.",
    "The central bank pushed back the date of its rate decision.",
    "The hurricane tore into the coast of Louisiana.",
    "The sniper took aim at the convoy.",
    "The tanker sailed on a rescue mission to the Red Sea.",
    "The Italian agent earned a commission of five percent on the sale.",
    "The referee called out the names of the players.",
    "A woman in the crowd called out to the rescuers in English.",
    "The Egyptian military has been called out over the unrest.",
    "The yacht rounded on the cape before dawn.",
]


test_sentence_codes_its_type, test_condition_keeps_false_friend_silent = type_tests(CASES, NO_EVENT)
