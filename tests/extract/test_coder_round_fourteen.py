"""Fourteenth-round coder rules, on invented sentences through the real model (slow).

An act that is no event itself, done "in protest at / against X" by people who are not a
state named as such, is their protest; an act that is an event keeps its own type. "In
defiance of" is found through the noun the parser hung it on. A demand the parser hung on
a preposition ("rejected on Monday *demands* by X") still names its author as the target,
as do sanctions "imposed on X". Force "never renounced" is a threat; renounced, an intent to
de-escalate. Conditional court action and strikes "with a wave of strikes ... unless" are
threats; a resignation or endorsement "giving in to" protests is a concession. New wording
families: the red carpet rolled out, police fanning out, fighters falling back, reports
checked, aid put on ice, workers shipped home, people set upon or subjected to violence,
limbs hacked off, elections shunned, protests wound up, sides sitting down for talks, a
country invited to lead a force, trade penalties slapped on someone.
"""

from __future__ import annotations

from datetime import date

import pytest
from real_coder import coder

from newsevents.models import Event

pytestmark = pytest.mark.slow

DAY = date(1999, 5, 11)


def _events(text: str) -> list[Event]:
    return coder().code(text, DAY)


def _coded(text: str, kind: str) -> list[Event]:
    return [e for e in _events(text) if e.type == kind]


@pytest.mark.parametrize(("text", "kind", "country"), [
    ("Belgian dockers brought the port of Antwerp to a standstill in protest against pension cuts.",
     "PROTEST", "BEL"),
    ("Greek Cypriot deputies stayed away from parliament in protest at the new law.", "PROTEST", "CYP"),
    ("Chile's finance minister flew into Lima on Sunday for a three-day stay.", "CONSULT", "CHL"),
    ("Hanoi rolled out the red carpet for the visiting Cambodian prime minister.", "CONSULT", "VNM"),
    ("Thousands of riot police fanned out across Dhaka before the opposition rally.", "MOBILIZE", "BGD"),
    ("Bosnian Serb fighters fell back from the hills above Sarajevo after a NATO raid.", "RETREAT", "BIH"),
    ("UN monitors were checking claims that Iraqi troops had moved into the zone.", "ACCUSE", "UNO"),
    ("China has never renounced the use of force against Taiwan.", "THREATEN", "CHN"),
    ("The rebels renounced violence at a ceremony in Bogota.", "AGREE", "COL"),
    ("Manila put on ice a loan package to Jakarta after the raid.", "SANCTION", "PHL"),
    ("Hundreds of Indonesian workers were shipped home from Sabah by Malaysian immigration police.",
     "COERCE", "MYS"),
    ("Militiamen hacked off the hands of villagers near Makeni, aid workers said.", "ASSAULT", "SLE"),
    ("Indonesian soldiers subjected hundreds of villagers near Dili to sexual violence, a rights group said.",
     "ASSAULT", "IDN"),
    (("Athens said it would haul Ankara before the International Court of Justice unless Turkey "
      "dropped its claim."), "THREATEN", "GRC"),
    ("The opposition BNP vowed to paralyse Bangladesh with a wave of strikes unless the government resigned.",
     "THREATEN", "BGD"),
    ("Norway could give up its role as mediator between Colombo and the rebels unless the fighting stops.",
     "THREATEN", "NOR"),
    ("Nigeria's main opposition parties shunned the presidential vote.", "PROTEST", "NGA"),
    ("Iraq ordered the members of the UN inspection team to leave within 48 hours.", "SANCTION", "IRQ"),
    ("Opposition parties in Belgrade wound up two months of street protests on Friday.", "CONCEDE", "SRB"),
    ("Bowing to pressure from unions, the Bolivian cabinet endorsed a smaller fuel price rise.",
     "CONCEDE", "BOL"),
    ("The Peruvian president resigned, giving in to weeks of protests.", "CONCEDE", "PER"),
    ("Government and rebel negotiators sat down for a new round of talks in Nairobi.", "CONSULT", "KEN"),
    ("East Timor invited Australia to lead a peacekeeping force.", "REQUEST", "TLS"),
    ("The European Union slapped trade penalties on Belgrade.", "SANCTION", "EEC"),
])
def test_coded_with_source(text: str, kind: str, country: str) -> None:
    assert country in [e.source.country for e in _coded(text, kind)], _events(text)


@pytest.mark.parametrize(("text", "kind", "trigger"), [
    ("Denmark recalled its ambassador in protest at the ruling.", "PROTEST", "protest"),
    ("Jordan froze all cooperation projects with Israel in protest at the killings.", "PROTEST", "protest"),
    ("The rebels renounced violence at a ceremony in Bogota.", "THREATEN", "renounced"),
    ("Kenya's finance minister resigned to allow an inquiry into the sale of a hotel.", "CONCEDE", "resigned"),
    ("The court wound up the hearing on Friday.", "ASSAULT", "wound"),
    ("Researchers were checking the data from the probe.", "ACCUSE", "checking"),
])
def test_false_friends(text: str, kind: str, trigger: str) -> None:
    """An act that is an event keeps its type; force renounced is no threat; a resignation
    in order to allow an inquiry yields to no one; "wound up" wounds no one; data checked
    is no inquiry into anyone."""
    assert not [e for e in _events(text) if e.type == kind and e.trigger.text == trigger], _events(text)


@pytest.mark.parametrize(("text", "kind", "target"), [
    ("Turkish Prime Minister Tansu Ciller rejected on Monday demands by Kurdish deputies for autonomy.",
     "REJECT", "TUR"),
    ("Washington lifted the trade curbs imposed on Hanoi in 1975.", "CONCEDE", "VNM"),
    ("China has never renounced the use of force against Taiwan.", "THREATEN", "TWN"),
    ("A Kenyan student was set upon by a gang of youths in a Moscow street.", "ASSAULT", "KEN"),
    (("Athens said it would haul Ankara before the International Court of Justice unless Turkey "
      "dropped its claim."), "THREATEN", "TUR"),
])
def test_coded_with_target(text: str, kind: str, target: str) -> None:
    assert target in [e.target.country for e in _coded(text, kind) if e.target is not None], _events(text)


def test_force_never_renounced_is_an_asserted_threat() -> None:
    threats = _coded("China has never renounced the use of force against Taiwan.", "THREATEN")
    assert threats and threats[0].polarity == "positive", threats


@pytest.mark.parametrize(("text", "kind", "target"), [
    ("Egypt voiced strong displeasure at Israel's raid on Beirut airport.", "ACCUSE", "ISR"),
    ("Belarus's president brushed aside a Constitutional Court ruling on the referendum.", "REJECT", "BLR"),
    ("Rebels attacked villages south of Algiers overnight.", "ASSAULT", "DZA"),
])
def test_owners_and_places_of_things_name_the_target(text: str, kind: str, target: str) -> None:
    """The accused of "displeasure *at* X's raid"; the court behind a ruling brushed aside;
    villages "south of Algiers" are Algeria's."""
    assert target in [e.target.country for e in _coded(text, kind) if e.target is not None], _events(text)


def test_filing_a_case_at_a_court_accuses_the_defendant_first() -> None:
    """"At the International Court of Justice" is where the case is filed, not whom it accuses."""
    cases = _coded("Nicaragua filed a case against the United States at the International Court of Justice.",
                   "ACCUSE")
    assert cases and cases[0].target is not None and cases[0].target.country == "USA", cases


@pytest.mark.parametrize(("text", "kind", "country"), [
    ("Dockers in Gdansk vowed to press on with their strike despite appeals from the Polish prime minister.",
     "REJECT", "POL"),
    ("Morocco could downgrade its ties with Algeria if Algiers keeps arming the rebels.", "THREATEN", "MAR"),
    ("Egypt and Jordan will set up a free trade zone within three years.", "AGREE", "EGY"),
    ("The World Food Programme said it would rush food rations to flood victims in Malawi.", "AGREE", "WFP"),
    ("Peru and Ecuador vowed to find a lasting solution to their border quarrel.", "AGREE", "PER"),
    ("China leapt to Sudan's defence over the sanctions.", "SUPPORT", "CHN"),
    ("The Nepalese government ended emergency rule on Tuesday.", "CONCEDE", "NPL"),
    ("The Polisario Front set free 100 Moroccan prisoners on Wednesday.", "RETREAT", "ESH"),
    ("Denmark is winding up its aid programme in Zimbabwe.", "SANCTION", "DNK"),
    ("Zimbabwean authorities took possession of the land of 150 white farmers.", "COERCE", "ZWE"),
    ("Russian jets flew more than 100 sorties over southern Chechnya overnight.", "ASSAULT", "RUS"),
    ("Iraqi aircraft showered the Kurdish town of Halabja with poison gas.", "ASSAULT", "IRQ"),
    ("A jailed Tunisian lawyer has gone 30 days without food to demand a fair trial.", "PROTEST", "TUN"),
    ("Bangladesh's main opposition parties stayed away from the parliamentary polls.", "PROTEST", "BGD"),
    ("Cairo has shelved its efforts to reconcile the rival Palestinian factions.", "SANCTION", "EGY"),
    ("Some 35,000 Turkish troops crossed into northern Iraq on Monday in pursuit of Kurdish guerrillas.",
     "ASSAULT", "TUR"),
    ("Indonesian-backed militias went on a rampage of killing and burning across East Timor.", "ASSAULT", "IDN"),
    ("Syrian militiamen forced shopkeepers in Beirut to pull down their shutters.", "COERCE", "SYR"),
])
def test_k_families_coded_with_source(text: str, kind: str, country: str) -> None:
    """Acting despite appeals rejects them; a possible act hung on another party's conduct
    ("if Algiers keeps arming") threatens it; and the dev_cameo_k wording families."""
    assert country in [e.source.country for e in _coded(text, kind)], _events(text)


@pytest.mark.parametrize(("text", "kind"), [
    ("Israel could strike Iranian nuclear sites if talks fail, analysts said.", "THREATEN"),
    ("Despite heavy rain, thousands marched in Dhaka.", "REJECT"),
    ("A fire on a crowded passenger train killed 370 people in the worst rail disaster in Egypt.", "ASSAULT"),
    ("Youths rampaged through Lagos after the match, burning vehicles.", "ASSAULT"),
])
def test_k_false_friends(text: str, kind: str) -> None:
    """A guess hung on a state of affairs threatens no one; rain is no appeal; a fire on a
    train attacks no one; a rampage by youths is a riot, not an assault."""
    assert not _coded(text, kind), _events(text)


def test_captives_handed_back_are_no_target_of_their_return() -> None:
    """A row with a particle and an object ("hand *back* &dobj=captives") still marks its
    object as what is handed back, so the side that receives them is the target."""
    events = _coded("Iraq handed back a group of Kuwaiti detainees to Kuwait on Monday.", "RETREAT")
    assert [e.target.text for e in events if e.target is not None] == ["Kuwait"], events


def test_the_expelled_stay_the_target_when_no_one_else_is_named() -> None:
    events = _coded("Afghanistan's Taliban rulers ordered foreign aid workers to leave the country.", "SANCTION")
    assert events and events[0].target is not None and events[0].target.sector == "NGO", events
