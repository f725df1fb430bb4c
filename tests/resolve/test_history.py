"""Countries as they stood on an article's day (``resolve/history.py``)."""

from __future__ import annotations

from datetime import date

import pytest

from newsevents.models import Actor, Location
from newsevents.resolve.history import as_of, periods


@pytest.mark.parametrize(("actor", "day", "country"), [
    (Actor("Pristina", "XKX", "GOV"), date(1998, 5, 1), "SRB"),
    (Actor("Pristina", "XKX", "GOV"), date(2008, 2, 17), "XKX"),
    (Actor("Congo", "COD", "GOV"), date(1985, 1, 1), "COG"),
    (Actor("Congo", "COD", "GOV"), date(2001, 1, 1), "COD"),
    (Actor("Zaire", "COD", "GOV"), date(1985, 1, 1), "COD"),
    (Actor("Kinshasa", "COD", "GOV"), date(1985, 1, 1), "COD"),
    (Actor("Serbia", "SRB", "GOV"), date(1998, 5, 1), "SRB"),
])
def test_actor_as_of(actor: Actor, day: date, country: str) -> None:
    assert as_of(actor, day).country == country


def test_undated_and_unplaced_items_are_unchanged() -> None:
    actor = Actor("Pristina", "XKX", "GOV")
    assert as_of(actor, None) is actor
    assert as_of(Actor("rebels", None, "REB"), date(1990, 1, 1)).country is None


def test_a_location_is_recoded_too() -> None:
    assert as_of(Location("Pristina", "XKX", 42.7, 21.2), date(1999, 4, 1)).country == "SRB"


def test_every_period_names_a_known_span() -> None:
    assert all(p.start <= p.end and p.code != p.then for p in periods())
