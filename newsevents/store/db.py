"""The embedded DuckDB store: articles, events, rejects and ingest runs.

All SQL of the package lives in ``newsevents.store``; values are always bound
as parameters, never formatted into statements.
"""

from __future__ import annotations

import calendar
import json
import re
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from tempfile import TemporaryDirectory
from types import TracebackType
from typing import Any, Self, cast

import duckdb

from newsevents.errors import StoreError
from newsevents.models import (
    Actor,
    Article,
    Event,
    Location,
    Modality,
    Polarity,
    Precision,
    Reject,
    Span,
)
from newsevents.store.filters import EventFilter
from newsevents.store.migrate import check_version, current_version, migrate

MEMORY = ":memory:"
"""Path that opens a private in-memory database."""

_ARTICLE_COLUMNS: dict[str, str] = {
    "id": "VARCHAR", "date": "DATE", "title": "VARCHAR", "source": "VARCHAR",
    "url": "VARCHAR", "origin": "VARCHAR", "text": "VARCHAR", "n_chars": "INTEGER",
    "ingested_at": "TIMESTAMP",
}  # fmt: skip

_EVENT_COLUMNS: dict[str, str] = {
    "id": "VARCHAR", "article_id": "VARCHAR", "type": "VARCHAR", "mode": "VARCHAR",
    "quad": "INTEGER", "score": "DOUBLE",
    "source_text": "VARCHAR", "source_country": "VARCHAR", "source_sector": "VARCHAR",
    "target_text": "VARCHAR", "target_country": "VARCHAR", "target_sector": "VARCHAR",
    "date": "VARCHAR", "date_precision": "VARCHAR", "date_start": "DATE", "date_end": "DATE",
    "location_name": "VARCHAR", "location_country": "VARCHAR",
    "location_lat": "DOUBLE", "location_lon": "DOUBLE",
    "polarity": "VARCHAR", "modality": "VARCHAR",
    "claimant_text": "VARCHAR", "claimant_country": "VARCHAR", "claimant_sector": "VARCHAR",
    "status": "VARCHAR", "evidence_sentence": "VARCHAR",
    "evidence_start": "INTEGER", "evidence_end": "INTEGER",
    "trigger_text": "VARCHAR", "trigger_start": "INTEGER", "trigger_end": "INTEGER",
    "extractor": "VARCHAR", "resolver": "VARCHAR", "created_at": "TIMESTAMP",
}  # fmt: skip

_REJECT_COLUMNS = ("origin", "line", "code", "reason", "raw", "rejected_at")

_RUN_COLUMNS = (
    "started_at", "finished_at", "read", "stored", "duplicate", "rejected", "command",
)  # fmt: skip

_JSON_OBJECT_MIN = 16 * 1024 * 1024
"""Smallest ``maximum_object_size`` passed to ``read_json`` (DuckDB's default)."""


def _insert(table: str, columns: Sequence[str]) -> str:
    marks = ", ".join("?" for _ in columns)
    return f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({marks})"


def _bulk_insert(table: str, columns: dict[str, str]) -> str:
    """Return an INSERT that reads typed rows from a JSON-lines file (parameters: path, size)."""
    names = ", ".join(columns)
    spec = ", ".join(f"'{name}': '{sql_type}'" for name, sql_type in columns.items())
    return (
        f"INSERT INTO {table} ({names}) SELECT {names} FROM read_json(?, "
        f"format = 'newline_delimited', maximum_object_size = ?, columns = {{{spec}}})"
    )


_INSERT_ARTICLES = _bulk_insert("articles", _ARTICLE_COLUMNS)
_INSERT_EVENTS = _bulk_insert("events", _EVENT_COLUMNS)
_INSERT_REJECT = _insert("rejects", _REJECT_COLUMNS)
_INSERT_RUN = _insert("runs", _RUN_COLUMNS) + " RETURNING id"
_SELECT_EVENTS = f"SELECT {', '.join(_EVENT_COLUMNS)} FROM events"
_ORDER_EVENTS = " ORDER BY date_start NULLS LAST, date, article_id, evidence_start, id"
_SELECT_REJECTS = "SELECT origin, line, code, reason, raw FROM rejects ORDER BY id"
_EXISTING_IDS = "SELECT id FROM articles WHERE id IN (SELECT unnest(?::VARCHAR[]))"
_COUNTS = (
    "SELECT (SELECT count(*) FROM articles), (SELECT count(*) FROM events), "
    "(SELECT count(*) FROM rejects)"
)
_TABLES = "SELECT table_name FROM duckdb_tables() WHERE schema_name = 'main'"

# Each filter field maps to one fixed SQL condition with one parameter.
_CONDITIONS: dict[str, str] = {
    "source": "source_country = ?",
    "target": "target_country = ?",
    "type": "type = ?",
    "since": "date_end >= ?",
    "until": "date_start <= ?",
    "article_id": "article_id = ?",
    "polarity": "polarity = ?",
}

_WEEK = re.compile(r"(\d{4})-W(\d{2})")
_MONTH = re.compile(r"(\d{4})-(\d{2})")
_YEAR = re.compile(r"\d{4}")


def _json_default(value: object) -> str:
    if isinstance(value, date):  # datetime is a date too
        return value.isoformat()
    raise TypeError(f"cannot store {type(value).__name__} value {value!r}")


def _load_rows(
    con: duckdb.DuckDBPyConnection,
    sql: str,
    path: Path,
    columns: dict[str, str],
    rows: Sequence[tuple[Any, ...]],
) -> None:
    """Write ``rows`` as JSON lines to ``path`` and insert them with one ``sql`` statement."""
    longest = 0
    with path.open("w", encoding="utf-8", newline="\n") as out:
        for row in rows:
            record = dict(zip(columns, row, strict=True))
            line = json.dumps(record, ensure_ascii=False, allow_nan=False, default=_json_default)
            longest = max(longest, len(line.encode("utf-8")))
            out.write(line + "\n")
    result = con.execute(sql, [str(path), max(_JSON_OBJECT_MIN, longest + 1)]).fetchone()
    if result is None or result[0] != len(rows):
        raise StoreError("NE301", f"inserted {result} rows into the store instead of {len(rows)}")


def _utc_now() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


def date_period(value: str) -> tuple[date | None, date | None]:
    """Return the first and last day of an event date (day, ISO week, month or year).

    ``2020-06-23`` gives one day, ``2020-W26`` its Monday..Sunday, ``2020-06``
    the month and ``2020`` the year; anything else gives ``(None, None)``.
    """
    try:
        if week := _WEEK.fullmatch(value):
            start = date.fromisocalendar(int(week.group(1)), int(week.group(2)), 1)
            return start, start + timedelta(days=6)
        if month := _MONTH.fullmatch(value):
            year, number = int(month.group(1)), int(month.group(2))
            last = calendar.monthrange(year, number)[1]
            return date(year, number, 1), date(year, number, last)
        if _YEAR.fullmatch(value):
            return date(int(value), 1, 1), date(int(value), 12, 31)
        day = date.fromisoformat(value)
    except ValueError:
        return None, None
    return day, day


def _article_row(article: Article, now: datetime) -> tuple[Any, ...]:
    return (
        article.id, article.date, article.title, article.source, article.url,
        article.origin, article.text, len(article.text), now,
    )  # fmt: skip


def _actor_fields(actor: Actor | None) -> tuple[str | None, str | None, str | None]:
    if actor is None:
        return None, None, None
    return actor.text, actor.country, actor.sector


def _event_row(event: Event, now: datetime) -> tuple[Any, ...]:
    loc = event.location
    start, end = date_period(event.date)
    return (
        event.id, event.article_id, event.type, event.mode, event.quad, event.score,
        *_actor_fields(event.source),
        *_actor_fields(event.target),
        event.date, event.date_precision, start, end,
        loc.name if loc else None, loc.country if loc else None,
        loc.lat if loc else None, loc.lon if loc else None,
        event.polarity, event.modality,
        *_actor_fields(event.claimant),
        event.status, event.evidence.text, event.evidence.start, event.evidence.end,
        event.trigger.text, event.trigger.start, event.trigger.end,
        event.extractor, event.resolver, now,
    )  # fmt: skip


def _actor(text: str | None, country: str | None, sector: str | None) -> Actor | None:
    return None if text is None else Actor(text, country, sector)


def _row_event(row: tuple[Any, ...]) -> Event:
    r = dict(zip(_EVENT_COLUMNS, row, strict=True))
    source = _actor(r["source_text"], r["source_country"], r["source_sector"])
    location = None
    if r["location_name"] is not None:
        location = Location(
            r["location_name"], r["location_country"], r["location_lat"], r["location_lon"]
        )
    return Event(
        id=r["id"],
        article_id=r["article_id"],
        type=r["type"],
        mode=r["mode"],
        quad=r["quad"],
        score=r["score"],
        source=source if source is not None else Actor(""),
        target=_actor(r["target_text"], r["target_country"], r["target_sector"]),
        date=r["date"],
        date_precision=cast(Precision, r["date_precision"]),
        location=location,
        polarity=cast(Polarity, r["polarity"]),
        modality=cast(Modality, r["modality"]),
        claimant=_actor(r["claimant_text"], r["claimant_country"], r["claimant_sector"]),
        evidence=Span(r["evidence_sentence"], r["evidence_start"], r["evidence_end"]),
        trigger=Span(r["trigger_text"], r["trigger_start"], r["trigger_end"]),
        extractor=r["extractor"],
        resolver=r["resolver"],
        status=r["status"],
    )


def _open_hint(path: Path) -> str:
    if path.is_dir():
        return f"{path} is a directory; pass a file path such as {path / 'events.duckdb'}"
    if not path.parent.is_dir():
        return f"folder {path.parent} does not exist; create it or choose another --db path"
    return (
        "check that it is a DuckDB file, that you may read and write it, "
        "and that no other newsevents process holds it open"
    )


def _connect(path: str | Path, read_only: bool) -> tuple[duckdb.DuckDBPyConnection, str]:
    if str(path) == MEMORY:
        if read_only:
            raise StoreError("NE301", "an in-memory database cannot be opened read-only")
        return duckdb.connect(MEMORY), MEMORY
    file = Path(path).expanduser()
    if read_only and not file.exists():
        raise StoreError(
            "NE301", f"database {file} does not exist; run `newsevents ingest` to create it"
        )
    try:
        return duckdb.connect(str(file), read_only=read_only), str(file)
    except duckdb.Error as err:
        raise StoreError(
            "NE301", f"cannot open database {file}: {err}; {_open_hint(file)}"
        ) from err


class Store:
    """A connection to one newsevents database; use ``Store.open`` to get one."""

    def __init__(self, con: duckdb.DuckDBPyConnection, label: str, read_only: bool) -> None:
        self._con = con
        self.label = label
        self.read_only = read_only

    @classmethod
    def open(cls, path: str | Path, read_only: bool = False) -> Store:
        """Open (and create and migrate, unless read-only) the database at ``path``.

        Raises:
            StoreError: NE301 if the file cannot be opened or migrated; NE302 if
                its schema is newer than this code.
        """
        con, label = _connect(path, read_only)
        try:
            if read_only:
                check_version(con, label, read_only=True)
            else:
                migrate(con, label)
        except (StoreError, duckdb.Error) as err:
            con.close()
            if isinstance(err, StoreError):
                raise
            raise StoreError("NE301", f"cannot read database {label}: {err}") from err
        return cls(con, label, read_only)

    def close(self) -> None:
        """Close the connection; the store cannot be used afterwards."""
        self._con.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    @contextmanager
    def _transaction(self) -> Iterator[duckdb.DuckDBPyConnection]:
        if self.read_only:
            raise StoreError("NE301", f"database {self.label} was opened read-only")
        self._con.begin()
        try:
            yield self._con
        except BaseException:
            self._con.rollback()
            raise
        self._con.commit()

    def schema_version(self) -> int:
        """Return the schema version of the open database."""
        return current_version(self._con)

    def tables(self) -> set[str]:
        """Return the names of the tables in the database."""
        return {row[0] for row in self._con.execute(_TABLES).fetchall()}

    def existing_article_ids(self, ids: Sequence[str]) -> set[str]:
        """Return the subset of ``ids`` already stored as articles."""
        if not ids:
            return set()
        rows = self._con.execute(_EXISTING_IDS, [list(ids)]).fetchall()
        return {row[0] for row in rows}

    def add_article(self, article: Article, events: Sequence[Event]) -> bool:
        """Store an article and its events in one transaction.

        Returns:
            False, writing nothing, when the article id is already stored.
        """
        stored, _ = self.add_articles([(article, events)])
        return stored == 1

    def add_articles(self, batch: Sequence[tuple[Article, Sequence[Event]]]) -> tuple[int, int]:
        """Store a batch of articles with their events in one transaction.

        An article whose id is already stored, or repeats an earlier one of the
        batch, is skipped with its events. Events repeating an id of the batch
        are stored once.

        Returns:
            ``(stored, duplicate)`` article counts.

        Raises:
            ValueError: an event's ``article_id`` is not its article's id.
        """
        for article, events in batch:
            for event in events:
                if event.article_id != article.id:
                    raise ValueError(
                        f"event {event.id} has article_id {event.article_id!r}, not {article.id!r}"
                    )
        now = _utc_now()
        with TemporaryDirectory(prefix="newsevents-") as folder, self._transaction() as con:
            seen = self.existing_article_ids([article.id for article, _ in batch])
            article_rows: list[tuple[Any, ...]] = []
            event_rows: dict[str, tuple[Any, ...]] = {}
            for article, events in batch:
                if article.id in seen:
                    continue
                seen.add(article.id)
                article_rows.append(_article_row(article, now))
                for event in events:
                    event_rows.setdefault(event.id, _event_row(event, now))
            if article_rows:
                path = Path(folder, "articles.jsonl")
                _load_rows(con, _INSERT_ARTICLES, path, _ARTICLE_COLUMNS, article_rows)
            if event_rows:
                path = Path(folder, "events.jsonl")
                _load_rows(con, _INSERT_EVENTS, path, _EVENT_COLUMNS, list(event_rows.values()))
        return len(article_rows), len(batch) - len(article_rows)

    def add_reject(self, reject: Reject) -> None:
        """Store one rejected input record."""
        self.add_rejects([reject])

    def add_rejects(self, batch: Sequence[Reject]) -> int:
        """Store rejected input records in one transaction; return how many."""
        if not batch:
            return 0
        now = _utc_now()
        rows = [(r.origin, r.line, r.code, r.reason, bytes(r.raw), now) for r in batch]
        with self._transaction() as con:
            con.executemany(_INSERT_REJECT, rows)
        return len(rows)

    def record_run(
        self,
        *,
        read: int,
        stored: int,
        duplicate: int,
        rejected: int,
        command: str,
        started_at: datetime | None = None,
        finished_at: datetime | None = None,
    ) -> int:
        """Store the summary of one ingest run; return its id.

        Times are naive UTC; they default to now.
        """
        finished = finished_at or _utc_now()
        row = (started_at or finished, finished, read, stored, duplicate, rejected, command)
        with self._transaction() as con:
            result = con.execute(_INSERT_RUN, row).fetchone()
        if result is None:
            raise StoreError("NE301", f"database {self.label} did not record the run")
        return int(result[0])

    def counts(self) -> dict[str, int]:
        """Return the number of stored articles, events and rejects."""
        row = self._con.execute(_COUNTS).fetchone()
        articles, events, rejects = row if row else (0, 0, 0)
        return {"articles": articles, "events": events, "rejects": rejects}

    def query_events(
        self, filters: EventFilter | None = None, limit: int | None = None
    ) -> list[Event]:
        """Return the events matching ``filters``, ordered by date, article and offset.

        ``since``/``until`` keep events whose date period (day, week, month or
        year) overlaps the range; events with an unreadable date never match them.
        """
        conditions: list[str] = []
        params: list[Any] = []
        for name, condition in _CONDITIONS.items():
            value = getattr(filters, name) if filters is not None else None
            if value is not None:
                conditions.append(condition)
                params.append(value)
        sql = _SELECT_EVENTS
        if conditions:
            sql += " WHERE " + " AND ".join(conditions)
        sql += _ORDER_EVENTS
        if limit is not None:
            sql += " LIMIT ?"
            params.append(limit)
        rows = self._con.execute(sql, params).fetchall()
        return [_row_event(row) for row in rows]

    def rejects(self, limit: int | None = None) -> list[Reject]:
        """Return stored rejects in the order they were stored."""
        sql = _SELECT_REJECTS
        params: list[Any] = []
        if limit is not None:
            sql += " LIMIT ?"
            params.append(limit)
        rows = self._con.execute(sql, params).fetchall()
        return [
            Reject(origin, line, code, reason, bytes(raw))
            for origin, line, code, reason, raw in rows
        ]
