"""Lexicon rows for literal codebook wording of CAMEO 11-13 (ACCUSE, REJECT, THREATEN), through the real model.

Each row family of block r of ``triggers.tsv`` ("mobilised opposition to", "stirred up hostility",
"campaigned against the treaty", "a newspaper attacked", "attacked the plan", "handed a protest
note to the ambassador", "the court ruled against", "withheld consent", "set a deadline", "came out
against", "spoke out against", "expressed opposition", "laid charges", "registered a protest",
"scrapped the agreement") has one sentence written for this test (none comes from a gold or
development file) that must code with the row's type, and the rows' conditions must keep the false
friends below silent (a deadline set by a court or organizers, a chef whipping up a dessert, a
storm stirring up mud, a footballer handing a note to the referee, an army campaigning against
guerrillas, a speech against a backdrop, a foundation stone laid, names registered, a car model
scrapped).
"""

from __future__ import annotations

import pytest
from lexicon_cases import type_tests

pytestmark = pytest.mark.slow

CASES: list[tuple[str, str]] = [
    # ACCUSE disapprove: opposition mobilised, organised, stirred or whipped up; campaigning against
    ("ACCUSE", "Greek trade unions mobilised opposition to the pension reform in Athens."),
    ("ACCUSE", "The Bolivian miners' federation organised opposition against the privatisation plan."),
    ("ACCUSE", "The Chinese leader stirred up opposition to the Japanese government among students."),
    ("ACCUSE", "The Lebanese clerics whipped up hostility against the Israeli occupation."),
    ("ACCUSE", "The Norwegian fishermen's union campaigned against the European treaty."),
    ("ACCUSE", "The Burmese students launched a campaign against the military regime."),
    # ACCUSE disapprove: coming or speaking out against; opposition expressed
    ("ACCUSE", "The Australian Labor Party came out against the uranium mining plan."),
    ("ACCUSE", "The Anglican bishops spoke out against the Kenyan government's land policy."),
    ("ACCUSE", "The Mexican government expressed opposition to the American border fence."),
    # ACCUSE disapprove: a verbal attack by a newspaper, or on a plan or policy
    ("ACCUSE", "The Chinese newspaper attacked the Vietnamese government."),
    ("ACCUSE", "The Cuban foreign minister attacked the American plan for Central America."),
    # ACCUSE allege: a protest note handed to an envoy
    ("ACCUSE", "The Ghanaian foreign ministry handed a protest note to the Togolese ambassador in Accra."),
    # ACCUSE allege: charges laid; a protest registered
    ("ACCUSE", "Zambian police laid charges of treason against the opposition leader."),
    ("ACCUSE", "The Bulgarian government registered a protest with the Greek embassy."),
    # SANCTION convict: a court ruling against a party
    ("SANCTION", "The Kenyan high court ruled against the electoral commission."),
    # REJECT: consent withheld
    ("REJECT", "The Turkish parliament withheld consent for the deployment of American troops."),
    # REJECT: an agreement scrapped
    ("REJECT", "The Thai government scrapped the fishing agreement with Burma."),
    # THREATEN: a deadline or ultimatum set
    ("THREATEN", "The Chechen rebels set a deadline for Moscow on Friday."),
    ("THREATEN", "The Ugandan rebels set an ultimatum for the Kampala government."),
]

NO_EVENT = [
    "The Nigerian court set a deadline for the filing of appeals.",
    "The organizers set a deadline for applications to the festival.",
    "Cricket selectors ruled against the injured captain playing in the final.",
    "The Brazilian footballer handed a note to the referee.",
    "The storm stirred up mud in the harbour of Manila.",
    "The chef whipped up a dessert for the Austrian guests.",
    "The Swedish prime minister spoke against a backdrop of flags in Stockholm.",
    "Workers laid the foundation stone of the new Ghanaian parliament.",
    "Voters registered their names at the polling stations in Lusaka.",
    "The carmaker scrapped the old model in Detroit.",
    "The Peruvian army campaigned against the Shining Path guerrillas in the highlands.",
]


test_sentence_codes_its_type, test_condition_keeps_false_friend_silent = type_tests(CASES, NO_EVENT)
