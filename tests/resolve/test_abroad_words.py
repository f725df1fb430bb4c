"""Which actor phrases say their people are of no one home country (``_abroad``)."""

from __future__ import annotations

import pytest

from newsevents.models import Actor
from newsevents.resolve.events import _abroad


@pytest.mark.parametrize(("text", "abroad"), [
    ("African leaders", True),
    ("Western governments", True),
    ("foreign troops", True),
    ("South African police", False),
    ("Central African rebels", False),
    ("the police", False),
])
def test_regional_words_but_not_state_demonyms(text: str, abroad: bool) -> None:
    assert _abroad(Actor(text)) is abroad
