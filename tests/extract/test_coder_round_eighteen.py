"""Eighteenth-round coder and resolver rules, on invented sentences through the real model (slow).

A protest whose own phrases name no one is aimed at whom its marchers' slogans, burned flags
or "anti-" words name, or at who is behind what it opposes ("against the presence *of
settlers*"). A deed with a rebel or guerrilla modifier ("a *rebel* ambush") is the rebels'
act. A word of an organisation named "X of Y" ("the Chamber of Deputies") is no town.
"""

from __future__ import annotations

from datetime import date

import pytest
from real_coder import coder

from newsevents.models import Event

pytestmark = pytest.mark.slow

DAY = date(1995, 6, 14)


def _events(text: str) -> list[Event]:
    return coder().code(text, DAY)


def _protest_target(text: str) -> str | None:
    protests = [e for e in _events(text) if e.type == "PROTEST"]
    assert protests, text
    return protests[0].target.country if protests[0].target else None


@pytest.mark.parametrize(("text", "target"), [
    ("Thousands of Bolivians marched through La Paz, burning Chilean flags and demanding the sea.",
     "CHL"),
    ("Crowds of Filipinos rallied in Manila on Monday, chanting slogans against the United States.",
     "USA"),
    ("Several thousand Koreans rallied in Seoul, chanting anti-Japanese slogans.", "JPN"),
    ("Hundreds of Lebanese villagers demonstrated in Tyre against the presence of Israeli troops.",
     "ISR"),
])
def test_a_protest_is_aimed_at_whom_its_slogans_and_flags_name(text: str, target: str) -> None:
    assert _protest_target(text) == target


@pytest.mark.parametrize("text", [
    # false friends: a marcher's own flag, and slogans aimed at no one named, leave the
    # protest aimed at the government where it happens
    "Thousands of Kenyans marched in Nairobi on Saturday, waving Kenyan flags and singing the anthem.",
    "Students marched through Dhaka on Monday, chanting slogans and waving banners.",
])
def test_own_flags_and_bare_slogans_aim_at_the_home_government(text: str) -> None:
    protest = next(e for e in _events(text) if e.type == "PROTEST")
    assert protest.target is not None and protest.target.country == protest.source.country


@pytest.mark.parametrize("text", [
    "A rebel ambush killed eleven soldiers in the north of Uganda on Tuesday.",
    "A guerrilla attack on a police station in Peru killed four officers.",
])
def test_a_deed_with_a_rebel_modifier_is_the_rebels_act(text: str) -> None:
    attacks = [e for e in _events(text) if e.type == "ASSAULT"]
    assert attacks and attacks[0].source.sector == "REB"


def test_military_manoeuvres_are_a_kind_of_exercise_not_an_actor() -> None:
    events = _events("Seoul warned that joint military manoeuvres would go ahead despite the threats.")
    assert all(e.source.text.lower() != "military" for e in events)


def test_a_word_of_a_body_named_x_of_y_is_no_town() -> None:
    # "Chamber" is also the name of a town abroad; inside "the Chamber of Deputies" it is none
    events = _events("Italian opposition deputies went on hunger strike in the Chamber of Deputies "
                     "to demand a new electoral law.")
    protest = next(e for e in events if e.type == "PROTEST")
    assert protest.location is None or protest.location.country == "ITA"
    assert protest.target is not None and protest.target.country == "ITA"
