"""A place held by people stands for them as a target, on invented sentences (real parse:
slow): "shelled *rebel positions*", "bombed *Kurdish villages*", "*government-held* towns".
A place whose words name nobody ("abandoned houses") is no target of its own: the attack is
aimed at the attackers' own country when the sentence names no other, else at no one.
"""

from __future__ import annotations

from datetime import date

import pytest
from real_coder import first_event

from newsevents.models import Event

pytestmark = pytest.mark.slow

DAY = date(2013, 8, 14)


def _assault(text: str) -> Event:
    return first_event(text, "ASSAULT", DAY)


@pytest.mark.parametrize(("text", "target"), [
    ("Myanmar troops launched an assault on Karen rebel positions in the east.", "MMR"),
    ("Turkish jets bombed Kurdish villages near the border on Sunday.", "TUR"),
    ("Separatist fighters shelled government-held positions near the town of Luhansk.", "UKR"),
])
def test_a_held_place_is_its_holders_target(text: str, target: str) -> None:
    event = _assault(text)
    assert event.target is not None and event.target.country == target, event


def test_a_place_that_names_no_one_is_no_target() -> None:
    event = _assault("Nepalese troops shelled abandoned houses on the hillside.")
    assert event.target is not None and (event.target.text, event.target.country) == ("", "NPL"), event
    abroad = _assault("Nepalese troops shelled abandoned houses on the hillside, Indian officials said.")
    assert abroad.target is None, abroad
