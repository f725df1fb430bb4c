"""The DuckDB store on real database files: migrations, duplicates, rejects, filters."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

import duckdb
import pytest

from newsevents.errors import StoreError
from newsevents.models import Actor, Article, Event, Location, Reject, Span
from newsevents.store import EventFilter, Store, code_version, date_period

TABLES = {"schema_version", "articles", "events", "rejects", "runs", "actor_facts", "user_actors"}


def make_article(article_id: str = "a1", day: date = date(2020, 6, 23)) -> Article:
    return Article(article_id, day, "India and China met in Delhi.", title="T", origin="x.jsonl:1")


def make_event(
    event_id: str = "e1",
    article_id: str = "a1",
    *,
    type: str = "CONSULT",
    source: str | None = "IND",
    target: str | None = "CHN",
    when: str = "2020-06-23",
    start: int = 0,
    polarity: str = "positive",
) -> Event:
    return Event(
        id=event_id,
        article_id=article_id,
        type=type,
        mode=None,
        quad=1,
        score=1.0,
        source=Actor("India", source, "GOV"),
        target=Actor("China", target, None) if target else None,
        date=when,
        date_precision="day",
        location=Location("New Delhi", "IND", 28.61, 77.21),
        polarity=polarity,  # type: ignore[arg-type]
        modality="asserted",
        claimant=Actor("Reuters", None, "MED"),
        evidence=Span("India and China met in Delhi.", start, start + 29),
        trigger=Span("met", start + 16, start + 19),
        extractor="rules-0.1",
        resolver="kb-0.1",
    )


@pytest.fixture
def db(tmp_path: Path) -> Path:
    return tmp_path / "events.duckdb"


def test_migrations_create_tables_and_version(db: Path) -> None:
    with Store.open(db) as store:
        assert TABLES <= store.tables()
        assert store.schema_version() == code_version() >= 2
        assert store.counts() == {"articles": 0, "events": 0, "rejects": 0}


def test_reopen_is_idempotent(db: Path) -> None:
    with Store.open(db) as store:
        store.add_article(make_article(), [make_event()])
    with Store.open(db) as store:
        assert store.schema_version() == code_version()
        assert store.counts() == {"articles": 1, "events": 1, "rejects": 0}
    with Store.open(db, read_only=True) as store:
        assert store.query_events(EventFilter()) == [make_event()]
    con = duckdb.connect(str(db), read_only=True)
    assert con.execute("SELECT count(*) FROM schema_version").fetchone() == (code_version(),)
    con.close()


def test_newer_schema_is_refused(db: Path) -> None:
    Store.open(db).close()
    con = duckdb.connect(str(db))
    con.execute("INSERT INTO schema_version VALUES (99, now())")
    con.close()
    for read_only in (False, True):
        with pytest.raises(StoreError) as err:
            Store.open(db, read_only=read_only)
        assert err.value.code == "NE302"
        assert "99" in err.value.message


def test_unopenable_paths(tmp_path: Path) -> None:
    with pytest.raises(StoreError) as err:
        Store.open(tmp_path / "missing" / "events.duckdb")
    assert err.value.code == "NE301" and "does not exist" in err.value.message
    with pytest.raises(StoreError) as err:
        Store.open(tmp_path)
    assert err.value.code == "NE301" and "directory" in err.value.message
    garbage = tmp_path / "notes.duckdb"
    garbage.write_text("not a database " * 100)
    with pytest.raises(StoreError) as err:
        Store.open(garbage)
    assert err.value.code == "NE301"
    with pytest.raises(StoreError) as err:
        Store.open(tmp_path / "absent.duckdb", read_only=True)
    assert err.value.code == "NE301"


def test_read_only_store_refuses_writes(db: Path) -> None:
    Store.open(db).close()
    with Store.open(db, read_only=True) as store, pytest.raises(StoreError) as err:
        store.add_article(make_article(), [])
    assert err.value.code == "NE301"


def test_duplicate_article_is_stored_once(db: Path) -> None:
    events = [make_event("e1"), make_event("e2", start=40)]
    with Store.open(db) as store:
        assert store.add_article(make_article(), events) is True
        assert store.add_article(make_article(), events) is False
        assert store.add_article(replace(make_article(), text="other"), []) is False
        assert store.counts() == {"articles": 1, "events": 2, "rejects": 0}
        assert store.existing_article_ids(["a1", "zz"]) == {"a1"}
        assert store.existing_article_ids([]) == set()


def test_batch_with_internal_duplicate(db: Path) -> None:
    with Store.open(db) as store:
        store.add_article(make_article("a0"), [])
        batch = [
            (make_article("a1"), [make_event("e1", "a1")]),
            (make_article("a2"), [make_event("e2", "a2"), make_event("e3", "a2", start=40)]),
            (make_article("a1"), [make_event("e9", "a1")]),
            (make_article("a0"), [make_event("e8", "a0")]),
        ]
        assert store.add_articles(batch) == (2, 2)
        assert store.counts() == {"articles": 3, "events": 3, "rejects": 0}
        assert {e.id for e in store.query_events(EventFilter())} == {"e1", "e2", "e3"}
        assert store.add_articles([]) == (0, 0)


def test_large_batch_round_trips_text(db: Path) -> None:
    text = 'Quotes " \\ tabs\t newlines\n unicode é \u2028 ' + "x" * 100_000
    batch = [
        (replace(make_article(f"a{i}"), text=text), [make_event(f"e{i}", f"a{i}")])
        for i in range(300)
    ]
    with Store.open(db) as store:
        assert store.add_articles(batch) == (300, 0)
        assert store.counts()["events"] == 300
        assert len(store.query_events(EventFilter(), limit=5)) == 5
    con = duckdb.connect(str(db), read_only=True)
    assert con.execute("SELECT text, n_chars FROM articles WHERE id = 'a7'").fetchone() == (
        text,
        len(text),
    )
    con.close()


def test_event_of_another_article_is_refused(db: Path) -> None:
    with Store.open(db) as store:
        with pytest.raises(ValueError):
            store.add_article(make_article("a1"), [make_event("e1", "other")])
        assert store.counts()["articles"] == 0


def test_failed_batch_writes_nothing(db: Path) -> None:
    with Store.open(db) as store:
        store.add_article(make_article("a1"), [make_event("e1", "a1")])
        with pytest.raises(duckdb.ConstraintException):
            store.add_article(make_article("a2"), [make_event("e1", "a2")])
        assert store.counts() == {"articles": 1, "events": 1, "rejects": 0}


def test_event_round_trip_with_empty_parts(db: Path) -> None:
    bare = replace(
        make_event(), target=None, location=None, claimant=None, mode="mediated", status="x"
    )
    with Store.open(db) as store:
        store.add_article(make_article(), [bare])
        assert store.query_events(EventFilter()) == [bare]


def test_rejects_round_trip(db: Path) -> None:
    rejects = [
        Reject("a.jsonl", 3, "NE105", "invalid JSON", b"\x00\xff{not json"),
        Reject("b.bin", None, "NE107", "file is binary"),
    ]
    with Store.open(db) as store:
        store.add_reject(rejects[0])
        assert store.add_rejects(rejects[1:]) == 1
        assert store.add_rejects([]) == 0
    with Store.open(db, read_only=True) as store:
        assert store.rejects() == rejects
        assert store.rejects(limit=1) == rejects[:1]
        assert store.counts()["rejects"] == 2


def test_record_run(db: Path) -> None:
    with Store.open(db) as store:
        first = store.record_run(read=3, stored=1, duplicate=1, rejected=1, command="ingest x")
        second = store.record_run(read=0, stored=0, duplicate=0, rejected=0, command="ingest y")
        assert second == first + 1


@pytest.fixture
def filled(db: Path) -> Store:
    events = [
        make_event("e1", "a1", when="2020-06-23"),
        make_event("e2", "a1", type="ACCUSE", source="CHN", target="IND", start=40),
        make_event("e3", "a2", when="2020-W30", target=None, polarity="negative"),
        make_event("e4", "a2", when="2020-07", source="USA", start=40),
        make_event("e5", "a3", when="2021", type="AID"),
        make_event("e6", "a3", when="sometime", start=40),
    ]
    store = Store.open(db)
    for article_id in ("a1", "a2", "a3"):
        store.add_article(
            make_article(article_id), [e for e in events if e.article_id == article_id]
        )
    return store


@pytest.mark.parametrize(
    ("filters", "expected"),
    [
        (EventFilter(), ["e1", "e2", "e4", "e3", "e5", "e6"]),
        (EventFilter(source="IND"), ["e1", "e3", "e5", "e6"]),
        (EventFilter(target="IND"), ["e2"]),
        (EventFilter(type="ACCUSE"), ["e2"]),
        (EventFilter(since=date(2020, 7, 1)), ["e4", "e3", "e5"]),
        (EventFilter(since=date(2020, 7, 26)), ["e4", "e3", "e5"]),
        (EventFilter(since=date(2020, 7, 27)), ["e4", "e5"]),
        (EventFilter(until=date(2020, 6, 30)), ["e1", "e2"]),
        (EventFilter(since=date(2020, 7, 25), until=date(2020, 7, 25)), ["e4", "e3"]),
        (EventFilter(article_id="a2"), ["e4", "e3"]),
        (EventFilter(polarity="negative"), ["e3"]),
        (EventFilter(source="IND", type="CONSULT", until=date(2020, 12, 31)), ["e1", "e3"]),
        (EventFilter(source="XXX"), []),
    ],
)
def test_filters(filled: Store, filters: EventFilter, expected: list[str]) -> None:
    with filled as store:
        assert [e.id for e in store.query_events(filters)] == expected


def test_limit_and_order(filled: Store) -> None:
    with filled as store:
        assert [e.id for e in store.query_events(EventFilter(), limit=2)] == ["e1", "e2"]


def test_filter_values_are_parameters(filled: Store) -> None:
    with filled as store:
        for nasty in ("IND' OR 1=1 --", "CONSULT; DROP TABLE events"):
            assert store.query_events(EventFilter(source=nasty, type=nasty, article_id=nasty)) == []
        assert "events" in store.tables()
        assert store.counts()["events"] == 6


@pytest.mark.parametrize(
    ("value", "period"),
    [
        ("2020-06-23", (date(2020, 6, 23), date(2020, 6, 23))),
        ("2020-W53", (date(2020, 12, 28), date(2021, 1, 3))),
        ("2020-02", (date(2020, 2, 1), date(2020, 2, 29))),
        ("2020", (date(2020, 1, 1), date(2020, 12, 31))),
        ("2019-W53", (None, None)),
        ("2020-13", (None, None)),
        ("soon", (None, None)),
    ],
)
def test_date_period(value: str, period: tuple[date | None, date | None]) -> None:
    assert date_period(value) == period
