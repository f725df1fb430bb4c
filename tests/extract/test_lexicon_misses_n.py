"""Lexicon rows of block n of ``triggers.tsv`` (wording families from the coder's misses on
the dev_cameo_a, _b and _d sentences), through the real model.

Each row family ("handed over the cartel boss", "released a loan instalment", "kept the curbs
in place", "a nationwide stoppage", "withdrew its mediators", "stepped up pressure on",
"withdrew the press passes", "scaled back its build-up", "lobbied on behalf of", "emptied the
villages", "drove migrants across the border", "chained hostages to the depot"; and three rows
placed before main-file rows that won wrongly: protesters "ended their occupation", fishing
crews "sent back", fishermen "sealed off" a port) has one
sentence written for this test (none comes from a gold or development file) that must code
with the row's type, and the rows' conditions must keep the false friends below silent (floods
emptying villages, lorries driven across a border, freed captives driven to it, bikes chained to a bridge, a suspect
handcuffed to a bench, runners stepping up the pressure, an injury stoppage).
"""

from __future__ import annotations

import pytest
from lexicon_cases import type_tests

pytestmark = pytest.mark.slow

CASES: list[tuple[str, str]] = [
    # COOPERATE: a rebel commander or drug kingpin handed over
    ("COOPERATE", "Peru handed over the rebel commander to Bolivian authorities at the border."),
    ("COOPERATE", "Guatemala handed over a drug kingpin to American agents on Thursday."),
    # AID: a loan instalment or funds released
    ("AID", "The World Bank released a loan instalment to Ghana."),
    ("AID", "The European Union released funds to Moldova on Wednesday."),
    # REJECT: curbs kept in place
    ("REJECT", "The Saudi government kept the curbs on foreign preachers in place."),
    # PROTEST: a nationwide stoppage
    ("PROTEST", "Colombian truckers extended their nationwide stoppage on Tuesday."),
    # SANCTION: mediators or verifiers withdrawn
    ("SANCTION", "The Arab League withdrew its mediators from Libya."),
    # COERCE: pressure stepped up; persecution; press passes withdrawn
    ("COERCE", "The Iranian authorities stepped up pressure on Baha'i students in Shiraz."),
    ("COERCE", "Tajikistan's persecution of Salafi clerics intensified in April."),
    ("COERCE", "Uganda withdrew the press passes of three Kenyan reporters."),
    # RETREAT: a build-up scaled back
    ("RETREAT", "Pakistan scaled back its troop build-up along the Afghan border."),
    # SUPPORT: lobbying on behalf of someone
    ("SUPPORT", "The Nigerian president lobbied African leaders on behalf of Gambia."),
    # ASSAULT: villages emptied; people driven across the border; hostages chained to targets
    ("ASSAULT", "Myanmar troops emptied Rohingya villages in Rakhine state."),
    ("ASSAULT", "Moroccan police drove hundreds of Guinean migrants across the border into Algeria."),
    ("ASSAULT", "Chechen rebels chained Russian hostages to the radar station."),
    ("ASSAULT", "The Libyan militia handcuffed Egyptian hostages to the fuel depot."),
    # rows placed before main-file rows: protesters end an occupation (CONCEDE, not a
    # withdrawal); a seized crew sent back (a release, not a deportation); fishermen seal off
    # a port (a protest, not a restriction)
    ("CONCEDE", "Hundreds of Chilean students ended their occupation of the education ministry on Friday."),
    ("CONCEDE", "Striking Peruvian miners ended their blockade of the highway to Arequipa."),
    ("RETREAT", "Vietnam sent back two Chinese fishing boats and their crews on Tuesday."),
    ("PROTEST", "Angry Spanish fishermen sealed off the port of Vigo with their trawlers."),
]

NO_EVENT = [
    "Floods emptied riverside villages across northern Bangladesh.",
    "Canadian truckers drove their lorries across the border into Michigan.",
    "The four freed Italian engineers were driven to the Tunisian border on Thursday.",
    "Dutch cyclists chained their bikes to the bridge near the station.",
    "The police handcuffed the suspect to a bench at the station.",
    "The Irish farmer kept the gate in place with a rope.",
    "The Brazilian midfielder complained that the injury stoppage had been too long.",
    "Kenyan runners stepped up the pressure in the final lap of the Berlin marathon.",
    "The Italian novel describes persecution in the Middle Ages.",
    "The outgoing governor handed over his office keys to his successor in Lagos.",
]


test_sentence_codes_its_type, test_condition_keeps_false_friend_silent = type_tests(CASES, NO_EVENT)
