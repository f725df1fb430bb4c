"""People named by the body they belong to or act for take its country (slow: real model).

"Twenty *members of* the banned Nepali Congress party", "*negotiators for* the Philippine
government": a member or envoy word with an "of" / "for" phrase whose own words place it.
A thing owned ("the *roof of* the Kenyan embassy") places no one.
"""

from __future__ import annotations

from datetime import date

import pytest
from real_coder import coder

pytestmark = pytest.mark.slow

DAY = date(1996, 4, 2)


@pytest.mark.parametrize(("text", "source"), [
    ("Twenty members of the banned Nepali Congress party began a hunger strike in Pokhara.", "NPL"),
    ("Negotiators for the Colombian government resumed talks with the guerrillas in Havana.", "COL"),
    ("Members of the Zambian opposition party marched through Ndola on Friday.", "ZMB"),
])
def test_members_of_a_placed_body_take_its_country(text: str, source: str) -> None:
    assert source in {e.source.country for e in coder().code(text, DAY)}


def test_a_part_of_a_placed_thing_names_no_one() -> None:
    events = coder().code("The roof of the Kenyan embassy was attacked in Kampala.", DAY)
    assert all(e.source.text.lower() != "the roof" for e in events)
