"""Validated queries and the JSON-lines, CSV and table output formats."""

from __future__ import annotations

import csv
import io
import json
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from newsevents.cli import main
from newsevents.errors import QueryError
from newsevents.extract.plover import event_types
from newsevents.models import Actor, Article, Event, Location, Span
from newsevents.query import (
    CSV_COLUMNS,
    event_to_dict,
    find_events,
    format_table,
    write_csv,
    write_jsonl,
)
from newsevents.store import Store

NASTY = ["IND' OR 1=1 --", "CONSULT; DROP TABLE events"]


def make_event(
    event_id: str,
    article_id: str,
    *,
    type: str = "CONSULT",
    source: str = "IND",
    target: str | None = "CHN",
    when: str = "2020-06-23",
    modality: str = "asserted",
) -> Event:
    return Event(
        id=event_id,
        article_id=article_id,
        type=type,
        mode="meet" if type == "CONSULT" else None,
        quad=1,
        score=1.0,
        source=Actor("India", source, "GOV"),
        target=Actor("China", target, "GOV") if target else None,
        date=when,
        date_precision="day",
        location=Location("New Delhi", "IND", 28.61, 77.21),
        polarity="positive",
        modality=modality,  # type: ignore[arg-type]
        claimant=Actor("the ministry", "IND", "GOV"),
        evidence=Span("India and China met.", 0, 20),
        trigger=Span("met", 16, 19),
        extractor="rules-0.1",
        resolver="kb-0.1",
    )


@pytest.fixture
def store(tmp_path: Path) -> Store:
    events = [
        make_event("e1", "a1"),
        make_event("e2", "a1", type="ACCUSE", source="CHN", target="IND", when="2020-07-02"),
        make_event("e3", "a2", type="AID", source="USA", target=None, when="2021-01-05",
                   modality="hypothetical"),
    ]
    opened = Store.open(tmp_path / "q.duckdb")
    for article_id in ("a1", "a2"):
        article = Article(article_id, date(2020, 6, 23), "India and China met.")
        opened.add_article(article, [e for e in events if e.article_id == article_id])
    return opened


def ids(events: list[Event]) -> list[str]:
    return [e.id for e in events]


def test_find_events_filters(store: Store) -> None:
    with store:
        assert ids(find_events(store)) == ["e1", "e2", "e3"]
        assert ids(find_events(store, source="ind")) == ["e1"]
        assert ids(find_events(store, target=" IND ")) == ["e2"]
        assert ids(find_events(store, type="accuse")) == ["e2"]
        assert ids(find_events(store, since="2020-07-01")) == ["e2", "e3"]
        assert ids(find_events(store, until=date(2020, 12, 31))) == ["e1", "e2"]
        assert ids(find_events(store, since="2020-06-23", until="2020-06-23")) == ["e1"]
        assert ids(find_events(store, limit=2)) == ["e1", "e2"]
        assert ids(find_events(store, limit="1")) == ["e1"]
        assert ids(find_events(store, article_id="a2", polarity="POSITIVE")) == ["e3"]
        assert find_events(store, source="FRA") == []
        assert ids(find_events(store, modality="Hypothetical")) == ["e3"]
        assert ids(find_events(store, modality="asserted")) == ["e1", "e2"]


@pytest.mark.parametrize(
    ("options", "named"),
    [
        ({"source": "XX1"}, "--source 'XX1' is not a 3-letter country code"),
        ({"source": "INDIA"}, "--source"),
        ({"source": "ınd"}, "--source"),
        ({"target": ""}, "--target"),
        ({"target": 356}, "--target"),
        ({"type": "HUG"}, "--type 'HUG' is not a PLOVER event type"),
        ({"since": "2020-13-01"}, "--since '2020-13-01'"),
        ({"since": "yesterday"}, "--since"),
        ({"until": "2020-02-30"}, "--until"),
        ({"until": "20200101"}, "--until"),
        ({"since": "2021-01-01", "until": "2020-01-01"}, "--since 2021-01-01 is after --until"),
        ({"limit": 0}, "--limit"),
        ({"limit": -5}, "--limit"),
        ({"limit": 1_000_001}, "--limit"),
        ({"limit": True}, "--limit"),
        ({"limit": "ten"}, "--limit"),
        ({"article_id": " "}, "--article"),
        ({"polarity": "neutral"}, "--polarity"),
        ({"modality": "possible"}, "--modality 'possible' is not one of asserted, future"),
    ],
)
def test_invalid_filters(store: Store, options: dict[str, object], named: str) -> None:
    with store, pytest.raises(QueryError) as err:
        find_events(store, **options)  # type: ignore[arg-type]
    assert err.value.code == "NE401"
    assert named in err.value.message


def test_every_type_is_accepted(store: Store) -> None:
    with store:
        assert len(event_types()) == 16
        for name in event_types():
            find_events(store, type=name.lower())


@pytest.mark.parametrize("option", ["source", "target", "type", "since", "until", "limit"])
@pytest.mark.parametrize("nasty", NASTY)
def test_injection_is_refused(store: Store, option: str, nasty: str) -> None:
    with store:
        with pytest.raises(QueryError) as err:
            find_events(store, **{option: nasty})  # type: ignore[arg-type]
        assert err.value.code == "NE401"
        assert "events" in store.tables()
        assert store.counts()["events"] == 3


def test_injection_in_free_text_filter_is_a_parameter(store: Store) -> None:
    with store:
        for nasty in NASTY:
            assert find_events(store, article_id=nasty) == []
        assert store.counts()["events"] == 3


CONTRACT_KEYS = [
    "id", "article_id", "type", "mode", "quad", "score", "source", "target", "date",
    "date_precision", "location", "polarity", "modality", "claimant", "status", "event_id",
    "n_mentions", "n_articles", "n_sources", "evidence", "extractor", "resolver",
]  # fmt: skip


def test_jsonl_contract() -> None:
    event = make_event("e1", "a1")
    out = io.StringIO()
    assert write_jsonl([event, replace(event, id="e2")], out) == 2
    lines = out.getvalue().splitlines()
    record = json.loads(lines[0])
    assert list(record) == CONTRACT_KEYS
    assert list(event_to_dict(event)) == CONTRACT_KEYS
    assert record["source"] == {"text": "India", "country": "IND", "sector": "GOV"}
    assert list(record["location"]) == ["name", "country", "lat", "lon"]
    assert record["evidence"] == {"sentence": "India and China met.", "start": 0, "end": 20}
    assert record["quad"] == 1 and record["score"] == 1.0


def test_jsonl_nulls_and_unicode() -> None:
    event = replace(
        make_event("e1", "a1"),
        target=None,
        location=None,
        claimant=None,
        evidence=Span("Zürich — talks", 0, 14),
    )
    out = io.StringIO()
    write_jsonl([event], out)
    assert "Zürich —" in out.getvalue()
    record = json.loads(out.getvalue())
    assert record["target"] is None and record["location"] is None and record["claimant"] is None


def test_csv_header_and_rows() -> None:
    out = io.StringIO(newline="")
    events = [make_event("e1", "a1"), make_event("e2", "a1", target=None)]
    assert write_csv(events, out) == 2
    rows = list(csv.reader(io.StringIO(out.getvalue())))
    assert tuple(rows[0]) == CSV_COLUMNS
    assert rows[0][:4] == ["id", "article_id", "date", "date_precision"]
    first = dict(zip(rows[0], rows[1], strict=True))
    assert first["source_country"] == "IND" and first["target_text"] == "China"
    assert first["location_name"] == "New Delhi" and first["claimant_text"] == "the ministry"
    second = dict(zip(rows[0], rows[2], strict=True))
    assert second["target_text"] == "" and second["target_country"] == ""


def test_format_table() -> None:
    long_name = replace(make_event("e1", "a1"), source=Actor("The " + "very " * 40 + "long"))
    table = format_table([make_event("e1", "a1"), long_name])
    lines = table.splitlines()
    assert len(lines) == 4
    assert lines[0].split()[:3] == ["date", "type", "mode"]
    assert all(len(line) <= 160 for line in lines)
    assert "IND/GOV India" in lines[2] and "CHN/GOV China" in lines[2]
    assert "positive/asserted" in lines[2] and "New Delhi (IND)" in lines[2]
    assert "..." in lines[3]


def test_format_table_empty() -> None:
    assert format_table([]) == "no events"


# Every filter of every reading command, given injection strings through the real CLI.
INJECTIONS = [*NASTY, "x' UNION SELECT text FROM articles --", "IND\x00", "1; DELETE FROM articles",
              "%' OR '%'='", "😀" * 3, "A" * 5000]
CLI_FILTERS = {
    "events": ["--source", "--target", "--type", "--since", "--until", "--status", "--polarity",
               "--modality", "--limit"],
    "claims": ["--status", "--source", "--target", "--type", "--since", "--until", "--limit"],
    "timeline IND CHN": ["--by", "--since", "--until", "--top"],
    "timeline": ["a", "b"],
    "rejects": ["--limit"],
    "actors": ["--name"],
}  # fmt: skip
NO_ACTORS = "no actors"
CLI_CASES = [(cmd, opt, nasty) for cmd, opts in CLI_FILTERS.items() for opt in opts
             for nasty in INJECTIONS]


@pytest.fixture
def db_file(store: Store) -> Path:
    path = Path(store.label)
    store.close()
    return path


def _cli_args(command: str, option: str, value: str, db: Path) -> list[str]:
    words = command.split()
    if option in ("a", "b"):  # the timeline's country arguments
        pair = [value, "CHN"] if option == "a" else ["IND", value]
        return [*words, *pair, "--db", str(db), "--wait", "0"]
    return [*words, "--db", str(db), "--wait", "0", option, value]


@pytest.mark.parametrize(("command", "option", "nasty"), CLI_CASES)
def test_cli_injection_in_every_filter(db_file: Path, command: str, option: str, nasty: str,
                                       capsys: pytest.CaptureFixture[str]) -> None:
    try:
        code = main(_cli_args(command, option, nasty, db_file))
    except SystemExit as stop:  # argparse refuses a non-number for an integer option
        code = int(stop.code or 0)
    out, err = capsys.readouterr()
    assert "Traceback" not in err
    if option == "--name":  # free text: bound as a parameter, matches nothing
        assert code == 0 and NO_ACTORS in out, out
    else:
        assert code == 2, (out, err)
        assert "NE4" in err or "invalid" in err, err
    with Store.open(db_file, read_only=True) as after:
        assert after.counts() == {"articles": 2, "events": 3, "rejects": 0}
        assert after.check().healthy
