"""Events the subject undergoes, on invented sentences (real parse: slow).

"Came under fire from X", "came in for criticism from X", "met with a rebuff from X", "drew
condemnation from X", "faced criticism from X": X acts on the subject, and "met with" a rebuff
is no meeting. "Met with X" alone stays a meeting. A noun event with its own actor ("X's
rejection", "the release ... by X") keeps that actor when a passive verb reports it.
"""

from __future__ import annotations

from datetime import date

import pytest
from real_coder import coder as _coder

from newsevents.models import Event

pytestmark = pytest.mark.slow

DAY = date(2013, 2, 6)


def _events(text: str) -> list[Event]:
    return _coder().code(text, DAY)


@pytest.mark.parametrize("text, kind, source, target", [
    ("The Zambian government came under sharp criticism from Human Rights Watch on Friday.",
     "ACCUSE", "HRW", "ZMB"),
    ("Border posts in Chad came under attack from Sudanese militiamen overnight.",
     "ASSAULT", "SDN", None),
    ("Belgium came in for fierce criticism from the European Union over the deportations.",
     "ACCUSE", "EEC", "BEL"),
    ("The Burmese junta drew strong condemnation from Thailand after the crackdown.",
     "ACCUSE", "THA", "MMR"),
    ("The Colombian government faced harsh criticism from Venezuela over the raid.",
     "ACCUSE", "VEN", "COL"),
])
def test_the_one_in_the_from_phrase_acts_on_the_subject(
        text: str, kind: str, source: str, target: str | None) -> None:
    events = [e for e in _events(text) if e.type == kind]
    assert events, _events(text)
    assert events[0].source.country == source
    if target is not None:
        assert events[0].target is not None and events[0].target.country == target


def test_met_with_a_rebuff_is_a_rejection_not_a_meeting() -> None:
    events = _events("Nepal's proposal met with a curt rejection from New Delhi.")
    assert [e.type for e in events] == ["REJECT"]
    assert events[0].source.country == "IND"


def test_met_with_a_person_is_still_a_meeting() -> None:
    events = _events("The Ghanaian foreign minister met with his Togolese counterpart in Lome.")
    assert [e.type for e in events] == ["CONSULT"]


def test_a_verb_of_receiving_with_no_event_codes_nothing() -> None:
    assert _events("The Kenyan film drew large crowds in Nairobi.") == []


@pytest.mark.parametrize("text, source", [
    ("Hanoi's rejection of the border plan was announced by the prime minister's office.", "VNM"),
    ("The release of 12 Thai fishermen by Cambodia was announced by the foreign ministry.", "KHM"),
])
def test_a_noun_event_with_its_own_actor_keeps_it_under_a_passive_verb(text: str, source: str) -> None:
    events = _events(text)
    assert events and events[0].source.country == source
