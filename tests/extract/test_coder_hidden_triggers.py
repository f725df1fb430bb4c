"""Triggers the parse hides, on invented sentences (real parse: slow).

A hyphenated verb split by the tokenizer is looked up whole ("baton-charged" is no
accusation); a flat "no" said, voted or given is a refusal; what an authority declares its
object to be ("found X guilty", "held X responsible", "declared X persona non grata") codes a
conviction, a blame or an expulsion aimed at X; "gave X three days to leave or face strikes" is
a threat; a possible sanction hung on an "unless" is a threat; a closed strait is a
restriction, threatened when conditioned; measures taken "unless" are a threat; an effort
or a role abandoned is read through to what it was ("abandoned its efforts to mediate");
diplomats told or asked to leave are expelled. False friends stay as they were.
"""

from __future__ import annotations

from datetime import date

import pytest
from real_coder import coder as _coder

from newsevents.config import Config
from newsevents.extract.coder import extract_mentions
from newsevents.models import Event
from newsevents.nlp import load_model

pytestmark = pytest.mark.slow

DAY = date(2015, 4, 9)


def _events(text: str) -> list[Event]:
    return _coder().code(text, DAY)


def _first(text: str) -> tuple[str, str | None, str | None, str | None]:
    events = _events(text)
    assert events, text
    event = events[0]
    target = event.target.country if event.target is not None else None
    return event.type, event.mode, event.source.country, target


@pytest.mark.parametrize("text, expected", [
    ("Sri Lankan police baton-charged the students outside the university in Colombo.",
     ("ASSAULT", "crowd-control", "LKA", "LKA")),
    ("Bangladeshi police lathi-charged the striking jute workers in Dhaka on Sunday.",
     ("ASSAULT", "crowd-control", "BGD", "BGD")),
])
def test_a_hyphenated_verb_is_matched_whole(text: str, expected: tuple[str, ...]) -> None:
    assert _first(text) == expected


def test_the_last_part_of_a_hyphenated_verb_still_counts() -> None:
    assert _first("Syrian jets carpet-bombed the rebel-held town of Douma.")[:2] == ("ASSAULT", "explosives")


@pytest.mark.parametrize("text, pair", [
    ("Ecuador's government said no to the Chinese offer of a new loan.", ("ECU", "CHN")),
    ("Slovak lawmakers voted no on the accord with Hungary.", ("SVK", "HUN")),
    ("Austria gave a firm no to the Italian proposal on migrant quotas.", ("AUT", "ITA")),
])
def test_a_flat_no_is_a_refusal(text: str, pair: tuple[str, str]) -> None:
    kind, _, source, target = _first(text)
    assert (kind, source, target) == ("REJECT", *pair)


def test_no_in_other_senses_refuses_nothing() -> None:
    assert not [e for e in _events("The Malian army said no soldiers were hurt in the ambush.")
                if e.type == "REJECT"]


@pytest.mark.parametrize("text, expected", [
    ("A court in Tunis found the former interior minister guilty of torture.",
     ("SANCTION", "convict", "TUN", "TUN")),
    ("Estonia declared the Belarusian consul persona non grata on Thursday.",
     ("SANCTION", "expel", "EST", "BLR")),
    ("Armenia held Azerbaijan responsible for the shelling of the village.",
     ("ACCUSE", "allege", "ARM", "AZE")),
])
def test_what_an_authority_declares_its_object_to_be(text: str, expected: tuple[str, ...]) -> None:
    assert _first(text) == expected


@pytest.mark.parametrize("text", [
    "A court in Tunis found the former interior minister not guilty of torture.",
    "Auditors in Tunis found the ministry's accounts accurate.",
    "Officials in Tunis found guilty of graft will lose their pensions, the minister said.",
])
def test_an_acquittal_or_a_plain_finding_is_no_conviction(text: str) -> None:
    assert not [e for e in _events(text) if e.type == "SANCTION"]


def test_a_small_clause_takes_only_its_own_subject() -> None:
    """A relative clause under an object ("prisoners, several *who* had") is no small clause."""
    nlp = load_model(Config().model)
    doc = nlp("Uzbek authorities freed 30 political prisoners, among them several who had spent a decade in jail.")
    freed = [m for m in extract_mentions("t", doc) if m.type == "RETREAT"]
    assert freed and freed[0].target is not None and freed[0].target.text == "30 political prisoners"


@pytest.mark.parametrize("text, expected", [
    ("NATO gave the Serbian militia four days to withdraw its artillery from Gorazde or face air strikes.",
     ("THREATEN", "violence")),
    ("The Thai army gave Cambodian troops until Sunday to leave the temple or face the consequences.",
     ("THREATEN", None)),
    ("Kurdish commanders warned Iraqi officers in Kirkuk to surrender or face attack.",
     ("THREATEN", "violence")),
])
def test_or_face_makes_an_ultimatum(text: str, expected: tuple[str, str | None]) -> None:
    assert _first(text)[:2] == expected


@pytest.mark.parametrize("text", [
    "Travellers were advised to book early or face long queues at the border with Slovenia.",
    "Governments in Asia need to act now or face a wave of bank failures.",
])
def test_a_choice_put_to_no_one_is_no_threat(text: str) -> None:
    assert not [e for e in _events(text) if e.type == "THREATEN"]


@pytest.mark.parametrize("text, kind", [
    ("Norway may suspend its mediation between Colombia and the rebels unless both sides show more goodwill.",
     "THREATEN"),
    ("Norway may suspend its mediation between Colombia and the rebels if the talks drag on, analysts said.",
     "SANCTION"),
])
def test_a_possible_sanction_hung_on_unless_is_a_threat(text: str, kind: str) -> None:
    assert _first(text)[0] == kind


def test_a_threatened_sanction_keeps_its_theme_out_of_the_target() -> None:
    """"May suspend *its mediation*": the mediation is what is suspended, no target."""
    text = "Norway may suspend its mediation between Colombia and the rebels unless both sides show more goodwill."
    assert _first(text)[3] != "NOR"


@pytest.mark.parametrize("text, mode", [
    ("Oman said it would close the Strait of Hormuz to tankers if the blockade went ahead.", "restrict"),
    ("Jakarta said it would take tough measures against Canberra unless the spying stopped.", None),
])
def test_conditioned_closures_and_measures_are_threats(text: str, mode: str | None) -> None:
    assert _first(text)[:2] == ("THREATEN", mode)


def test_measures_taken_without_a_condition_are_no_threat() -> None:
    text = "Jakarta took tough measures to protect its rice farmers this year."
    assert not [e for e in _events(text) if e.type == "THREATEN"]


def test_an_agentless_imposed_noun_is_not_its_own_target() -> None:
    """"A curfew was imposed on the town": the town is the target, not the curfew."""
    nlp = load_model(Config().model)
    doc = nlp("A curfew was imposed on the town of Jalalabad on Saturday.")
    curfews = [m for m in extract_mentions("t", doc) if m.type == "COERCE"]
    assert curfews and curfews[0].target is not None and curfews[0].target.text == "the town"


@pytest.mark.parametrize("text", [
    "Kurdish leaders in Erbil were held responsible for the unrest.",
    "It is time for the Nigerian senate to hold itself accountable.",
])
def test_a_general_remark_on_accountability_blames_no_one(text: str) -> None:
    assert not [e for e in _events(text) if e.type == "ACCUSE"]


@pytest.mark.parametrize("text", [
    "Ghana has abandoned its efforts to mediate between Togo and Benin, officials said.",
    "Senegal ended its attempt to broker a truce between Gambian factions.",
])
def test_an_abandoned_effort_is_read_as_what_it_was(text: str) -> None:
    assert _first(text)[:2] == ("SANCTION", "withdraw")


def test_an_abandoned_effort_of_another_kind_stays_as_it_was() -> None:
    assert not [e for e in _events("Ghana has abandoned its efforts to build a new port in Tema.")
                if e.type == "SANCTION"]


@pytest.mark.parametrize("text", [
    "Uruguay told the Venezuelan ambassador to leave the country by Monday.",
    "Kuwait asked the Iraqi envoy to leave within 48 hours.",
])
def test_a_diplomat_told_to_leave_is_expelled(text: str) -> None:
    assert _first(text)[:2] == ("SANCTION", "expel")


def test_someone_else_told_to_leave_is_asked() -> None:
    assert _first("Uruguay told the Venezuelan president to leave politics.")[0] == "REQUEST"
