"""Lexicon coverage: everyday wire-service wording of every PLOVER type, through the real model.

The sentences are written for this test (none comes from a gold file): three or more per type,
each naming one event, plus sentences that name none (sport, markets, "met the deadline").
"""

from __future__ import annotations

from collections import Counter
from datetime import date
from functools import cache

import pytest

from docs import build
from newsevents.extract import plover
from newsevents.extract.lexicon import match, triggers
from newsevents.pipeline import Coder

pytestmark = pytest.mark.slow
DAY = date(2021, 5, 4)

CASES: list[tuple[str, str]] = [
    ("AGREE", "Iran and France agreed to resume nuclear talks next month."),
    ("AGREE", "Japan pledged 200 million dollars in reconstruction aid to Ukraine."),
    ("AGREE", "The United States vowed support for Taiwan on Tuesday."),
    ("AGREE", "Germany will send medical supplies to Sudan next week."),
    ("CONSULT", "The Indian prime minister met his Nepalese counterpart in Kathmandu on Monday."),
    ("CONSULT", "Chinese President Xi Jinping received the visiting Kenyan president in Beijing."),
    ("CONSULT", "Egypt brokered talks between Israel and Hamas."),
    ("CONSULT", "The Turkish foreign minister telephoned his Russian counterpart on Sunday."),
    ("SUPPORT", "Saudi Arabia and Iran restored diplomatic relations on Friday."),
    ("SUPPORT", "The Jordanian king sent condolences to the Turkish president after the earthquake."),
    ("SUPPORT", "Brazil praised Argentina for its handling of the crisis."),
    ("SUPPORT", "Vietnam and Australia boosted their ties during the visit."),
    ("CONCEDE", "Thailand lifted the curfew in Bangkok on Saturday."),
    ("CONCEDE", "The Kenyan government bowed to pressure from the unions."),
    ("CONCEDE", "Prosecutors in Peru dropped the charges against the opposition leader."),
    ("CONCEDE", "Myanmar's junta granted an amnesty to thousands of prisoners."),
    ("COOPERATE", "India and France held joint naval exercises in the Arabian Sea."),
    ("COOPERATE", "Spain extradited the suspect to Mexico on Thursday."),
    ("COOPERATE", "Colombia and Ecuador exchanged intelligence on drug cartels."),
    ("AID", "Britain provided 50 million pounds in aid to Pakistan."),
    ("AID", "Norway donated 10 million dollars to the refugee agency in Jordan."),
    ("AID", "Canada granted asylum to the Saudi teenager."),
    ("AID", "Japan forgave Iraq's debt."),
    ("RETREAT", "Israel released 200 Palestinian prisoners on Monday."),
    ("RETREAT", "Russian troops withdrew from the town of Kherson."),
    ("RETREAT", "The Peruvian interior minister resigned on Friday."),
    ("RETREAT", "The rebels laid down their arms in Mindanao."),
    ("REQUEST", "The UN Security Council urged Myanmar to free political prisoners."),
    ("REQUEST", "Chile appealed to Bolivia for calm."),
    ("REQUEST", "Nigeria called for an investigation into the killings in Lagos."),
    ("REQUEST", "The European Union pressured Serbia to recognise Kosovo."),
    ("ACCUSE", "China condemned the Japanese prime minister's visit to the shrine."),
    ("ACCUSE", "Britain blasted Iran over the seizure of the oil tanker."),
    ("ACCUSE", "The opposition accused the Kenyan government of rigging the election."),
    ("ACCUSE", "Pakistan summoned the Indian envoy in Islamabad on Tuesday."),
    ("ACCUSE", "The Pakistani foreign minister lashed out at India over the dam project."),
    ("ACCUSE", "The United States filed a lawsuit against the Venezuelan oil company."),
    ("REJECT", "Russia vetoed the Security Council resolution on Syria."),
    ("REJECT", "North Korea rejected the South Korean offer of talks."),
    ("REJECT", "China and Russia blocked a UN resolution on Myanmar."),
    ("REJECT", "Hungary voted against the European sanctions package."),
    ("THREATEN", "North Korea threatened to attack South Korea."),
    ("THREATEN", "Hamas vowed revenge for the killing of its commander."),
    ("THREATEN", "Judges in The Hague issued an arrest warrant against the Sudanese leader on Monday."),
    ("THREATEN", "Iran warned Israel against any attack on its nuclear sites."),
    ("PROTEST", "Nurses in Nairobi struck on Tuesday over unpaid wages."),
    ("PROTEST", "Bus drivers in Accra staged a protest against a fuel tax."),
    ("PROTEST", "Thousands of students took to the streets of Santiago on Thursday."),
    ("PROTEST", "Doctors in Nairobi went on strike over unpaid wages."),
    ("PROTEST", "Farmers demonstrated outside the parliament in New Delhi."),
    ("PROTEST", "Workers staged a protest against the new labour law in Seoul."),
    ("SANCTION", "The European Union imposed sanctions on Belarus."),
    ("SANCTION", "Lithuania expelled two Russian diplomats."),
    ("SANCTION", "The United States froze the assets of the Venezuelan central bank."),
    ("SANCTION", "Morocco recalled its ambassador from Germany."),
    ("MOBILIZE", "Russia deployed troops along the Ukrainian border."),
    ("MOBILIZE", "South Korea scrambled fighter jets after the incursion."),
    ("MOBILIZE", "Police stepped up security in Jerusalem ahead of the holiday."),
    ("MOBILIZE", "North Korea tested a ballistic missile on Sunday."),
    ("COERCE", "Police arrested 30 opposition supporters in Harare."),
    ("COERCE", "Iranian authorities cracked down on the protesters in Tehran."),
    ("COERCE", "Rebels took control of the town of Goma."),
    ("COERCE", "The Egyptian government imposed a curfew in Cairo."),
    ("ASSAULT", "Gunmen killed five soldiers in northern Mali."),
    ("ASSAULT", "Israeli jets struck targets in Gaza on Friday."),
    ("ASSAULT", "Syrian forces pounded the city of Homs."),
    ("ASSAULT", "Rebels battled government troops near the airport in Khartoum."),
    # Aid verbs: money, relief goods and arms handed over; debt cancelled.
    ("AID", "Australia granted Fiji 20 million dollars in cyclone relief."),
    ("AID", "The Chinese government gave five million dollars to Laos for flood victims."),
    ("AID", "Turkey gave shelter to thousands of Syrian refugees."),
    ("AID", "Indonesian navy ships delivered food and medicine to the island of Sumba."),
    ("AID", "Britain is shipping anti-aircraft missiles to Ukraine."),
    ("AID", "The Danish air force airlifted blankets and tents to earthquake survivors in Nepal."),
    ("AID", "Italian military planes flew medical supplies to Libya."),
    ("AID", "The Asian Development Bank approved a 300 million dollar loan to Sri Lanka."),
    ("AID", "The World Bank disbursed 80 million dollars to Malawi on Tuesday."),
    ("AID", "The European Union released the promised aid to Lebanon."),
    ("AID", "Norway cancelled the debt owed by Ecuador."),
    ("AID", "Brazil wrote off the debt of Mozambique."),
    ("AID", "France provided Chad with three military helicopters."),
    # Phrasal verbs: handing over arms or captives, stepping down, troops leaving.
    ("RETREAT", "Maoist fighters handed over their weapons to the election commission in Nepal."),
    ("RETREAT", "Colombian guerrillas handed over two hostages to the Red Cross."),
    ("RETREAT", "Militiamen in Liberia turned in 500 guns to the peacekeepers."),
    ("RETREAT", "The Italian interior minister stepped down on Tuesday."),
    ("RETREAT", "The Bolivian president stepped down after weeks of unrest."),
    ("RETREAT", "The last French soldiers left Mali on Monday."),
    ("RETREAT", "Ethiopian troops left Somalia after two years."),
    # Strikes in other words; lawsuits; call-ups, alerts and troop moves.
    ("PROTEST", "Nurses in Nairobi walked off the job over unpaid salaries."),
    ("PROTEST", "Teachers in Ghana downed tools over pay on Monday."),
    ("ACCUSE", "Ukraine took Russia to court in The Hague."),
    ("ACCUSE", "The Gambia took Myanmar to the International Court of Justice."),
    ("MOBILIZE", "Israel called up 10,000 reservists on Sunday."),
    ("MOBILIZE", "Ukrainian reservists were called up by the army on Friday."),
    ("MOBILIZE", "Pakistan put its air force on high alert."),
    ("MOBILIZE", "Police in Lagos were placed on alert ahead of the election."),
    ("MOBILIZE", "Turkey moved tanks to the Syrian border."),
    ("MOBILIZE", "China sent two brigades to the Indian border."),
    ("MOBILIZE", "Rebels in Congo concentrated their forces near the city of Goma."),
    # Telephone calls, resumed trade, apologies and remorse, suspended protests, cut lending.
    ("CONSULT", "The Japanese prime minister spoke by telephone with the Australian prime minister."),
    ("CONSULT", "The French president spoke by telephone with the Nigerian president on Monday."),
    ("COOPERATE", "Russia resumed oil deliveries to Hungary on Friday."),
    ("COOPERATE", "China and Australia resumed trade in coal."),
    ("CONCEDE", "The German chancellor apologised to Namibia for the colonial massacres."),
    ("CONCEDE", "The Belgian king expressed remorse for the abuses in Congo."),
    ("CONCEDE", "Opposition parties in Togo suspended their street protests ahead of the talks."),
    ("SANCTION", "The IMF cut off lending to Zambia."),
    ("SANCTION", "The World Bank cut off loans to Nicaragua."),
    ("CONCEDE", "Striking farmers in France suspended their blockade of the motorways."),
    # "beat" and "rally" keep their political senses once the false friends are conditioned away
    ("ASSAULT", "Riot police beat protesters in Minsk on Sunday."),
    ("ASSAULT", "Two journalists were beaten to death in Lahore."),
    ("PROTEST", "Thousands of opposition supporters rallied in Caracas on Saturday."),
]

NO_EVENT = [
    "The Sri Lankan cricket team arrived in Cape Town for a five-match tour.",
    "The senator asked why troops had been sent to the border.",  # a question, no request
    "Journalists asked whether the governor would step down.",
    "Liverpool beat Arsenal 3-0 on Saturday.",
    "Shares fell sharply after the company warned of lower profits.",
    "The government met the deadline for submitting the budget.",
    "The firm met its sales target last year.",
    "The new data support the claim that prices are rising.",
    "The striker scored twice as Real Madrid thrashed Barcelona in the championship match.",
    "The company reported record earnings in the third quarter.",
    # false friends: sport results, market rallies, space probes
    "Argentina beat Brazil 2-0 in the final on Sunday.",
    "Bank shares rallied on Wall Street on Friday.",
    "Japan launched a lunar probe on Monday.",
    "The European Space Agency launched a space probe to Jupiter.",
    "The yen rallied against the dollar in Tokyo trading.",
    "Foreign investors were beating a path to the new economic zone.",
    "Oil prices rallied after the storm.",
]


@cache
def _types() -> dict[str, list[str]]:
    """Event types of every sentence above, coded in one batch with one model load."""
    texts = [text for _, text in CASES] + NO_EVENT
    coded = Coder().code_many((text, DAY) for text in texts)
    return {text: [event.type for event in events] for text, events in zip(texts, coded, strict=True)}


def test_the_table_covers_every_type_three_times() -> None:
    counts = Counter(kind for kind, _ in CASES)
    assert set(counts) == set(plover.event_types())
    assert min(counts.values()) >= 3


@pytest.mark.parametrize(("kind", "text"), CASES, ids=[f"{k}-{i}" for i, (k, _) in enumerate(CASES)])
def test_sentence_codes_its_type(kind: str, text: str) -> None:
    types = _types()[text]
    assert types and set(types) == {kind}, types


@pytest.mark.parametrize("text", NO_EVENT)
def test_sentence_codes_no_event(text: str) -> None:
    assert _types()[text] == []


def test_rows_are_unique_and_conditions_known() -> None:
    kinds = {"", "compound", "amod", "dobj", "nsubj", "pobj"}
    for (lemma, pos), entries in triggers().items():
        needs = [e.needs for e in entries]
        assert len(needs) == len(set(needs)), (lemma, pos)
        assert needs.count("") <= 1, (lemma, pos)  # one unconditional row at most, tried last
        for need in needs:
            assert need.rpartition("=")[0].removesuffix("!") in kinds, (lemma, need)


Row = tuple[str, str, str, str, int, str]


def _clause(verb: str, noun: str, *, prep: str | None = None) -> list[Row]:
    """"Iran <verb> <noun>." or "Iran <verb> <prep> <noun>." as a hand-built parse; each word
    is given as "text/lemma"."""
    (vtext, vlemma), (ntext, nlemma) = verb.split("/"), noun.split("/")
    rows: list[Row] = [("Iran", "Iran", "PROPN", "nsubj", 1, "B-GPE"), (vtext, vlemma, "VERB", "ROOT", 1, "O")]
    if prep is None:
        rows.append((ntext, nlemma, "NOUN", "dobj", 1, "O"))
    else:
        rows += [(prep, prep, "ADP", "prep", 1, "O"), (ntext, nlemma, "NOUN", "pobj", 2, "O")]
    return [*rows, (".", ".", "PUNCT", "punct", 1, "O")]


def test_negated_object_condition_keeps_meetings_and_drops_deadlines() -> None:
    assert match(build(_clause("met/meet", "deadline/deadline"))[1]) is None
    entry = match(build(_clause("met/meet", "envoy/envoy"))[1])
    assert entry is not None and entry.type == "CONSULT"


def test_preposition_object_condition() -> None:
    entry = match(build(_clause("took/take", "streets/street", prep="to"))[1])
    assert entry is not None and (entry.type, entry.mode) == ("PROTEST", "demo")
    assert match(build(_clause("took/take", "office/office", prep="to"))[1]) is None
