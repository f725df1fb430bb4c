""""He" or "she" in a reported clause stands for the person who reports it, and an agentless
conviction is the judiciary's, on invented sentences (real parse: slow).

"Hungary's prime minister said he would ..." names no person for "he" to follow back to:
the speaker, one person named by a title, is who "he" is. An institution ("the army said he
would be arrested") is never "he".
"""

from __future__ import annotations

from datetime import date

import pytest
from real_coder import coder as _coder

from newsevents.models import Event

pytestmark = pytest.mark.slow

DAY = date(2014, 10, 6)


def _events(text: str) -> list[Event]:
    return _coder().code(text, DAY)


@pytest.mark.parametrize(("text", "source", "target"), [
    ("Latvia's foreign minister said she would visit Tbilisi next week.", "LVA", "GEO"),
    ("Peru's defence minister said he would meet his Chilean counterpart in Arica.", "PER", "CHL"),
    ("The Omani sultan told reporters he would host the Yemeni president in Muscat.", "OMN", "YEM"),
    # a possessive "his"/"her" on the reported clause's subject is the speaker's too
    ("The Kenyan president said his government would cooperate with Zambia on the dam project.",
     "KEN", "ZMB"),
    ("Chile's president told reporters his country would cooperate with Bolivia on the gas deal.",
     "CHL", "BOL"),
    ("Senegal's army chief said his troops would cooperate with Gambian forces along the border.",
     "SEN", "GMB"),
])
def test_he_or_she_in_a_reported_clause_is_the_speaker(text: str, source: str,
                                                       target: str) -> None:
    pairs = {(e.source.country, e.target.country if e.target else None) for e in _events(text)}
    assert (source, target) in pairs, _events(text)


def test_an_institution_is_never_he() -> None:
    events = _events("The Bolivian army said he would be arrested if he returned to La Paz.")
    assert not [e for e in events if e.source.country == "BOL" and e.source.sector == "MIL"
                and e.target is not None and e.target.country == "BOL"
                and e.target.text.lower() == "he"]


def test_an_agentless_conviction_is_the_courts_of_the_place() -> None:
    [event] = [e for e in _events("Four student leaders were convicted of sedition in Lusaka "
                                  "on Friday.") if e.type == "SANCTION"]
    assert (event.source.country, event.source.sector) == ("ZMB", "JUD")
    assert event.target is not None and event.target.country == "ZMB"
