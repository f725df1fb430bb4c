"""Golden tests: article in, expected events out (real spaCy model, so marked slow).

The reference article lives in ../shared/samples (skipped cleanly when absent);
the demo articles ship inside the package and always run.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from newsevents.models import Event
from newsevents.pipeline import code_text

pytestmark = pytest.mark.slow
DEMO = Path(__file__).resolve().parents[2] / "newsevents" / "demo"


def _read(path: Path) -> tuple[date, str]:
    head, day, text = path.read_text("utf-8").strip().split(maxsplit=2)
    assert head == "date"
    return date.fromisoformat(day), text


def _dyad(e: Event) -> tuple[str | None, str | None]:
    return e.source.country, e.target.country if e.target else None


def _find(events: list[Event], type_: str, pair: tuple[str, str], undirected: bool = False,
          **want: object) -> list[Event]:
    pairs = {pair, pair[::-1]} if undirected else {pair}
    found = [e for e in events if e.type == type_ and _dyad(e) in pairs]
    return [e for e in found if all(getattr(e, k) == v for k, v in want.items())]


@pytest.fixture(scope="module")
def reference(shared: Path) -> list[Event]:
    published, text = _read(shared / "samples" / "india_china_moscow_2020-06-23.txt")
    return code_text(text, published)


def test_minister_meeting_in_moscow_is_negated(reference: list[Event]) -> None:
    found = _find(reference, "CONSULT", ("IND", "CHN"), polarity="negative")
    assert any(e.location and e.location.name == "Moscow" and e.location.country == "RUS"
               for e in found), found


def test_corps_commander_meeting_dated_monday(reference: list[Event]) -> None:
    found = _find(reference, "CONSULT", ("IND", "CHN"), undirected=True, date="2020-06-22")
    assert found and found[0].date_precision == "day"
    assert {found[0].source.sector, found[0].target and found[0].target.sector} == {"MIL"}


def test_singh_met_russian_counterpart_on_tuesday(reference: list[Event]) -> None:
    assert _find(reference, "CONSULT", ("IND", "RUS"), undirected=True, date="2020-06-23",
                 date_precision="day")


def test_pla_assault_on_indian_soldiers_in_ladakh(reference: list[Event]) -> None:
    found = _find(reference, "ASSAULT", ("CHN", "IND"))
    assert found, reference
    event = found[0]
    assert (event.source.sector, event.target and event.target.sector) == ("MIL", "MIL")
    assert event.location is not None and event.location.country == "IND"
    assert event.location.name.lower() in ("ladakh", "galwan valley")


def test_india_asks_china_to_vacate_posts(reference: list[Event]) -> None:
    found = _find(reference, "REQUEST", ("IND", "CHN"))
    assert found and "vacate" in found[0].evidence.text


def test_russian_assurances(reference: list[Event]) -> None:
    assert _find(reference, "SUPPORT", ("RUS", "IND")) or _find(reference, "AGREE", ("RUS", "IND"))


def test_global_times_is_claimant_never_actor(reference: list[Event]) -> None:
    for event in reference:
        assert "Global Times" not in event.source.text
        assert event.target is None or "Global Times" not in event.target.text
    expected = [e for e in reference if e.claimant and e.claimant.text == "Global Times"]
    assert expected and all(e.type == "CONSULT" and e.modality == "future" for e in expected)
    assert expected[0].claimant is not None and expected[0].claimant.country == "CHN"


def test_evidence_offsets_point_into_the_article(shared: Path, reference: list[Event]) -> None:
    _, text = _read(shared / "samples" / "india_china_moscow_2020-06-23.txt")
    for event in reference:
        assert text[event.evidence.start : event.evidence.end] == event.evidence.text
        assert text[event.trigger.start : event.trigger.end] == event.trigger.text


@pytest.fixture(scope="module")
def demo() -> dict[str, list[Event]]:
    return {p.stem: code_text(*reversed(_read(p))) for p in sorted(DEMO.glob("*.txt"))}


@pytest.mark.parametrize(
    ("article", "type_", "pair", "want"),
    [
        ("sanctions_2022-03-01", "SANCTION", ("USA", "RUS"), {"date": "2022-02-28"}),
        ("sanctions_2022-03-01", "ACCUSE", ("CHN", "USA"), {}),
        ("protest_arrests_2020-08-20", "COERCE", ("BLR", "BLR"), {"mode": "arrest"}),
        ("protest_arrests_2020-08-20", "THREATEN", ("EEC", "BLR"), {}),
        ("aid_promise_2023-02-10", "AGREE", ("DEU", "TUR"), {"date": "2023-02-09"}),
        ("aid_promise_2023-02-10", "SUPPORT", ("TUR", "GRC"), {}),
        ("talks_denied_2022-02-01", "REQUEST", ("EEC", "IRN"), {}),
        ("border_attack_2021-05-14", "REQUEST", ("AFG", "PAK"), {}),
        ("ministers_meet_2021-03-09", "CONSULT", ("RUS", "TUR"), {"date": "2021-03-08"}),
    ],
)
def test_demo_events(demo: dict[str, list[Event]], article: str, type_: str,
                     pair: tuple[str, str | None], want: dict[str, object]) -> None:
    found = [e for e in demo[article] if e.type == type_ and _dyad(e) == pair]
    assert [e for e in found if all(getattr(e, k) == v for k, v in want.items())], demo[article]


def test_demo_protest_is_placed_in_minsk(demo: dict[str, list[Event]]) -> None:
    protests = [e for e in demo["protest_arrests_2020-08-20"] if e.type == "PROTEST"]
    assert protests and protests[0].location and protests[0].location.name == "Minsk"
    assert protests[0].source.country == "BLR" and protests[0].source.sector == "CVL"
