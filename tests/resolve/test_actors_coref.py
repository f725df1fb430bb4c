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


COREF_CHAINS = [
    # full name with title, then surname
    (("Chilean Interior Minister Rosa Delgado visited Lima on Monday.\n\n"
     "Delgado later accused Peru of ignoring the border accord."),
     ("ACCUSE", ("CHL", "GOV"), ("PER", "GOV"))),
    # full name with nationality and title, then "he"
    (("Nigerian army commander Musa Bello toured the northern front.\n\n"
     "He threatened to attack the rebels in Borno."),
     ("THREATEN", ("NGA", "MIL"), ("NGA", "REB"))),
    # title with country, later the same title alone
    (("The Greek foreign minister flew to Ankara on Friday.\n\n"
     "The foreign minister met Turkish officials there."),
     ("CONSULT", ("GRC", "GOV"), ("TUR", "GOV"))),
    # counterpart after an explicit meeting partner country
    (("Vietnamese Defence Minister Tran Van Hoa arrived in Manila.\n\n"
     "Tran met his Philippine counterpart on Tuesday."),
     ("CONSULT", ("VNM", "GOV"), ("PHL", "GOV"))),
    # "it" in a reported clause is the reporting country
    ("Norway said it is ready to send aid to Chad.",
     ("AGREE", ("NOR", "GOV"), ("TCD", "GOV"))),
    # first-person plural in a quotation is the speaker's side
    ('"We will send troops to Mali," French Defence Minister Claire Morel said.',
     ("MOBILIZE", ("FRA", "GOV"), ("MLI", "GOV"))),
    # the president of X
    ("Ana Petrova offered to negotiate with the president of Armenia.",
     ("AGREE", (None, None), ("ARM", "GOV"))),
    # a built-in leader within his term
    ("Putin met Erdogan in Sochi on Monday.",
     ("CONSULT", ("RUS", "GOV"), ("TUR", "GOV"))),
]


@pytest.mark.parametrize(("text", "expected"), COREF_CHAINS)
def test_coreference_chain_table(text: str, expected: tuple[str, object, object]) -> None:
    assert expected in _pairs(text, date(2021, 9, 14)), _pairs(text, date(2021, 9, 14))
