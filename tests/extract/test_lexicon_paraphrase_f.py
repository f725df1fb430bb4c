"""Lexicon rows for older agency wording of CAMEO codes 15-20 (round 2 paraphrases), through the real model.

Each row family added in this block of ``triggers.tsv`` ("went on alert", "rushed troops to", "beefed up
patrols", "the severance of ties", "threw out the observers", "a halt to arms shipments",
"the jailing of X by Y", "clamped sanctions on", soldiers looting or plundering,
"commandeered", "nationalised the assets", "deregistered the party", "shut down the
newspaper", "police picked up", a navy blockading a port, troops taking over a town, women
violated, electric shocks, "mowed down", "breached the truce", a mass expulsion,
"exterminated", "gassed", "set off an explosion", poison gas dropped, roads mined, an attempt
on someone's life) has one sentence written for this test (none comes from a gold or
development file) that must code with the row's type, and the rows' conditions must keep the
false friends below silent (patients rushed to hospital, a firm's market presence, old
computers thrown out, an injury picked up, a lead taken over in a race, locusts exterminated,
a fire alarm set off, fares dropped, copper mined, a record attempt, a dam breached by floods,
a halt to building work).
"""

from __future__ import annotations

import pytest
from lexicon_cases import type_tests

pytestmark = pytest.mark.slow

CASES: list[tuple[str, str]] = [
    # MOBILIZE: on alert; troops rushed; patrols or presence beefed up
    ("MOBILIZE", "The Egyptian army went on alert along the Libyan border on Friday."),
    ("MOBILIZE", "Nigeria rushed troops to the Bakassi peninsula, the defence ministry said."),
    ("MOBILIZE", "The Bolivian government beefed up patrols along its border with Paraguay."),
    ("MOBILIZE", "The Indian army beefed up its presence in Ladakh after the clash."),
    # SANCTION: severance of ties; observers thrown out
    ("SANCTION", "The severance of relations with Israel by the Mauritanian government surprised Washington."),
    ("SANCTION", "Uganda threw out the Sudanese diplomats on Wednesday."),
    ("SANCTION", "Belgium ordered a halt to arms shipments to Rwanda in 1990."),
    # COERCE: sanctions clamped; looting and plunder by soldiers; vehicles commandeered;
    # assets nationalised; a party deregistered; a daily shut down; suspects picked up;
    # a port blockaded by a navy; a town taken over by rebels
    ("COERCE", "Britain clamped sanctions on Rhodesia in 1965."),
    ("COERCE", "Zairean soldiers looted the shops of Kinshasa, diplomats said."),
    ("COERCE", "Ethiopian soldiers plundered the warehouses of the Eritrean port of Assab."),
    ("COERCE", "Angolan rebels commandeered three trucks belonging to the Namibian government."),
    ("COERCE", "Iraq nationalised the assets of foreign oil companies in 1972."),
    ("COERCE", "The Tanzanian government deregistered the opposition party on Monday."),
    ("COERCE", "Sri Lanka shut down a Tamil newspaper in Jaffna."),
    ("COERCE", "Egyptian police picked up dozens of Islamist students in Cairo."),
    ("COERCE", "The Israeli navy blockaded the Lebanese coast in 2006."),
    ("COERCE", "Syrian troops took over the Lebanese town of Zahle."),
    ("COERCE", "The jailing of Tunisian trade unionists by the Bourguiba government drew French criticism."),
    # ASSAULT: women violated; electric shocks; mowed down; truce breached; mass expulsion;
    # extermination; gassing; explosions set off; gas dropped; roads mined; attempt on a life
    ("ASSAULT", "Sudanese militiamen violated women in the camps of Darfur."),
    ("ASSAULT", "Turkish police subjected Kurdish prisoners to electric shocks, Amnesty said."),
    ("ASSAULT", "Chinese troops mowed down protesters in Lhasa, Tibetan exiles said."),
    ("ASSAULT", "Azerbaijan breached the truce with Armenia on Thursday."),
    ("ASSAULT", "The Ethiopian government carried out a mass expulsion of Eritreans in 1998."),
    ("ASSAULT", "The Nazis exterminated the Jews of Poland."),
    ("ASSAULT", "Iraqi aircraft gassed Kurdish villages near the Iranian border."),
    ("ASSAULT", "Chechen rebels set off an explosion in a Moscow apartment block."),
    ("ASSAULT", "Iraqi planes dropped mustard gas on Iranian troops near Basra."),
    ("ASSAULT", "Angolan rebels mined the railway to Benguela, Luanda radio said."),
    ("ASSAULT", "Algerian Islamists made an attempt on the life of the Tunisian president."),
]

NO_EVENT = [
    "The Chilean doctors rushed the injured miners to a clinic in Santiago.",
    "Toyota beefed up its presence in the Indian car market.",
    "The Nigerian bank threw out its old computers.",
    "The Ghanaian striker picked up an injury in training.",
    "Ethiopian runners took over the lead in the Berlin marathon.",
    "Kenyan farmers exterminated the locusts with pesticide.",
    "A Peruvian cook set off the fire alarm in the hotel.",
    "The Thai airline dropped its fuel surcharge in March.",
    "A Chinese firm mined copper in northern Zambia.",
    "The Cuban swimmer made an attempt on the world record in Havana.",
    "Heavy rains breached a dam near Dhaka.",
    "The Chinese authorities ordered a halt to the construction of the bridge.",
]


test_sentence_codes_its_type, test_condition_keeps_false_friend_silent = type_tests(CASES, NO_EVENT)
