"""Lexicon rows for state-media and nominalised wording of CAMEO 03-06 (round 4 paraphrase block j), through the real model.

Each row family of block j of ``triggers.tsv`` ("signalled willingness to", "expanded trade exchanges",
"handed a suspected financier over to the authorities", "provided drones", "halted its
attacks", "spoke by phone", "left for X on an official visit", "welcomed the visiting
president", "voted in favour of", "forgave", "spoke highly of",
"initialled the agreement", "stepped up cooperation", "bartered food for gold", "trained
together", "jointly built") has one sentence written for this test (none comes from a gold or
development file) that must code with the row's type, and the rows' conditions must keep the
false friends below silent (a central bank's intention to raise rates, a coach praising his
players, villagers bartering at a market, a parliament voting for its budget, a wallet handed
to the police, football teams training together, brothers building a house).
"""

from __future__ import annotations

import pytest
from lexicon_cases import type_tests

pytestmark = pytest.mark.slow

CASES: list[tuple[str, str]] = [
    # AGREE: readiness signalled or indicated; a vow to promote exchanges
    ("AGREE", "The Polisario Front signalled willingness to withdraw its fighters from Guerguerat."),
    ("AGREE", "Kathmandu indicated willingness to reopen the border crossings with China."),
    ("AGREE", "Minsk and Baku vowed to promote exchanges between their universities, the Belta agency reported."),
    ("AGREE", "Hezbollah will cease its raids on Israeli border posts, the group's spokesman said."),
    # COOPERATE: exchanges expanded; a suspect handed over; barter; training together; joint projects
    ("COOPERATE", "Vietnam and Laos expanded trade exchanges along their common border last year."),
    ("COOPERATE", "Kenya handed a suspected al-Shabaab financier over to the Somali authorities."),
    ("COOPERATE", "Tehran and Caracas bartered Iranian food for Venezuelan gold."),
    ("COOPERATE", "Indian and Mongolian soldiers trained together in a camp near Ulaanbaatar."),
    ("COOPERATE", "The Uzbek and Kazakh governments jointly built a power line across the border."),
    ("COOPERATE", "Egyptian and Sudanese prosecutors jointly investigated the smuggling ring."),
    # AID: drones provided; a debt forgiven
    ("AID", "Ankara provided armed drones to the government of Ethiopia."),
    ("AID", "Paris forgave the debts of Mozambique."),
    # RETREAT: attacks halted or stopped
    ("RETREAT", "The Arakan Army halted its attacks on Myanmar army outposts in Rakhine State."),
    ("RETREAT", "Boko Haram stopped its attacks on Chadian army posts around Lake Chad."),
    # CONSULT: by phone; leaving or departing on a visit; a visitor welcomed
    ("CONSULT", "The Qatari emir and the Egyptian president spoke by phone on Wednesday, the official news agency QNA said."),
    ("CONSULT", "The Sri Lankan prime minister left Colombo for New Delhi on an official visit."),
    ("CONSULT", "The Ghanaian president departed Accra on a working visit to Abuja."),
    ("CONSULT", "The Omani sultan welcomed the visiting Iranian president at Al Alam palace in Muscat."),
    # SUPPORT: a vote in favour; forgiveness; speaking highly; an agreement initialled; ties stepped up (cooperation stepped up is COOPERATE)
    ("SUPPORT", "Cuba voted in favour of the Venezuelan candidate at the Human Rights Council."),
    ("SUPPORT", "Phnom Penh forgave Bangkok for the burning of its embassy, the Cambodian premier said."),
    ("SUPPORT", "The Kyrgyz president spoke highly of Kazakhstan's role in the region, the Kabar agency said."),
    ("SUPPORT", "The negotiators of Serbia and Kosovo initialled the agreement in Brussels."),
    ("COOPERATE", "Muscat and New Delhi stepped up their defence cooperation, the Times of Oman reported."),
    ("SUPPORT", "Accra and Lome stepped up their diplomatic contacts, the Ghana News Agency reported."),
]

NO_EVENT = [
    "The central bank signalled its intention to raise interest rates.",
    "The singer signalled her intention to retire next year.",
    "Investors boosted the exchange's trading volumes.",
    "The finder handed over the wallet to the police.",
    "Villagers handed over the lost boy to the police in Kano.",
    "The French company provides helicopters for tourists in the Alps.",
    "Firefighters halted the advance of the blaze near Athens.",
    "The Kenyan parliament voted in favour of the new budget.",
    "The mother forgave her son.",
    "The Kenyan coach spoke highly of his players.",
    "The senator stepped up his campaign for re-election.",
    "Villagers in Niger bartered millet for salt at the market.",
    "The Brazilian and Argentine football teams trained together in Doha before the tournament.",
    "The two brothers jointly built a house in Nairobi.",
]


test_sentence_codes_its_type, test_condition_keeps_false_friend_silent = type_tests(CASES, NO_EVENT)
