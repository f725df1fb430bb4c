"""Organisation names that the actor phrase cuts short or splits, on invented sentences (real
parse: slow).

A name with an "of" or "without" phrase ("the Group of Seven", "Reporters Without Borders")
is found whole when the knowledge base knows it whole, from either of its nouns; a
hyphenated name is looked up as written ("Non-Aligned"); a capitalised phrase that is no
known name stays what its words say.
"""

from __future__ import annotations

from datetime import date

import pytest
from real_coder import first_event

from newsevents.models import Event

pytestmark = pytest.mark.slow

DAY = date(2013, 4, 22)


def _request(text: str) -> Event:
    return first_event(text, "REQUEST", DAY)


@pytest.mark.parametrize(("text", "name", "code"), [
    ("The Group of Seven pressed Belarus on Monday to release the detained pilots.",
     "Group of Seven", "GOS"),
    ("Reporters Without Borders urged Eritrea to free the jailed editors of two weeklies.",
     "Reporters Without Borders", "RWB"),
    ("The Council of Europe called on Armenia to allow an inquiry into the shootings.",
     "Council of Europe", "COE"),
    ("The Non-Aligned Movement asked Cuba to host next year's ministerial meeting.",
     "Non-Aligned Movement", "NON"),
])
def test_whole_organisation_name_is_the_actor(text: str, name: str, code: str) -> None:
    event = _request(text)
    assert event.source.country == code
    assert name in event.source.text


def test_a_capitalised_of_phrase_that_names_nothing_keeps_its_words() -> None:
    # "Minister of Labour" is no organisation: the phrase is a title, and its country
    # comes from the demonym as before.
    event = _request("Ghana's Minister of Labour urged the striking nurses to return to work.")
    assert event.source.country == "GHA"
    assert event.source.text == "Ghana's Minister"
