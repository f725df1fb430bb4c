"""Thirteenth-round resolution rules, through the real model (slow).

A city named before a sector word places it ("*Lahore* police"), when the model tags the
city as a place or nationality ("The *Coast* Guard" and "*Senate* President" are no places).
A hostile act of a government on challengers of its own country (rebels, the opposition) is
no act on its own side, so the challengers stay its target.
"""

from __future__ import annotations

from datetime import date

import pytest
from real_coder import coder

pytestmark = pytest.mark.slow

DAY = date(2005, 3, 2)


def test_a_city_before_police_places_them() -> None:
    events = coder().code("Lahore police arrested five men on Saturday.", DAY)
    assert [(e.type, e.source.country) for e in events] == [("COERCE", "PAK")], events


@pytest.mark.parametrize("text", [
    "The Coast Guard deployed 76 vessels to the spill.",
    "Senate President Thomas Rivera Schatz filed the lawsuit against the governor.",
])
def test_capitalised_words_that_are_no_places(text: str) -> None:
    assert all(e.source.country is None for e in coder().code(text, DAY)), coder().code(text, DAY)


def test_rebels_of_the_accusers_country_stay_the_target() -> None:
    text = ("The Sudanese government has accused Sudanese rebels of violating a month-old ceasefire, "
            "a member of the Chadian team trying to broker a peace pact has said.")
    accusations = [e for e in coder().code(text, DAY) if e.type == "ACCUSE"]
    assert accusations and accusations[0].target is not None
    assert (accusations[0].target.country, accusations[0].target.sector) == ("SDN", "REB")
