"""Lexicon rows for wording gaps of CAMEO 09-14 (investigate to protest), through the real model.

The rows fill wording families that paraphrases of the CAMEO codes for investigating,
disapproving and accusing, requesting, rejecting, threatening and protesting showed missing
("examining allegations", "ordered a review of the strike", "proposed talks", "voiced dismay",
"took a swipe at", "poured scorn on", "pointed the finger", "cried foul", "lodged a protest
with", "ignored the ruling", "backed out of the deal", "reneged on", "tore up the treaty",
"put X on notice", "rattled its sabre", "chained themselves to", "staged a sit-in").  Each row
family has one sentence written for this test (none comes from a gold or development file)
that must code with the row's type, and the rows' conditions must keep the false friends below
silent (concrete poured, a fire alarm sounding, a truck backing out of a garage, robbers
brandishing knives, a cabinet reviewing a budget).
"""

from __future__ import annotations

import pytest
from lexicon_cases import type_tests

pytestmark = pytest.mark.slow

CASES: list[tuple[str, str]] = [
    # ACCUSE/investigate: allegations examined; a review of a strike ordered or promised
    ("ACCUSE", "Romanian prosecutors are examining allegations that the minister took kickbacks."),
    ("ACCUSE", "The French army ordered a review of the strike that killed villagers in Mali."),
    ("ACCUSE", "The Ethiopian military said it would review the shooting of aid workers in Tigray."),
    # REQUEST: a summit proposed; neighbours lobbied to act
    ("REQUEST", "Seoul proposed a summit with Pyongyang to ease tension on the peninsula."),
    ("REQUEST", "Kazakhstan lobbied its neighbours to join the new customs union."),
    # ACCUSE/disapprove: dismay voiced, disappointment expressed, a decision regretted
    ("ACCUSE", "The Mexican foreign ministry voiced dismay at Guatemala's decision to close the border."),
    ("ACCUSE", "Ottawa expressed disappointment at Delhi's refusal to cooperate with the inquiry."),
    ("ACCUSE", "Norway regretted Denmark's decision to withdraw its ambassador."),
    # ACCUSE/disapprove: railing against, a swipe taken, scorn poured, the alarm sounded
    ("ACCUSE", "The Bolivian president railed against the United States over its drug policy."),
    ("ACCUSE", "The Venezuelan leader took a swipe at Colombia over the border closure."),
    ("ACCUSE", "Pakistan poured scorn on India's claims of a surgical strike."),
    ("ACCUSE", "Human rights groups sounded the alarm over executions in Saudi Arabia."),
    # ACCUSE/allege: the finger pointed, foul cried, a protest lodged, legal action launched
    ("ACCUSE", "Ghana pointed the finger at Ivorian rebels for the border raid."),
    ("ACCUSE", "The Zambian opposition cried foul after the vote count."),
    ("ACCUSE", "Beijing lodged a protest with Tokyo over the coast guard's actions."),
    ("ACCUSE", "The Croatian government launched legal action against Slovenia over the fishing rights."),
    # REJECT: a ruling ignored, an order disregarded, a statement blocked, demands scoffed at
    ("REJECT", "The Israeli government ignored the Supreme Court ruling on the settlement."),
    ("REJECT", "The Ukrainian militia disregarded the ceasefire order from Kiev."),
    ("REJECT", "Russia blocked a Security Council statement on the Syrian chemical attacks."),
    ("REJECT", "The Zimbabwean junta scoffed at the African Union's demands."),
    # REJECT: calls fended off; out of a deal backed; reneging; a treaty torn up; the door slammed
    ("REJECT", "Bangkok fended off calls for an international investigation into the shootings."),
    ("REJECT", "Iran backed out of the fuel swap deal with Turkey."),
    ("REJECT", "The Venezuelan government reneged on the debt agreement with China."),
    ("REJECT", "The new Nepalese government tore up the power treaty with India."),
    ("REJECT", "Kenya slammed the door on talks with the Somali militants."),
    # THREATEN: put on notice, a sabre rattled, a threat brandished
    ("THREATEN", "Islamabad put Kabul on notice over the cross-border raids."),
    ("THREATEN", "Moscow rattled its sabre at Georgia over the breakaway regions."),
    ("THREATEN", "Washington brandished the threat of tariffs against Mexico."),
    # PROTEST: activists chained to railings; a sit-in staged
    ("PROTEST", "Greenpeace activists chained themselves to the railings of the Australian parliament."),
    ("PROTEST", "Teachers in Lagos staged a sit-in outside the education ministry."),
]

NO_EVENT = [
    "Doctors in Nairobi examined the injured passengers.",
    "The central bank of Ghana began a review of interest rates.",
    "The Indian cabinet will review the budget next week.",
    "The Brazilian finance minister proposed a new tax on fuel.",
    "The new rail line links Nairobi and Mombasa.",
    "Workers poured concrete into the foundations of the new bridge in Dhaka.",
    "The fire alarm sounded in the Kenyan parliament building.",
    "The Brazilian striker pointed to the sky after scoring.",
    "Kenyan farmers lodged their maize in the new silos.",
    "The Thai bus driver ignored the traffic lights.",
    "The delivery truck backed out of the garage in Lima.",
    "The cyclone tore up trees across southern Bangladesh.",
    "The earthquake rattled windows across Mexico City.",
    "The robbers brandished knives at the shopkeeper in Lagos.",
    "The guards chained the prisoners together in the yard.",
]


test_sentence_codes_its_type, test_condition_keeps_false_friend_silent = type_tests(CASES, NO_EVENT)
