"""Fourteenth-round resolution rules, through the real model (slow).

An ethnic group named by a nationality with no place of its own ("an *ethnic Indian* group"
in a Malaysian government's act) lives in the acting state's country; gunners are military.

Leaving an international body ("pulled out of the Commonwealth", "quit the OAU") is a
SANCTION (withdraw), while troops pulling out of a city still retreat. A government's side
with no country ("government soldiers") belongs to the place where it acts, as unplaced
local people do ("people marched *through* central Lisbon"). A common noun named by an
apposition ("the militant group *Hezbollah*") is the named group. "Greek Cypriot" and
"Turkish Cypriot" are Cyprus's; "Tamil Tiger rebels" are the LTTE.
"""

from __future__ import annotations

from datetime import date

import pytest
from real_coder import coder

from newsevents.models import Event

pytestmark = pytest.mark.slow

DAY = date(2001, 6, 4)


def _events(text: str) -> list[Event]:
    return coder().code(text, DAY)


@pytest.mark.parametrize(("text", "kind", "mode", "target"), [
    ("Zimbabwe pulled out of the Commonwealth on Monday.", "SANCTION", "withdraw", "CMN"),
    ("Morocco quit the Organisation of African Unity in protest.", "SANCTION", "withdraw", "OAU"),
    ("Syrian troops pulled out of Beirut on Monday.", "RETREAT", "withdraw", "LBN"),
])
def test_leaving_a_body_is_no_retreat(text: str, kind: str, mode: str, target: str) -> None:
    found = [(e.type, e.mode, e.target.country if e.target else None) for e in _events(text)]
    assert (kind, mode, target) in found, found


@pytest.mark.parametrize(("text", "source"), [
    ("Government soldiers and Tuareg rebels fought a gun battle near the northern Malian town of Gao.", "MLI"),
    ("Thousands of people marched through central Lisbon to protest against the war.", "PRT"),
    ("The militant group Hezbollah fired rockets into northern Israel.", "LBN"),
    ("Greek Cypriot deputies walked out of the talks in Nicosia.", "CYP"),
    ("Tamil Tiger rebels attacked an army camp near Jaffna.", "LKA"),
])
def test_sources_placed(text: str, source: str) -> None:
    assert source in [e.source.country for e in _events(text)], _events(text)



def test_an_ethnic_group_named_by_a_nationality_lives_in_the_acting_state() -> None:
    text = "Malaysia's government rejected demands by an ethnic Indian rights group for an end to racial quotas."
    targets = [e.target.country for e in _events(text) if e.type == "REJECT" and e.target is not None]
    assert targets == ["MYS"], _events(text)


def test_gunners_are_military() -> None:
    events = _events("Croatian gunners shelled the town of Knin.")
    assert [(e.source.country, e.source.sector) for e in events] == [("HRV", "MIL")], events
