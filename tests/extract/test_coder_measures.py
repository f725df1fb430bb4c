"""What a measure holds decides a row's object ("sent 20 truckloads *of wheat*"), and staple
food and fuel are relief, on invented sentences (real parse: slow)."""

from __future__ import annotations

from datetime import date

import pytest
from real_coder import coder as _coder

pytestmark = pytest.mark.slow

DAY = date(1997, 2, 11)


@pytest.mark.parametrize("text", [
    "Pakistan sent 30 truckloads of flour and blankets to Kabul on Monday.",
    "Thailand shipped 20,000 tonnes of rice to Laos after the floods.",
    "Kuwait sent a consignment of fuel to Yemen on Sunday.",
])
def test_relief_inside_a_measure_is_aid(text: str) -> None:
    assert [e.type for e in _coder().code(text, DAY)] == ["AID"]


@pytest.mark.parametrize("text", [
    "Pakistan sent 30 truckloads of bricks to its own building sites.",
    "The smugglers sent drugs to Europe by sea.",
])
def test_other_loads_are_no_aid(text: str) -> None:
    assert "AID" not in [e.type for e in _coder().code(text, DAY)]
