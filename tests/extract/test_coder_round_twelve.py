"""Twelfth-round coder rules, on invented sentences through the real model (slow).

A country or body whose name ends in "s" ("Honduras", "the Netherlands", "the United
Nations") is one actor: the "it" of "Honduras said *it* would ..." is Honduras, though the
tagger reads the name as a plural noun; a plural "they" still stands for a named group.

People named by a plain noun ("a young man", "masked men", "his bodyguards") are actors
of their own sector, placed where they act, so an attack by "a young man" in a named town
is an event; a trip by private people ("a young man who travels to Cairo") is no visit.
"""

from __future__ import annotations

from datetime import date

import pytest
from real_coder import coder

from newsevents.models import Event

pytestmark = pytest.mark.slow

DAY = date(2003, 5, 14)


def _events(text: str) -> list[Event]:
    return coder().code(text, DAY)


def _dyad(text: str, kind: str) -> tuple[str | None, str | None]:
    """Source and target country of the first event of ``kind`` (there must be one)."""
    hits = [e for e in _events(text) if e.type == kind]
    assert hits, _events(text)
    return hits[0].source.country, hits[0].target.country if hits[0].target else None


@pytest.mark.parametrize(("text", "kind", "country"), [
    ("Honduras said it would reject the ruling of the court.", "REJECT", "HND"),
    ("The Netherlands said on Monday it would recall its ambassador from Suriname.",
     "THREATEN", "NLD"),
    ("The Philippines said it would expel two Chinese diplomats.", "THREATEN", "PHL"),
    ("The Taliban said they would attack Kabul.", "THREATEN", "AFG"),
])
def test_a_named_country_ending_in_s_is_the_it_of_its_report(text: str, kind: str,
                                                              country: str) -> None:
    hits = [e for e in _events(text) if e.type == kind]
    assert hits, _events(text)
    assert {e.source.country for e in hits} == {country}, hits


def test_it_opening_a_sentence_stands_for_a_country_ending_in_s() -> None:
    text = ("Honduras recalled its envoy from Managua on Monday. "
            "It also rejected the ruling of the court in The Hague.")
    [rejection] = [e for e in _events(text) if e.type == "REJECT"]
    assert (rejection.source.text, rejection.source.country) == ("It", "HND"), rejection


@pytest.mark.parametrize(("text", "kind", "sector", "country"), [
    ("A young man hurled a grenade at Tajik President Emomali Rakhmonov in Khujand on Monday.",
     "ASSAULT", "CVL", "TJK"),
    ("One of his own bodyguards shot dead the governor of Kandahar at his office on Monday.",
     "ASSAULT", "COP", "AFG"),
    ("Investigators questioned two bank managers in Mombasa about the missing funds.",
     "ACCUSE", "JUD", "KEN"),
])
def test_people_named_by_a_plain_noun_act_where_they_are(text: str, kind: str, sector: str,
                                                         country: str) -> None:
    hits = [e for e in _events(text) if e.type == kind]
    assert hits, _events(text)
    assert {(e.source.sector, e.source.country) for e in hits} == {(sector, country)}, hits


@pytest.mark.parametrize("text", [
    "The film tells the story of a young man who travels to Cairo in search of work.",
    "Several million tourists visit Prague's old town each year.",
])
def test_a_trip_by_private_people_is_no_visit(text: str) -> None:
    assert not [e for e in _events(text) if e.type == "CONSULT"], _events(text)


def test_an_official_visit_is_still_one() -> None:
    [visit] = [e for e in _events("The Kenyan foreign minister travelled to Cairo on Monday.")
               if e.type == "CONSULT"]
    assert (visit.source.country, visit.target.country if visit.target else None) == ("KEN", "EGY")


@pytest.mark.parametrize(("text", "kind", "source"), [
    ("The Kenyan foreign ministry issued a statement condemning the attack on its embassy.",
     "ACCUSE", "KEN"),
    (("A group of Chinese writers issued an open letter urging the Communist Party to free "
      "the students."), "REQUEST", "CHN"),
    ("Amnesty International published a report accusing Turkish police of torture.",
     "ACCUSE", "AMN"),
])
def test_a_document_acts_for_whoever_issued_it(text: str, kind: str, source: str) -> None:
    hits = [e for e in _events(text) if e.type == kind]
    assert hits, _events(text)
    assert {e.source.country for e in hits} == {source}, hits


@pytest.mark.parametrize("text", [
    "Government departments received letters from travel agents cancelling hotel bookings.",
    "The court will hear the petition seeking action against the mayor next week.",
])
def test_a_document_received_or_heard_is_not_its_readers(text: str) -> None:
    assert not _events(text), _events(text)


@pytest.mark.parametrize(("text", "kind", "countries"), [
    ("The junta forced the opposition party to close its offices in Yangon.", "COERCE",
     ("MMR", "MMR")),
    ("Ugandan engineers began working with Kenyan crews to repair the railway.", "COOPERATE",
     ("UGA", "KEN")),
])
def test_forcing_others_and_working_alongside_them(text: str, kind: str,
                                                  countries: tuple[str, str]) -> None:
    assert _dyad(text, kind) == countries


def test_being_forced_by_no_one_named_is_no_coercion() -> None:
    assert not [e for e in _events("The airline was forced to cancel flights to Nairobi.")
                if e.type == "COERCE"]


@pytest.mark.parametrize(("text", "kind", "countries"), [
    ("Kuwait provided Lebanon with generators and spare parts.", "AID", ("KWT", "LBN")),
    ("China stationed two divisions near the Vietnamese border.", "MOBILIZE", ("CHN", "VNM")),
    ("Ethiopia built up its forces near the Eritrean border.", "MOBILIZE", ("ETH", "ERI")),
    ("Syria boosted its garrison in the Bekaa valley of Lebanon.", "MOBILIZE", ("SYR", "LBN")),
    ("Venezuela ordered troops to the Colombian border.", "MOBILIZE", ("VEN", "COL")),
    ("Mourners chanted slogans against the army in Gaza.", "PROTEST", ("PSE", "PSE")),
    ("Cuba brought its last combat troops home from Angola.", "RETREAT", ("CUB", "AGO")),
])
def test_aid_given_forces_moved_and_mourners_protesting(text: str, kind: str,
                                                       countries: tuple[str, str]) -> None:
    assert _dyad(text, kind) == countries


@pytest.mark.parametrize("text", [
    "The company provided its customers with new phones.",
    "The company increased its presence in Asian markets.",
    "The central bank built up its reserves of foreign currency.",
    "Acer plans to strengthen its presence in the Chinese market.",
    "Troops taking part in the exercises are provided with legal protection.",
])
def test_business_wordings_of_the_same_verbs_are_no_events(text: str) -> None:
    assert not _events(text), _events(text)


@pytest.mark.parametrize(("text", "kind", "countries"), [
    ("Fighting broke out between Ecuadorean and Peruvian troops near the border on Thursday.",
     "ASSAULT", ("ECU", "PER")),
    ("Heavy fighting raged between government forces and rebels near Kismayo.", "ASSAULT",
     ("SOM", "SOM")),
    ("Talks took place between Indian and Pakistani officials in Delhi.", "CONSULT",
     ("IND", "PAK")),
])
def test_an_event_that_broke_out_between_two_sides(text: str, kind: str,
                                                   countries: tuple[str, str]) -> None:
    assert _dyad(text, kind) == countries


def test_clashes_between_no_one_named_are_no_event() -> None:
    assert not _events("Clashes erupted in the city centre on Monday.")


@pytest.mark.parametrize(("text", "kind"), [
    ("The EU froze aid to Kenya following the military takeover.", "SANCTION"),
    ("Hunger strikers blocked the gates of the ministry in Ankara.", "PROTEST"),
])
def test_a_political_modifier_keeps_a_market_or_sport_word_off_those_pages(text: str,
                                                                          kind: str) -> None:
    assert [e.type for e in _events(text)] == [kind], _events(text)


def test_a_company_takeover_is_still_market_news() -> None:
    assert not _events("The bank warned of a hostile takeover by its rival.")


@pytest.mark.parametrize(("text", "attacker", "victim"), [
    ("Kenya's president survived an attack on his motorcade in Nairobi.", "",
     "Kenya's president"),
    ("The Sri Lankan army repelled an attack by Tamil Tiger rebels on its base near Jaffna.",
     "Tamil Tiger rebels", "The Sri Lankan army"),
    ("The Zambian president escaped an assassination attempt in Lusaka on Monday.", "",
     "The Zambian president"),
])
def test_who_survived_an_attack_was_its_target(text: str, attacker: str, victim: str) -> None:
    hits = [e for e in _events(text) if e.type == "ASSAULT"]
    assert hits, _events(text)
    assert (hits[0].source.text, hits[0].target.text if hits[0].target else None) == (
        attacker, victim), hits


@pytest.mark.parametrize("text", [
    "The former dictator had suffered a heart attack a week earlier.",
    "The opposition leader escaped arrest by fleeing to Zambia.",
])
def test_a_heart_attack_or_an_escaped_arrest_is_no_event(text: str) -> None:
    assert not _events(text), _events(text)


def test_an_assault_faced_in_an_ultimatum_stays_a_threat() -> None:
    found = _events("NATO gave the Bosnian Serbs ten days to pull back or face air strikes.")
    assert [e.type for e in found] == ["THREATEN"], found


@pytest.mark.parametrize("text", [
    "Passengers said they made the journey to escape the fighting in Libya.",
    "An oil worker who survived the explosion on the rig has spoken out.",
])
def test_escaping_fighting_or_an_explosion_names_no_victim(text: str) -> None:
    assert not [e for e in _events(text) if e.type == "ASSAULT"], _events(text)


def test_verbal_attacks_stay_accusations_after_the_heart_attack_exclusion() -> None:
    text = "Iran's president launched verbal attacks on Israel."
    hits = [e for e in _events(text) if e.trigger.text == "attacks"]
    assert [(e.type, e.source.country, e.target.country if e.target else None) for e in hits] == [
        ("ACCUSE", "IRN", "ISR")], hits
