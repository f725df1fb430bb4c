"""Lexicon rows for modern wire wording of CAMEO 15-20 (round 3 paraphrase block i), through the real model.

Each row family of this block of ``triggers.tsv`` ("pulled the plug on funding", "ordered the envoy to leave",
"shut down the associations", "stripped of its licence", "cut off access", "suspended the radio
station", "bundled into a van", "rained shells on") has one sentence written for this test (none
comes from a gold or development file) that must code with the row's type, and the rows'
conditions must keep the false friends below silent (a plug pulled on a freezer, a patient told
to leave, an assembly line shut down, a title stripped, a footballer suspended, boos rained on a
referee).
"""

from __future__ import annotations

import pytest
from lexicon_cases import type_tests

pytestmark = pytest.mark.slow

CASES: list[tuple[str, str]] = [
    # SANCTION: the plug pulled on a loan; diplomats ordered to leave
    ("SANCTION", "The Asian Development Bank pulled the plug on a loan to Sri Lanka's power utility."),
    ("SANCTION", "Algeria ordered two Moroccan diplomats to leave within a week."),
    # COERCE: associations shut down; a licence stripped; access cut off; a station suspended;
    # activists bundled into a car
    ("COERCE", "Belarusian authorities shut down dozens of civic associations in Minsk on Thursday."),
    ("COERCE", "The opposition weekly was stripped of its licence by the Tajik authorities."),
    ("COERCE", "Ethiopian troops cut off access to the Tigray region for aid convoys."),
    ("COERCE", "The Malian junta suspended the French radio station in Bamako."),
    ("COERCE", "Zimbabwean police bundled three opposition activists into an unmarked car in Harare."),
    # ASSAULT: shells rained on positions
    ("ASSAULT", "Ukrainian artillery rained shells on Russian positions near Kherson."),
]

NO_EVENT = [
    "The farmer pulled the plug on the old freezer in his barn.",
    "The Belgian doctor ordered the patient to leave the hospital.",
    "The carmaker shut down its assembly line in Ohio for a week.",
    "The cyclist was stripped of his title after a doping test.",
    "The Italian football federation suspended the striker for three matches.",
    "Spectators rained boos on the referee in Madrid.",
]


test_sentence_codes_its_type, test_false_friends_code_nothing = type_tests(CASES, NO_EVENT)
