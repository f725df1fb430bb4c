"""Demands and refusals by people outside the state that name no one are aimed at their own
government, on invented sentences (real parse: slow); a company's or a state's stay
without a target, and a sentence naming another country keeps the demand unplaced.
"""

from __future__ import annotations

from datetime import date

import pytest
from real_coder import first_event

from newsevents.models import Event

pytestmark = pytest.mark.slow

DAY = date(2012, 3, 27)


def _first(text: str, kind: str) -> Event:
    return first_event(text, kind, DAY)


@pytest.mark.parametrize(("text", "kind", "home"), [
    ("Malawi's Anglican bishops demanded an end to single-party rule.", "REQUEST", "MWI"),
    ("Togo's opposition alliance called for early elections on Sunday.", "REQUEST", "TGO"),
    ("Striking dockers in Chile refused to call off their walkout.", "REJECT", "CHL"),
])
def test_a_civil_demand_is_aimed_at_home(text: str, kind: str, home: str) -> None:
    event = _first(text, kind)
    assert event.target is not None
    assert (event.target.country, event.target.sector) == (home, "GOV")


def test_a_state_demand_naming_no_one_stays_without_target() -> None:
    event = _first("Malawi's foreign minister called for the fighting to end.", "REQUEST")
    assert event.target is None
