"""Tenth-round coder rules, on invented sentences through the real model (slow).

A wish for closer ties or cooperation is an intent to cooperate (AGREE, CAMEO 030):
"wanted closer ties with X", "seeks cooperation with X", "hopes for better relations",
"expressed hope for further exchanges", "the desire for talks". A wish for anything else
("sought help") keeps its own type, and a hope with no tie or talks in it ("hope for peace")
is no event.

A statement noun in the "with" phrase of a verb of opening, closing or answering is made by
the verb's subject ("took command *with a call for talks*", "responded *with a warning*");
"met with a rebuff" is still undergone and "charged with an attack" is no attack.

Calling someone or their act a threat, a provocation or interference is an accusation
("views Iran's programme *as a threat*", "described the sale as interference"); calling
them a partner or a success is not.

False friends from wire copy: a cause or an explanation released, a story withdrawn by the
editors, and preparations or software deployed are no events; troops withdrawn or deployed
and prisoners released still are. Hostages held are an abduction ("are holding 72 hostages",
"held two Kenyan engineers hostage"), and a town captured by name is seized ("the rebels
captured Kasenga"); a mood, a vote or a picture captured is not. A promise of punishment
is a threat ("promised sanctions against Iran"); a promise of aid is still an intent.
Who is "on a visit to" a country makes the visit ("Moi, currently on an official visit to
China, said"), and who is or remains "in talks" or "in agreement" holds them ("Kenya is
in talks with the IMF"). A bare count is people ("Thousands marched in Nairobi").
"""

from __future__ import annotations

from datetime import date

import pytest
from real_coder import coder

from newsevents.models import Event

pytestmark = pytest.mark.slow

DAY = date(2006, 11, 7)


def _events(text: str) -> list[Event]:
    return coder().code(text, DAY)


@pytest.mark.parametrize(("text", "source", "target"), [
    ("Kenya said it wanted closer ties with Uganda.", "KEN", "UGA"),
    ("Kenya seeks closer ties with Uganda.", "KEN", "UGA"),
    ("Kenya hopes for better relations with Uganda.", "KEN", "UGA"),
    ("The Seychelles president expressed hope for closer cooperation with China.", "SYC", "CHN"),
    ("The Ghanaian leader expressed the desire for talks with Togo.", "GHA", "TGO"),
    ("Chile wants broader cooperation with Peru on fisheries.", "CHL", "PER"),
])
def test_a_wish_for_ties_or_cooperation_is_an_intent_to_cooperate(text: str, source: str,
                                                                   target: str) -> None:
    agreed = [e for e in _events(text) if e.type == "AGREE"]
    assert agreed, _events(text)
    assert (agreed[0].source.country, agreed[0].target.country if agreed[0].target else None) == (
        source, target)


def test_a_wish_for_help_stays_a_request() -> None:
    found = _events("Kenya sought help from Uganda.")
    assert [e.type for e in found] == ["REQUEST"]


@pytest.mark.parametrize("text", [
    "We hope for peace.",
    "Kenya hopes for rain before the planting season.",
    "The fans want closer seats to the pitch.",
])
def test_hopes_without_ties_or_talks_are_no_event(text: str) -> None:
    assert not [e for e in _events(text) if e.type == "AGREE"]


@pytest.mark.parametrize(("text", "kind", "source", "target"), [
    ("Sri Lanka's new army chief took command with a call for talks with the rebels.", "REQUEST",
     "LKA", None),
    ("Iran responded with a warning to Israel.", "THREATEN", "IRN", "ISR"),
    ("The French foreign minister weighed in with criticism of Italy.", "ACCUSE", "FRA", "ITA"),
])
def test_a_statement_in_a_with_phrase_is_the_subjects(text: str, kind: str, source: str,
                                                      target: str | None) -> None:
    found = [e for e in _events(text) if e.type == kind]
    assert found, _events(text)
    assert found[0].source.country == source
    if target is not None:
        assert found[0].target is not None and found[0].target.country == target


@pytest.mark.parametrize(("text", "kind"), [
    ("Kenya's plan met with a rejection from Uganda.", "REJECT"),
    ("The militants were charged with an attack on a police station.", "ASSAULT"),
])
def test_with_phrases_of_other_verbs_give_the_subject_nothing(text: str, kind: str) -> None:
    assert all(e.source.country != "KEN" for e in _events(text) if e.type == kind)
    assert not [e for e in _events(text) if e.type == kind and e.source.text.startswith("The militants")]


@pytest.mark.parametrize(("text", "source", "target"), [
    ("The Israeli prime minister said he viewed the Iranian nuclear programme as a threat.",
     "ISR", "IRN"),
    ("China described the American arms sale as gross interference in its affairs.", "CHN", "USA"),
    ("Kenya regards the Ugandan troop build-up as a provocation.", "KEN", "UGA"),
])
def test_calling_someone_a_threat_is_an_accusation(text: str, source: str, target: str) -> None:
    found = [e for e in _events(text) if e.type == "ACCUSE"]
    assert found, _events(text)
    assert (found[0].source.country, found[0].target.country if found[0].target else None) == (
        source, target)


@pytest.mark.parametrize("text", [
    "Kenya regards Uganda as an important partner.",
    "The Israeli army described the raid as a success.",
    "Analysts see the talks as an opportunity for Kenya.",
])
def test_calling_someone_a_partner_is_no_accusation(text: str) -> None:
    assert not [e for e in _events(text) if e.type == "ACCUSE"]


@pytest.mark.parametrize("text", [
    "As of yesterday, no cause had yet been released for the fire by the authorities.",
    "Please withdraw the story headlined Kenyan tea exports keep rising.",
    "The hospital has deployed all the necessary preparations to receive patients.",
    "The Kenyan police deployed new software to track stolen cars.",
])
def test_wire_false_friends_are_no_event(text: str) -> None:
    assert not [e for e in _events(text) if e.type in ("RETREAT", "MOBILIZE")]


@pytest.mark.parametrize(("text", "kind"), [
    ("Syria withdrew its troops from Lebanon.", "RETREAT"),
    ("NATO deployed 3,000 troops to Kosovo.", "MOBILIZE"),
    ("Israel released 200 Palestinian prisoners.", "RETREAT"),
])
def test_moves_of_troops_and_prisoners_stay_events(text: str, kind: str) -> None:
    assert [e for e in _events(text) if e.type == kind]


@pytest.mark.parametrize(("text", "kind", "target"), [
    ("The rebels are holding 72 hostages in the jungle.", "ASSAULT", None),
    ("The rebels held two Kenyan engineers hostage for a week.", "ASSAULT", "KEN"),
    ("Zairean rebels captured Kasenga on Monday.", "COERCE", None),
])
def test_hostages_held_and_towns_captured(text: str, kind: str, target: str | None) -> None:
    found = [e for e in _events(text) if e.type == kind]
    assert found, _events(text)
    if target is not None:
        assert found[0].target is not None and found[0].target.country == target


@pytest.mark.parametrize("text", [
    "The film captured the mood of the nation.",
    "The ruling party captured 60 percent of the vote.",
    "The attack was captured on camera.",
    "Fans are holding their breath.",
])
def test_captured_moods_votes_and_pictures_are_no_event(text: str) -> None:
    assert not [e for e in _events(text) if e.type in ("COERCE", "ASSAULT")]


@pytest.mark.parametrize(("text", "kind"), [
    ("Japan promised sanctions against Iran.", "THREATEN"),
    ("The Kenyan interior minister pledged a crackdown on the rioters.", "THREATEN"),
    ("Japan promised aid to Kenya.", "AGREE"),
])
def test_a_promise_of_punishment_is_a_threat(text: str, kind: str) -> None:
    assert [e.type for e in _events(text)] == [kind]


@pytest.mark.parametrize("text", [
    "Kenyan President Moi is on a three-day state visit to China.",
    "Moi, currently on an official visit to China, said trade would grow.",
    "The Kenyan delegation, which is on a five-day visit to China, toured a dam.",
])
def test_who_is_on_a_visit_makes_it(text: str) -> None:
    visits = [e for e in _events(text) if e.type == "CONSULT"]
    assert visits, _events(text)
    assert visits[0].source.country == "KEN"
    assert visits[0].target is not None and visits[0].target.country == "CHN"


def test_a_team_on_tour_is_no_visit() -> None:
    assert not _events("The Kenyan rugby team is on a tour of Australia.")


@pytest.mark.parametrize(("text", "kind", "source", "target"), [
    ("Kenya is in talks with the IMF over a new loan.", "CONSULT", "KEN", "IMF"),
    ("Russia and Ukraine are in agreement on the gas price.", "AGREE", "RUS", "UKR"),
])
def test_who_is_in_talks_holds_them(text: str, kind: str, source: str, target: str) -> None:
    found = [e for e in _events(text) if e.type == kind]
    assert found, _events(text)
    assert (found[0].source.country, found[0].target.country if found[0].target else None) == (
        source, target)


def test_a_dispute_one_is_in_is_no_talks() -> None:
    assert not _events("Kenya is in dispute with Uganda over the island.")


@pytest.mark.parametrize("text", [
    "Thousands marched in Nairobi to demand the release of the activists.",
    "Hundreds rallied outside parliament in Nairobi.",
])
def test_a_bare_count_is_people(text: str) -> None:
    protests = [e for e in _events(text) if e.type == "PROTEST"]
    assert protests, _events(text)
    assert (protests[0].source.country, protests[0].source.sector) == ("KEN", "CVL")


def test_a_count_of_soldiers_is_still_soldiers() -> None:
    moved = [e for e in _events("Thousands of Kenyan soldiers were deployed to the border.")
             if e.type == "MOBILIZE"]
    assert moved and moved[0].source.sector == "MIL"
