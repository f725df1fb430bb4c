"""Twenty-second-round coder rules, on invented sentences through the real model (slow).

Agency copy names a storm like a person ("*Hurricane* Ines killed ..."), the parser reads a noun
after "to" as a verb ("bowed *to pressure*"), and a doer is named as "the first X to do Y".
"""

from __future__ import annotations

from datetime import date

import pytest
from real_coder import event_types, first_event

from newsevents.models import Event

pytestmark = pytest.mark.slow

DAY = date(2004, 9, 21)


def _first(text: str, kind: str) -> Event:
    return first_event(text, kind, DAY)


def _types(text: str) -> set[str]:
    return event_types(text, DAY)


def test_a_storm_called_by_its_name_attacks_no_one() -> None:
    assert "ASSAULT" not in _types("Cyclone Orla, which flattened coastal villages in Madagascar, "
                                   "has killed at least 140 people, relief workers said.")


def test_a_named_person_still_kills() -> None:
    killing = _first("Guerrilla leader Mauricio Pena killed two soldiers in an ambush near "
                     "Florencia, the army said.", "ASSAULT")
    assert killing.target.sector == "MIL"


def test_bowing_to_pressure_read_as_a_verb_is_a_concession() -> None:
    bow = _first("Abolishing the rule that barred rival parties, Malawi's ruling party bowed on "
                 "Friday to pressure from donors, a spokesman said.", "CONCEDE")
    assert (bow.source.country, bow.source.sector) == ("MWI", "PTY")


def test_a_politician_beaten_by_police_is_assaulted() -> None:
    beating = _first("A Togolese opposition leader was taken to hospital on Sunday after being "
                     "beaten by police at a rally in Lome, his party said.", "ASSAULT")
    assert (beating.source.sector, beating.target.country) == ("COP", "TGO")


def test_a_team_beating_its_rival_is_no_assault() -> None:
    assert "ASSAULT" not in _types("Ghana beat Nigeria 2-1 in Accra on Saturday to top their "
                                   "qualifying group.")


def test_ships_bringing_relief_give_aid() -> None:
    relief = _first("Two Pakistani navy ships brought relief supplies to flooded coastal districts "
                    "of Bangladesh on Monday, officials said.", "AID")
    assert (relief.source.country, relief.target.country) == ("PAK", "BGD")


def test_the_first_state_to_recognise_does_it() -> None:
    recognition = _first("Ankara became the first capital to recognise Kazakhstan as an "
                         "independent state on Monday, officials said.", "SUPPORT")
    assert (recognition.source.country, recognition.target.country) == ("TUR", "KAZ")


def test_seeking_relief_from_a_state_asks_it() -> None:
    request = _first("Prime Minister Mehta of Nepal sought emergency food and tents from India "
                     "today to reach survivors of the floods, officials said.", "REQUEST")
    assert (request.source.country, request.target.country) == ("NPL", "IND")


def test_flooding_a_city_with_police_mobilizes_them() -> None:
    deployment = _first("Zambian authorities flooded Lusaka with paramilitary police today ahead of "
                        "a banned opposition rally, witnesses said.", "MOBILIZE")
    assert deployment.source.country == "ZMB"


def test_police_poured_onto_the_streets_are_mobilized() -> None:
    assert "MOBILIZE" in _types("Peruvian authorities poured thousands of extra police onto the "
                                "streets of Lima today ahead of a general strike.")


def test_crowds_packing_a_square_protest() -> None:
    assert "PROTEST" in _types("Tens of thousands of opposition supporters packed the main square "
                               "of Tbilisi on Sunday demanding new elections.")


def test_a_republic_is_the_state_its_of_phrase_names() -> None:
    recognition = _first("Albania became the first state to recognize the former Yugoslav "
                         "republic of Macedonia on Friday, officials said.", "SUPPORT")
    assert (recognition.target.country, recognition.target.sector) == ("MKD", "GOV")


def test_a_full_state_name_keeps_its_whole_name() -> None:
    ties = _first("Senegal restored diplomatic relations with the People's Republic of China on "
                  "Monday, officials said.", "SUPPORT")
    assert (ties.target.text, ties.target.country) == ("the People's Republic of China", "CHN")


def test_calling_off_an_occupation_is_a_concession() -> None:
    ending = _first("Striking dockers in Gdynia called off their occupation of the port today "
                    "after talks with the government.", "CONCEDE")
    assert ending.source.sector == "LAB"


def test_sending_foreign_teachers_home_if_unpaid_is_a_threat() -> None:
    threat = _first("President Bongo of Gabon said today he was prepared to send home the 500 "
                    "French teachers working in his country if Paris refused to cancel its debts.",
                    "THREATEN")
    assert (threat.mode, threat.target.country) == ("expel", "FRA")


def test_who_made_a_rebuffed_appeal_is_the_target() -> None:
    refusal = _first("Prime Minister John Major rebuffed appeals from the Irish government today "
                     "to grant early release to Irish Republican Army prisoners.", "REJECT")
    assert (refusal.target.country, refusal.target.sector) == ("IRL", "GOV")


def test_loot_returned_goes_back_to_whom_it_was_taken_from() -> None:
    returned = _first("Iraq returned tonnes of gold bullion looted from Kuwait's central bank, "
                      "handing the bars to United Nations officials today.", "RETREAT")
    assert returned.target.country == "KWT"


def test_representatives_of_two_sides_meet_each_other_not_the_venue() -> None:
    talks = _first("Representatives of the Mozambican government and of the Renamo rebel movement "
                   "resumed negotiations in the Italian capital, Rome, today, diplomats said.", "CONSULT")
    assert (talks.target.country, talks.target.sector) == ("MOZ", "REB")


def test_a_national_red_crescent_society_is_its_country() -> None:
    relief = _first("A Turkish Red Crescent cargo plane flew tents and blankets into Tbilisi today "
                    "for survivors of the earthquake.", "AID")
    assert (relief.source.country, relief.source.sector) == ("TUR", "NGO")


def test_the_international_red_cross_stays_international() -> None:
    relief = _first("The International Committee of the Red Cross delivered food to Somalia on "
                    "Monday, a spokesman said.", "AID")
    assert relief.source.country == "IRC"


def test_where_the_reporting_sources_sit_is_no_place_of_the_event() -> None:
    seizure = _first("Burmese courts have confiscated homes and shops belonging to members of a "
                     "Muslim sect in Sittwe, according to community officials in London.", "COERCE")
    assert seizure.location is None or seizure.location.country != "GBR"
    assert seizure.target is None or seizure.target.country != "GBR"


def test_a_duty_or_task_to_act_names_no_actor() -> None:
    assert "COERCE" not in _types("The home minister said it was the government's responsibility "
                                  "to apprehend the planners of the attack.")


def test_calling_off_a_protest_campaign_is_a_concession() -> None:
    assert "CONCEDE" in _types("Opposition leaders in Dhaka called off their campaign against the "
                               "government on Tuesday, the army said.")


def test_an_opening_gerund_read_as_the_subject_gives_the_verb_its_subject_back() -> None:
    talks = _first("Meeting in Vienna under the auspices of British, German and US mediators, "
                   "Georgia's foreign minister held talks with his Russian counterpart on Monday.",
                   "CONSULT")
    assert (talks.source.country, talks.target.country) == ("GEO", "RUS")


def test_a_backer_of_what_protesters_oppose_is_not_their_target() -> None:
    protest = _first("Peruvian coca growers blocked main highways for a third day on Wednesday, "
                     "demanding that the government halt a US-backed eradication campaign.", "PROTEST")
    assert protest.target is not None and protest.target.country == "PER"
