"""Targets found in pressure phrases, warnings and the event's clause, and targets aimed at
home, on invented sentences (real parse: slow).

A concession or an investigation aimed at no one named is aimed at the actor's own people
(never an international body's); a concession answers whoever pressed for it; a warning
falls on the subject of its clause or of its "unless" clause; an unplaced target takes the
one other country the event's clause names; a company's concession at home is business news;
a person's phrase that names a country beats a namesake's remembered one; a people without a
state ("Kurds", "Berbers") are civilians of the place where they act.
"""

from __future__ import annotations

from datetime import date

import pytest
from real_coder import coder as _coder
from real_coder import first_event

from newsevents.models import Event

pytestmark = pytest.mark.slow

DAY = date(2012, 9, 18)


def _event(text: str, kind: str) -> Event:
    return first_event(text, kind, DAY)


def _target(event: Event) -> tuple[object, object] | None:
    return (event.target.country, event.target.sector) if event.target is not None else None


@pytest.mark.parametrize("text", [
    "The Gabonese government lifted its ban on street markets on Thursday.",
    "Chad's ruling council scrapped the tax on bicycles, the official radio said.",
])
def test_a_concession_to_no_one_named_is_made_to_the_actors_own_people(text: str) -> None:
    event = _event(text, "CONCEDE")
    assert event.target is not None and event.target.country == event.source.country


def test_a_concession_to_a_foreign_country_is_not_made_at_home() -> None:
    event = _event("The Gabonese government lifted the ban on imports from Nigeria.", "CONCEDE")
    assert event.target is None or event.target.country != "GAB"


@pytest.mark.parametrize("text, who", [
    (("Yielding to demands from taxi drivers, the Peruvian government agreed on Monday to "
      "cut fuel taxes."), "taxi drivers"),
    ("Under pressure from farmers' unions, Bolivia's cabinet agreed to delay the land reform.",
     "farmers' unions"),
])
def test_a_concession_answers_whoever_pressed_for_it(text: str, who: str) -> None:
    event = _event(text, "CONCEDE")
    assert event.target is not None and who in event.target.text
    assert event.target.country == event.source.country


def test_an_inquiry_into_no_one_named_is_aimed_at_home() -> None:
    event = _event("Tanzanian prosecutors opened an inquiry into how relief funds disappeared.", "ACCUSE")
    assert event.target is not None and event.target.country == "TZA"


def test_an_international_body_has_no_home_to_aim_at() -> None:
    event = _event("The World Health Organization opened an inquiry into the missing vaccines.",
                   "ACCUSE")
    assert event.target is None or event.target.country != event.source.country


def test_a_warning_falls_on_the_subject_of_its_clause() -> None:
    event = _event("Latvian authorities warned on Tuesday that dockworkers who joined the "
                   "stoppage would be dismissed.", "THREATEN")
    assert _target(event) == ("LVA", "LAB")


def test_the_warners_own_side_is_not_the_one_warned() -> None:
    event = _event("The Polisario negotiator warned that his side would leave the talks with "
                   "Morocco.", "THREATEN")
    assert event.target is not None and event.target.country == "MAR"


def test_a_warned_clauses_unless_clause_names_who_must_comply() -> None:
    event = _event("Ankara warned that it could suspend the talks unless the Greeks withdrew the "
                   "proposal.", "THREATEN")
    assert event.target is not None and event.target.country == "GRC"


def test_a_term_that_ends_in_its_head_names_someone() -> None:
    event = _event("Zambia's government warned civil servants that absence would be punished.",
                   "THREATEN")
    assert _target(event) == ("ZMB", "GOV")


def test_a_modifier_alone_does_not_make_a_noun_an_actor() -> None:
    events = _coder().code("Police broke up opposition meetings in the capital.", DAY)
    assert all(e.target is None or e.target.text != "opposition meetings" for e in events)


def test_an_unplaced_target_takes_the_one_other_country_of_its_clause() -> None:
    event = _event("Canada has declined to share intelligence with Pakistan on the movements of "
                   "smugglers.", "REJECT")
    assert event.target is not None and event.target.country == "PAK"


def test_hundreds_of_people_the_parser_hangs_in_a_clause_are_still_the_target() -> None:
    event = _event("Hutu gunmen armed with rifles killed hundreds of Tutsi farmers sheltering in "
                   "a clinic near Butare, witnesses said.", "ASSAULT")
    assert event.target is not None and "farmers" in event.target.text


def test_a_company_conceding_at_home_is_still_business_news() -> None:
    assert _coder().code("Tata Steel agreed to scrap the fee on Monday.", DAY) == []


def test_a_phrase_that_names_its_own_country_beats_a_namesake_remembered() -> None:
    event = _event("Iraqi President Saddam Hussein met with Jordan's King Hussein in Baghdad.",
                   "CONSULT")
    assert event.target is not None and event.target.country == "JOR"


@pytest.mark.parametrize("text, country", [
    ("Thousands of Kurds marched in Diyarbakir on Sunday to demand language rights.", "TUR"),
    ("Hundreds of Berbers protested in Tizi Ouzou against the new language law.", "DZA"),
])
def test_a_people_without_a_state_are_civilians_of_where_they_act(text: str, country: str) -> None:
    event = _event(text, "PROTEST")
    assert (event.source.country, event.source.sector) == (country, "CVL")


def test_a_peoples_armed_group_keeps_its_own_sector() -> None:
    event = _event("Kurdish rebels attacked a Turkish army post near the border.", "ASSAULT")
    assert event.source.sector == "REB"
