"""The store: articles, events, rejects, ingest runs and actor knowledge.

An embedded DuckDB file by default, or a PostgreSQL database named by a ``postgresql://``
URL; ``store/backend.py`` and ``store/postgres.py`` hold what differs between the two.

All SQL of the package lives in ``newsevents.store``; values are always bound
as parameters, never formatted into statements.
"""

from __future__ import annotations

import calendar
import re
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, Any, Self, cast

import duckdb

from newsevents.errors import StoreError
from newsevents.models import (
    Actor,
    ActorFact,
    ActorFile,
    Article,
    Event,
    Location,
    Modality,
    Polarity,
    Precision,
    Reject,
    Span,
    UserActor,
)
from newsevents.store.backend import Backend, DuckBackend, as_backend, is_url
from newsevents.store.filters import EventFilter
from newsevents.store.lock import WriteGate, pass_gate, retry_in_use
from newsevents.store.migrate import check_version, code_version, current_version, migrate

if TYPE_CHECKING:
    from newsevents.store.links import LinkTables
    from newsevents.store.transfer import Manifest
    from newsevents.store.views import ReadViews

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

_FACT_COLUMNS: dict[str, str] = {
    "name": "VARCHAR", "country": "VARCHAR", "sector": "VARCHAR", "title": "VARCHAR",
    "article_id": "VARCHAR", "published": "DATE",
    "mention_text": "VARCHAR", "mention_start": "INTEGER", "mention_end": "INTEGER",
    "sentence_text": "VARCHAR", "sentence_start": "INTEGER", "sentence_end": "INTEGER",
    "learned_at": "TIMESTAMP",
}  # fmt: skip

_USER_ACTOR_COLUMNS = (
    "origin", "line", "name", "aliases", "country", "sector", "valid_from", "valid_to",
    "sha256", "loaded_at",
)  # fmt: skip

_REJECT_COLUMNS = ("origin", "line", "code", "reason", "raw", "rejected_at")

_RUN_COLUMNS = (
    "started_at", "finished_at", "read", "stored", "duplicate", "rejected", "command",
)  # fmt: skip

def _insert(table: str, columns: Sequence[str]) -> str:
    marks = ", ".join("?" for _ in columns)
    return f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({marks})"


_SELECT_FACTS = f"SELECT {', '.join(list(_FACT_COLUMNS)[:-1])} FROM actor_facts"
_FACTS_NAMED = " WHERE strpos(lower(name), lower(?)) > 0"
_ORDER_FACTS = " ORDER BY published, article_id, mention_start"
_INSERT_USER_ACTOR = _insert("user_actors", _USER_ACTOR_COLUMNS)
_USER_ACTOR_SHAS = "SELECT DISTINCT sha256 FROM user_actors WHERE origin = ?"
_DELETE_USER_ACTORS = "DELETE FROM user_actors WHERE origin = ?"
_SELECT_USER_ACTORS = (
    f"SELECT {', '.join(_USER_ACTOR_COLUMNS[:8])} FROM user_actors"
)
_USER_ACTORS_NAMED = (
    " WHERE strpos(lower(name || chr(10) || array_to_string(aliases, chr(10))), lower(?)) > 0"
)
_ORDER_USER_ACTORS = " ORDER BY origin, line"
_INSERT_REJECT = _insert("rejects", _REJECT_COLUMNS)
_INSERT_RUN = _insert("runs", _RUN_COLUMNS) + " RETURNING id"
# A sentence-level event (a mention) with the real event it was linked to, if any.
_LINK_FIELDS = (
    "e.id", "coalesce(e.status, m.status)", "coalesce(e.n_mentions, 1)",
    "coalesce(e.n_articles, 1)", "coalesce(e.n_sources, 1)",
)  # fmt: skip
_SELECT_EVENTS = (
    f"SELECT {', '.join('m.' + name for name in _EVENT_COLUMNS)}, {', '.join(_LINK_FIELDS)} "
    "FROM mentions m LEFT JOIN claims c ON c.mention_id = m.id "
    "LEFT JOIN events e ON e.id = c.event_id"
)
_ORDER_EVENTS = (
    " ORDER BY m.date_start NULLS LAST, m.date, m.article_id, m.evidence_start, m.id"
)
_SELECT_REJECTS = "SELECT origin, line, code, reason, raw FROM rejects ORDER BY id"
_EXISTING_IDS = "SELECT id FROM articles WHERE id IN (SELECT unnest(?::VARCHAR[]))"
_COUNTS = (
    "SELECT (SELECT count(*) FROM articles), (SELECT count(*) FROM mentions), "
    "(SELECT count(*) FROM rejects)"
)

# Integrity check (``Store.check``): rows counted per table, and orphan queries, each run
# only when every table it names exists (older schemas have fewer tables).
_CHECK_COUNTED = (
    "articles", "mentions", "events", "claims", "rejects", "runs", "actor_facts",
)  # fmt: skip
def _without(table: str, column: str, parent: str) -> str:
    """Count the rows of ``table`` whose ``column`` names no row of ``parent`` (by ``id``)."""
    return (
        f"SELECT count(*) FROM {table} x WHERE NOT EXISTS "
        f"(SELECT 1 FROM {parent} p WHERE p.id = x.{column})"
    )


_CHECK_ORPHANS: tuple[tuple[str, tuple[str, ...], str], ...] = (
    ("mentions without their article", ("mentions", "articles"),
     _without("mentions", "article_id", "articles")),
    ("claims without their mention", ("claims", "mentions"),
     _without("claims", "mention_id", "mentions")),
    ("claims without their event", ("claims", "events"),
     _without("claims", "event_id", "events")),
    ("claims without their article", ("claims", "articles"),
     _without("claims", "article_id", "articles")),
    ("events without any claim", ("events", "claims"),
     ("SELECT count(*) FROM events e WHERE NOT EXISTS "
      "(SELECT 1 FROM claims c WHERE c.event_id = e.id)")),
    ("actor facts without their article", ("actor_facts", "articles"),
     _without("actor_facts", "article_id", "articles")),
    ("runs whose counts do not add up", ("runs",),
     "SELECT count(*) FROM runs WHERE read <> stored + duplicate + rejected"),
    ("articles whose n_chars is not their text length", ("articles",),
     "SELECT count(*) FROM articles WHERE n_chars <> length(text)"),
)  # fmt: skip
_CHECK_UNLINKED = (
    "SELECT count(*) FROM mentions m WHERE NOT EXISTS "
    "(SELECT 1 FROM claims c WHERE c.mention_id = m.id)"
)


@dataclass(frozen=True)
class StoreCheck:
    """The result of ``Store.check``: schema versions, row counts and integrity problems.

    Attributes:
        label: The database checked.
        schema_version: The database's schema version.
        code_version: The newest schema version this code knows.
        counts: Rows per table (tables the schema lacks are left out).
        orphans: Rows per kind of orphan or inconsistency (0 when healthy).
        unlinked: Mentions not yet linked to a real event (pending, not a fault).
        errors: Tables that could not be read, with DuckDB's message.
    """

    label: str
    schema_version: int
    code_version: int
    counts: dict[str, int]
    orphans: dict[str, int]
    unlinked: int
    errors: tuple[str, ...] = ()

    @property
    def problems(self) -> list[str]:
        """Each fault found, in words; empty when the store is healthy."""
        found = list(self.errors)
        if self.schema_version > self.code_version:
            found.append(
                f"schema version {self.schema_version} is newer than this newsevents "
                f"({self.code_version})"
            )
        found += [f"{n:,} {what}" for what, n in self.orphans.items() if n]
        return found

    @property
    def needs_migration(self) -> bool:
        """Whether the schema is older than the code's (the next write migrates it)."""
        return self.schema_version < self.code_version

    @property
    def healthy(self) -> bool:
        """Whether no problem was found."""
        return not self.problems

# Each filter field maps to one fixed SQL condition with one parameter.
_CONDITIONS: dict[str, str] = {
    "source": "m.source_country = ?",
    "target": "m.target_country = ?",
    "type": "m.type = ?",
    "since": "m.date_end >= ?",
    "until": "m.date_start <= ?",
    "article_id": "m.article_id = ?",
    "polarity": "m.polarity = ?",
    "modality": "m.modality = ?",
    "status": "coalesce(e.status, m.status) = ?",
    "country": "? IN (m.source_country, m.target_country)",
}

_WEEK = re.compile(r"(\d{4})-W(\d{2})")
_MONTH = re.compile(r"(\d{4})-(\d{2})")
_YEAR = re.compile(r"\d{4}")


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


def _fact_row(fact: ActorFact, now: datetime) -> tuple[Any, ...]:
    m, s = fact.mention, fact.sentence
    return (
        fact.name, fact.country, fact.sector, fact.title, fact.article_id, fact.published,
        m.text, m.start, m.end, s.text, s.start, s.end, now,
    )  # fmt: skip


def _row_fact(row: tuple[Any, ...]) -> ActorFact:
    name, country, sector, title, article_id, published, *spans = row
    mention = Span(spans[0], spans[1], spans[2])
    sentence = Span(spans[3], spans[4], spans[5])
    return ActorFact(name, country, sector, title, article_id, published, mention, sentence)


def _user_actor_row(actor: UserActor, sha256: str, now: datetime) -> tuple[Any, ...]:
    return (
        actor.origin, actor.line, actor.name, list(actor.aliases), actor.country, actor.sector,
        actor.valid_from, actor.valid_to, sha256, now,
    )  # fmt: skip


def _row_user_actor(row: tuple[Any, ...]) -> UserActor:
    origin, line, name, aliases, country, sector, valid_from, valid_to = row
    return UserActor(name, tuple(aliases), country, sector, valid_from, valid_to, origin, line)


def _actor(text: str | None, country: str | None, sector: str | None) -> Actor | None:
    return None if text is None else Actor(text, country, sector)


def _row_event(row: tuple[Any, ...]) -> Event:
    """A sentence-level event from ``_EVENT_COLUMNS`` and, when present, ``_LINK_FIELDS``."""
    r = dict(zip(_EVENT_COLUMNS, row[: len(_EVENT_COLUMNS)], strict=True))
    event_id, status, n_mentions, n_articles, n_sources = (
        row[len(_EVENT_COLUMNS) :] or (None, r["status"], 1, 1, 1)
    )
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
        status=status,
        event_id=event_id,
        n_mentions=n_mentions,
        n_articles=n_articles,
        n_sources=n_sources,
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


def _connect(path: str | Path, read_only: bool, wait: float) -> tuple[Backend, str]:
    """Connect to a PostgreSQL URL (``store/postgres.py``) or a DuckDB file or ``:memory:``.

    A DuckDB file busy in another process is retried for ``wait`` seconds, behind the
    write gate (``store/lock.py``).
    """
    if is_url(path):
        from newsevents.store.postgres import connect_postgres

        return connect_postgres(str(path), read_only)
    if str(path) == MEMORY:
        if read_only:
            raise StoreError("NE301", "an in-memory database cannot be opened read-only")
        return DuckBackend(duckdb.connect(MEMORY)), MEMORY
    file = Path(path).expanduser()
    if read_only and not file.exists():
        raise StoreError(
            "NE301", f"database {file} does not exist; run `newsevents ingest` to create it"
        )
    if read_only:
        return retry_in_use(lambda: _duck_reader(file), wait), str(file)
    return _duck_writer(file, wait), str(file)


def _duck_reader(file: Path) -> DuckBackend:
    pass_gate(file)
    return DuckBackend(_duck(file, read_only=True))


def _duck_writer(file: Path, wait: float) -> DuckBackend:
    """Close the write gate, then connect while readers still inside finish (``wait`` s)."""
    if file.is_dir() or not file.parent.is_dir():
        raise StoreError("NE301", f"cannot open database {file}: {_open_hint(file)}")
    deadline = time.monotonic() + max(wait, 0.0)
    gate = WriteGate(file)
    retry_in_use(gate.close_gate, wait)
    try:
        raw = retry_in_use(lambda: _duck(file, read_only=False), deadline - time.monotonic())
    except BaseException:
        gate.open_gate()
        raise
    return DuckBackend(raw, on_close=gate.open_gate)


def _duck(file: Path, read_only: bool) -> duckdb.DuckDBPyConnection:
    try:
        return duckdb.connect(str(file), read_only=read_only)
    except duckdb.Error as err:
        if _LOCKED.search(str(err)):
            raise StoreError("NE303", _in_use(file, str(err))) from err
        raise StoreError(
            "NE301", f"cannot open database {file}: {err}; {_open_hint(file)}"
        ) from err


_LOCKED = re.compile(r"Could not set lock|Conflicting lock")
_LOCK_PID = re.compile(r"\(PID (\d+)\)")


def _in_use(file: Path, message: str) -> str:
    """The NE303 message: who holds the file and what to do (DuckDB allows one writer)."""
    pid = _LOCK_PID.search(message)
    holder = f"process {pid[1]}" if pid else "another process"
    return (
        f"database {file} is in use by {holder} (an ingest or another command holds its "
        "lock); wait for it to finish and run the command again, or use another --db file"
    )


def _failures(con: Backend) -> tuple[type[Exception], ...]:
    """What opening may raise: a coded error or the driver's own."""
    return (StoreError, *con.errors)


class Store:
    """A connection to one newsevents database; use ``Store.open`` to get one."""

    def __init__(
        self, con: Backend | duckdb.DuckDBPyConnection, label: str, read_only: bool
    ) -> None:
        self._con = as_backend(con)
        self.label = label
        self.read_only = read_only

    @classmethod
    def open(cls, path: str | Path, read_only: bool = False, wait: float = 0.0) -> Store:
        """Open (and create and migrate, unless read-only) the database at ``path``.

        ``path`` is a DuckDB file, ``:memory:`` or a ``postgresql://`` URL (extra ``pg``).

        ``wait`` is how many seconds to keep retrying while another process holds the
        file (``store/lock.py``); 0 fails at once with NE303.

        Raises:
            StoreError: NE301 if the file cannot be opened or migrated; NE302 if
                its schema is newer than this code.
        """
        con, label = _connect(path, read_only, wait)
        try:
            if read_only:
                check_version(con, label, read_only=True)
            else:
                migrate(con, label)
        except _failures(con) as err:
            con.close()
            if isinstance(err, StoreError):
                raise
            raise StoreError("NE301", f"cannot read database {label}: {err}") from err
        return cls(con, label, read_only)

    @classmethod
    def open_to_check(cls, path: str | Path, wait: float = 0.0) -> Store:
        """Open the database at ``path`` read-only for ``check``, whatever its schema version.

        Unlike ``open(read_only=True)`` an older schema (one the next write migrates, e.g.
        left by an ingest killed while creating the file) is accepted.

        Raises:
            StoreError: NE301/NE303 if the file cannot be opened; NE302 if its schema is
                newer than this code.
        """
        con, label = _connect(path, True, wait)
        try:
            check_version(con, label, read_only=False)  # raises only when newer
        except _failures(con) as err:
            con.close()
            if isinstance(err, StoreError):
                raise
            raise StoreError("NE301", f"cannot read database {label}: {err}") from err
        return cls(con, label, True)

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
    def _transaction(self) -> Iterator[Backend]:
        if self.read_only:
            raise StoreError("NE301", f"database {self.label} was opened read-only")
        with self._con.transaction() as con:
            yield con

    @property
    def links(self) -> LinkTables:
        """Real events, their claims and the mentions still to link (``store/links.py``)."""
        from newsevents.store.links import LinkTables

        return LinkTables(self._con, self._transaction)

    @property
    def views(self) -> ReadViews:
        """Read queries of the HTTP API: event pages, places, dyads, lookups (``store/views.py``)."""
        from newsevents.store.views import ReadViews

        return ReadViews(self._con)

    def schema_version(self) -> int:
        """Return the schema version of the open database."""
        return current_version(self._con)

    def tables(self) -> set[str]:
        """Return the names of the tables in the database."""
        return self._con.tables()

    def check(self) -> StoreCheck:
        """Check the store's integrity: schema version, row counts and orphans.

        Every table is read in full (DuckDB verifies block checksums on read); a table
        that cannot be read is reported in ``errors`` rather than raised. On PostgreSQL
        there is no lock to respect and every row is read the same way.
        """
        present = self.tables()
        counts: dict[str, int] = {}
        errors: list[str] = []
        for table in (t for t in _CHECK_COUNTED if t in present):
            try:
                # hashing whole rows reads every column of every row (table names are fixed)
                counts[table] = self._scalar(self._con.read_every_row.format(table=table))
            except self._con.errors as err:
                errors.append(f"table {table} cannot be read: {err}")
        orphans: dict[str, int] = {}
        for what, tables, sql in _CHECK_ORPHANS:
            if set(tables) <= present:
                try:
                    orphans[what] = self._scalar(sql)
                except self._con.errors as err:
                    errors.append(f"cannot check {what}: {err}")
        unlinked = self._scalar(_CHECK_UNLINKED) if {"mentions", "claims"} <= present else 0
        return StoreCheck(self.label, self.schema_version(), code_version(), counts, orphans,
                          unlinked, tuple(errors))

    def _scalar(self, sql: str) -> int:
        row = self._con.execute(sql).fetchone()
        return int(row[0]) if row else 0

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

    def add_articles(
        self,
        batch: Sequence[tuple[Article, Sequence[Event]]],
        facts: Sequence[ActorFact] = (),
    ) -> tuple[int, int]:
        """Store a batch of articles with their events and actor facts in one transaction.

        An article whose id is already stored, or repeats an earlier one of the
        batch, is skipped with its events and facts. Events repeating an id of the
        batch, and facts repeating an (article, offset) pair, are stored once.

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
        with self._transaction() as con:
            con.lock("articles")  # a concurrent writer of a server database waits here
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
                con.load("articles", _ARTICLE_COLUMNS, article_rows)
            if event_rows:
                con.load("mentions", _EVENT_COLUMNS, list(event_rows.values()))
            fact_rows = self._new_fact_rows(facts, {row[0] for row in article_rows}, now)
            if fact_rows:
                con.load("actor_facts", _FACT_COLUMNS, fact_rows)
        return len(article_rows), len(batch) - len(article_rows)

    @staticmethod
    def _new_fact_rows(
        facts: Sequence[ActorFact], article_ids: set[str], now: datetime
    ) -> list[tuple[Any, ...]]:
        """Rows for the facts of newly stored articles, one per (article, offset)."""
        rows: dict[tuple[str, int], tuple[Any, ...]] = {}
        for fact in facts:
            if fact.article_id in article_ids:
                rows.setdefault((fact.article_id, fact.mention.start), _fact_row(fact, now))
        return list(rows.values())

    def actor_facts(self, name: str | None = None) -> list[ActorFact]:
        """The corpus memory: every stored actor fact (whose name contains ``name``).

        Ordered by publication date, article id and offset.
        """
        sql, params = _SELECT_FACTS, []
        if name is not None:
            sql, params = sql + _FACTS_NAMED, [name]
        rows = self._con.execute(sql + _ORDER_FACTS, params).fetchall()
        return [_row_fact(row) for row in rows]

    def save_actor_files(self, files: Sequence[ActorFile]) -> int:
        """Keep each user actor file's rows as last loaded, in one transaction.

        A file whose content (sha256) is already stored is left as it is, so loading
        the same file again writes nothing; a changed file replaces its old rows.

        Returns:
            The number of rows written.
        """
        now = _utc_now()
        written = 0
        with self._transaction() as con:
            con.lock("actors")  # two writers of a server database replace a file in turn
            for file in files:
                stored = {row[0] for row in con.execute(_USER_ACTOR_SHAS, [file.path]).fetchall()}
                if stored == {file.sha256}:
                    continue
                con.execute(_DELETE_USER_ACTORS, [file.path])
                rows = [_user_actor_row(actor, file.sha256, now) for actor in file.actors]
                if rows:
                    con.executemany(_INSERT_USER_ACTOR, rows)
                written += len(rows)
        return written

    def user_actors(self, name: str | None = None) -> list[UserActor]:
        """Stored user actors (whose name or an alias contains ``name``), by file and line."""
        sql, params = _SELECT_USER_ACTORS, []
        if name is not None:
            sql, params = sql + _USER_ACTORS_NAMED, [name]
        rows = self._con.execute(sql + _ORDER_USER_ACTORS, params).fetchall()
        return [_row_user_actor(row) for row in rows]

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
        """Return the number of stored articles, sentence-level events (mentions) and rejects."""
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

    def export_to(self, folder: str | Path) -> Manifest:
        """Write every table to ``folder`` as Parquet, with a ``manifest.json`` of counts.

        Raises:
            StoreError: NE305 when ``folder`` already holds an export or cannot be written.
        """
        from newsevents.store.transfer import export_store

        return export_store(self._con, self.schema_version(), Path(folder).expanduser())

    def import_from(self, folder: str | Path) -> Manifest:
        """Load an export folder (``export_to``) into this store, whose tables must be empty.

        Raises:
            StoreError: NE305 when the folder is no export, its schema version differs or
                the store is not empty; NE301 when the store was opened read-only.
        """
        from newsevents.store.transfer import import_store

        if self.read_only:
            raise StoreError("NE301", f"database {self.label} was opened read-only")
        return import_store(self._con, self.schema_version(), Path(folder).expanduser(),
                            self.label)
