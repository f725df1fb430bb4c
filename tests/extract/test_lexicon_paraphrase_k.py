"""Lexicon rows for CAMEO 07-10 in state-media and nominal wording (paraphrase round four), through the real model.

Each row family added (block k of ``triggers.tsv``) for translated agency copy and for events told as
nouns or passives ("extended 300 million rupees", "handed over relief supplies", "rendered
assistance", "announced the provision of patrol boats", "escorted the tankers", "opened its
borders to refugees", "gave in to calls", "scrapped the fuel levy", "abolished the special
courts", "handed over the remains", "returned the detained fishermen", "announced the release of
the soldiers", "an exchange of prisoners was carried out", "the handover of the captured
soldiers", "disbanded the militias", "allowed the delivery of medical supplies", "opened a
criminal case into", "reiterated its call upon X to", "submitted a request") has one sentence
written for this test (none comes from a gold or development file) that must code with the
row's type, and the rows' conditions must keep the false friends below silent (a call made on
Monday, a report submitted, a film's release, a currency exchange, a book presented, a rock band
disbanded, a ship escorted into harbour by tugs, a mall opening its doors to shoppers, keys
handed over to new owners).
"""

from __future__ import annotations

import pytest
from lexicon_cases import type_tests

pytestmark = pytest.mark.slow

CASES: list[tuple[str, str]] = [
    # AID: other currencies extended; relief handed over; assistance rendered; equipment presented;
    # the provision or delivery of aid or arms; ships escorted
    ("AID", "New Delhi extended 300 million rupees to Kathmandu for the new highway."),
    ("AID", "The Kuwaiti government handed over relief supplies to the Sudanese Red Crescent."),
    ("AID", "Baku rendered assistance to the earthquake victims in Turkey, AZERTAC said."),
    ("AID", "Seoul presented ten ambulances to the Mongolian health ministry."),
    ("AID", "Canberra announced the provision of patrol boats to Port Moresby."),
    ("AID", "Moscow announced the delivery of wheat to Damascus."),
    ("AID", "Indian warships escorted the Saudi tankers through the Strait of Hormuz."),
    ("AID", "Budapest opened its borders to Ukrainian refugees, MTI said."),
    # CONCEDE: giving in to calls; a fuel levy scrapped; special courts abolished
    ("CONCEDE", "The Peruvian government gave in to calls for early elections."),
    ("CONCEDE", "The Kenyan government scrapped the fuel levy after a week of riots."),
    ("CONCEDE", "Islamabad abolished the special military courts, state radio said."),
    ("CONCEDE", "Tunis announced the abolition of the emergency courts."),
    # RETREAT: remains handed over; detained fishermen returned; captives' release announced;
    # a prisoner exchange or handover; militias disbanded; a delivery of supplies allowed
    ("RETREAT", "Hanoi handed over the remains of three American airmen, VNA said."),
    ("RETREAT", "Colombo returned the detained Indian fishermen to New Delhi."),
    ("RETREAT", "Caracas announced the release of the Colombian soldiers."),
    ("RETREAT", "An exchange of prisoners was carried out by Sanaa and Riyadh."),
    ("RETREAT", "Ankara announced the handover of the captured Syrian soldiers to Damascus."),
    ("RETREAT", "The Iraqi government disbanded the tribal militias in Anbar."),
    ("RETREAT", "Cairo allowed the delivery of medical supplies to Gaza through Rafah."),
    # ACCUSE/investigate: a criminal case opened into a killing
    ("ACCUSE", "Kazakh prosecutors opened a criminal case into the death of the journalist."),
    # REQUEST: a call upon someone to act; a request submitted
    ("REQUEST", "Tehran reiterated its call upon Riyadh to respect the sovereignty of Yemen, IRNA said."),
    ("REQUEST", "Kabul submitted a request to Tashkent for electricity supplies."),
]

NO_EVENT = [
    "The Croatian minister made a call on Monday to his Slovenian counterpart.",
    "The auditors submitted their report to the Bulgarian parliament.",
    "The release of the new Bollywood film was delayed until March.",
    "The exchange of currencies at Thai airports rose last year.",
    "The Danish author presented her new book in Copenhagen.",
    "The Swedish rock band disbanded in 2015.",
    "The cruise ship was escorted into the harbour by two tugs.",
    "Kenyan athletes gave a warm welcome to the fans in Nairobi.",
    "The new Qatari mall opened its doors to shoppers on Friday.",
    "The handover of the keys to the new owners was completed in Oslo.",
]


test_sentence_codes_its_type, test_condition_keeps_false_friend_silent = type_tests(CASES, NO_EVENT)
