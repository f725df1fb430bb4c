"""A place that only names an accord is no party to it, on invented sentences (real parse:
slow): "under the Taif agreement" does not make Saudi Arabia a target, while a summit's
place stays its host.
"""

from __future__ import annotations

from datetime import date

import pytest
from real_coder import coder as _coder

from newsevents.models import Event

pytestmark = pytest.mark.slow

DAY = date(2010, 6, 2)


def _events(text: str) -> list[Event]:
    return _coder().code(text, DAY)


@pytest.mark.parametrize("text", [
    "Uganda agreed to pull its troops out of the region in line with the Lusaka agreement.",
    "Armenia said it would withdraw from the disputed villages under the Minsk protocol.",
])
def test_an_accords_place_is_no_target(text: str) -> None:
    events = _events(text)
    assert events, text
    places = {"ZMB", "BLR"}
    assert not [e for e in events if e.target is not None and e.target.country in places], events


def test_a_summits_place_is_still_its_host() -> None:
    events = _events("Chad's president declined an invitation to the Dakar summit.")
    assert [e.target.country for e in events if e.target is not None] == ["SEN"], events
