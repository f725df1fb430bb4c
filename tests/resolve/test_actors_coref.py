"""In-article actor resolution on invented articles (real parse: slow)."""

from __future__ import annotations

from datetime import date

import pytest

from newsevents.pipeline import code_text

pytestmark = pytest.mark.slow


def _pairs(text: str, published: date = date(2021, 9, 14)) -> set[tuple[str, object, object]]:
    return {
        (e.type, (e.source.country, e.source.sector),
         (e.target.country, e.target.sector) if e.target else None)
        for e in code_text(text, published)
    }


def test_short_name_inherits_first_full_mention() -> None:
    text = ("Brazilian Foreign Minister Carlos Franca arrived in Lima on Monday.\n\n"
            "Franca met Peruvian officials on Tuesday.")
    assert ("CONSULT", ("BRA", "GOV"), ("PER", "GOV")) in _pairs(text)


def test_pronoun_and_counterpart_take_the_other_side_same_office() -> None:
    text = ("Kenyan army chief General Robert Kibochi visited troops near the border.\n\n"
            "He later met his Ugandan counterpart in Kampala.")
    assert ("CONSULT", ("KEN", "MIL"), ("UGA", "MIL")) in _pairs(text)


def test_capital_as_metonym_but_city_as_place() -> None:
    found = code_text("Tokyo criticised Beijing over new patrols near the islands.", date(2021, 1, 5))
    accuse = [e for e in found if e.type == "ACCUSE"]
    assert accuse and (accuse[0].source.country, accuse[0].target.country) == ("JPN", "CHN")
    assert accuse[0].source.sector == "GOV"


def test_first_person_in_quotation_is_the_speaker() -> None:
    text = ('"We will send aid to Malawi next week," Irish Prime Minister Micheal Martin said.')
    events = code_text(text, date(2021, 3, 2))
    aid = [e for e in events if e.type in ("AID", "AGREE")]
    assert aid and aid[0].source.country == "IRL"
    assert aid[0].claimant is not None and aid[0].claimant.country == "IRL"


def test_city_is_never_an_actor() -> None:
    events = code_text("Protesters rallied in Christchurch on Saturday.", date(2019, 3, 18))
    protest = [e for e in events if e.type == "PROTEST"]
    assert protest and protest[0].location and protest[0].location.country == "NZL"
    assert all(e.source.text != "Christchurch" for e in events)
