"""Real events and claims in the store: what the ``link`` stage reads and writes.

``events`` holds one row per real event, ``claims`` one row per mention (a sentence-level
event in ``mentions``) saying which event it reports, on whose word and which way. Get a
``LinkTables`` from ``Store.links``; values are always bound as parameters.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from contextlib import AbstractContextManager
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any, cast

from newsevents.models import (
    Actor,
    Claim,
    EventRecord,
    EventStatus,
    LinkedEvent,
    Location,
    Precision,
    Span,
    Stance,
    StoredMention,
)
from newsevents.store.backend import Backend
from newsevents.store.db import _EVENT_COLUMNS, _row_event, _utc_now

_LINKED_COLUMNS: dict[str, str] = {
    "id": "VARCHAR", "family": "VARCHAR", "dyad": "VARCHAR", "type": "VARCHAR",
    "mode": "VARCHAR", "quad": "INTEGER", "score": "DOUBLE",
    "source_text": "VARCHAR", "source_country": "VARCHAR", "source_sector": "VARCHAR",
    "target_text": "VARCHAR", "target_country": "VARCHAR", "target_sector": "VARCHAR",
    "date": "VARCHAR", "date_precision": "VARCHAR", "date_start": "DATE", "date_end": "DATE",
    "location_name": "VARCHAR", "location_country": "VARCHAR",
    "location_lat": "DOUBLE", "location_lon": "DOUBLE",
    "n_mentions": "INTEGER", "n_articles": "INTEGER", "n_sources": "INTEGER",
    "first_seen": "DATE", "last_seen": "DATE", "status": "VARCHAR",
    "first_mention": "VARCHAR", "linker": "VARCHAR", "updated_at": "TIMESTAMP",
}  # fmt: skip

_CLAIM_COLUMNS: dict[str, str] = {
    "mention_id": "VARCHAR", "event_id": "VARCHAR", "article_id": "VARCHAR",
    "outlet": "VARCHAR", "published": "DATE", "claimant": "VARCHAR",
    "claimant_key": "VARCHAR", "stance": "VARCHAR", "similarity": "DOUBLE",
    "linker": "VARCHAR", "linked_at": "TIMESTAMP",
}  # fmt: skip

_UPDATES = ", ".join(f"{name} = excluded.{name}" for name in list(_LINKED_COLUMNS)[1:])
_UPSERT_EVENTS = f"ON CONFLICT (id) DO UPDATE SET {_UPDATES}"

_MENTION = f"{', '.join('m.' + name for name in _EVENT_COLUMNS)}, a.date, a.source"
_PENDING = (
    f"SELECT {_MENTION} FROM mentions m JOIN articles a ON a.id = m.article_id "
    "WHERE NOT EXISTS (SELECT 1 FROM claims c WHERE c.mention_id = m.id) "
    "ORDER BY a.date, m.article_id, m.evidence_start, m.id"
)
_CANDIDATES = (
    "SELECT DISTINCT e.id FROM events e JOIN (SELECT unnest(?::VARCHAR[]) AS family, "
    "unnest(?::VARCHAR[]) AS dyad, unnest(?::DATE[]) AS lo, unnest(?::DATE[]) AS hi) k "
    "ON e.family = k.family AND e.dyad = k.dyad AND e.date_start <= k.hi AND e.date_end >= k.lo"
)
_SELECT_LINKED = f"SELECT {', '.join('e.' + n for n in list(_LINKED_COLUMNS)[:-1])} FROM events e"
_CLAIM_FIELDS = (
    "c.mention_id, c.event_id, c.article_id, c.outlet, c.published, c.claimant, "
    "c.claimant_key, c.stance, m.evidence_sentence, m.evidence_start, m.evidence_end, "
    "c.similarity, c.linker"
)
_MEMBERS = (
    f"SELECT {_MENTION}, {_CLAIM_FIELDS} FROM claims c JOIN mentions m ON m.id = c.mention_id "
    "JOIN articles a ON a.id = m.article_id "
    "WHERE c.event_id IN (SELECT unnest(?::VARCHAR[])) "
    "ORDER BY c.event_id, c.linked_at, a.date, m.article_id, m.evidence_start, m.id"
)
_CLAIMS_OF = (
    f"SELECT {_CLAIM_FIELDS} FROM claims c JOIN mentions m ON m.id = c.mention_id "
    "WHERE c.event_id IN (SELECT unnest(?::VARCHAR[])) "
    "ORDER BY c.event_id, c.published, c.article_id, m.evidence_start, c.mention_id"
)
_WORD_COLUMNS: dict[str, str] = {"word": "VARCHAR", "df": "INTEGER"}
_ADD_WORDS = "ON CONFLICT (word) DO UPDATE SET df = link_words.df + excluded.df"
_WORD_COUNTS = "SELECT word, df FROM link_words WHERE word IN (SELECT unnest(?::VARCHAR[]))"
_CLAIM_TOTAL = "SELECT count(*) FROM claims"
_TABLE_KEYS = {
    "events": "SELECT * FROM events ORDER BY id",
    "claims": "SELECT * FROM claims ORDER BY mention_id",
    "link_words": "SELECT * FROM link_words ORDER BY word",
}
_LINK_COUNTS = (
    "SELECT (SELECT count(*) FROM events), (SELECT count(*) FROM claims), "
    "(SELECT count(*) FROM mentions)"
)

# Each query field maps to one fixed SQL condition; ``dyad`` and ``either`` take two values.
_EVENT_CONDITIONS: dict[str, str] = {
    "status": "e.status = ?",
    "type": "e.type = ?",
    "source": "e.source_country = ?",
    "target": "e.target_country = ?",
    "since": "e.date_end >= ?",
    "until": "e.date_start <= ?",
    "min_sources": "e.n_sources >= ?",
}
_EITHER_WAY = (
    "((e.source_country = ? AND e.target_country = ?) "
    "OR (e.source_country = ? AND e.target_country = ?))"
)
_ORDER_LINKED = " ORDER BY e.date_start, e.first_seen, e.id"


@dataclass(frozen=True)
class EventQuery:
    """Which real events to return; ``None`` means "any".

    ``pair`` keeps events between two countries in either direction (``source``/``target``
    give one direction).
    """

    status: str | None = None
    type: str | None = None
    source: str | None = None
    target: str | None = None
    pair: tuple[str, str] | None = None
    since: date | None = None
    until: date | None = None
    min_sources: int | None = None


def _linked_row(event: LinkedEvent, now: datetime) -> tuple[Any, ...]:
    loc, target = event.location, event.target
    return (
        event.id, event.family, event.dyad, event.type, event.mode, event.quad, event.score,
        event.source.text, event.source.country, event.source.sector,
        target.text if target else None, target.country if target else None,
        target.sector if target else None,
        event.date, event.date_precision, event.date_start, event.date_end,
        loc.name if loc else None, loc.country if loc else None,
        loc.lat if loc else None, loc.lon if loc else None,
        event.n_mentions, event.n_articles, event.n_sources, event.first_seen, event.last_seen,
        event.status, event.first_mention, event.linker, now,
    )  # fmt: skip


def _claim_row(claim: Claim, now: datetime) -> tuple[Any, ...]:
    return (
        claim.mention_id, claim.event_id, claim.article_id, claim.outlet, claim.published,
        claim.claimant, claim.claimant_key, claim.stance, claim.similarity, claim.linker, now,
    )  # fmt: skip


def _actor(text: str | None, country: str | None, sector: str | None) -> Actor | None:
    return None if text is None else Actor(text, country, sector)


def _row_linked(row: tuple[Any, ...]) -> LinkedEvent:
    r = dict(zip(list(_LINKED_COLUMNS)[:-1], row, strict=True))
    location = None
    if r["location_name"] is not None:
        location = Location(r["location_name"], r["location_country"], r["location_lat"],
                            r["location_lon"])
    return LinkedEvent(
        id=r["id"], family=r["family"], dyad=r["dyad"], type=r["type"], mode=r["mode"], quad=r["quad"],
        score=r["score"], source=Actor(r["source_text"], r["source_country"], r["source_sector"]),
        target=_actor(r["target_text"], r["target_country"], r["target_sector"]),
        date=r["date"], date_precision=cast(Precision, r["date_precision"]),
        date_start=r["date_start"], date_end=r["date_end"], location=location,
        n_mentions=r["n_mentions"], n_articles=r["n_articles"], n_sources=r["n_sources"],
        first_seen=r["first_seen"], last_seen=r["last_seen"],
        status=cast(EventStatus, r["status"]), first_mention=r["first_mention"],
        linker=r["linker"],
    )  # fmt: skip


def _row_mention(row: Sequence[Any]) -> StoredMention:
    size = len(_EVENT_COLUMNS)
    return StoredMention(_row_event(tuple(row[:size])), row[size], row[size + 1])


def _row_claim(row: Sequence[Any]) -> Claim:
    (mention_id, event_id, article_id, outlet, published, claimant, key, stance,
     text, start, end, similarity, linker) = row
    return Claim(mention_id, event_id, article_id, outlet, published, claimant, key,
                 cast(Stance, stance), Span(text, start, end), similarity, linker)


class LinkTables:
    """The real-event tables of one open store (see ``Store.links``)."""

    def __init__(
        self,
        con: Backend,
        transaction: Callable[[], AbstractContextManager[Backend]],
    ) -> None:
        self._con = con
        self._transaction = transaction

    def exclusive(self) -> AbstractContextManager[None]:
        """Hold the link stage for a block: concurrent writers of a server database link in
        turn, so each mention is linked once against events nobody changes meanwhile (DuckDB
        has one writer anyway)."""
        return self._con.exclusive("link")

    def pending(self) -> list[StoredMention]:
        """Mentions not linked to any event yet, by publication date, article and offset."""
        return [_row_mention(row) for row in self._con.execute(_PENDING).fetchall()]

    def candidates(self, keys: Sequence[tuple[str, str, date, date]]) -> list[EventRecord]:
        """Stored events of a ``(family, dyad)`` whose window overlaps ``lo..hi``, with members.

        ``keys`` are ``(family, dyad, lo, hi)``; events come by id, members in linking order.
        """
        if not keys:
            return []
        columns = [list(column) for column in zip(*keys, strict=True)]
        ids = [row[0] for row in self._con.execute(_CANDIDATES, columns).fetchall()]
        return self.records(ids)

    def records(self, ids: Sequence[str]) -> list[EventRecord]:
        """The events ``ids`` with their mentions and claims (sorted by event id)."""
        if not ids:
            return []
        events = self._con.execute(
            _SELECT_LINKED + " WHERE e.id IN (SELECT unnest(?::VARCHAR[])) ORDER BY e.id",
            [list(ids)],
        ).fetchall()
        members: dict[str, list[tuple[StoredMention, Claim]]] = {}
        size = len(_EVENT_COLUMNS) + 2
        for row in self._con.execute(_MEMBERS, [list(ids)]).fetchall():
            claim = _row_claim(row[size:])
            members.setdefault(claim.event_id, []).append((_row_mention(row[:size]), claim))
        return [
            EventRecord(event, tuple(m for m, _ in members.get(event.id, [])),
                        tuple(c for _, c in members.get(event.id, [])))
            for event in map(_row_linked, events)
        ]

    def word_counts(self, words: Sequence[str]) -> tuple[dict[str, int], int]:
        """How many linked mentions have each of ``words`` in their evidence, and out of how many."""
        found = self._con.execute(_WORD_COUNTS, [list(words)]).fetchall() if words else []
        total = self._con.execute(_CLAIM_TOTAL).fetchone()
        return {word: df for word, df in found}, int(total[0]) if total else 0

    def save(self, claims: Sequence[Claim], events: Sequence[LinkedEvent],
             words: Mapping[str, int] | None = None) -> None:
        """Store new claims, insert or update their events and add the claims' evidence word
        counts (``words``), in one transaction."""
        if not claims and not events:
            return
        now = _utc_now()
        with self._transaction() as con:
            if words:
                con.load("link_words", _WORD_COLUMNS, sorted(words.items()), _ADD_WORDS)
            if claims:
                con.load("claims", _CLAIM_COLUMNS, [_claim_row(c, now) for c in claims])
            if events:
                con.load("events", _LINKED_COLUMNS, [_linked_row(e, now) for e in events],
                         _UPSERT_EVENTS)

    def events(self, query: EventQuery | None = None,
               limit: int | None = None) -> list[LinkedEvent]:
        """Real events matching ``query``, by date window, first report and id."""
        query = query or EventQuery()
        conditions: list[str] = []
        params: list[Any] = []
        for name, condition in _EVENT_CONDITIONS.items():
            value = getattr(query, name)
            if value is not None:
                conditions.append(condition)
                params.append(value)
        if query.pair is not None:
            a, b = query.pair
            conditions.append(_EITHER_WAY)
            params.extend([a, b, b, a])
        sql = _SELECT_LINKED + (" WHERE " + " AND ".join(conditions) if conditions else "")
        sql += _ORDER_LINKED
        if limit is not None:
            sql += " LIMIT ?"
            params.append(limit)
        return [_row_linked(row) for row in self._con.execute(sql, params).fetchall()]

    def claims(self, event_ids: Sequence[str]) -> list[Claim]:
        """The claims about ``event_ids``, by event, publication date, article and offset."""
        if not event_ids:
            return []
        rows = self._con.execute(_CLAIMS_OF, [list(event_ids)]).fetchall()
        return [_row_claim(row) for row in rows]

    def rows(self, table: str) -> list[tuple[Any, ...]]:
        """Every row of ``events``, ``claims`` or ``link_words`` in key order (for audits)."""
        if table not in _TABLE_KEYS:
            raise ValueError(f"{table!r} is not one of {', '.join(_TABLE_KEYS)}")
        return self._con.execute(_TABLE_KEYS[table]).fetchall()

    def counts(self) -> dict[str, int]:
        """Real events, claims (linked mentions) and mentions stored."""
        row = self._con.execute(_LINK_COUNTS).fetchone()
        events, claims, mentions = row if row else (0, 0, 0)
        return {"events": events, "claims": claims, "mentions": mentions}
