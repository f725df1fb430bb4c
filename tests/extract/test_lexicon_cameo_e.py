"""Lexicon rows for idiomatic agency wording of CAMEO codes (the dev_cameo_e gaps), through the real model.

Each row added for these wording families ("went along with the plan", "heaped praise on",
"came to the aid of", "set free", "took X to task", "turned a deaf ear", "banged pots and pans",
"stormed out of the talks", "slapped emergency rule on", "roughed up") has one sentence written
for this test (none comes from a gold or development file) that must code with the row's type,
and the rows' conditions must keep the false friends below silent (a storm pounding a coast, a
law passed, fields sprayed with pesticide, shoppers thronging malls, fans massing at a stadium).
"""

from __future__ import annotations

import pytest
from lexicon_cases import type_tests

pytestmark = pytest.mark.slow

CASES: list[tuple[str, str]] = [
    # AGREE: going along with a proposal; an olive branch; a quarrel buried
    ("AGREE", "Chile said it would go along with a Peruvian proposal to share the fishing zone."),
    ("AGREE", "Serbia held out an olive branch to Kosovo on Tuesday."),
    ("AGREE", "Armenia extended an olive branch to Turkey during the summit."),
    ("AGREE", "Ecuador and Peru agreed to bury their feud over the Amazon border."),
    # CONSULT: presiding over talks, haggling
    ("CONSULT", "Kenya's president presided over talks between the Sudanese government and the rebels."),
    ("CONSULT", "Egyptian and Ethiopian negotiators haggled over the dam's filling schedule in Khartoum."),
    # SUPPORT: lining up behind, springing to the defence, heaping praise
    ("SUPPORT", "Argentina lined up behind Bolivia in its dispute with Chile."),
    ("SUPPORT", "Moscow sprang to the defence of the Syrian government at the United Nations."),
    ("SUPPORT", "The Japanese prime minister heaped praise on Vietnam's reforms."),
    # COOPERATE: joint sweeps; details passed on
    ("COOPERATE", "Colombian and Ecuadorian troops mounted joint sweeps against drug traffickers."),
    ("COOPERATE", "Italian police passed information on the smugglers to Greek investigators."),
    # AID: coming to the aid; equipment handed over; a bail-out; sanctuary given
    ("AID", "Turkey came to the aid of Albania after the earthquake."),
    ("AID", "Japan handed over ten ambulances to the Cambodian health ministry."),
    ("AID", "The European Union bailed out Greece with a huge loan package."),
    ("AID", "Venezuela gave sanctuary to the Colombian rebel leader."),
    # RETREAT: captives set free; property given back; sites thrown open
    ("RETREAT", "Somali pirates set free the crew of a Danish freighter."),
    ("RETREAT", "Russia gave back three Japanese fishing boats seized near the Kuril islands."),
    ("RETREAT", "Iraq threw open its palaces to the weapons inspectors."),
    # ACCUSE: taken to task; the blame laid; a decision frowned on
    ("ACCUSE", "The Greek opposition took the government to task over the refugee camps."),
    ("ACCUSE", "Kenya laid the blame for the attack on Somali militants."),
    ("ACCUSE", "Brussels frowned on Hungary's decision to close the border to refugees."),
    # REJECT: a deaf ear, a plea shelved, demands stonewalled, the door shut
    ("REJECT", "The Nigerian government turned a deaf ear to the demands of the opposition."),
    ("REJECT", "The Security Council shelved Lebanon's request for a new force."),
    ("REJECT", "Beijing stonewalled Australia's demands for an inquiry."),
    ("REJECT", "Turkey shut the door on Cyprus's proposal for new talks."),
    # THREATEN: notice served; a threat dangled
    ("THREATEN", "Russia served notice on Ukraine that it would cut off gas supplies."),
    ("THREATEN", "Washington dangled the threat of sanctions over Caracas."),
    # PROTEST: pots banged, streets thronged, crowds massing, shutters down, protesters blocking access
    ("PROTEST", "Argentine protesters banged pots and pans outside the presidential palace."),
    ("PROTEST", "Thousands of Serbs thronged the streets of Belgrade against the government."),
    ("PROTEST", "Angry crowds massed outside the Iranian parliament in Tehran, demanding new elections."),
    ("PROTEST", "Thousands of demonstrators massed in the main square of Minsk."),
    ("PROTEST", "Shopkeepers in Srinagar pulled down their shutters to protest against the killings."),
    ("PROTEST", "Farmers blocked access to the French parliament in Paris."),
    # MOBILIZE: muscle flexed
    ("MOBILIZE", "China flexed its military muscle near the Taiwan Strait."),
    # SANCTION: storming out of talks, the aid tap turned off
    ("SANCTION", "The Syrian delegation stormed out of the peace talks in Geneva."),
    ("SANCTION", "Denmark turned off the aid tap to Tanzania."),
    # COERCE: emergency rule and curfews slapped; registration revoked; newspapers pulled
    ("COERCE", "The Thai government slapped emergency rule on Bangkok."),
    ("COERCE", "The Egyptian authorities slapped a curfew on Suez."),
    ("COERCE", "Belarus revoked the registration of the independent journalists' association."),
    ("COERCE", "Malaysian authorities pulled the British newspaper from the news-stands."),
    # ASSAULT: roughed up, clubbed to death, struck at positions, pounded, sprayed with gas
    ("ASSAULT", "Government supporters roughed up an opposition leader in Harare."),
    ("ASSAULT", "Militiamen clubbed to death a Rwandan priest in Kigali."),
    ("ASSAULT", "Indian troops struck at Pakistani positions in Kashmir."),
    ("ASSAULT", "Russian artillery pounded Chechen villages south of Grozny."),
    ("ASSAULT", "Syrian helicopters sprayed the rebel town with chlorine gas."),
]

NO_EVENT = [
    "The storm pounded the coast of Florida on Sunday.",
    "The Kenyan parliament passed a new law on land ownership.",
    "Swiss farmers sprayed their fields with pesticide.",
    "Shoppers thronged the malls of Dubai before the holiday.",
    "Crowds of fans massed outside the stadium in Lagos before the match.",
    "The Belgian minister shut the window of his office.",
    "The Greek fishermen bailed water from their boat.",
    "The Canadian boxer went along to the gym in Toronto.",
    "The Spanish government went ahead with its plan to build the dam.",
    "Europe's governments bailed out of the project in 2019.",
    "The Russian envoy struck a conciliatory note at the Security Council.",
    "Residents of the flooded Bangladeshi villages went days without food.",
]


test_sentence_codes_its_type, test_condition_keeps_false_friend_silent = type_tests(CASES, NO_EVENT)
