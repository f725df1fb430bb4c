"""Eleventh-round coder rules, on invented sentences through the real model (slow).

The subject of a bare past participle after "with" is its victim, not its actor: in
"police fired on the march, with dozens wounded" no one named "dozens" attacked anyone; the
wounded are the target of an attack whose actor the clause leaves unnamed (or names in a
"by" phrase). So is a head count before a bare participle heading a sentence, as
headlines give it ("Twelve soldiers killed in ambush"); a past tense the tagger reads as a
participle keeps its subject when it has an object ("troops sealed off the town").

What a protester throws, burns, chants or blocks is what the protest is made with, never
whom it is aimed at: "threw stones at Israeli soldiers" is aimed at the soldiers, and
"blocked the highway" at the protesters' own government, not at a highway.

A people named by a plural demonym are civilians ("Kenyans marched", "thousands of
Palestinians"), not their government; a country's name still stands for its state.
"""

from __future__ import annotations

from datetime import date

import pytest
from real_coder import coder

from newsevents.models import Event

pytestmark = pytest.mark.slow

DAY = date(2006, 11, 7)


def _events(text: str) -> list[Event]:
    return coder().code(text, DAY)


def _actors(e: Event) -> tuple[str, str | None]:
    return e.source.text, e.target.text if e.target else None


@pytest.mark.parametrize(("text", "trigger", "victims"), [
    ("Kenyan police fired on the march in Kisumu, with dozens wounded.", "wounded", "dozens"),
    ("Rebels ambushed an army convoy near Gulu, with two soldiers killed.", "killed",
     "two soldiers"),
    ("A bomb exploded in a crowded market in Kabul, with at least eleven people killed.",
     "killed", "at least eleven people"),
    (("A bomb exploded in a crowded market in Kabul, with at least eleven people killed by the "
      "blast."), "killed", "at least eleven people"),  # a weapon as agent names no attacker
])
def test_the_subject_of_a_participle_after_with_is_the_victim(text: str, trigger: str,
                                                              victims: str) -> None:
    hits = [e for e in _events(text) if e.trigger.text == trigger]
    assert hits, _events(text)
    assert all(e.type == "ASSAULT" and e.source.text == "" for e in hits), hits
    assert victims in {e.target.text for e in hits if e.target}, hits


@pytest.mark.parametrize(("text", "victims", "country"), [
    ("Twelve soldiers killed in ambush in Kashmir.", "Twelve soldiers", "IND"),
    ("Three policemen abducted in Niger Delta.", "Three policemen", "NGA"),
])
def test_a_headline_count_of_victims_is_the_target(text: str, victims: str,
                                                   country: str) -> None:
    [hit] = [e for e in _events(text) if e.type == "ASSAULT"]
    assert hit.source.text == "" and hit.target is not None, hit
    assert (hit.target.text, hit.target.country) == (victims, country), hit


@pytest.mark.parametrize("text", [
    "Israeli troops sealed off the West Bank town of Hebron on Tuesday.",  # a past tense
    "Kenyan troops killed three raiders near Mandera.",
])
def test_a_past_tense_with_its_object_keeps_its_subject(text: str) -> None:
    found = _events(text)
    assert found and found[0].source.sector == "MIL", found


def test_a_participle_after_with_keeps_a_named_agent() -> None:
    text = "Police broke up the rally in Harare, with dozens wounded by soldiers."
    hits = [e for e in _events(text) if e.trigger.text == "wounded"]
    assert [(e.source.text, e.target.text if e.target else None) for e in hits] == [
        ("soldiers", "dozens")], hits


def test_a_participle_with_its_own_auxiliary_keeps_its_subject() -> None:
    text = "Kenyan police said they had fired on the march, and that rioters had wounded two officers."
    wounded = [e for e in _events(text) if e.trigger.text == "wounded"]
    assert wounded and wounded[0].source.text == "rioters", wounded


@pytest.mark.parametrize(("text", "target", "country"), [
    ("Palestinian youths threw stones at Israeli soldiers in Hebron.", "Israeli soldiers", "ISR"),
    ("Hundreds of Kurds hurled firebombs at police in Diyarbakir.", "police", "TUR"),
    ("Students chanted slogans against the Nepalese government in Kathmandu.",
     "the Nepalese government", "NPL"),
])
def test_what_protesters_throw_or_chant_is_no_target(text: str, target: str,
                                                     country: str) -> None:
    protests = [e for e in _events(text) if e.type == "PROTEST"]
    assert protests, _events(text)
    assert [(e.target.text, e.target.country) for e in protests if e.target] == [
        (target, country)], protests


def test_a_blocked_road_is_no_target_but_the_home_government_is() -> None:
    [protest] = [e for e in _events("Farmers blocked the main highway out of Nairobi for a day.")
                 if e.type == "PROTEST"]
    assert protest.target is not None
    assert (protest.target.country, protest.target.sector) == ("KEN", "GOV"), protest


@pytest.mark.parametrize(("text", "who", "country"), [
    ("Thousands of Kenyans marched in Nairobi against the new tax.", "Kenyans", "KEN"),
    ("Palestinians protested in Ramallah against the new settlements.", "Palestinians", "PSE"),
    ("Hundreds of Pakistanis rallied outside the Danish embassy in Islamabad.", "Pakistanis",
     "PAK"),
])
def test_a_plural_demonym_is_the_people_not_the_state(text: str, who: str, country: str) -> None:
    protests = [e for e in _events(text) if e.type == "PROTEST"]
    assert protests, _events(text)
    assert (protests[0].source.text, protests[0].source.country, protests[0].source.sector) == (
        who, country, "CVL")


@pytest.mark.parametrize("text", [
    "Kenya protested to Uganda over the arrest of its fishermen.",
    "Nairobi protested to Kampala over the arrest of its fishermen.",
])
def test_a_country_or_capital_is_still_its_state(text: str) -> None:
    found = _events(text)
    assert found
    assert (found[0].source.country, found[0].source.sector) == ("KEN", "GOV"), found
