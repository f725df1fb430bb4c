"""A concession that lets an international body in is RETREAT "access", on invented
sentences (real parse: slow).

The PLOVER manual puts allowing the entry of observers, peacekeepers and aid workers under
RETREAT; letting one's own people or a home organisation do something stays CONCEDE, and so
does a foreign country's armed force let through (that is no international body).
"""

from __future__ import annotations

from datetime import date

import pytest
from real_coder import coder as _coder

from newsevents.models import Event

pytestmark = pytest.mark.slow

DAY = date(2015, 2, 11)


def _events(text: str) -> list[Event]:
    return _coder().code(text, DAY)


@pytest.mark.parametrize("text", [
    "The Eritrean government allowed UN food planes to land at Assab on Monday.",
    "Belarus permitted a team from the Council of Europe to inspect two prisons near Grodno.",
    "Chad's army allowed Red Cross delegates to visit the detention camps in the east.",
])
def test_letting_an_international_body_in_is_access(text: str) -> None:
    events = _events(text)
    assert [(e.type, e.mode) for e in events if e.type in ("RETREAT", "CONCEDE")] == [
        ("RETREAT", "access")], events


@pytest.mark.parametrize("text", [
    "The interior minister allowed the opposition party to hold its rally in the capital.",
    "Tunisian authorities allowed the Bourguiba Institute, a local think-tank, to reopen.",
    "Greece allowed Turkish fighter jets to cross its airspace during the exercise.",
])
def test_letting_others_act_stays_a_concession(text: str) -> None:
    events = _events(text)
    assert any(e.type == "CONCEDE" for e in events), events
    assert not any(e.type == "RETREAT" for e in events), events


def test_an_act_that_is_no_entry_is_no_access() -> None:
    events = _events("Brazil abstained in the vote, allowing the United Nations to impose "
                     "an arms embargo on the junta.")
    assert not any(e.type == "RETREAT" for e in events), events
