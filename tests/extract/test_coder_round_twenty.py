"""Twentieth-round coder rules, on invented sentences through the real model (slow).

Agency copy often opens with a participle clause ("Brushing aside appeals from X, Y has
refused ..."), which the model reads as the verb's subject; it describes things by what
someone did to them ("tents *donated by* Kuwait"); and it puts a weekday between a name and
its verb ("Jean Dupont Friday promised"). Coercion and attacks that name no one else are
aimed at home.
"""

from __future__ import annotations

from datetime import date

import pytest
from real_coder import coder, first_event

from newsevents.models import Event

pytestmark = pytest.mark.slow

DAY = date(1998, 3, 11)


def _events(text: str) -> list[Event]:
    return coder().code(text, DAY)


def _first(text: str, kind: str) -> Event:
    return first_event(text, kind, DAY)


def test_an_opening_participle_clause_is_not_the_subject() -> None:
    refusal = _first("Ignoring appeals from neighbouring Senegal, Gambia's junta has refused to let "
                     "Senegalese aircraft land at Banjul.", "REJECT")
    assert (refusal.source.text, refusal.source.country) == ("Gambia's junta", "GMB")
    seized = _first("Wrapping up the second phase of Operation Lion, Kenyan police and their Ugandan "
                    "counterparts said they had seized 300 rifles from cattle raiders.", "COERCE")
    assert seized.source.country == "KEN"


def test_of_two_subjects_the_one_after_an_opening_participle_phrase_acts() -> None:
    rally = _first("Waving banners denouncing Moscow's arms deliveries to Yerevan, thousands of "
                   "Georgians rallied in central Tbilisi on Sunday.", "PROTEST")
    assert rally.source.country == "GEO"


def test_what_a_thing_was_given_by_names_the_giver() -> None:
    aid = _first("Two hundred tonnes of flour donated by Kuwait were unloaded at the port of "
                 "Aden on Monday, relief officials said.", "AID")
    assert aid.source.country == "KWT"
    freed = _first("Forty Thai sailors freed by Cambodia crossed the border on Tuesday.", "RETREAT")
    assert freed.source.country == "KHM"


def test_a_report_released_by_a_body_is_no_release_and_by_telephone_is_no_doer() -> None:
    assert not [e for e in _events("A report released by the ministry in Lima on Monday said exports "
                                   "had fallen sharply.") if e.type == "RETREAT"]
    talks = _first("The prime ministers of Chile and Peru discussed by telephone on Friday the "
                   "dispute over fishing rights.", "CONSULT")
    assert talks.source.country in ("CHL", "PER")


def test_a_name_before_a_weekday_is_the_subject() -> None:
    urged = _first("Foreign Minister Alexander Downer Tuesday urged Indonesia to rein in the "
                   "militias.", "REQUEST")
    assert urged.source.country == "AUS"
    assert urged.target is not None and urged.target.country == "IDN"


@pytest.mark.parametrize(("text", "kind", "home"), [
    ("Burmese authorities confiscated the printing presses of two monasteries on Friday.", "COERCE", "MMR"),
    ("Kenyan police closed down an independent radio station on Monday.", "COERCE", "KEN"),
    ("Peruvian troops shelled the outskirts of Ayacucho overnight.", "ASSAULT", "PER"),
])
def test_coercion_or_an_attack_that_names_no_one_else_is_aimed_at_home(text: str, kind: str,
                                                                       home: str) -> None:
    event = _first(text, kind)
    assert event.target is not None and event.target.country == home


@pytest.mark.parametrize(("text", "kind", "doer"), [
    ("Kenya condemned the killing of two students by Ugandan soldiers.", "ACCUSE", "UGA"),
    ("Amnesty denounced the arrest of three journalists by Turkish police.", "ACCUSE", "TUR"),
])
def test_a_judged_deed_targets_its_doer(text: str, kind: str, doer: str) -> None:
    event = _first(text, kind)
    assert event.target is not None and event.target.country == doer


def test_divisions_moving_to_a_border_are_a_deployment() -> None:
    moved = _first("Two divisions of Syria's army have moved to within 20 km of the Jordanian border, "
                   "diplomats said.", "MOBILIZE")
    assert moved.source.country == "SYR"


def test_an_envoy_summoned_home_is_recalled_by_his_own_side_from_his_post() -> None:
    recall = _first("Chile's ambassador in La Paz was summoned home on Monday after a row over gas "
                    "exports.", "SANCTION")
    assert (recall.mode, recall.source.country) == ("withdraw", "CHL")
    assert recall.target is not None and recall.target.country == "BOL"
    talks = _first("Jordan's negotiators were called home from talks with Israel on Friday.", "SANCTION")
    assert talks.source.country == "JOR"
    assert talks.target is not None and talks.target.country == "ISR"
    rebuke = _first("The foreign ministry in Paris summoned the Iranian ambassador on Monday.", "ACCUSE")
    assert rebuke.target is not None and rebuke.target.country == "IRN"


def test_a_closure_ordered_is_coded_by_what_is_closed() -> None:
    mission = _first("Oman ordered the closure of Israel's trade mission on Sunday.", "SANCTION")
    assert mission.target is not None and mission.target.country == "ISR"
    border = _first("Syria ordered the closure of its border with Lebanon.", "COERCE")
    assert border.mode == "restrict"


def test_a_partner_the_parser_hung_on_the_object_still_makes_a_sharing() -> None:
    shared = _first("Jordan's intelligence service has been sharing interrogation reports with Iraqi "
                    "authorities investigating the bombing, a Jordanian official said.", "COOPERATE")
    assert shared.source.country == "JOR"


def test_signing_a_decree_is_no_support_but_what_the_decree_does_is_coded() -> None:
    events = _events("President Mobutu signed a decree on Monday banning all opposition newspapers.")
    assert [e.type for e in events] == ["COERCE"]
    assert events[0].source.country == "COD"
    treaty = _first("Ecuador and Peru signed a border treaty in Brasilia on Monday.", "SUPPORT")
    assert treaty.source.country in ("ECU", "PER")


def test_a_west_bank_town_in_its_other_spelling_places_the_event() -> None:
    arrest = _first("Israeli troops detained three men in Tulkarem on Wednesday.", "COERCE")
    assert arrest.location is not None and arrest.location.country == "PSE"


def test_a_demand_told_to_reporters_is_aimed_at_who_must_act_but_a_warning_at_whom_it_warns() -> None:
    demand = _first("The opposition leader told reporters that Mugabe must step down.", "REQUEST")
    assert demand.target is not None and (demand.target.text, demand.target.country) == ("Mugabe", "ZWE")
    warning = _first("Kenya's information minister warned foreign journalists they would be expelled "
                     "if they reported without accreditation.", "THREATEN")
    assert warning.target is not None and warning.target.text == "foreign journalists"


def test_an_act_promised_unless_the_other_side_yields_is_a_threat() -> None:
    threat = _first("The rebels will quit the unity government and take up arms again unless Kinshasa "
                    "hands them the defence ministry.", "THREATEN")
    assert threat.source.sector == "REB"
    offer = _events("Iran said it would resume talks unless Washington imposed new sanctions.")
    assert "THREATEN" not in {e.type for e in offer}


def test_an_opening_participle_before_a_passive_is_done_by_its_subject() -> None:
    visit = _first("Arriving in Seoul for a three-day visit, Li Peng was greeted at the airport by his "
                   "South Korean counterpart.", "CONSULT")
    assert visit.source.country == "CHN"
    assert visit.target is not None and visit.target.country == "KOR"


@pytest.mark.parametrize("text", [
    "One of the arguments deployed by the mayor of Lyon turned out to be prescient.",
    "The ingredients include a chemical permitted by the health ministry as a food additive.",
    "Niger shares a long desert border with Libya.",
])
def test_a_thing_described_by_its_doer_or_a_shared_border_is_no_event(text: str) -> None:
    assert _events(text) == []


@pytest.mark.parametrize("text", [
    "Rome demanded the release of three Italian engineers held by the rebels in Sierra Leone.",
    "The release of three Italian engineers held by Sierra Leone's rebels was demanded by Rome.",
    "Italy called for the release of three engineers kidnapped by Sierra Leone's rebels.",
])
def test_a_demand_for_a_release_is_aimed_at_whoever_holds_the_captives(text: str) -> None:
    demand = _first(text, "REQUEST")
    assert demand.target is not None and (demand.target.country, demand.target.sector) == ("SLE", "REB")


def test_an_alert_raised_after_a_provocation_targets_the_provoker() -> None:
    alert = _first("Taiwan's armed forces raised their alert status on Wednesday after China "
                   "test-fired four missiles into the sea.", "MOBILIZE")
    assert alert.target is not None and alert.target.country == "CHN"
