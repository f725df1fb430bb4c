"""The article's home country (``resolve/dateline.py``) and the actors it places."""

from __future__ import annotations

from collections import Counter
from datetime import date

import pytest
from real_coder import coder as _coder

from newsevents.resolve.dateline import dateline_country, home_country
from newsevents.resolve.kb import load_kb
from newsevents.resolve.places import load_gazetteer


@pytest.mark.parametrize(("text", "country"), [
    ("lucknow: the district police said on monday", "IND"),
    ("This story is from March 2, 2002\n\nnew delhi: the ministry said", "IND"),
    ("BENGHAZI, Libya (Reuters) - Rebels said", "LBY"),
    ("CAIRO, July 7 (Reuters) - A delegation", "EGY"),
    ("Oct (Reuters) - NAIROBI, Oct 3 | Mon Oct 3, 2016 (Reuters) - Police", "KEN"),
    ("WASHINGTON (AP) -- The Senate voted", "USA"),
    ("CHICAGO | Fri Nov 4, 2016 7:15 am EDT CHICAGO (Reuters) - A court", "USA"),
    ("Border crisis: pundits weigh the options", None),  # a headline, not a place
    ("May 27: officials met again", None),
    ("Kenya said on Monday that talks would resume.", None),  # no dateline at all
    ("Tuesday, February 12, 2019\n\n\nThe charity renamed its ship", None),
])
def test_dateline_country(text: str, country: str | None) -> None:
    assert dateline_country(text, load_gazetteer(), load_kb()) == country


def test_home_country_trusts_the_dateline_unless_another_country_dominates() -> None:
    assert home_country("IND", Counter()) == "IND"
    assert home_country("IND", Counter({"PAK": 2, "IND": 1})) == "IND"  # too few to overrule
    assert home_country("USA", Counter({"LBY": 6, "USA": 2})) is None  # a foreign correspondent
    assert home_country("USA", Counter({"LBY": 4, "USA": 3})) == "USA"


def test_home_country_without_a_dateline_needs_a_clear_majority() -> None:
    assert home_country(None, Counter({"KEN": 3, "ETH": 1})) == "KEN"
    assert home_country(None, Counter({"KEN": 3, "ETH": 3})) is None
    assert home_country(None, Counter({"KEN": 2})) is None
    assert home_country(None, Counter()) is None


@pytest.mark.slow
def test_local_actors_take_the_home_country_when_the_sentence_names_no_other() -> None:
    text = ("kanpur: the police arrested 12 protesters on monday after a clash near the market. "
            "the chief minister criticised the district administration for the delay.\n")
    events = _coder().code(text, date(2002, 3, 5))
    arrest = next(e for e in events if e.type == "COERCE")
    assert (arrest.source.country, arrest.source.sector) == ("IND", "COP")
    blame = next(e for e in events if e.type == "ACCUSE")
    assert blame.source.country == "IND" and blame.target is not None and blame.target.country == "IND"


@pytest.mark.slow
def test_another_country_in_the_sentence_keeps_local_actors_unplaced() -> None:
    text = "kanpur: the police said Pakistan had sent the attackers, and the mob attacked a bus.\n"
    events = _coder().code(text, date(2002, 3, 5))
    assert events and all(e.source.country != "IND" or "Pakistan" not in e.evidence.text
                          for e in events if e.source.sector == "COP")
    undated = _coder().code("The police arrested 12 protesters on Monday.", date(2002, 3, 5))
    assert all(e.source.country is None for e in undated)  # no dateline, no country named
