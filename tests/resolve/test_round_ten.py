"""Tenth-round resolution rules.

An article without a dateline is placed by the towns it names as well as by its country
names ("Baghdad" three times makes an Iraqi story), so the local police and the people
killed in it take that country. A title in apposition takes the country of the named body
it belongs to ("a member *of the Politburo of the Chinese Communist Party*"). The name in
a passive's "by" phrase is the attacker, not the place ("killed by a *United States*
airstrike in Yemen": in Yemen). Restrictions imposed with no one named fall on the actor's
own people, as curfews do; "all sections of society" are civilians; and lower-case text
gets its religious and ethnic group names back ("hindus" -> "Hindus"); India's Hindu and
Muslim bodies (VHP, RSS, Bajrang Dal, SIMI...) are in the knowledge base.
"""

from __future__ import annotations

from datetime import date

import pytest
import spacy
from real_coder import coder
from spacy.tokens import Doc, Span

from newsevents.models import Event
from newsevents.nlp.truecase import truecase
from newsevents.resolve.dateline import place_counts
from newsevents.resolve.kb import load_kb
from newsevents.resolve.places import load_gazetteer

DAY = date(2005, 11, 15)


def _ents(words: list[str], spans: list[tuple[int, int, str]]) -> list[Span]:
    doc = Doc(spacy.blank("en").vocab, words=words)
    doc.ents = [Span(doc, start, end, label=label) for start, end, label in spans]
    return list(doc.ents)


def test_place_counts_count_towns_not_country_names() -> None:
    words = ["Bombs", "hit", "Baghdad", "and", "Basra", ",", "Iraq", ",", "and", "Paris", "."]
    ents = _ents(words, [(2, 3, "GPE"), (4, 5, "GPE"), (6, 7, "GPE"), (9, 10, "GPE")])
    counts = place_counts(ents, load_gazetteer(), load_kb())
    assert counts["IRQ"] == 2  # Baghdad and Basra; "Iraq" is counted with the country names
    assert counts["FRA"] == 1


def test_place_counts_skip_what_is_no_place_entity() -> None:
    words = ["Paris", "Hilton", "met", "Mr", "Basra", "."]
    ents = _ents(words, [(0, 2, "PERSON"), (3, 5, "PERSON")])
    assert not place_counts(ents, load_gazetteer(), load_kb())


def _events(text: str) -> list[Event]:
    return coder().code(text, DAY)


@pytest.mark.slow
def test_a_story_set_in_named_towns_places_its_unnamed_victims() -> None:
    text = ("A roadside bomb struck a police convoy near Baghdad on Monday, the third blast in "
            "Baghdad this week. Shops in Baghdad stayed shut.\n\n"
            "Two policemen were killed and four were wounded, an officer said.\n")
    killed = [e for e in _events(text) if e.type == "ASSAULT" and e.target is not None
              and e.target.text.lower().startswith("two policemen")]
    assert killed and killed[0].target is not None and killed[0].target.country == "IRQ"


@pytest.mark.slow
def test_towns_of_another_country_outvote_a_passing_demonym() -> None:
    text = ("Detectives in London questioned a man on Tuesday. The London police said an "
            "American tourist had been robbed in London. Police detained two suspects.\n")
    detained = [e for e in _events(text) if e.type == "COERCE"]
    assert detained and all(e.source.country != "USA" for e in detained)
    assert any(e.source.country == "GBR" for e in detained)


@pytest.mark.slow
@pytest.mark.parametrize(("text", "country", "sector"), [
    (("Wang Lifeng, a member of the Politburo of the Chinese Communist Party, met the Belgian "
      "defence minister on Tuesday."), "CHN", "PTY"),
    (("Peter Odhiambo, vice-chairman of the standing committee of Kenya's parliament, met the "
      "Belgian defence minister on Tuesday."), "KEN", None),
])
def test_a_title_takes_the_country_of_the_body_it_belongs_to(text: str, country: str,
                                                             sector: str | None) -> None:
    met = [e for e in _events(text) if e.type == "CONSULT"]
    assert met and met[0].source.country == country
    if sector is not None:
        assert met[0].source.sector == sector


@pytest.mark.slow
def test_an_unknown_employer_gives_no_country() -> None:
    text = "John Barlow, chairman of Tarvex Holdings, met the Belgian defence minister on Tuesday.\n"
    met = [e for e in _events(text) if e.type == "CONSULT"]
    assert all(e.source.country is None for e in met)


@pytest.mark.slow
@pytest.mark.parametrize(("text", "target"), [
    ("Three civilians were killed by a United States drone strike in Yemen.", "YEM"),
    ("Two soldiers were killed by a Turkish air strike in northern Iraq.", "IRQ"),
])
def test_the_attacker_named_in_a_by_phrase_is_not_the_place(text: str, target: str) -> None:
    killed = [e for e in _events(text) if e.type == "ASSAULT"]
    assert killed and killed[0].target is not None and killed[0].target.country == target


@pytest.mark.slow
def test_restrictions_with_no_one_named_fall_on_the_own_people() -> None:
    text = "The Kenyan police imposed restrictions on rallies and marches in the capital on Monday.\n"
    restricted = [e for e in _events(text) if e.type == "COERCE"]
    assert restricted and restricted[0].target is not None and restricted[0].target.country == "KEN"


@pytest.mark.slow
@pytest.mark.parametrize("text", [
    "The Indian president appealed to all sections of society to maintain order.",
    "The Indian president urged all sections of the society to maintain order.",
])
def test_all_sections_of_society_are_civilians(text: str) -> None:
    asked = [e for e in _events(text) if e.type == "REQUEST"]
    assert asked and asked[0].target is not None
    assert (asked[0].target.country, asked[0].target.sector) == ("IND", "CVL")


def test_group_names_are_truecased() -> None:
    cased = truecase("police said a mob of hindus attacked muslims near the temple, and sikh "
                     "leaders and a jewish group condemned it.")
    for word in ("Hindus", "Muslims", "Sikh leaders", "Jewish group"):
        assert word in cased
    assert "the temple" in cased and "a mob" in cased


@pytest.mark.slow
def test_a_lower_case_riot_report_names_its_groups() -> None:
    text = ("ahmedabad: a mob of hindus attacked muslims in the naroda area on thursday, police "
            "said, and the army was called in to restore order in the city.\n")
    attacks = [e for e in _events(text) if e.type == "ASSAULT"]
    assert attacks and attacks[0].target is not None
    assert attacks[0].target.text.lower() == "muslims" and attacks[0].target.country == "IND"


@pytest.mark.slow
@pytest.mark.parametrize(("text", "sector"), [
    ("The Vishwa Hindu Parishad threatened to boycott the talks with the government.", "REL"),
    (("lucknow: the vhp threatened to boycott the talks with the state government on monday, "
      "a spokesman said."), "REL"),
    ("The police said SIMI had attacked the temple.", "REB"),
])
def test_indian_religious_bodies_are_known(text: str, sector: str) -> None:
    found = [e for e in _events(text) if e.type in ("THREATEN", "ASSAULT")]
    assert found and (found[0].source.country, found[0].source.sector) == ("IND", sector)
