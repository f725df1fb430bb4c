"""Fifteenth-round coder and resolver rules, on invented sentences through the real model (slow).

A blast that names no attacker still codes its victims when a participle names them ("a bomb
exploded outside the barracks, *killing* seven policemen"), placed where the blast was; a
vehicle "packed with explosives" is the weapon, not an actor. "Members of X" act through X
unless their own words say whose they are ("*American* members of the team"). Hired killers,
nationalists, herders, rulers and officers have a sector, so the place they act in places them.
"""

from __future__ import annotations

from datetime import date

import pytest
from real_coder import coder

from newsevents.models import Event

pytestmark = pytest.mark.slow

DAY = date(1996, 9, 18)


def _events(text: str) -> list[Event]:
    return coder().code(text, DAY)


def _sides(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(e.type, e.source.country, e.target.country if e.target else None) for e in _events(text)]


@pytest.mark.parametrize(("text", "source", "target"), [
    ("A bomb exploded outside a police barracks in Spain on Wednesday, killing seven Spanish policemen.",
     "ESP", "ESP"),
    ("A car packed with explosives blew up outside a barracks in Spain, wounding seven officers.", "ESP", "ESP"),
    ("A truck laden with explosives exploded outside the US embassy in Nairobi, killing 200 people.",
     "KEN", "KEN"),
])
def test_a_blast_codes_the_victims_its_participle_names(text: str, source: str, target: str) -> None:
    assert ("ASSAULT", source, target) in _sides(text)


@pytest.mark.parametrize("text", [
    "A van packed with food arrived in Sarajevo on Monday.",
    "A bomb exploded in an empty field outside the town.",
    "A tyre exploded on the motorway, injuring two drivers.",
])
def test_no_blast_or_no_victim_is_no_assault(text: str) -> None:
    assert [s for s in _sides(text) if s[0] == "ASSAULT"] == []


@pytest.mark.parametrize(("text", "kind", "source", "sector"), [
    ("Members of Nigeria's oil workers' union stayed off the job for a third week.", "PROTEST", "NGA", "LAB"),
    ("Hitmen hired by a drug cartel gunned down a presidential candidate outside Bogota.", "ASSAULT", "COL", "CRM"),
    ("Herders blocked a main road in Ulan Bator to demand fodder.", "PROTEST", "MNG", "AGR"),
])
def test_members_and_new_roles_are_placed(text: str, kind: str, source: str, sector: str) -> None:
    found = [(e.type, e.source.country, e.source.sector) for e in _events(text)]
    assert (kind, source, sector) in found, found


@pytest.mark.parametrize(("text", "target"), [
    ("Iraq expelled the American members of the U.N. weapons inspection team on Thursday.", "USA"),
    ("Egyptian police arrested 40 members of the banned Muslim Brotherhood in Cairo.", "EGY"),
])
def test_qualified_members_stay_themselves(text: str, target: str) -> None:
    assert any(e.target is not None and e.target.country == target for e in _events(text))
