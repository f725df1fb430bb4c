"""Whom an actor belongs to, on invented sentences (real parse: slow).

A people called "X Indians" is not India; people "linked / tied / loyal to" a group take its
country, but not those "backed by" another; a possessive "its"/"their" stands for the nearest
subject or object that names a country, not a name that only modifies another phrase; "Thai
and Cambodian soldiers" are the first side's; "foreign" people are not made the place's own;
an organisation's name is no place.
"""

from __future__ import annotations

from datetime import date

import pytest
from real_coder import coder as _coder
from real_coder import first_event

from newsevents.extract.quotes import find_quotes
from newsevents.models import Event
from newsevents.resolve.actors import ArticleActors

pytestmark = pytest.mark.slow

DAY = date(2013, 4, 9)


def _event(text: str, kind: str) -> Event:
    return first_event(text, kind, DAY)


@pytest.mark.parametrize("text, kind", [
    ("Guarani Indian leaders occupied a cattle ranch in the Chaco region of Paraguay on Friday.",
     "COERCE"),
    ("Cree Indians blockaded a rail line near Thompson in northern Manitoba for a third day.",
     "PROTEST"),
    ("Indigenous Indians marched on the provincial capital of Beni to demand land titles.",
     "PROTEST"),
])
def test_a_native_people_called_indians_is_not_india(text: str, kind: str) -> None:
    assert _event(text, kind).source.country != "IND"


@pytest.mark.parametrize("text, kind", [
    ("Senior Indian officials met Bangladeshi diplomats in Dhaka on Wednesday.", "CONSULT"),
    ("North Indian farmers blocked the highways into Delhi on Tuesday.", "PROTEST"),
])
def test_indians_of_india_stay_indian(text: str, kind: str) -> None:
    assert _event(text, kind).source.country == "IND"


@pytest.mark.parametrize("text, kind, country", [
    ("Hackers linked to Iranian intelligence attacked the websites of three Saudi banks.",
     "ASSAULT", "IRN"),
    ("Hackers tied to the North Korean army attacked the servers of a Japanese bank.",
     "ASSAULT", "PRK"),
    (("A suicide attacker from the armed group Hezbollah blew himself up at an Israeli "
     "army post in Metula on Monday."), "ASSAULT", "LBN"),
])
def test_people_tied_to_a_group_take_its_country(text: str, kind: str, country: str) -> None:
    assert _event(text, kind).source.country == country


@pytest.mark.parametrize("text, kind, backer", [
    ("Militiamen backed by Burundi attacked Congolese troops near Uvira.", "ASSAULT", "BDI"),
    ("Gunmen supported by Eritrea raided a police post in the Kenyan town of Mandera.",
     "ASSAULT", "ERI"),
])
def test_people_backed_by_a_country_are_not_its_own(text: str, kind: str, backer: str) -> None:
    assert _event(text, kind).source.country != backer


def _resolved(text: str, word: str) -> tuple[str | None, str | None]:
    """Country and sector the article's resolver gives the phrase headed by ``word``."""
    coder = _coder()
    doc = coder.nlp(text)
    actors = ArticleActors(doc, coder.resolver.kb, list(find_quotes(doc)), DAY)
    actor = actors.resolve(next(t for t in doc if t.text == word))
    return actor.country, actor.sector


@pytest.mark.parametrize("text, word, country", [
    (("The Malaysian government apologised for the shooting of three Thai fishermen by its "
     "navy near the maritime border."), "navy", "MYS"),
    (("Ghanaian authorities regretted the beating of two Togolese traders by their police at "
     "the Aflao crossing."), "police", "GHA"),
])
def test_its_stands_for_the_subject_not_a_name_modifying_another_phrase(
        text: str, word: str, country: str) -> None:
    assert _resolved(text, word)[0] == country


def test_its_after_an_object_stands_for_the_object() -> None:
    text = "Moscow accused Georgia of shelling its own villages in South Ossetia."
    assert _resolved(text, "villages")[0] == "GEO"


def test_their_after_two_coordinated_countries_is_left_to_the_nearest_name() -> None:
    event = _event("Kenya and Tanzania agreed to merge their customs posts at Namanga.", "AGREE")
    assert event.source.country == "KEN"
    assert event.target is not None and event.target.country == "TZA"


@pytest.mark.parametrize("text, kind, first", [
    ("Chinese and North Korean officials met in Dandong on Monday to discuss trade.",
     "CONSULT", "CHN"),
    ("Thai and Cambodian soldiers exchanged fire near the disputed temple on Friday.",
     "ASSAULT", "THA"),
])
def test_coordinated_nationalities_make_the_phrase_the_first_sides(text: str, kind: str,
                                                                   first: str) -> None:
    assert _event(text, kind).source.country == first


def test_foreign_people_are_not_the_places_own() -> None:
    event = _event("Foreign journalists in Harare protested against the new accreditation "
                   "rules on Monday.", "PROTEST")
    assert event.source.country != "ZWE"


def test_the_foreign_ministry_in_a_capital_is_that_countrys() -> None:
    event = _event("The Foreign Ministry in Nairobi summoned the Ugandan ambassador on "
                   "Thursday.", "ACCUSE")
    assert event.source.country == "KEN"


def test_an_organisations_name_is_no_place() -> None:
    events = _coder().code("Sudan said it would let foreign doctors and Red Cross teams travel "
                           "to Darfur next week, the foreign ministry said.", DAY)
    assert events
    assert all(e.location is None or e.location.name != "Red Cross" for e in events)


@pytest.mark.parametrize("text, kind, country", [
    ("Unemployed youths blockaded the town of Gafsa overnight.", "PROTEST", "TUN"),
    ("Rebels shelled the town of Malakal on Sunday.", "ASSAULT", "SSD"),
])
def test_a_place_acted_on_places_the_event_and_its_local_actors(text: str, kind: str,
                                                                country: str) -> None:
    assert _event(text, kind).source.country == country


def test_a_country_acted_on_does_not_place_the_actors() -> None:
    assert _event("Rebels invaded Chad from bases across the border on Sunday.",
                  "ASSAULT").source.country is None


def test_its_beside_a_name_stands_for_that_name() -> None:
    text = "Oman condemned the air raids by Saudi Arabia and its allies on Sanaa."
    assert _resolved(text, "allies")[0] == "SAU"


def test_their_does_not_stand_for_a_country_named_in_the_singular() -> None:
    text = ("Kenya opened its borders to fleeing Somali families and urged their leaders to "
            "stop the fighting.")
    assert _resolved(text, "leaders")[0] != "KEN"


def test_indians_named_after_a_place_in_india_stay_indian() -> None:
    assert _resolved("The Pune Indians protested against the umpire's decision.", "Indians")[0] == "IND"
