"""Lexicon rows for paraphrased wording of CAMEO codes 03 to 08 (AGREE,
CONSULT, SUPPORT, COOPERATE, AID, CONCEDE, RETREAT) found missing by coding paraphrases, through
the real model.

Each row family ("vowed to end their row", "welcomed his counterpart", "spoke in defence of",
"asked for forgiveness", "patrolled together", "tipped off police", "trained soldiers",
"distributed food", "sent blue helmets", "gave in to the demands", "reversed its decision",
"granted autonomy", "ended the curfew", "eased its blockade", "returned the seized trawler",
"admitted observers", "halted its offensive", "dismantled its outposts") has one sentence
written for this test (none comes from a gold or development file) that must code with the
row's type, and the rows' conditions must keep the false friends below silent (a speech given in
a city, quarterly losses reversed, coupons distributed, stray dogs sheltered, library books
returned, a shift ended, guides tipped).
"""

from __future__ import annotations

import pytest
from lexicon_cases import type_tests

pytestmark = pytest.mark.slow

CASES: list[tuple[str, str]] = [
    # AGREE: a row ended; an offer of mediation welcomed
    ("AGREE", "Eritrea and Djibouti vowed to end their row over the Ras Doumeira border."),
    ("AGREE", "The Libyan government welcomed Algeria's offer of mediation."),
    # CONSULT: delegations gathering; a visiting counterpart welcomed
    ("CONSULT", "Delegations from Sudan and Chad gathered in Doha for the peace talks."),
    ("CONSULT", "The Polish president welcomed his Lithuanian counterpart in Warsaw."),
    # SUPPORT: speaking or coming out in defence or support; campaigning on someone's behalf
    ("SUPPORT", "The Brazilian foreign minister spoke in defence of Bolivia's nationalisation of gas."),
    ("SUPPORT", "The Indonesian president came out in support of the Philippine peace deal."),
    ("SUPPORT", "Venezuela's president campaigned on behalf of the Nicaraguan Sandinistas."),
    # CONCEDE (remorse): forgiveness asked for or begged
    ("CONCEDE", "The Dutch king asked Indonesia for forgiveness for colonial violence."),
    ("CONCEDE", "The Serbian president begged forgiveness of Bosnia for the Srebrenica killings."),
    # COOPERATE: patrolling together; intelligence given; police tipped off; trade expanded
    ("COOPERATE", "Ugandan and Congolese troops patrolled together along the border."),
    ("COOPERATE", "Pakistan gave American investigators intelligence about the bombers."),
    ("COOPERATE", "Tunisian security officials tipped off Italian police about the smugglers."),
    ("COOPERATE", "Vietnam and Cambodia expanded trade across their border."),
    # AID: soldiers trained; food distributed; peacekeepers deployed; blue helmets sent; dissidents sheltered
    ("AID", "British instructors trained Kenyan soldiers in counter-insurgency."),
    ("AID", "The Red Crescent distributed food to displaced families in Sudan."),
    ("AID", "Bangladesh deployed peacekeepers to South Sudan."),
    ("AID", "Senegal sent blue helmets to Mali."),
    ("AID", "Sweden sheltered the Eritrean dissidents."),
    # CONCEDE: giving in; a decision reversed; a tax withdrawn; autonomy or a right granted or
    # given; a curfew ended; a party legalised
    ("CONCEDE", "The Kenyan government gave in to the demands of the striking doctors."),
    ("CONCEDE", "The Ecuadorean president reversed his decision to cut fuel subsidies."),
    ("CONCEDE", "The Nigerian government withdrew the proposed tax on telephone calls."),
    ("CONCEDE", "The Indonesian parliament granted autonomy to the province of Aceh."),
    ("CONCEDE", "The Sudanese government gave southern Sudan the right to a referendum."),
    ("CONCEDE", "The Kyrgyz government ended the curfew in Osh."),
    ("CONCEDE", "Jordan legalised the Islamic Action Front party."),
    # RETREAT: a siege ended; a blockade eased; doctors let in; a seized boat returned; observers
    # admitted; aid convoys permitted; a foreign force accepted; an offensive halted; air strikes
    # suspended; hostilities ceased; border outposts dismantled
    ("RETREAT", "Egypt ended its siege of the Gaza border towns."),
    ("RETREAT", "The Saudi coalition eased its blockade of the Hodeidah port."),
    ("RETREAT", "Myanmar let Chinese doctors into Rakhine."),
    ("RETREAT", "Spain returned the seized Moroccan trawler."),
    ("RETREAT", "Iraq admitted international observers to the Kurdish region."),
    ("RETREAT", "The Ethiopian army permitted aid convoys into the Tigray region."),
    ("RETREAT", "Mali accepted a West African force in the north."),
    ("RETREAT", "The Turkish army halted its offensive in northern Syria."),
    ("RETREAT", "The Afghan army suspended airstrikes in Helmand."),
    ("RETREAT", "Eritrean forces ceased hostilities along the Ethiopian border."),
    ("RETREAT", "Ecuador dismantled its border outposts after the peace agreement with Peru."),
]

NO_EVENT = [
    "The Mexican president came out of the meeting smiling.",
    "The Peruvian minister spoke at the defence college in Lima.",
    "The Kenyan police gave the reporters no details.",
    "The Nepalese climbers tipped their guides generously.",
    "The Dutch farmers expanded production of tulips.",
    "The Argentine coach trained the football players in Buenos Aires.",
    "The Czech supermarket chain distributed coupons to shoppers.",
    "The Italian volunteers sheltered the stray dogs from the rain.",
    "The Ugandan student gave a speech in Kampala.",
    "The Irish company reversed its losses in the third quarter.",
    "The Bolivian miners ended their shift at dawn.",
    "The Austrian museum returned the library books.",
    "The Chilean lawmaker admitted the students to the gallery.",
    "The Uruguayan government legalised cannabis.",
]


test_sentence_codes_its_type, test_condition_keeps_false_friend_silent = type_tests(CASES, NO_EVENT)
