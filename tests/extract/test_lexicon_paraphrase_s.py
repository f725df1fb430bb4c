"""Lexicon rows for literal codebook wording of CAMEO 14-20 (block s of triggers.tsv), through the real model.

Each row family added for plain agency wording of protest, mobilisation, sanctions and assault
("workers stayed away from work", "placed its army on a state of alert", "withdrew its
peacekeepers", "guerrillas executed village chiefs", "mortared the garrison", "broke the
ceasefire", "militiamen drove the villagers out", "gassed the Kurds") has one sentence written
for this test (none comes from a gold or development file) that must code with the row's type,
and the rows' conditions must keep the false friends below silent (tourists staying away, blame
placed on a state company, a plan executed, a record broken, a president driving out of the
capital, trucks put on a ferry).
"""

from __future__ import annotations

import pytest
from lexicon_cases import type_tests

pytestmark = pytest.mark.slow

CASES: list[tuple[str, str]] = [
    # PROTEST: workers staying away from work in a strike
    ("PROTEST", "Zambian teachers stayed away from classes on Monday to press for higher pay, their union said."),
    # MOBILIZE: forces placed or put on a state of alert
    ("MOBILIZE", "Greece put its navy on a state of alert after the incident in the Aegean, the defence ministry said."),
    # SANCTION: peacekeepers withdrawn
    ("SANCTION", "Ghana withdrew its peacekeepers from Liberia, the defence ministry said."),
    # ASSAULT: leaders and villagers executed
    ("ASSAULT", "Angolan rebels executed three village chiefs in Huambo province, the army said."),
    # ASSAULT: mortar attacks
    ("ASSAULT", "Tamil guerrillas mortared an army camp near Trincomalee, the Sri Lankan military said."),
    # ASSAULT: a ceasefire broken
    ("ASSAULT", "Croatian troops broke the ceasefire in western Slavonia, Serb officials said."),
    # ASSAULT: civilians driven out by armed men
    ("ASSAULT", "Burmese soldiers drove hundreds of Karen villagers out of their homes, a Thai official said."),
    # ASSAULT: civilians gassed
    ("ASSAULT", "The Sudanese army gassed villagers in Darfur, a Human Rights Watch report said."),
]

NO_EVENT = [
    "German tourists stayed away from Kenya after the attacks.",
    "The Nigerian auditor placed the blame on the state oil company.",
    "The Indian government executed its five-year plan.",
    "An Ethiopian runner broke the world record in Berlin.",
    "The Brazilian president drove out of Brasilia on Sunday.",
    "Italian troops put their trucks on a ferry to Albania.",
]

test_sentence_codes_its_type, test_false_friends_code_nothing = type_tests(CASES, NO_EVENT)
