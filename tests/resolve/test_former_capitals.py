"""Former capitals and old spellings stand for their state in reports of their time, and
members named by the party they come from take its country, on invented sentences (real
parse: slow)."""

from __future__ import annotations

from datetime import date

import pytest
from real_coder import coder as _coder

pytestmark = pytest.mark.slow

DAY = date(1989, 10, 3)


@pytest.mark.parametrize(("text", "source"), [
    ("Bonn rejected Prague's request for new credits on Tuesday.", "DEU"),
    ("Rangoon accused Dhaka of sheltering rebels along the border.", "MMR"),
    ("Alma-Ata denied reports that it would close the Chinese border.", "KAZ"),
    ("Dar es Salaam urged Kampala to withdraw its troops from the border.", "TZA"),
])
def test_a_former_capital_speaks_for_its_state(text: str, source: str) -> None:
    events = _coder().code(text, DAY)
    assert events and events[0].source.country == source, events


def test_deputies_from_a_named_party_take_its_country() -> None:
    events = _coder().code("Deputies from the ruling Frelimo party criticised the budget.", DAY)
    assert events and events[0].source.country == "MOZ", events
    assert events[0].source.sector == "LEG"


def test_growers_are_farmers() -> None:
    events = _coder().code("Cotton growers blocked the road to Bamako to protest low prices.", DAY)
    assert events and events[0].source.sector == "AGR", events
