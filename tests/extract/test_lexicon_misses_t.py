"""Lexicon rows and conditions from the seventh round of coder work, through the real model.

Conditions added in this round: a candidate seeking a term or calling an election asks no one
for anything ("seek" and "call for" are REQUEST only without such an object); talks, visits and
summits postponed, deferred, delayed or put off are REJECT, as the manual codes cancellations;
"call for/on" with an object of its own ("called Nevada for Biden") asks nothing; "attacked X as
a traitor" is an attack in words. Each family has
sentences written for this test (none comes from a gold or development file) that must code
with the row's type, and false friends that must stay silent.
"""

from __future__ import annotations

import pytest
from lexicon_cases import type_tests

pytestmark = pytest.mark.slow

CASES: list[tuple[str, str]] = [
    # REQUEST: "seek" and "call for/on" keep coding requests
    ("REQUEST", "The Malian government sought the extradition of the coup leader from Ivory Coast."),
    ("REQUEST", "The Lebanese cabinet called on Syria to pull its troops back from the Bekaa."),
    # REJECT (the manual: cancelled meetings): talks, visits and summits put off or postponed
    ("REJECT", "The Nepalese prime minister postponed his visit to New Delhi."),
    ("REJECT", "Eritrea put off the border talks with Ethiopia until next year."),
    ("REJECT", "Armenia deferred the summit with Azerbaijan on Friday."),
    # ACCUSE: a party attacked as something (in words)
    ("ACCUSE", "The Iranian president attacked the Saudi king as a traitor to Islam."),
    # REQUEST: "called upon X to" keeps asking
    ("REQUEST", "Kenya called upon Uganda to withdraw its troops from the island."),
]

NO_EVENT = [
    "The Bolivian president will seek a third term in office next year.",
    "The Ghanaian vice president is seeking the nomination of the ruling party.",
    "The Dutch prime minister called a snap election for March.",
    "The Austrian chancellor called elections for October on Sunday.",
    "Heavy snow delayed the trains from Vienna to Munich.",
    "The Thai minister postponed the launch of the new airport terminal.",
    "Two American networks called Nevada for the Democratic candidate on Saturday.",
]


test_sentence_codes_its_type, test_condition_keeps_false_friend_silent = type_tests(CASES, NO_EVENT)
