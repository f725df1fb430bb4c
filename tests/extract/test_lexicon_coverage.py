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
]

NO_EVENT = [
    "Liverpool beat Arsenal 3-0 on Saturday.",
    "Shares fell sharply after the company warned of lower profits.",
    "The government met the deadline for submitting the budget.",
    "The firm met its sales target last year.",
    "The new data support the claim that prices are rising.",
    "The striker scored twice as Real Madrid thrashed Barcelona in the championship match.",
    "The company reported record earnings in the third quarter.",
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
