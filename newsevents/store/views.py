"""Read-only views for the HTTP API: event pages, places, dyads, article and id lookups.

Get a ``ReadViews`` from ``Store.views``. Every filter value and key is bound as a
parameter; the only SQL pieces put together are the fixed conditions of
``newsevents.store.db``. The SQL is common to DuckDB and PostgreSQL.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any

from newsevents.models import Article, Event
from newsevents.store.db import _CONDITIONS, _SELECT_EVENTS, _row_event
from newsevents.store.filters import EventFilter

if TYPE_CHECKING:
    from newsevents.store.backend import Backend

NO_DATE = date(9999, 12, 31)
"""Sort key of an event whose date could not be read (such events come last)."""

# The CLI's order (``Store.query_events``) with undated events as NO_DATE, so that a page
# can start after a key: (date_start, date, article_id, evidence_start, id), id unique.
_KEY = "(coalesce(m.date_start, ?::DATE), m.date, m.article_id, m.evidence_start, m.id)"
_AFTER = f"{_KEY} > (?::DATE, ?, ?, ?, ?)"
_ORDER_PAGE = (
    " ORDER BY coalesce(m.date_start, ?::DATE), m.date, m.article_id, m.evidence_start, m.id"
)
_PLACES = (
    "SELECT m.location_name, m.location_country, m.location_lat, m.location_lon, "
    "count(DISTINCT coalesce(e.id, m.id)), "
    "count(DISTINCT CASE WHEN m.quad <= 2 THEN coalesce(e.id, m.id) END), "
    "count(DISTINCT CASE WHEN m.quad >= 3 THEN coalesce(e.id, m.id) END) "
    "FROM mentions m LEFT JOIN claims c ON c.mention_id = m.id "
    "LEFT JOIN events e ON e.id = c.event_id"
)
_PLACES_GROUP = (
    " GROUP BY m.location_name, m.location_country, m.location_lat, m.location_lon "
    "ORDER BY 5 DESC, m.location_name, m.location_country NULLS LAST LIMIT ?"
)
_DYAD_CONDITIONS: dict[str, str] = {
    "type": "e.type = ?",
    "since": "e.date_end >= ?",
    "until": "e.date_start <= ?",
}
_DYADS = (
    "SELECT e.source_country, e.target_country, count(*), "
    "count(*) FILTER (WHERE e.quad <= 2), count(*) FILTER (WHERE e.quad >= 3), "
    "avg(e.score) FROM events e "
    "WHERE e.source_country IS NOT NULL AND e.target_country IS NOT NULL "
    "AND e.status <> 'denied'"
)
_DYADS_GROUP = (
    " GROUP BY e.source_country, e.target_country "
    "ORDER BY 3 DESC, e.source_country, e.target_country LIMIT ?"
)
_ARTICLE = "SELECT id, date, title, source, url, text FROM articles WHERE id = ?"
_HEADERS = (
    "SELECT id, date, title, source, url FROM articles "
    "WHERE id IN (SELECT unnest(?::VARCHAR[]))"
)
_MENTION_EVENT = (
    "SELECT m.id, c.event_id FROM mentions m LEFT JOIN claims c ON c.mention_id = m.id "
    "WHERE m.id = ?"
)
_STATS = (
    "SELECT (SELECT count(*) FROM articles), (SELECT count(*) FROM mentions), "
    "(SELECT count(*) FROM events), (SELECT count(*) FROM rejects), "
    "(SELECT min(date) FROM articles), (SELECT max(date) FROM articles)"
)


@dataclass(frozen=True)
class EventKey:
    """Where an event sorts in the CLI's order; a page starts after one."""

    date_start: date
    date: str
    article_id: str
    evidence_start: int
    id: str


@dataclass(frozen=True)
class PlaceCount:
    """Events at one place (each real event counted once), by PLOVER quad class."""

    name: str
    country: str | None
    lat: float | None
    lon: float | None
    n_events: int
    n_cooperation: int
    n_conflict: int


@dataclass(frozen=True)
class DyadCount:
    """Real events from one country to another, by PLOVER quad class."""

    source_country: str
    target_country: str
    n_events: int
    n_cooperation: int
    n_conflict: int
    score_mean: float | None


@dataclass(frozen=True)
class ArticleHeader:
    """An article's metadata without its text."""

    id: str
    date: date
    title: str | None
    source: str | None
    url: str | None


@dataclass(frozen=True)
class StoreStats:
    """Rows stored and the range of article dates (None for an empty store)."""

    articles: int
    mentions: int
    events: int
    rejects: int
    first_date: date | None
    last_date: date | None


def _dyad(row: Sequence[Any]) -> DyadCount:
    source, target, n_events, n_coop, n_conflict, mean = row
    return DyadCount(source, target, n_events, n_coop, n_conflict,
                     None if mean is None else round(float(mean), 3))


def _where(filters: EventFilter) -> tuple[list[str], list[Any]]:
    """The fixed conditions of ``filters``' set fields, with their parameters."""
    conditions: list[str] = []
    params: list[Any] = []
    for name, condition in _CONDITIONS.items():
        value = getattr(filters, name)
        if value is not None:
            conditions.append(condition)
            params.append(value)
    return conditions, params


def _joined(conditions: Sequence[str], first: str = " WHERE ") -> str:
    return first + " AND ".join(conditions) if conditions else ""


class ReadViews:
    """The API's read queries on one open store (see ``Store.views``)."""

    def __init__(self, con: Backend) -> None:
        self._con = con

    def events_page(self, filters: EventFilter, after: EventKey | None,
                    limit: int) -> list[Event]:
        """Up to ``limit`` events matching ``filters`` in the CLI's order, after ``after``."""
        conditions, params = _where(filters)
        if after is not None:
            conditions.append(_AFTER)
            params += [NO_DATE, after.date_start, after.date, after.article_id,
                       after.evidence_start, after.id]
        sql = _SELECT_EVENTS + _joined(conditions) + _ORDER_PAGE + " LIMIT ?"
        rows = self._con.execute(sql, [*params, NO_DATE, limit]).fetchall()
        return [_row_event(row) for row in rows]

    def places(self, filters: EventFilter, limit: int) -> list[PlaceCount]:
        """Places of the events matching ``filters`` that have coordinates, busiest first."""
        conditions, params = _where(filters)
        conditions += ["m.location_lat IS NOT NULL", "m.location_lon IS NOT NULL"]
        sql = _PLACES + _joined(conditions) + _PLACES_GROUP
        rows = self._con.execute(sql, [*params, limit]).fetchall()
        return [PlaceCount(*row) for row in rows]

    def dyads(self, *, type: str | None, since: date | None, until: date | None,
              limit: int) -> list[DyadCount]:
        """Country pairs (source to target) by number of real events not denied, most first."""
        values = {"type": type, "since": since, "until": until}
        conditions = [_DYAD_CONDITIONS[k] for k, v in values.items() if v is not None]
        params = [v for v in values.values() if v is not None]
        sql = _DYADS + _joined(conditions, " AND ") + _DYADS_GROUP
        rows = self._con.execute(sql, [*params, limit]).fetchall()
        return [_dyad(row) for row in rows]

    def article(self, article_id: str) -> Article | None:
        """The stored article ``article_id`` (origin left out), or None."""
        row = self._con.execute(_ARTICLE, [article_id]).fetchone()
        if row is None:
            return None
        id_, day, title, source, url, text = row
        return Article(id=id_, date=day, text=text, title=title, source=source, url=url)

    def article_headers(self, ids: Sequence[str]) -> dict[str, ArticleHeader]:
        """Metadata of the stored articles among ``ids``, by id."""
        if not ids:
            return {}
        rows = self._con.execute(_HEADERS, [list(ids)]).fetchall()
        return {row[0]: ArticleHeader(*row) for row in rows}

    def mention_event(self, mention_id: str) -> tuple[bool, str | None]:
        """Whether mention ``mention_id`` exists, and the real event it is linked to."""
        row = self._con.execute(_MENTION_EVENT, [mention_id]).fetchone()
        return (False, None) if row is None else (True, row[1])

    def mention(self, mention_id: str) -> Event | None:
        """The mention (sentence-level event) ``mention_id``, or None."""
        row = self._con.execute(_SELECT_EVENTS + " WHERE m.id = ?", [mention_id]).fetchone()
        return None if row is None else _row_event(row)

    def stats(self) -> StoreStats:
        """Rows per table and the first and last article date."""
        row = self._con.execute(_STATS).fetchone()
        return StoreStats(*row) if row else StoreStats(0, 0, 0, 0, None, None)
