"""Subjects and sources the parser puts in odd places, on invented sentences (real parse: slow).

A perfect split by a phrase between commas ("X has, in a statement, called on Y"), whose
subject the parser hangs on "has"; an event noun that "came" or "poured in" from its actor
("calls for his resignation came from X"); pressure one comes under from someone.
"""

from __future__ import annotations

from datetime import date

import pytest
from real_coder import coder as _coder
from real_coder import first_event

from newsevents.models import Event

pytestmark = pytest.mark.slow

DAY = date(1996, 4, 16)


def _first(text: str, kind: str) -> Event:
    return first_event(text, kind, DAY)


@pytest.mark.parametrize(("text", "kind", "source"), [
    ("The Gabonese foreign ministry has, in a statement, called on Cameroon to reopen the border.",
     "REQUEST", "GAB"),
    ("Guyana has, for the second time this year, accused Suriname of seizing its fishing boats.",
     "ACCUSE", "GUY"),
    ("Mongolia had, according to officials in Ulan Bator, rejected the Chinese offer.",
     "REJECT", "MNG"),
])
def test_a_perfect_split_by_commas_keeps_its_subject(text: str, kind: str, source: str) -> None:
    assert _first(text, kind).source.country == source


@pytest.mark.parametrize(("text", "kind", "source"), [
    ("Calls for the resignation of the Bolivian president came from the Chilean opposition.",
     "REQUEST", "CHL"),
    ("Condemnation of the Fijian coup poured in from New Zealand on Saturday.", "ACCUSE", "NZL"),
])
def test_an_event_noun_that_came_from_its_actor(text: str, kind: str, source: str) -> None:
    assert _first(text, kind).source.country == source


def test_an_event_noun_that_came_from_nowhere_names_no_actor() -> None:
    assert not [e for e in _coder().code("Calls for calm came after the storm.", DAY)
                if e.type == "REQUEST"]


def test_pressure_from_someone_is_a_request_to_the_one_under_it() -> None:
    event = _first("The Malian junta came under pressure from Senegal to hold elections.", "REQUEST")
    assert event.source.country == "SEN"
    assert event.target is not None and event.target.country == "MLI"


def test_prices_under_pressure_are_no_request() -> None:
    assert not _coder().code("Coffee prices came under pressure from weak demand in Brazil.", DAY)
