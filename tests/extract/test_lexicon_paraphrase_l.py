"""Lexicon rows for state-media and nominal wording of CAMEO 11-13 (block l of triggers.tsv), through the real model.

Each row family added for these wordings ("lodged solemn representations", "delivered a demarche",
"sent a note of protest", "reacted angrily to", "took issue with", "hit back at the criticism",
"flayed", "pilloried", "a tirade against", "X's snub of", "a vow of revenge",
"called in the ambassador", "brought charges against", "slapped X with charges", "administered a
rebuke", "questioned the legality", "launched infringement proceedings", "rebutted", "held up the
package", "stymied efforts", "gave short shrift to", "cast a veto", "dug in its heels", "stood its
ground", "dragged its feet", "closed the door on talks", "pressed ahead despite objections",
"nixed", "vowed countermeasures", "vowed to retake", "reserved the right to retaliate") has one
sentence written for this test (none comes from a gold or development file) that must code with the
row's type, and the rows' conditions must keep the false friends below silent (markets reacting
sharply, a party's strong representation, police responding harshly, a striker hitting back at
critics, farmers bringing their case to a minister, an office door closed, troops standing their
ground, a budget going ahead despite a drought, a vow to eliminate corruption, votes cast in a song
contest, players called in, a company slapped with a fine, a minibus held up, a
vaccine administered, snow stymying rescuers, a vow of silence).
"""

from __future__ import annotations

import pytest
from lexicon_cases import type_tests

pytestmark = pytest.mark.slow

CASES: list[tuple[str, str]] = [
    # ACCUSE (complain officially): representations, a demarche, a note of protest
    ("ACCUSE", "Hanoi lodged solemn representations with Beijing over the oil rig, the Vietnamese foreign ministry said."),
    ("ACCUSE", "Seoul lodged representations with Tokyo over the textbook revisions."),
    ("ACCUSE", "The Indian foreign ministry delivered a demarche to the Pakistani envoy over the border firing."),
    ("ACCUSE", "Tokyo handed a demarche to the Russian ambassador over the Kuril islands."),
    ("ACCUSE", "Cairo sent a note of protest to Addis Ababa over the dam, the foreign ministry said."),
    ("ACCUSE", "Manila gave a protest note to the Chinese ambassador over the water cannon incident."),
    # ACCUSE (disapprove): reacting angrily, taking issue, hitting back at criticism
    ("ACCUSE", "Islamabad reacted angrily to the Indian army chief's remarks."),
    ("ACCUSE", "Tripoli responded furiously to the Italian minister's comments, state television said."),
    ("ACCUSE", "Nairobi took issue with the Ugandan president's statement on the lake."),
    ("ACCUSE", "Caracas hit back at the criticism from the Organization of American States."),
    # ACCUSE (disapprove): headline verbs of censure; an ambassador called in
    ("ACCUSE", "The Indian opposition flayed the government in New Delhi over the border clashes."),
    ("ACCUSE", "Ukrainian newspapers pilloried the Hungarian prime minister over his visit to Moscow."),
    ("ACCUSE", "The Polish foreign ministry called in the Belarusian charge d'affaires over the balloons."),
    ("ACCUSE", "Brasilia called in the Paraguayan ambassador over the shooting at the border."),
    ("ACCUSE", "The Egyptian foreign minister administered a stern rebuke to the Ethiopian envoy."),
    ("ACCUSE", "Nicosia questioned the legitimacy of the Turkish Cypriot elections."),
    ("ACCUSE", "The Bolivian president launched a tirade against the Chilean government."),
    ("ACCUSE", "Minsk's diatribe against Warsaw was broadcast on state television."),
    # ACCUSE (lawsuits): charges or a case brought, proceedings launched or instituted
    ("ACCUSE", "Uzbek prosecutors slapped the former mayor of Tashkent with fraud charges."),
    ("ACCUSE", "Lithuanian prosecutors brought charges against the Belarusian border guards."),
    ("ACCUSE", "Ecuador brought a case against Colombia at the International Court of Justice."),
    ("ACCUSE", "The European Commission launched infringement proceedings against Rome over the migrant camps."),
    ("ACCUSE", "Tunisian prosecutors instituted proceedings against the former prime minister."),
    ("ACCUSE", "Qatar initiated a lawsuit against the United Arab Emirates at the World Trade Organization."),
    # REJECT: cold shoulder, short shrift, a veto cast, heels dug in, ground stood, feet dragged
    ("REJECT", "Rabat gave the cold shoulder to the Algerian mediation offer."),
    ("REJECT", "Quito gave short shrift to the Peruvian proposal."),
    ("REJECT", "China cast a veto on the draft resolution on Myanmar."),
    ("REJECT", "Belgrade dug in its heels over the recognition of Kosovo."),
    ("REJECT", "Minsk stood its ground against the demands of the European Union."),
    ("REJECT", "Lebanon has dragged its feet over the reforms sought by the International Monetary Fund."),
    # REJECT: the door closed on talks; pressing ahead despite objections; a plan nixed
    ("REJECT", "Hanoi closed the door on negotiations with the Cambodian opposition."),
    ("REJECT", "The Israeli government pressed ahead with the settlement plan despite protests from Amman."),
    ("REJECT", "Pretoria went ahead with the visit despite warnings from Washington."),
    ("REJECT", "Budapest pushed ahead with the law despite criticism from Brussels."),
    ("REJECT", "Warsaw nixed the Lithuanian plan for a joint brigade."),
    # REJECT: claims rebutted; a package held up or stalled; efforts stymied
    ("REJECT", "Lima's snub of the Bolivian foreign minister was reported on Tuesday."),
    ("REJECT", "Seoul's rebuff of the Japanese proposal came after the court ruling."),
    ("REJECT", "Canberra rebutted the claims made by the Chinese embassy."),
    ("REJECT", "The Kenyan government issued a rebuttal of the Human Rights Watch report."),
    ("REJECT", "Slovakia held up the European Union sanctions package against Moscow."),
    ("REJECT", "Ankara stalled the ratification of Finland's membership for months."),
    ("REJECT", "Khartoum stymied attempts by the African Union to deploy monitors."),
    # THREATEN: countermeasures vowed; vows to retake or hit back; the right to retaliate reserved
    ("THREATEN", "Tehran vowed countermeasures against the European Union over the new sanctions."),
    ("THREATEN", "The Azerbaijani army vowed to retake the occupied districts from Armenian forces."),
    ("THREATEN", "Hezbollah vowed to hit back at Israel, Al-Manar television said."),
    ("THREATEN", "Ankara said it reserved the right to retaliate against the Syrian army."),
    ("THREATEN", "The Kurdish militants issued a vow of revenge against the Turkish army."),
]

NO_EVENT = [
    "Oil prices reacted sharply to the decision of the producers' group.",
    "The Dutch party has strong representation in the European Parliament.",
    "The Kenyan police responded harshly to the protesters in Nairobi.",
    "The striker hit back at his critics with two goals against Chelsea.",
    "The Nepalese farmers brought their case to the minister in Kathmandu.",
    "The Brazilian minister closed the door to his office in Brasilia.",
    "Chilean troops stood their ground against the Peruvian assault.",
    "The Argentine government went ahead with the budget despite the drought.",
    "The Polish president vowed to eliminate corruption in the courts.",
    "The Turkish team cast its votes in the Eurovision contest.",
    "The Ghanaian coach called in three new players for the match against Nigeria.",
    "The Turkish company was slapped with a fine by the tax office in Istanbul.",
    "Armed men held up a minibus on the road to Kandahar.",
    "Nigerian nurses administered the vaccine to children in Kano.",
    "Heavy snow stymied efforts by Afghan rescuers to reach the village.",
    "The Thai monk took a vow of silence in Chiang Mai.",
]


test_sentence_codes_its_type, test_condition_keeps_false_friend_silent = type_tests(CASES, NO_EVENT)
