"""Nineteenth-round coder rules, on invented sentences through the real model (slow).

The parser sometimes leaves a preposition empty and reads its object as the subject of a
reduced clause ("granted asylum to *officers* holed up in ..."); it sometimes reads a
violent main verb as a participle of a noun before it ("gunmen on a motorcycle *gunned
down* the mayor"); and it sometimes tags a nationality word as a person's name.
"""

from __future__ import annotations

from datetime import date

import pytest
from real_coder import coder

from newsevents.models import Event

pytestmark = pytest.mark.slow

DAY = date(1995, 6, 14)


def _events(text: str) -> list[Event]:
    return coder().code(text, DAY)


def _first(text: str, kind: str) -> Event:
    found = [e for e in _events(text) if e.type == kind]
    assert found, text
    return found[0]


def test_an_empty_preposition_finds_its_object_in_the_clause_the_parser_made() -> None:
    aid = _first("Peru has granted diplomatic asylum to five Panamanian army officers holed up in a "
                 "diplomatic residence since last month's invasion, the Peruvian embassy said on Tuesday.", "AID")
    assert aid.source.country == "PER"
    assert aid.target is not None and aid.target.country == "PAN"


def test_a_violent_participle_with_its_own_object_is_the_main_verb() -> None:
    attack = _first("Gunmen on a motorcycle gunned down a judge as he left his office.", "ASSAULT")
    assert attack.source.text == "Gunmen"
    assert attack.target is not None and attack.target.text == "a judge"
    attack = _first("Gunmen on a motorcycle gunned down the mayor of Medellin as he left his office.", "ASSAULT")
    assert attack.source.text == "Gunmen"


@pytest.mark.parametrize(("text", "kind", "victims"), [
    ("Soldiers killed in the ambush were buried on Sunday.", "ASSAULT", "Soldiers"),
    ("Soldiers killed in an ambush in Uganda were buried on Sunday.", "ASSAULT", "Soldiers"),
    ("Police said six students arrested in Cairo were freed on Monday.", "RETREAT", "six students"),
])
def test_a_participle_without_an_object_still_names_its_victims(text: str, kind: str, victims: str) -> None:
    event = _first(text, kind)
    assert event.target is not None and event.target.text == victims
    assert event.source is None or event.source.text != victims


def test_a_nationality_word_misread_as_a_name_still_places_the_attacker() -> None:
    attack = _first("Armenia said Azerbaijani artillery had shelled villages in the north overnight.", "ASSAULT")
    assert attack.source.country == "AZE"
    assert attack.source.sector == "MIL"
