"""Lexicon rows for paraphrased wording of CAMEO codes 15-20, through the real model.

Each row added for these wording families ("staged a show of force", "sent riot police",
"paused aid", "kicked out the ambassador", "forced into exile", "imposed a state of siege",
"blocked the corridor", "laid siege to", "violated the truce", "pirates seized a tanker",
"sprayed bullets", "held as human shields", "subjected to torture", "ethnic cleansing",
"used white phosphorus", "militiamen slaughtered", "cut off cooperation", "froze its
membership", "took into custody", "stripped of his citizenship", "lobbed grenades", "missiles hit",
"clubbed demonstrators", "used water cannon", "executed a man") has one sentence written for this test
(none comes from a gold or development file) that must code with the row's type, and the rows'
conditions must keep the false friends below silent (sales of goods stopped at home, livestock
slaughtered, reporters besieging a hospital, snow blocking a crossing, chlorine for cleaning, a plan
executed, a typhoon hitting, a disaster state of emergency).
"""

from __future__ import annotations

import pytest
from lexicon_cases import type_tests

pytestmark = pytest.mark.slow

CASES: list[tuple[str, str]] = [
    # MOBILIZE: a show of force; riot police sent in
    ("MOBILIZE", "Russia staged a show of force near the Finnish border."),
    ("MOBILIZE", "Indonesia sent riot police to the Papuan town of Wamena."),
    # SANCTION: loans or aid stopped or paused; envoys kicked out; mediation ended
    ("SANCTION", "Japan stopped loan disbursements to Sri Lanka."),
    ("SANCTION", "The Netherlands paused development aid to Uganda over the new law."),
    ("SANCTION", "Niger kicked out the French ambassador."),
    ("SANCTION", "Egypt ended its mediation between Hamas and Fatah."),
    ("SANCTION", "Mali's junta cut off defence cooperation with Paris."),
    ("SANCTION", "Georgia froze its membership of the regional trade bloc."),
    # COERCE: forced, driven or sent into exile; state of siege; corridor blocked; siege
    ("COERCE", "Nicaragua's government forced the dissident writer into exile."),
    ("COERCE", "Lukashenko drove the opposition leader into exile."),
    ("COERCE", "The Greek generals sent the ousted king into exile in Rome."),
    ("COERCE", "Ecuador's president imposed a state of siege on Guayas province."),
    ("COERCE", "Serbia blocked the border crossing with Kosovo."),
    ("COERCE", "Houthi fighters besieged the town of Marib."),
    ("COERCE", "Russian forces laid siege to the port of Mariupol."),
    ("COERCE", "Chinese police took the Uyghur scholar into custody in Urumqi."),
    ("COERCE", "The Bahraini activist was stripped of his citizenship by the government."),
    # ASSAULT: truce violated; pirates seizing ships; bullets sprayed; gunmen or bombers striking;
    # bombs triggered; human shields; torture; ethnic cleansing; phosphorus; militia slaughter
    ("ASSAULT", "Ethiopian troops violated the truce in Tigray."),
    ("ASSAULT", "Somali pirates seized a Greek tanker off the coast of Oman."),
    ("ASSAULT", "Militants sprayed bullets at a bus carrying pilgrims in Jammu."),
    ("ASSAULT", "An attacker struck a police station in Tajikistan."),
    ("ASSAULT", "Al-Shabaab militants triggered a roadside bomb near a Kenyan army convoy."),
    ("ASSAULT", "Boko Haram fighters held villagers as human shields in Borno."),
    ("ASSAULT", "Detainees were subjected to beatings in Eritrean prisons."),
    ("ASSAULT", "Croatian forces carried out ethnic cleansing in the Krajina region."),
    ("ASSAULT", "Libyan militias ethnically cleansed the town of Tawergha."),
    ("ASSAULT", "Israeli forces used white phosphorus in southern Lebanon."),
    ("ASSAULT", "Janjaweed militiamen slaughtered Fur villagers in Darfur."),
    ("ASSAULT", "Separatists lobbed grenades at a market in Anglophone Cameroon."),
    ("ASSAULT", "Russian missiles hit a shopping centre in Kremenchuk."),
    ("ASSAULT", "Riot police clubbed demonstrators outside the parliament in Nairobi."),
    ("ASSAULT", "Serbian police used water cannon on protesters in Belgrade."),
    ("ASSAULT", "Saudi Arabia executed a Pakistani man on drug charges."),
]

NO_EVENT = [
    "The supermarket chain stopped the sale of plastic bags.",
    "The festival paused ticket sales after the website crashed.",
    "The football club kicked out two fans for racist chants.",
    "Farmers in Vietnam slaughtered thousands of pigs to stop the fever.",
    "Bayern Munich slaughtered Barcelona 8-2 in Lisbon.",
    "Reporters besieged the hospital where the singer was treated.",
    "Heavy snow blocked the border crossing between Chile and Argentina.",
    "The nurse used chlorine to clean the ward.",
    "A gas leak triggered an explosion at a chemical plant in Texas.",
    "Fans sprayed champagne on the winning team.",
    "The bank subjected the loan to strict conditions.",
    "The company sent police a copy of the video.",
    "Louisiana declared a state of emergency as the hurricane approached.",
    "The Brazilian company executed the plan without delay.",
    "The tennis federation stripped the Romanian player of her ranking points.",
    "A typhoon hit the Philippines on Monday.",
    "The Ugandan ministry cut the cost of school fees.",
]


test_sentence_codes_its_type, test_false_friends_code_nothing = type_tests(CASES, NO_EVENT)
