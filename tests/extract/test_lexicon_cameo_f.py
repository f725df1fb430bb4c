"""Lexicon rows for agency wording of CAMEO codes (the dev_cameo_f gaps), through the real model.

Each row added for these wording families ("gave way to", "agreed to the demands", "flew to X
for talks", "passed police files", "contributed a battalion", "opened corridors", "ordered X
off its territory", "drafted police into", "proclaimed a curfew", "used villagers as human
shields") has one sentence written for this test (none comes from a gold or development file)
that must code with the row's type, and the rows' conditions must keep the false friends below
silent (a bridge giving way, a flight for a holiday, a museum opened to visitors, documents used
as evidence, a song drafted, a contract declared void, a state of emergency declared for floods).
"""

from __future__ import annotations

import pytest
from lexicon_cases import type_tests

pytestmark = pytest.mark.slow

CASES: list[tuple[str, str]] = [
    # CONCEDE: giving way; agreeing to demands; a price rise cancelled; power handed over; a licence restored
    ("CONCEDE", "The Peruvian government gave way to the teachers' union on Thursday."),
    ("CONCEDE", "The Bolivian government agreed to the miners' demands for higher pensions."),
    ("CONCEDE", "The Jordanian government cancelled the increase in bread prices announced last week."),
    ("CONCEDE", "Mali's military junta handed power to a civilian president."),
    ("CONCEDE", "The Kuwaiti authorities restored the licence of an opposition newspaper."),
    # AGREE: a dispute resolved
    ("AGREE", "Ecuador and Colombia resolved their dispute over the river islands."),
    # CONSULT: flying somewhere for talks
    ("CONSULT", "The Chilean president flew to Buenos Aires on Tuesday for talks with his Argentine counterpart."),
    # SUPPORT: positions coordinated; the past put behind
    ("SUPPORT", "Brazil and Chile coordinated their positions before the climate summit."),
    ("SUPPORT", "Japan and the Philippines have put the past behind them."),
    # COOPERATE: police files passed on
    ("COOPERATE", "Colombia has passed Spanish police files on cocaine traffickers."),
    # AID: bombers delivered; a battalion contributed
    ("AID", "China delivered four bombers to the Pakistani air force."),
    ("AID", "Senegal contributed an infantry battalion to the African force in Mali."),
    # CONCEDE: a protest called off (a row with two conditions: "off" and the protest object);
    # talks called off stay a REJECT
    ("CONCEDE", "Spanish miners called off their strike on Monday."),
    ("REJECT", "Morocco called off the border talks with Algeria."),
    # REJECT: a proposal shot down (a plane shot down stays an ASSAULT)
    ("REJECT", "Moscow shot down the Finnish proposal for a Baltic arms register."),
    ("ASSAULT", "Rebels shot down a government helicopter near Kidal."),
    # PROTEST: workers walking out (teachers walking to school do nothing)
    ("PROTEST", "Nurses in Lagos walked out over unpaid wages."),
    # REQUEST: telling someone to do something
    ("REQUEST", "Ghana told the Liberian mercenaries to leave its territory within a week."),
    # AID through a load word: what the trucks or planes carry is what is sent
    ("AID", "Bolivia sent truckloads of medicine to flood victims in Peru."),
    ("AID", "Iran shipped planeloads of weapons to the militia."),
    # RETREAT: corridors opened; transit points reopened
    ("RETREAT", "Jordan opened two humanitarian corridors into southern Syria."),
    ("RETREAT", "Egypt reopened the transit points on its border with Gaza."),
    # PROTEST: barricades set up
    ("PROTEST", "Opposition supporters set up barricades on the roads of Conakry."),
    # SANCTION: observers ordered off a territory
    ("SANCTION", "Uganda ordered the Sudanese observers off its territory on Monday."),
    # MOBILIZE: police drafted in
    ("MOBILIZE", "Kenya drafted thousands of police into Nairobi ahead of the vote."),
    # COERCE: a curfew proclaimed or declared
    ("COERCE", "The Gambian president proclaimed a curfew in Banjul after the riots."),
    ("COERCE", "Bahrain declared a curfew in Manama after the clashes."),
    # ASSAULT: human shields; chemical weapons or gas used
    ("ASSAULT", "Rebels in Sierra Leone used villagers as human shields during the fighting."),
    ("ASSAULT", "Syrian forces used chemical weapons against rebel fighters near Damascus."),
    ("ASSAULT", "Sudanese government troops used poison gas against villagers in Jebel Marra."),
]

NO_EVENT = [
    "The French teacher walked back to her school after lunch.",
    "The minister told reporters the harvest had been poor.",
    "Farmers sent trucks of cattle to the market in Salta.",
    "The old bridge gave way under the weight of the trucks.",
    "The Canadian prime minister flew to Vancouver for a holiday with his family.",
    "The museum in Oslo opened its new wing to visitors on Sunday.",
    "The lawyer used the documents as evidence in the trial.",
    "The band drafted a new song in the studio.",
    "The court in Lagos declared the contract void.",
    "The governor declared a state of emergency after the floods in Kerala.",
    "The city opened a new pedestrian crossing over the river.",
    "Autumn gave way to a cold winter in Warsaw.",
    "The student took up a position at a bank in Zurich.",
    "The minister said the country would take all measures to protect its unity.",
    "Uruguay will open a new consulate in Porto Alegre next year.",
    "The committee resolved to meet again in May.",
]


test_sentence_codes_its_type, test_condition_keeps_false_friend_silent = type_tests(CASES, NO_EVENT)
