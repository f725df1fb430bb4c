"""Fifteenth-round coder and resolver rules, on invented sentences through the real model (slow).

A blast that names no attacker still codes its victims when a participle names them ("a bomb
exploded outside the barracks, *killing* seven policemen"), placed where the blast was; a
vehicle "packed with explosives" is the weapon, not an actor. "Members of X" act through X
unless their own words say whose they are ("*American* members of the team"). Hired killers,
nationalists, herders, rulers and officers have a sector, so the place they act in places them.

A trip made to investigate is the investigation, and what is investigated or complained of
names its doer ("*Israel's* shelling", "charges that *Iraq* used gas"). Emergency rule
proclaimed over violence is coercion, over floods none. A natural force or a blast at a mine
attacks no one. Money frozen "in loans" is aid frozen; recognition can be "accorded"; force
used is an assault (future or conditional: a threat). A meeting's partner comes before its
topic, a plan's author ("put forward *by* X") is the target of its rejection, a consequence
("..., *allowing* X") is no sign of a concession, and "Jewish settlers" are Israel's.

People seized by gunmen are abducted (by the police, arrested). A warning that a state could
act *unless* someone complies is a threat, not a forecast. A crowd that opposes or defies
(not an appeal) protests, where its march took it. A company's chief operating officer is
business, not police. A "booby-trapped" car is a weapon; the last part of a hyphenated word
("front-*runner*") puts no sentence on the sports pages; arms that back a force ("troops
*backed by helicopters*") support no one; emergency rule after street battles is coercion;
barracks and depots are struck, villagers herded into camps. Attacks stopped are a
ceasefire (not strikes stopped); an inquiry "into X's shelling" names X.
"""

from __future__ import annotations

from datetime import date

import pytest
from real_coder import coder

from newsevents.models import Event

pytestmark = pytest.mark.slow

DAY = date(1996, 9, 18)


def _events(text: str) -> list[Event]:
    return coder().code(text, DAY)


def _sides(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(e.type, e.source.country, e.target.country if e.target else None) for e in _events(text)]


@pytest.mark.parametrize(("text", "source", "target"), [
    ("A bomb exploded outside a police barracks in Spain on Wednesday, killing seven Spanish policemen.",
     "ESP", "ESP"),
    ("A car packed with explosives blew up outside a barracks in Spain, wounding seven officers.", "ESP", "ESP"),
    ("A truck laden with explosives exploded outside the US embassy in Nairobi, killing 200 people.",
     "KEN", "KEN"),
])
def test_a_blast_codes_the_victims_its_participle_names(text: str, source: str, target: str) -> None:
    assert ("ASSAULT", source, target) in _sides(text)


@pytest.mark.parametrize("text", [
    "A van packed with food arrived in Sarajevo on Monday.",
    "A bomb exploded in an empty field outside the town.",
    "A tyre exploded on the motorway, injuring two drivers.",
])
def test_no_blast_or_no_victim_is_no_assault(text: str) -> None:
    assert [s for s in _sides(text) if s[0] == "ASSAULT"] == []


@pytest.mark.parametrize(("text", "kind", "source", "sector"), [
    ("Members of Nigeria's oil workers' union stayed off the job for a third week.", "PROTEST", "NGA", "LAB"),
    ("Hitmen hired by a drug cartel gunned down a presidential candidate outside Bogota.", "ASSAULT", "COL", "CRM"),
    ("Herders blocked a main road in Ulan Bator to demand fodder.", "PROTEST", "MNG", "AGR"),
])
def test_members_and_new_roles_are_placed(text: str, kind: str, source: str, sector: str) -> None:
    found = [(e.type, e.source.country, e.source.sector) for e in _events(text)]
    assert (kind, source, sector) in found, found


@pytest.mark.parametrize(("text", "target"), [
    ("Iraq expelled the American members of the U.N. weapons inspection team on Thursday.", "USA"),
    ("Egyptian police arrested 40 members of the banned Muslim Brotherhood in Cairo.", "EGY"),
])
def test_qualified_members_stay_themselves(text: str, target: str) -> None:
    assert any(e.target is not None and e.target.country == target for e in _events(text))


@pytest.mark.parametrize(("text", "kind", "target"), [
    ("A team of U.N. experts arrived in Tehran to investigate charges that Iraq had used poison gas.",
     "ACCUSE", "IRQ"),
    ("A U.N. envoy flew into south Lebanon on Monday to look into Israel's shelling of a refugee camp.",
     "ACCUSE", "ISR"),
    ("Syria protested to the Security Council over Israel's air raids near Damascus.", "ACCUSE", "ISR"),
])
def test_a_probe_names_the_doer(text: str, kind: str, target: str) -> None:
    first = _sides(text)[0]
    assert first[0] == kind and first[2] == target, _sides(text)


def test_the_doer_replaces_the_deed() -> None:
    sides = _sides("Syria protested to the Security Council over Israel's air raids near Damascus.")
    assert [s for s in sides if s[2] == "ISR"] == [("ACCUSE", "SYR", "ISR")], sides


@pytest.mark.parametrize(("text", "coded"), [
    ("Thailand's government declared a state of emergency in the south after a series of bombings.", True),
    ("General Zia proclaimed a state of emergency in Pakistan, citing rising militant violence.", True),
    ("The governor declared a state of emergency in Assam after floods killed 40 people.", False),
    ("Manila declared a state of emergency as a typhoon approached the capital.", False),
])
def test_emergency_rule_over_unrest_is_coercion(text: str, coded: bool) -> None:
    assert any(s[0] == "COERCE" for s in _sides(text)) is coded


@pytest.mark.parametrize("text", [
    "An explosion at a coal mine in Shanxi killed 34 miners on Thursday.",
    "Drought has destroyed most of the maize crop in southern Zimbabwe.",
    "A fire at a fireworks factory near Manila killed 20 workers.",
])
def test_natural_forces_and_works_blasts_attack_no_one(text: str) -> None:
    assert [s for s in _sides(text) if s[0] == "ASSAULT"] == []


def test_a_bomb_blast_at_a_factory_is_an_attack() -> None:
    assert ("ASSAULT", "PAK", "PAK") in _sides("A bomb blast at a factory in Karachi killed 12 workers.")


@pytest.mark.parametrize(("text", "kind", "target"), [
    ("Japan froze about $1 billion in new development loans to China on Tuesday.", "SANCTION", "CHN"),
    ("India accorded full diplomatic recognition to the Palestine Liberation Organisation.", "SUPPORT", "PSE"),
    ("Turkey will use force against Syria unless Damascus expels the rebels.", "THREATEN", "SYR"),
    ("Angola opened talks with South Africa in Brazzaville on a timetable for the pullout.", "CONSULT", "ZAF"),
    ("UNITA rebels rejected a peace plan put forward by the government in Luanda.", "REJECT", "AGO"),
    ("Jewish settlers blocked the main road between Jerusalem and Hebron on Sunday.", "PROTEST", None),
])
def test_round_fifteen_wording(text: str, kind: str, target: str | None) -> None:
    first = _sides(text)[0]
    assert first[0] == kind and (target is None or first[2] == target), _sides(text)


def test_jewish_settlers_are_israels() -> None:
    events = _events("Jewish settlers beat a Palestinian shepherd near Hebron on Saturday.")
    assert [(e.source.country, e.source.sector) for e in events][:1] == [("ISR", "CVL")]


@pytest.mark.parametrize(("text", "kind"), [
    ("India recognised the PLO on Monday, allowing its office in New Delhi to open as an embassy.", "SUPPORT"),
    ("Niger's prime minister stepped down, meeting a key demand of the unions.", "CONCEDE"),
    ("Bowing to opposition demands, the Kenyan government agreed to revise the law.", "CONCEDE"),
])
def test_a_concession_needs_a_sign_of_yielding(text: str, kind: str) -> None:
    assert _sides(text)[0][0] == kind, _sides(text)


@pytest.mark.parametrize(("text", "kind"), [
    ("Gunmen in west Beirut seized a West German businessman from his car on Tuesday.", "ASSAULT"),
    ("Police seized a West German businessman at Beirut airport on Tuesday.", "COERCE"),
])
def test_people_seized_by_gunmen_are_abducted(text: str, kind: str) -> None:
    assert _sides(text)[0][0] == kind, _sides(text)


def test_a_warning_with_a_condition_is_a_threat() -> None:
    events = coder().code(("Vice President George Bush warned on Sunday that Washington could cut off aid "
                           "to El Salvador unless the death squads were reined in."), date(1983, 12, 12))
    assert [(e.type, e.target.country if e.target else None) for e in events][:1] == [("THREATEN", "SLV")]


def test_a_forecast_stays_no_threat() -> None:
    assert _sides("Analysts warned that Iran could strike Israel unless the talks succeed.") == []


@pytest.mark.parametrize(("text", "kind", "source"), [
    ("Thousands of demonstrators poured into central London on Saturday to oppose the war.", "PROTEST", "GBR"),
    ("Tens of thousands of protesters defied a curfew in Kathmandu on Friday.", "PROTEST", "NPL"),
    ("Student protesters in Seoul defied a government appeal to go back to classes.", "REJECT", "KOR"),
    ("The protesters in Seoul rejected the government's offer of talks.", "REJECT", "KOR"),
])
def test_a_crowd_opposing_protests(text: str, kind: str, source: str) -> None:
    assert (kind, source) in [s[:2] for s in _sides(text)], _sides(text)


def test_a_chief_operating_officer_is_business() -> None:
    events = _events("BP chief operating officer Doug Suttles said the company would halt the spill.")
    assert all(e.source.sector != "COP" for e in events)


@pytest.mark.parametrize(("text", "kind", "target"), [
    ("Gunmen shot dead Senator Luis Carlos Galan, the front-runner for the presidential nomination, near Bogota.",
     "ASSAULT", "COL"),
    ("NATO warplanes struck Yugoslav army barracks and fuel depots around Pristina overnight.", "ASSAULT", "SRB"),
    ("Burundi's army has herded some 300,000 Hutu villagers into camps around Bujumbura.", "COERCE", "BDI"),
    ("Thailand's prime minister declared a state of emergency in Bangkok after overnight street battles.",
     "COERCE", "THA"),
])
def test_round_fifteen_wording_from_the_second_set(text: str, kind: str, target: str) -> None:
    first = _sides(text)[0]
    assert first[0] == kind and first[2] == target, _sides(text)


def test_a_booby_trapped_car_is_the_weapon() -> None:
    sides = _sides("A booby-trapped car exploded outside a police station in Bilbao, killing three Spanish policemen.")
    assert ("ASSAULT", "ESP", "ESP") in sides, sides


@pytest.mark.parametrize(("text", "supported"), [
    ("Peruvian troops backed by helicopters attacked Ecuadorean army outposts.", False),
    ("Rebels backed by Rwanda seized the town of Goma.", True),
])
def test_arms_backing_a_force_support_no_one(text: str, supported: bool) -> None:
    assert any(s[0] == "SUPPORT" for s in _sides(text)) is supported


def test_a_runner_in_a_race_stays_sport() -> None:
    assert _sides("The Kenyan runner beat the Ethiopian champion in the Boston marathon.") == []


@pytest.mark.parametrize(("text", "kind"), [
    ("The army stopped shelling the town on Monday.", "RETREAT"),
    ("RENAMO rebels are ready to stop attacking the Beira railway if Zimbabwean troops leave.", "AGREE"),
])
def test_attacks_stopped_are_a_ceasefire(text: str, kind: str) -> None:
    assert _sides(text)[0][0] == kind, _sides(text)


def test_a_strike_stopped_is_no_ceasefire() -> None:
    assert all(s[0] != "RETREAT" for s in _sides("Dock workers in Lagos stopped striking after the pay deal."))


def test_an_inquiry_into_a_deed_names_its_doer() -> None:
    sides = _sides("The U.N. chief ordered an inquiry on Friday into Israel's shelling of a U.N. compound.")
    assert sides[0][0] == "ACCUSE" and sides[0][2] == "ISR", sides
