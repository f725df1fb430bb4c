"""A body's short name that is also a town's (slow: real model).

"The Commonwealth urged Fiji": the Commonwealth of Nations (CMN), although a town of that
name is in the gazetteer. "The Commonwealth *of Virginia*" is not that body.
"""

from __future__ import annotations

from datetime import date

import pytest
from real_coder import coder

from newsevents.resolve.kb import load_kb

pytestmark = pytest.mark.slow

DAY = date(2001, 6, 5)


def test_the_commonwealth_is_a_known_body() -> None:
    entry = load_kb().lookup("the Commonwealth")
    assert entry is not None and (entry.country, entry.kind) == ("CMN", "igo")


def test_the_commonwealth_urging_a_member_is_coded() -> None:
    events = coder().code("The Commonwealth urged Fiji to free the detained ministers.", DAY)
    assert ("REQUEST", "CMN", "FJI") in {(e.type, e.source.country, e.target and e.target.country)
                                        for e in events}


def test_a_commonwealth_of_a_named_place_is_not_the_body() -> None:
    events = coder().code("The Commonwealth of Kentucky sued the federal government.", DAY)
    assert all(e.source.country != "CMN" for e in events)
