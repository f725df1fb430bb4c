"""Two sides named inside one phrase, on invented sentences (real parse: slow).

"Talks were held between A and B" (the phrase on the verb), "between *Malian and Nigerien*
officials", "*Malian and Nigerien* officials met", "officials *from Mali and Niger* met", "A and B
restored relations": the first side acts, the second is its partner. One side alone gives no
partner. The partner of talks walked out of is the target; a named entity the model ran over
two names ("Niger urged Nigeria") is read name by name.
"""

from __future__ import annotations

from datetime import date

import pytest
from real_coder import coder as _coder

from newsevents.models import Event

pytestmark = pytest.mark.slow

DAY = date(2014, 10, 7)


def _pair(text: str, kind: str) -> tuple[str | None, str | None]:
    events = [e for e in _coder().code(text, DAY) if e.type == kind]
    assert events, _coder().code(text, DAY)
    event: Event = events[0]
    return event.source.country, event.target.country if event.target is not None else None


@pytest.mark.parametrize("text, pair", [
    ("Talks were held between Mali and Niger in Niamey on Monday.", ("MLI", "NER")),
    ("Talks were held between Malian and Nigerien officials in Niamey on Monday.", ("MLI", "NER")),
    ("A meeting between the Peruvian and Chilean foreign ministers was held in Lima.",
     ("PER", "CHL")),
])
def test_a_meeting_between_two_sides_on_a_passive_verb(text: str, pair: tuple[str, str]) -> None:
    assert _pair(text, "CONSULT") == pair


@pytest.mark.parametrize("text, pair", [
    ("Kazakh and Kyrgyz officials discussed water sharing on Friday.", ("KAZ", "KGZ")),
    ("Senior officials from Bolivia and Paraguay held talks in Asuncion on the border.",
     ("BOL", "PRY")),
])
def test_two_sides_in_the_actors_phrase_meet_each_other(text: str, pair: tuple[str, str]) -> None:
    assert _pair(text, "CONSULT") == pair


@pytest.mark.parametrize("text, kind, pair", [
    ("Consular relations between Benin and Togo were severed in March.", "SANCTION", ("BEN", "TGO")),
    ("Full relations between Laos and Thailand were restored on Wednesday.", "SUPPORT",
     ("LAO", "THA")),
])
def test_sides_of_the_subject_of_a_passive_without_agent(text: str, kind: str,
                                                          pair: tuple[str, str]) -> None:
    """"Relations *between A and B* were severed": with no "by" phrase, A acts on B."""
    assert _pair(text, kind) == pair


def test_a_named_agent_still_acts_on_ties_between_two_sides() -> None:
    assert _pair("Negotiations between Malawi and Zambia were broken off by Lusaka.",
                 "SANCTION")[0] == "ZMB"


def test_one_side_alone_has_no_partner() -> None:
    assert _pair("Senior officials from Bolivia held talks on the border.", "CONSULT") == ("BOL", None)


def test_ties_restored_by_two_actors_are_shared() -> None:
    assert _pair("Chile and Bolivia restored full diplomatic relations on Friday.", "SUPPORT") == (
        "CHL", "BOL")


def test_the_partner_of_talks_walked_out_of_is_the_target() -> None:
    assert _pair("Eritrea walked out of border talks with Djibouti on Tuesday.", "SANCTION") == (
        "ERI", "DJI")


def test_an_entity_the_model_ran_over_two_names_is_no_name() -> None:
    events = _coder().code("Niger urged Nigeria to help finance the dam.", DAY)
    assert [(e.source.country, e.target.country if e.target else None) for e in events] == [
        ("NER", "NGA")]
