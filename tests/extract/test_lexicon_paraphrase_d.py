"""Lexicon rows for round 2 paraphrases of CAMEO codes 03-08, through the real model.

Each row family added from older-agency-style paraphrases ("undertook to hold elections",
"patched up their differences", "paid a courtesy call on", "sat down together", "pooled their
resources", "handed over the drug baron", "propped up the regime", "announced the lifting of
the embargo", "opened the border to inspectors", kidnappers letting a captive go, a diplomat set at liberty) has one
sentence written for this test (none comes from a gold or development file) that must code
with the row's type, and the rows' conditions must keep the false friends below silent (a
patched-up road, savings pooled by farmers, an undertaking as a project, a depot opened for trucks, a
firm letting workers go, a lifting of weights, students sitting down together).
"""

from __future__ import annotations

import pytest
from lexicon_cases import type_tests

pytestmark = pytest.mark.slow

CASES: list[tuple[str, str]] = [
    # AGREE: undertaking to do something; differences patched up
    ("AGREE", "The Nepalese king undertook to restore multiparty democracy within a year."),
    ("AGREE", "Ghana and Togo patched up their quarrel over the border closure."),
    # CONSULT: a courtesy call; sitting down together
    ("CONSULT", "The Malaysian foreign minister paid a courtesy call on President Suharto in Jakarta."),
    ("CONSULT", "Israeli and Jordanian negotiators sat down together in Washington."),
    # COOPERATE: resources pooled; a crime boss handed over
    ("COOPERATE", "Bolivia and Paraguay pooled their efforts against the smuggling gangs."),
    ("COOPERATE", "Venezuelan police handed the gangster to Colombian authorities."),
    # AID: a regime propped up
    ("AID", "The Soviet Union propped up the regime of President Najibullah in Kabul."),
    # CONCEDE: lifting, easing, suspension, relaxation of sanctions or bans (as the verbs "lift"
    # and "ease" in the main block, following the manual)
    ("CONCEDE", "The European Community announced the lifting of sanctions against South Africa."),
    ("CONCEDE", "Tokyo announced the suspension of the embargo on Iranian oil."),
    ("CONCEDE", "The Burmese junta announced the lifting of the curfew in Rangoon."),
    ("CONCEDE", "The Algerian government announced the relaxation of the ban on opposition newspapers."),
    # RETREAT access: a border opened to convoys or inspectors
    ("RETREAT", "Sudan opened the border crossing to United Nations convoys."),
    # RETREAT release: captors letting a hostage go
    ("RETREAT", "Sikh militants set the kidnapped Romanian diplomat at liberty in Punjab."),
    ("RETREAT", "Lebanese kidnappers let go the American journalist on Thursday."),
]

NO_EVENT = [
    "Workers in Lagos patched up the road after the floods.",
    "The new Egyptian museum was a huge undertaking for the contractors.",
    "The Kenyan haulage firm opened a new depot for its trucks near the border.",
    "Farmers in Punjab pooled their savings to buy a tractor.",
    "The Australian mining company let go two hundred workers in Perth.",
    "Chinese athletes won three medals in the lifting of weights.",
    "The two Chilean students sat down together on the bench.",
]


test_sentence_codes_its_type, test_condition_keeps_false_friend_silent = type_tests(CASES, NO_EVENT)
