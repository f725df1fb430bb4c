"""Single sentences through the real pipeline (``Coder``, ``code_text``): the resolver's rules."""

from __future__ import annotations

from datetime import date

import pytest
from real_coder import coder as _coder

from newsevents.models import Event
from newsevents.pipeline import code_text

pytestmark = pytest.mark.slow
DAY = date(2024, 3, 12)


def _code(text: str, day: date) -> list[Event]:
    return _coder().code(text, day)


def _main(text: str, kind: str) -> Event:
    events = [e for e in _code(text, DAY) if e.type == kind]
    assert events, _code(text, DAY)
    return events[0]


def test_agentless_killing_has_an_unnamed_source_and_a_resolved_target() -> None:
    event = _main("Two Kenyan soldiers were killed by a roadside bomb near the Somali border.", "ASSAULT")
    assert (event.source.text, event.source.country) == ("", None)
    assert event.target is not None and event.target.country == "KEN"


def test_promised_aid_is_agree_and_threatened_curfew_is_threaten() -> None:
    assert _main("Norway said it is ready to send aid to Chad.", "AGREE").source.country == "NOR"
    threat = _main("The Malian army will impose a curfew in Bamako.", "THREATEN")
    assert threat.source.country == "MLI" and threat.mode == "restrict"


def test_protest_without_named_target_is_aimed_at_the_place() -> None:
    event = _main("Thousands of students demonstrated in Belgrade on Monday.", "PROTEST")
    assert event.target is not None and (event.target.country, event.target.sector) == ("SRB", "GOV")


def test_country_as_actor_is_its_government() -> None:
    event = _main("Albania condemned the attack on the embassy.", "ACCUSE")
    assert (event.source.country, event.source.sector) == ("ALB", "GOV")


def test_target_named_inside_the_threatened_clause() -> None:
    event = _main("Ghana threatened to cut diplomatic ties with Togo.", "THREATEN")
    assert event.target is not None and event.target.country == "TGO"


def test_target_on_another_side_beats_the_sources_own_troops() -> None:
    events = [e for e in _code("Chad offered its troops to Niger to fight the rebels.", DAY)
              if e.type == "AGREE"]
    assert events and all(e.target is not None and e.target.country == "NER" for e in events)


def test_place_named_as_the_city_of_x() -> None:
    event = _main("Hundreds of farmers demonstrated in the northern city of Kirkuk.", "PROTEST")
    assert event.location is not None and event.location.country == "IRQ"
    assert event.target is not None and event.target.country == "IRQ"


def test_place_on_the_outskirts_of_x_is_x() -> None:
    event = _main("Gunmen kidnapped three Kenyan drivers on the outskirts of Kismayo.", "ASSAULT")
    assert event.location is not None and event.location.country == "SOM"
    assert event.source.country == "SOM"  # unnamed gunmen are of the place where they act


def test_purpose_clause_names_the_target_of_a_shooting() -> None:
    event = _main("Kenyan police opened fire to disperse Somali protesters.", "ASSAULT")
    assert event.target is not None and event.target.country == "SOM"


def test_withdrawal_from_a_country_targets_that_country_not_the_own_troops() -> None:
    event = _main("Rwanda said it is willing to withdraw its troops from Congo.", "AGREE")
    assert event.source.country == "RWA"
    assert event.target is not None and event.target.country == "COD"


def test_a_named_person_the_kb_cannot_place_is_still_the_source() -> None:
    event = _main("Ana Petrova offered to negotiate with Georgia on Monday.", "AGREE")
    assert (event.source.text, event.source.country) == ("Ana Petrova", None)
    assert event.target is not None and event.target.country == "GEO"


def test_a_common_noun_the_kb_cannot_place_is_no_source() -> None:
    assert not _code("The storm hit Japan on Monday.", DAY)


def test_sport_and_market_news_code_no_event() -> None:
    assert not _code("Brazil beat Germany by two goals to one in the final.", DAY)
    assert not _code("The bank warned of lower profits this year.", DAY)


def test_a_city_the_kb_does_not_make_an_actor_is_no_source() -> None:
    assert not _code("Liverpool attacked Arsenal on Sunday.", DAY)


def test_a_weapon_as_subject_leaves_the_attacker_unnamed() -> None:
    event = _main("A roadside bomb killed two Afghan soldiers near Kandahar.", "ASSAULT")
    assert event.source.text == "" and event.target is not None and event.target.country == "AFG"


def test_collective_noun_takes_its_sector_and_place() -> None:
    event = _main("Opposition groups in Zimbabwe are demanding that the president resign.", "REQUEST")
    assert (event.source.country, event.source.sector) == ("ZWE", "OPP")
    assert event.target is not None and (event.target.country, event.target.sector) == ("ZWE", "GOV")


def test_unnamed_attacker_is_an_unidentified_force_of_the_place() -> None:
    event = _main("Three Kenyan soldiers were killed by a roadside bomb in Mogadishu.", "ASSAULT")
    assert (event.source.text, event.source.country, event.source.sector) == ("", "SOM", "UAF")


def test_ethnic_group_is_placed_where_it_lives() -> None:
    event = _main("Ethnic Hungarians in Romania demonstrated on Sunday.", "PROTEST")
    assert event.source.country == "ROU"


def test_the_accused_comes_before_the_addressee() -> None:
    event = _main("Lebanon complained to the United Nations over two Israeli air raids.", "ACCUSE")
    assert event.target is not None and event.target.country == "ISR"


def test_a_visit_is_to_the_government_of_the_place() -> None:
    event = _main("The Iraqi president arrived in Amman on Wednesday.", "CONSULT")
    assert event.target is not None and (event.target.country, event.target.sector) == ("JOR", "GOV")


def test_a_question_asserts_no_event() -> None:
    assert not _code("Will Kenya and Ethiopia sign a peace agreement in Nairobi?", DAY)


def test_attacking_someone_for_a_policy_is_criticism() -> None:
    event = _main("France attacked Italy for its migration policy.", "ACCUSE")
    assert event.target is not None and event.target.country == "ITA"


def test_coordinated_subjects_of_a_meeting_meet_each_other() -> None:
    pairs = {(e.source.country, e.target.country if e.target else None)
             for e in _code("China and Japan exchanged views on regional security.", DAY)
             if e.type == "CONSULT"}
    assert pairs == {("CHN", "JPN"), ("JPN", "CHN")}


def test_a_countrys_artillery_is_its_military_not_a_weapon() -> None:
    event = _main("Turkish artillery shelled Kurdish positions in northern Syria.", "ASSAULT")
    assert (event.source.country, event.source.sector) == ("TUR", "MIL")


def test_expressed_concern_over_x_accuses_x() -> None:
    event = _main("Russia expressed concern over the NATO exercises.", "ACCUSE")
    assert event.target is not None and event.target.country == "NAT"


def test_pro_and_anti_modifiers_are_stances_not_nationality() -> None:
    event = _main("An anti-Syria journalist was killed in Beirut.", "ASSAULT")
    assert event.target is not None and event.target.country == "LBN"


def test_the_president_of_x_belongs_to_x() -> None:
    event = _main("Ana Petrova offered to negotiate with the president of Armenia.", "AGREE")
    assert event.target is not None and (event.target.country, event.target.sector) == ("ARM", "GOV")


@pytest.mark.parametrize(
    ("text", "kind", "target"),
    [
        ("Israeli jets struck targets in Gaza on Tuesday.", "ASSAULT", "PSE"),
        ("Turkey recalled its ambassador to Austria.", "SANCTION", "AUT"),
        ("Iraq closed its border with Syria.", "COERCE", "SYR"),
    ],
)
def test_object_decides_strike_recall_and_close(text: str, kind: str, target: str) -> None:
    event = _main(text, kind)
    assert event.target is not None and event.target.country == target


def test_striking_a_deal_is_no_attack() -> None:
    assert all(e.type != "ASSAULT" for e in _code("Greece and Turkey struck a deal on migrants.", DAY))


def test_built_in_leaders_resolve_within_their_terms() -> None:
    now = [e for e in _code("Putin offered to negotiate with Armenia.", date(2024, 3, 12))
           if e.type == "AGREE"]
    assert now and (now[0].source.country, now[0].source.sector) == ("RUS", "GOV")
    before = [e for e in _code("Putin offered to negotiate with Armenia.", date(1990, 3, 12))
              if e.type == "AGREE"]
    assert all(e.source.country is None for e in before)


def test_troops_arriving_are_a_deployment_to_the_place() -> None:
    event = _main("A contingent of Bangladeshi troops arrived in Sierra Leone on Tuesday.", "MOBILIZE")
    assert event.source.country == "BGD"
    assert event.target is not None and event.target.country == "SLE"


def test_fraction_of_a_group_acts_through_the_group() -> None:
    # with no agent named, the armed men disarmed are the side that disarms (as troops
    # "pulled back" are); the fraction still stands for the group
    event = _main("Half of the rebels in Mali have been disarmed.", "RETREAT")
    assert (event.source.country, event.source.sector) == ("MLI", "REB")


def test_code_text_and_a_batch_give_what_one_text_at_a_time_gives() -> None:
    texts = ["Germany promised on Thursday to send aid to Turkey.",
             "The storm hit Japan on Monday.",
             "Police arrested 20 protesters in Nairobi on Friday."]
    one_by_one = [_code(text, DAY) for text in texts]
    batch = list(_coder().code_many((text, DAY) for text in texts))
    assert [[(e.type, e.source, e.target, e.date) for e in evs] for evs in batch] == \
        [[(e.type, e.source, e.target, e.date) for e in evs] for evs in one_by_one]
    assert [len(evs) > 0 for evs in batch] == [True, False, True]
    assert [(e.type, e.source, e.target) for e in code_text(texts[0], DAY)] == \
        [(e.type, e.source, e.target) for e in one_by_one[0]]
