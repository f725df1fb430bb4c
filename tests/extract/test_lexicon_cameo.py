"""Lexicon rows for wire wording of CAMEO codes, through the real model.

Each row added for the CAMEO wording families ("snatched tourists", "refused food", "walked out
of talks", "scaled back ties", "turned aside an offer" ...) has one sentence written for this test
(none comes from a gold or development file) that must code with the row's type, and the rows'
conditions must keep the false friends below silent (storms uprooting trees, shops charging fees).
"""

from __future__ import annotations

import pytest
from lexicon_cases import coder, type_tests

from newsevents.extract.lexicon import match

pytestmark = pytest.mark.slow

CASES: list[tuple[str, str]] = [
    # ASSAULT: abductions, beatings, bombs, massacres
    ("ASSAULT", "Gunmen snatched two Italian aid workers from their car near Mogadishu."),
    ("ASSAULT", "Ruling party youths beat up an opposition candidate in Lusaka on Sunday."),
    ("ASSAULT", "Rebels slaughtered dozens of villagers in eastern Congo."),
    ("ASSAULT", "Militants set off a bomb near a police station in Quetta."),
    ("ASSAULT", "Rebels planted a bomb under a railway bridge in Assam."),
    ("ASSAULT", "Riot police charged the protesters outside the parliament in Kampala."),
    # COERCE: property destroyed, curfews clamped, flags raised on seized ground, deportations
    ("COERCE", "Jewish settlers uprooted olive trees near Nablus on Saturday."),
    ("COERCE", "The Indian army clamped a curfew on the town of Srinagar."),
    ("COERCE", "A curfew was clamped on Jaffna by the Sri Lankan army."),
    ("COERCE", "Chinese marines raised their flag on the disputed reef."),
    ("COERCE", "Kenya ordered the expulsion of two Somali journalists on Tuesday."),
    # PROTEST: hunger strikes, staying off the job, barricades, rioting, walkouts
    ("PROTEST", "Dozens of detainees at the prison in Bahrain have refused food since Monday."),
    ("PROTEST", "Fifty inmates in Tunisia stopped eating on Sunday."),
    ("PROTEST", "Bus drivers in Lima stayed off the job on Tuesday over unpaid wages."),
    ("PROTEST", "Protesters threw up barricades on the main roads of La Paz."),
    ("PROTEST", "Miners erected barricades across the highway near Oruro."),
    ("PROTEST", "Taxi drivers burned tyres in the streets of Nairobi on Monday."),
    ("PROTEST", "Angry farmers smashed windows of the agriculture ministry in Seoul."),
    ("PROTEST", "Youths hurled firebombs at police in Belfast."),
    ("PROTEST", "Opposition activists in Caracas launched a campaign of civil disobedience."),
    ("PROTEST", "Dock workers in Durban walked out on Wednesday over pay."),
    # MOBILIZE: a show of force
    ("MOBILIZE", "Iran paraded long-range missiles through Tehran on Friday."),
    # SANCTION: walkouts from talks, relations scaled back, staff ordered out, sales barred
    ("SANCTION", "The Iranian delegation walked out of the nuclear talks in Geneva."),
    ("SANCTION", "Egypt scaled back its trade ties with Qatar on Monday."),
    ("SANCTION", "The Sudanese government ordered the foreign aid workers out of Darfur."),
    ("SANCTION", "The Security Council barred arms sales to Libya on Friday."),
    # RETREAT: a presence scaled back; property handed back
    ("RETREAT", "Greece scaled back its military presence on the islands."),
    ("RETREAT", "Russia handed back three seized Ukrainian navy ships on Monday."),
    # REJECT: offers turned aside, bills killed
    ("REJECT", "Iran turned aside a French offer to mediate in the dispute."),
    ("REJECT", "The Polish senate killed the bill on Thursday."),
    # CONCEDE: rules scrapped, newspapers and stations licensed
    ("CONCEDE", "The Egyptian government scrapped the ban on opposition rallies."),
    ("CONCEDE", "The Czech government licensed the first private radio station on Monday."),
    ("CONCEDE", "The Belarusian authorities licensed an independent newspaper in Minsk."),
    # CONSULT: visitors received for talks; delegates bargaining
    ("CONSULT", "The Kenyan president received the Ugandan foreign minister in Nairobi for talks on trade."),
    ("CONSULT", "Sudanese and South Sudanese delegates bargained over oil fees in Addis Ababa."),
    # SUPPORT: signatures put to a treaty
    ("SUPPORT", "The Greek and Turkish leaders put their signatures to a trade accord in Ankara."),
    # COOPERATE: files handed to another state's police; joint surveys
    ("COOPERATE", "German police have handed their Spanish counterparts files on suspected smugglers."),
    ("COOPERATE", "Vietnam and Cambodia launched a joint survey of their border."),
    # AGREE: disputes settled
    ("AGREE", "Peru and Chile settled their maritime dispute on Tuesday."),
    # AID: equipment supplied or provided
    ("AID", "Russia supplied Mali with attack helicopters on Thursday."),
    ("AID", "Japan provided Laos with trucks and computers for the election."),
    # ACCUSE: questioning by investigators; charges made in reported speech
    ("ACCUSE", "French police questioned the Gabonese minister in Paris about the missing funds."),
    ("ACCUSE", "The Zambian opposition leader charged on Monday that the government was rigging the vote."),
]

NO_EVENT = [
    "Strong winds uprooted trees across northern France on Sunday.",
    "The Danish utility charged customers a higher fee for electricity this winter.",
    "Farmers in Wales slaughtered their cattle after the outbreak.",
    "Football fans paraded the trophy through the streets of Madrid.",
    "The carmaker scaled back its sales forecast for the year.",
    "Villagers in Ghana raised money for a new school.",
    "The chef snatched the pan from the stove.",
    "The bakery settled its bill with the supplier on Friday.",
]

# Rows that match in their context but whose events the coder drops for want of an actor (a
# bomb is no actor); checked at the lexicon level on the real parse.
MATCH_ONLY: list[tuple[str, str, str]] = [
    ("ASSAULT", "ripped", "A car bomb ripped through a crowded market in Peshawar on Friday."),
    ("CONCEDE", "give", "Pakistan said it would give ground on the water dispute with India."),
]


test_sentence_codes_its_type, test_condition_keeps_false_friend_silent = type_tests(CASES, NO_EVENT)


@pytest.mark.parametrize(("kind", "word", "text"), MATCH_ONLY)
def test_row_matches_in_context(kind: str, word: str, text: str) -> None:
    doc = coder().nlp(text)
    entries = [match(token) for token in doc if token.text == word]
    assert entries and entries[0] is not None and entries[0].type == kind, entries
