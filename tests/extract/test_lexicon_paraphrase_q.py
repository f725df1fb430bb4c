"""Lexicon rows for plain codebook wording of CAMEO codes 07 to 10 (AID, CONCEDE, RETREAT,
ACCUSE, REQUEST) in the style of 1980s-2000s agency copy, found missing by coding paraphrases,
through the real model.

Each row family ("gave 30 million kroner", "furnished weapons", "sent military instructors",
"supplied with rockets", "took in refugees", "unbanned the party", "complied with the demands",
"reinstated the sacked workers", "restored press freedom", "amnestied inmates", "reduced its
forces", "handed in their weapons", "called a truce", "sent home prisoners of war",
"interrogated by police", "instituted an inquiry", "examined the charges", "invited X to
mediate", "insisted on a withdrawal") has one sentence written for this test (none comes from a
gold or development file) that must code with the row's type, and the rows' conditions must keep
the false friends below silent (a crown handed to an heir, an embassy furnished with antiques, a
student taking in a film, a company complying with a tax rule, a restored painting, reduced
prices, homework handed in, a board meeting called, pupils sent home, parents interrogated by
children, a scholarship instituted, a bill's charges examined).
"""

from __future__ import annotations

import pytest
from lexicon_cases import type_tests

pytestmark = pytest.mark.slow

CASES: list[tuple[str, str]] = [
    # AID: sums in pre-euro currencies; weapons furnished; instructors sent; refugees taken in
    ("AID", "Norway gave 30 million kroner to the Nicaraguan government for schools."),
    ("AID", "The Dutch government granted 40 million guilders to Suriname."),
    ("AID", "Iran furnished arms to the Bosnian army, Western diplomats said."),
    ("AID", "East Germany sent military instructors to Ethiopia."),
    ("AID", "Iran took in thousands of Kurdish refugees from northern Iraq."),
    ("AID", "The Finnish government gave 15 million markkas to Estonia, officials said."),
    ("AID", "China supplied the Khmer Rouge with rockets, Thai officials said."),
    # CONCEDE: unbanned; complied with demands; workers reinstated; freedoms restored
    ("CONCEDE", "The Tanzanian government unbanned the opposition newspaper."),
    ("CONCEDE", "The Czechoslovak government complied with the demands of the students."),
    ("CONCEDE", "The Bangladeshi government reinstated the sacked jute workers."),
    ("CONCEDE", "The Argentine junta restored the right to strike."),
    ("CONCEDE", "The Jordanian king amnestied 500 inmates, the palace said."),
    # RETREAT: forces reduced or scaled back; weapons handed in; a ceasefire called
    ("RETREAT", "Vietnam reduced its troops in Laos, Western diplomats said."),
    ("RETREAT", "The Soviet Union scaled back its forces in Mongolia."),
    ("RETREAT", "Hundreds of Zimbabwean guerrillas handed in their rifles at the assembly points."),
    ("RETREAT", "The Moro rebels called a three-day truce."),
    ("RETREAT", "Iran sent home 300 Iraqi prisoners of war, the Red Cross said."),
    # ACCUSE: suspects interrogated by police; an inquiry instituted
    ("ACCUSE", "Peruvian police interrogated the rebel leader, officials said."),
    ("ACCUSE", "The Pakistani government instituted a judicial inquiry into the killings."),
    ("ACCUSE", "The Kenyan anti-corruption commission examined the charges against the minister."),
    # REQUEST: invited to mediate; a demand insisted on
    ("REQUEST", "Ecuador invited the Vatican to mediate in its border dispute with Peru."),
    ("REQUEST", "The Syrian government insisted on the withdrawal of Israeli troops from Lebanon."),
]

NO_EVENT = [
    "The old king gave the crown to his eldest son in a ceremony.",
    "The embassy was furnished with antiques from Vienna.",
    "The students took in a film on Saturday night.",
    "The company complied with the new tax rules.",
    "Experts restored the painting in the museum in Florence.",
    "The supermarkets reduced their prices before Christmas.",
    "The pupils handed in their homework on Friday.",
    "The chairman called a meeting of the board in London.",
    "The teacher sent the pupils home early.",
    "The children interrogated their parents about the trip.",
    "The university instituted a new scholarship for engineers.",
    "The doctor examined the charges on his bill.",
]


test_sentence_codes_its_type, test_false_friends_code_nothing = type_tests(CASES, NO_EVENT)
