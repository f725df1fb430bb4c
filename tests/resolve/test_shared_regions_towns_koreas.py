"""Regions two countries share, towns acted on, and "the two Koreas", on invented
sentences (real parse: slow).

A region the gazetteer places in no country ("Punjab") is in the one country its
sentence's other places name; a sea stays of no country. A town an attack or a siege acts
on, even one the tagger calls a common noun, is the target (its country's people). A
divided country's plural name acting alone in a mutual act is its two states.
"""

from __future__ import annotations

from datetime import date

import pytest
from real_coder import coder as _coder

from newsevents.models import Event

pytestmark = pytest.mark.slow

DAY = date(2013, 4, 9)


def _events(text: str, kind: str) -> list[Event]:
    return [e for e in _coder().code(text, DAY) if e.type == kind]


def _event(text: str, kind: str) -> Event:
    found = _events(text, kind)
    assert found, _coder().code(text, DAY)
    return found[0]


@pytest.mark.parametrize(("text", "kind", "country"), [
    ("Truck drivers in Punjab asked the transport secretary in Chandigarh to cut road tolls.", "REQUEST", "IND"),
    ("Sugarcane farmers in Punjab sought talks with the governor in Lahore.", "REQUEST", "PAK"),
])
def test_a_shared_region_is_in_the_country_its_sentence_names(text: str, kind: str, country: str) -> None:
    event = _event(text, kind)
    assert event.source.country == country
    assert event.location is not None and event.location.country == country


def test_a_sea_stays_of_no_country() -> None:
    event = _event("The Chinese navy deployed two frigates in the South China Sea.", "MOBILIZE")
    assert event.location is not None and event.location.country is None


@pytest.mark.parametrize(("text", "kind", "target"), [
    ("Sudanese troops attacked Kadugli at dawn.", "ASSAULT", "SDN"),
    ("Syrian troops shelled Homs on Sunday.", "ASSAULT", "SYR"),
])
def test_a_town_acted_on_is_the_target(text: str, kind: str, target: str) -> None:
    event = _event(text, kind)
    assert event.target is not None and event.target.country == target


@pytest.mark.parametrize("text", [
    "The two Koreas held talks in Panmunjom on Tuesday.",
    "Both Koreas agreed to reopen a joint industrial park.",
])
def test_the_two_koreas_are_both_states(text: str) -> None:
    events = [e for e in _coder().code(text, DAY) if e.type in ("CONSULT", "AGREE")]
    assert events, _coder().code(text, DAY)
    assert {(e.source.country, e.target.country if e.target else None) for e in events} == {("KOR", "PRK")}


def test_koreans_are_not_the_two_states() -> None:
    events = _coder().code("South Korean and Chinese officials held talks in Beijing.", DAY)
    assert all(e.target is None or e.target.country != "PRK" for e in events)
