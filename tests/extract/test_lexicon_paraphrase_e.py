"""Lexicon rows from round-2 paraphrases of CAMEO codes 09-14 in older agency style, through the real model.

Each row of this block of ``triggers.tsv`` ("dug into the killing", "delved into the allegations", "took
exception to", "poured cold water on the plan", "hurled abuse at", "heaped scorn on", "sought
help", "threw out the proposal", "vowed to retaliate", "swore to avenge",
"shut their shops in protest") has one sentence written for this test (none comes from a gold or
development file) that must code with the row's type, and the rows' conditions must keep the
false friends below silent (rubble dug into, water poured on a fire, sand heaped on a bank,
furniture thrown out, shops closed for a holiday, a coach vowing to avenge a defeat, a
cabinet's call on a budget).
"""

from __future__ import annotations

import pytest
from lexicon_cases import type_tests

pytestmark = pytest.mark.slow

CASES: list[tuple[str, str]] = [
    # ACCUSE/investigate: killings or allegations dug or delved into
    ("ACCUSE", "Uruguayan police were digging into the murder of the trade union leader."),
    ("ACCUSE", "Malaysian prosecutors delved into allegations of bribery at the state oil company."),
    # ACCUSE/disapprove: exception taken, cold water poured, abuse hurled, scorn heaped
    ("ACCUSE", "Indonesia took exception to Australian criticism of its policy in East Timor."),
    ("ACCUSE", "The Saudi foreign minister poured cold water on the Yemeni proposal for a federation."),
    ("ACCUSE", "Greek Cypriot protesters hurled abuse at the Turkish envoy in Nicosia."),
    ("ACCUSE", "The Cuban president heaped criticism on the Organization of American States."),
    # REQUEST: help sought
    ("REQUEST", "Mozambique sought Portuguese assistance to repair the railway to Beira."),
    # REJECT: a proposal thrown out
    ("REJECT", "The Nigerian senate threw out a request by the president for emergency powers."),
    # THREATEN: vowing or swearing to retaliate or avenge
    ("THREATEN", "The Sikh militants vowed to avenge the storming of the Golden Temple."),
    ("THREATEN", "The Hezbollah leader swore to retaliate against Israel for the raid."),
    # PROTEST: shops closed or shut in protest
    ("PROTEST", "Traders in Kathmandu shut their shops in protest against the new taxes."),
    ("PROTEST", "Haitian traders closed their stalls in protest against the fuel price rise."),
]

NO_EVENT = [
    "Rescue workers in Mexico dug into the rubble of the collapsed hotel.",
    "The Chilean historian delved into the archives of the colonial period.",
    "Kenyan firefighters poured water on the burning fuel tanker.",
    "Egyptian farmers heaped sand on the banks of the canal.",
    "The Nigerian hotel threw out its old furniture last year.",
    "Traders in Lagos closed their shops early for the Christmas holiday.",
    "The Argentine coach vowed to avenge the World Cup defeat by Germany.",
    "The Kenyan cabinet made a call on the new budget on Friday.",
]


test_sentence_codes_its_type, test_condition_keeps_false_friend_silent = type_tests(CASES, NO_EVENT)
