"""Twenty-first-round coder rules, on invented sentences through the real model (slow).

Agency copy hangs a doer on the wrong word ("the expulsion of three diplomats *by Cairo*",
"gunbattles near Gitega *between the army and rebels*"), tells a beating in a clause with no
subject ("died after *being beaten* by police"), and tells aid by the craft that carried it
("planes *loaded with* tents landed in X").
"""

from __future__ import annotations

from datetime import date

import pytest
from real_coder import coder, first_event

from newsevents.models import Event

pytestmark = pytest.mark.slow

DAY = date(2003, 5, 14)


def _events(text: str) -> list[Event]:
    return coder().code(text, DAY)


def _first(text: str, kind: str) -> Event:
    return first_event(text, kind, DAY)


def _types(text: str) -> set[str]:
    return {e.type for e in _events(text)}


def test_a_doer_hung_on_the_object_of_an_event_noun_does_it() -> None:
    expulsion = _first("The expulsion of three Sudanese diplomats by Cairo was the second such step "
                       "this year, officials said.", "SANCTION")
    assert (expulsion.source.country, expulsion.target.country) == ("EGY", "SDN")


def test_a_stray_between_after_a_fight_names_its_sides() -> None:
    fight = _first("At least ten people died in overnight gunbattles on the hills above Gitega "
                   "between soldiers and fighters of a rebel militia, a spokesman said.", "ASSAULT")
    assert {fight.source.sector, fight.target.sector} == {"MIL", "REB"}


def test_a_border_between_two_states_names_no_sides() -> None:
    events = [e for e in _events("Shelling resumed on Sunday near the border between Eritrea and "
                                 "Ethiopia, residents said.") if e.type == "ASSAULT"]
    assert not any(e.source is not None and e.source.country == "ERI" for e in events)


def test_who_was_beaten_in_a_clause_with_no_subject_is_the_main_subject() -> None:
    beating = _first("A Kenyan reporter died in hospital on Friday after being beaten by police in "
                     "Nairobi, his editor said.", "ASSAULT")
    assert (beating.source.sector, beating.target.country, beating.target.sector) == ("COP", "KEN", "MED")


def test_members_of_a_named_group_act() -> None:
    assert "PROTEST" in _types("Hundreds of members of the Awami League chanted slogans outside the "
                               "election commission in Dhaka on Monday.")


def test_the_deed_of_a_handed_over_suspect_is_not_the_handers() -> None:
    events = _events("Police handed over the suspected mastermind of the embassy bombing to "
                     "American investigators on Sunday.")
    assert "ASSAULT" not in {e.type for e in events if e.source is not None and e.source.sector == "COP"}
    assert "COOPERATE" in {e.type for e in events}


@pytest.mark.parametrize(("text", "kind"), [
    ("Some 600 fighters of the Karen militia laid down their rifles at a ceremony on Sunday.", "RETREAT"),
    ("Thai police handed video recordings of the attack to Malaysian investigators on Monday.", "COOPERATE"),
    ("The junta forced the country's last independent radio station off the air on Friday.", "COERCE"),
    ("The president ordered soldiers to take over the Spanish-owned oil refinery on Tuesday.", "COERCE"),
    ("Eritrea turned away a Yemeni ship carrying relief supplies on Monday.", "REJECT"),
    ("Fiji's army commander suspended the constitution on Saturday.", "COERCE"),
    ("Thousands of riot police poured into Lhasa on Wednesday.", "MOBILIZE"),
    ("The rebel leader vowed to hunt down government officials in the province.", "THREATEN"),
    ("Danish fishermen blocked the entrance to the port of Esbjerg with their trawlers.", "PROTEST"),
    ("Hungary sealed its southern border to goods bound for Serbia on Monday.", "COERCE"),
    ("Vietnam thinned out its troops along the Chinese border on Friday.", "RETREAT"),
    ("Chile's president called his Bolivian counterpart on Monday to discuss the gas dispute.", "CONSULT"),
    ("Jakarta's foreign minister spoke up for the Burmese junta at the summit on Friday.", "SUPPORT"),
    ("Kenyan police gave Ugandan investigators files on the bombing suspects on Monday.", "COOPERATE"),
    ("A call-up of reservists under 35 was announced by Armenia's defence ministry on Sunday.", "MOBILIZE"),
    ("Baku let Turkish troops land at the airport on Monday.", "RETREAT"),
    ("Kenya's information ministry revoked the accreditation of a Reuters correspondent.", "COERCE"),
])
def test_new_rows(text: str, kind: str) -> None:
    assert kind in _types(text)


def test_a_craft_carrying_relief_brings_aid_where_it_lands() -> None:
    aid = _first("Greek air force planes loaded with blankets and tents landed in Ankara on "
                 "Wednesday.", "AID")
    assert (aid.source.country, aid.target.country) == ("GRC", "TUR")
    sent = _first("A convoy of trucks carrying medicine sent by the Jordanian army reached "
                  "the Iraqi border town of Ruwaished on Sunday.", "AID")
    assert (sent.source.country, sent.target.country) == ("JOR", "IRQ")


def test_people_carrying_food_give_no_aid() -> None:
    assert "AID" not in _types("Villagers carrying food and blankets fled the fighting on Monday.")


def test_an_act_done_under_pressure_is_a_concession() -> None:
    yielded = _first("Under pressure from Brussels to protect its minorities, Latvia's parliament "
                     "passed a new citizenship law on Thursday, officials said.", "CONCEDE")
    assert yielded.source.country == "LVA"
    assert "CONCEDE" not in _types("Under pressure from Riyadh, Bahrain ordered the closure of "
                                   "the Iranian trade mission in Manama.")
    assert "CONCEDE" not in _types("Under pressure from his party, the minister said on Monday "
                                   "that the plan was sound.")


def test_a_curfew_imposed_on_a_town_by_no_one_named_is_laid_on_its_country() -> None:
    curfew = _first("A curfew was imposed in Srinagar on Friday after two days of riots.", "COERCE")
    assert curfew.target.country == "IND"


def test_patrols_held_with_another_navy_are_cooperation() -> None:
    patrols = _first("Thailand's navy began coordinated patrols of the Andaman Sea with the Burmese "
                     "navy on Monday.", "COOPERATE")
    assert (patrols.source.country, patrols.target.country) == ("THA", "MMR")


def test_a_ship_handed_over_is_aid_and_a_lower_case_word_is_no_place() -> None:
    aid = _first("Tokyo handed over a refurbished coast guard cutter to the Indonesian navy on "
                 "Friday.", "AID")
    assert aid.target.country == "IDN"
    assert aid.location is None


def test_a_state_is_prepared_to_act_not_prepared_by_someone() -> None:
    offer = _first("Peru is prepared in principle to accept an Ecuadorean proposal on the shared "
                   "use of the river, the foreign ministry said.", "AGREE")
    assert offer.source.country == "PER"


def test_donor_nations_act_though_they_name_no_state() -> None:
    cut = _first("A group of donor nations suspended new economic assistance to Malawi on "
                 "Tuesday.", "SANCTION")
    assert (cut.source.sector, cut.target.country) == ("GOV", "MWI")


def test_rebels_surrendering_to_their_own_state_target_it() -> None:
    surrender = _first("About 300 fighters of the Karen National Union surrendered to Burmese troops "
                       "near the Thai border on Friday.", "RETREAT")
    assert surrender.target.country == "MMR"


def test_troops_sent_to_face_another_side_are_aimed_at_it() -> None:
    sent = _first("Hundreds of Eritrean soldiers were rushed to the disputed town on Thursday to "
                  "face Ethiopian troops.", "MOBILIZE")
    assert sent.target.country == "ETH"


def test_aid_given_by_someone_goes_where_it_was_unloaded() -> None:
    aid = _first("Thirty tonnes of tents donated by Doha were unloaded at Kabul airport on Monday.", "AID")
    assert (aid.source.country, aid.target.country) == ("QAT", "AFG")
    first = _first("The first of eight helicopters donated by Tokyo were handed over to the "
                   "Philippine air force on Friday.", "AID")
    assert (first.source.country, first.target.country) == ("JPN", "PHL")


def test_telling_reporters_travelling_with_someone_asks_nothing() -> None:
    types = _types("The president said Washington would begin easing sanctions on Libya, White House "
                   "officials told reporters travelling with him in Texas.")
    assert "REQUEST" not in types
    assert "REQUEST" in _types("The minister told the rebels to lay down their arms.")
