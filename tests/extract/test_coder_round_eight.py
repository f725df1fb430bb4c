"""Eighth-round coder rules, on invented sentences through the real model (slow).

A party's reported plan for an act the lexicon does not name ("said Lisbon would work with
Luanda on ...", "said his government would introduce a new electoral law") is an intent to
cooperate (AGREE, the CAMEO 03 codes); negated it is a refusal ("would not give up the
islands"); hanging on another party's conduct it is a threat ("would declare a state of
emergency if the unions blocked the ports"). Plans that name no party and no matter of
state, plans of travel or leisure, and plans with a named act of their own are left alone.

An act two countries do "jointly", "together" or under a "joint" scheme is COOPERATE. "$40
million *in* aid" is aid as "$40 million *of* aid" is. A titled visitor ("Foreign Minister
Amina Mohamed") received by a host is a meeting, as "received the minister" is. An act
done "in defiance of" a party is that party's rejection. Troops that land or take up
positions are mobilised; peacekeepers sent somewhere are aid (CAMEO 0743). People driven
from their homes or forced across a river are assaulted (CAMEO 203, mass expulsion).
Suspending or ending one's own strikes, walkouts or "campaign of strikes" is a concession
(CAMEO 082, ease political dissent), promised when it is a plan. Gold, aircraft or
boats returned to their owner are a RETREAT (CAMEO 0842, return property). An exercise
two countries' forces hold is COOPERATE; a missile "test-fired" is a show of force. A
named party's wish that another named party act ("Ghana wants Togo to reopen the border")
is a request; "2 billion francs of debt" cancelled is debt relief (AID).
"""

from __future__ import annotations

from datetime import date

import pytest
from real_coder import coder

from newsevents.models import Event

pytestmark = pytest.mark.slow

DAY = date(2004, 9, 21)


def _events(text: str) -> list[Event]:
    return coder().code(text, DAY)


def _coded(text: str) -> set[tuple[str, str | None, str | None]]:
    return {(e.type, e.source.country, e.target.country if e.target else None)
            for e in _events(text)}


@pytest.mark.parametrize(("text", "source", "target"), [
    ("Portugal's foreign minister said Lisbon would work with Luanda on a new port at Lobito.",
     "PRT", "AGO"),
    ("The Thai premier told reporters that Bangkok would share flood data with Vientiane.",
     "THA", "LAO"),
    ("Chile's interior minister said the government would set up a truth commission.",
     "CHL", None),
    ("Ghana's president said he would introduce a new electoral law before the vote.",
     "GHA", None),
])
def test_a_reported_plan_is_an_intent(text: str, source: str, target: str | None) -> None:
    coded = _coded(text)
    assert ("AGREE", source, target) in coded or (target is None and any(
        c[:2] == ("AGREE", source) for c in coded))


@pytest.mark.parametrize(("text", "source", "target"), [
    ("The Japanese premier said Japan would never give up the Kuril islands to Russia.",
     "JPN", "RUS"),
    (("Belize's foreign minister said his government would not cede an inch of territory to "
     "neighbouring Guatemala."), "BLZ", "GTM"),
])
def test_a_negated_plan_is_a_refusal(text: str, source: str, target: str) -> None:
    assert ("REJECT", source, target) in _coded(text)


@pytest.mark.parametrize(("text", "source"), [
    (("Bolivia's president said he would declare a state of emergency if the miners blocked "
     "the roads."), "BOL"),
    (("A senior Indian general said New Delhi would not hesitate to turn its missiles on "
     "Pakistan if its cities came under attack."), "IND"),
])
def test_a_plan_on_another_partys_condition_is_a_threat(text: str, source: str) -> None:
    assert any(c[:2] == ("THREATEN", source) for c in _coded(text))


@pytest.mark.parametrize("text", [
    "The Danish prime minister will fly to Oslo on Friday, her office said.",
    "The Austrian chancellor will spend the holidays at his farm near Graz, aides said.",
    "Qantas said it would add two daily flights between Sydney and Singapore.",
    "The minister said the government would continue to study the report.",
    "The ministry said it would not comment on the Swiss report.",
    "The coach said Brazil would beat Argentina in the final.",
    "Analysts said prices would rise in Germany next year.",
    "The mayor said the new bridge would open in March.",
])
def test_plans_that_are_no_intent(text: str) -> None:
    assert _events(text) == []


def test_a_plan_with_its_own_act_keeps_that_act() -> None:
    coded = _coded("Rwanda said it would press ahead with its offensive against Burundian "
                   "rebels despite appeals.")
    assert not any(c[0] == "AGREE" for c in coded)


@pytest.mark.parametrize(("text", "sides"), [
    ("Tanzanian and Kenyan engineers jointly repaired the bridge at Namanga on Monday.",
     {"TZA", "KEN"}),
    ("Laos and Vietnam opened a jointly built school in Savannakhet.", {"LAO", "VNM"}),
    ("Kazakhstan began pumping water to Kyrgyzstan under a joint irrigation scheme.",
     {"KAZ", "KGZ"}),
])
def test_an_act_two_countries_do_together_is_cooperation(text: str, sides: set[str]) -> None:
    coded = _coded(text)
    assert any(c[0] == "COOPERATE" and {c[1], c[2]} == sides for c in coded)


@pytest.mark.parametrize("text", [
    "Arsenal and Chelsea together scored nine goals in London.",
    "Siemens and Alstom will jointly build trains in France.",
    "French and German fans sang together in the stadium in Lyon.",
])
def test_a_shared_act_without_two_countries_or_a_real_act_is_none(text: str) -> None:
    assert not any(e.type == "COOPERATE" for e in _events(text))


@pytest.mark.parametrize(("text", "source", "target"), [
    ("Norway gave Malawi $40 million in aid last year.", "NOR", "MWI"),
    ("Canada granted Haiti $25 million in emergency relief on Friday.", "CAN", "HTI"),
])
def test_a_sum_in_aid_is_aid(text: str, source: str, target: str) -> None:
    assert ("AID", source, target) in _coded(text)


def test_a_sum_in_something_else_is_no_aid() -> None:
    assert not any(e.type == "AID" for e in _events("The firm gave investors $5 million in dividends in Oslo."))


@pytest.mark.parametrize(("text", "host", "guest"), [
    (("Kenyan Foreign Minister Amina Mohamed was received by Tanzanian President Jakaya Kikwete "
     "in Dar es Salaam."), "TZA", "KEN"),
    ("Ghanaian President John Kufuor received Nigerian Vice President Atiku Abubakar in Accra.",
     "GHA", "NGA"),
])
def test_a_titled_visitor_received_is_a_meeting(text: str, host: str, guest: str) -> None:
    assert ("CONSULT", host, guest) in _coded(text)


@pytest.mark.parametrize(("text", "source", "target"), [
    ("Serbia kept its troops in Kosovo in defiance of NATO.", "SRB", "NAT"),
    ("Iran resumed enrichment at Natanz in defiance of United Nations resolutions.", "IRN", "UNO"),
])
def test_an_act_in_defiance_of_a_party_is_a_rejection(text: str, source: str, target: str) -> None:
    assert ("REJECT", source, target) in _coded(text)


@pytest.mark.parametrize(("text", "source", "target"), [
    ("The first Irish peacekeeping troops arrived in Liberia on Monday.", "IRL", "LBR"),
    ("Ghanaian soldiers landed in Freetown as part of a UN force.", "GHA", "SLE"),
    ("Three hundred Nepalese peacekeepers were deployed to Haiti.", "NPL", "HTI"),
])
def test_peacekeepers_sent_are_aid(text: str, source: str, target: str) -> None:
    assert ("AID", source, target) in _coded(text)


@pytest.mark.parametrize(("text", "source", "target"), [
    ("Russian troops took up positions along the Georgian border.", "RUS", "GEO"),
    ("Turkish marines landed in northern Cyprus.", "TUR", "CYP"),
])
def test_troops_landing_or_taking_positions_are_mobilised(text: str, source: str, target: str) -> None:
    assert ("MOBILIZE", source, target) in _coded(text)


def test_being_in_denial_about_something_rejects_no_one() -> None:
    text = "The crowd cheered Mugabe, who seemed in denial about the Zimbabwean towns held by rebels."
    assert not any(e.type == "REJECT" for e in _events(text))


@pytest.mark.parametrize(("text", "source"), [
    ("Rwandan militias drove thousands of villagers from their homes near Gisenyi.", "RWA"),
    ("Burmese troops forced some 20,000 Rohingya across the Naf river into Bangladesh.", "MMR"),
])
def test_people_driven_from_their_homes_or_across_a_river_are_assaulted(text: str, source: str) -> None:
    assert any(c[:2] == ("ASSAULT", source) for c in _coded(text))


@pytest.mark.parametrize("text", [
    "The Ugandan minister drove his car from his home in Entebbe to the airport.",
    "A Kenyan driver forced his truck across the river at Garissa.",
])
def test_vehicles_driven_are_no_expulsion(text: str) -> None:
    assert not any(e.type == "ASSAULT" for e in _events(text))


@pytest.mark.parametrize(("text", "kind"), [
    ("Togo's opposition said it would suspend its campaign of general strikes.", "AGREE"),
    ("Striking Zambian copper miners ended their three-week walkout on Monday.", "CONCEDE"),
    ("Kenyan teachers suspended their stoppage in Nairobi after talks.", "CONCEDE"),
])
def test_ending_ones_own_protests_concedes(text: str, kind: str) -> None:
    assert any(c[0] == kind for c in _coded(text))


def test_a_wave_of_strikes_from_the_air_stays_an_attack() -> None:
    assert any(c[0] == "ASSAULT" for c in _coded("Russian jets launched a wave of air strikes on Idlib."))


@pytest.mark.parametrize(("text", "source", "target"), [
    ("Iraq returned 400 gold bars to Kuwait on Monday.", "IRQ", "KWT"),
    ("Eritrea returned two Yemeni fishing boats to Sanaa.", "ERI", "YEM"),
])
def test_property_returned_is_a_retreat(text: str, source: str, target: str) -> None:
    assert ("RETREAT", source, target) in _coded(text)


def test_returning_fire_returns_nothing() -> None:
    assert not any(e.type == "RETREAT" for e in _events("Indian troops returned fire across the line in Kashmir."))


@pytest.mark.parametrize(("text", "sides"), [
    ("Indian and French troops began military exercises near Jodhpur on Monday.", {"IND", "FRA"}),
    ("Indian and Sri Lankan sailors held their first joint anti-piracy drill off Colombo.", {"IND", "LKA"}),
])
def test_an_exercise_two_countries_hold_is_cooperation(text: str, sides: set[str]) -> None:
    assert any(c[0] == "COOPERATE" and {c[1], c[2]} == sides for c in _coded(text))


def test_one_countrys_exercise_stays_a_show_of_force() -> None:
    assert any(c[0] == "MOBILIZE" for c in _coded("Iranian forces held military exercises near the Iraqi border."))


def test_a_missile_test_fired_is_no_attack() -> None:
    coded = _coded("Pakistan test-fired a nuclear-capable missile into the Arabian Sea on Wednesday.")
    assert any(c[:2] == ("MOBILIZE", "PAK") for c in coded) and not any(c[0] == "ASSAULT" for c in coded)


@pytest.mark.parametrize(("text", "source", "target"), [
    ("Ghana wants Togo to reopen the border at Aflao.", "GHA", "TGO"),
    ("Spain wants Morocco to take back the migrants.", "ESP", "MAR"),
])
def test_a_partys_wish_that_another_act_is_a_request(text: str, source: str, target: str) -> None:
    assert ("REQUEST", source, target) in _coded(text)


@pytest.mark.parametrize("text", [
    "The coach wants Okocha to play on Sunday in Lagos.",
    "I want you to know that Kenya is safe.",
])
def test_wishes_of_no_party_are_no_request(text: str) -> None:
    assert not any(e.type == "REQUEST" for e in _events(text))


def test_debt_cancelled_as_a_sum_is_aid() -> None:
    assert ("AID", "FRA", "CIV") in _coded("France cancelled 2 billion francs of debt owed by Ivory Coast.")
