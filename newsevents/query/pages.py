"""Event pages for the HTTP API: the CLI's filters and order, with an opaque cursor.

A cursor is the URL-safe base64 of the sort key of the last event of a page (JSON), so
the next page starts right after it: no event is lost or repeated between pages, and
events stored meanwhile sort into place instead of shifting the pages.
"""

from __future__ import annotations

import base64
import binascii
import json
from dataclasses import dataclass
from datetime import date
from typing import Any

from newsevents.errors import QueryError
from newsevents.models import Event
from newsevents.query.events import build_filter, parse_limit
from newsevents.query.formats import event_to_dict
from newsevents.store import EventFilter, Store, date_period
from newsevents.store.views import NO_DATE, EventKey

PAGE_LIMIT = 100
"""Events per page when no ``limit`` is given."""

MAX_PAGE = 1000
"""Largest accepted page ``limit``."""

_MAX_CURSOR = 4096
_BAD_CURSOR = "is not a cursor returned by this API; repeat the query without cursor"


@dataclass(frozen=True)
class EventPage:
    """One page of events and the cursor of the next page (None on the last page)."""

    events: tuple[Event, ...]
    next_cursor: str | None


def parse_page_limit(value: object, default: int = PAGE_LIMIT, maximum: int = MAX_PAGE) -> int:
    """A page size from 1 to ``maximum``; ``default`` when ``value`` is None.

    Raises:
        QueryError: NE401 for anything else.
    """
    try:
        number = parse_limit(value)
    except QueryError as err:
        raise QueryError("NE401", f"limit {_shown(value)} is not a whole number from 1 to "
                         f"{maximum}") from err
    if number is None:
        return default
    if number > maximum:
        raise QueryError("NE401", f"limit {number} is larger than {maximum}; page with cursor")
    return number


def event_key(event: Event) -> EventKey:
    """The sort key of ``event`` (its date period's first day, date, article, offset, id)."""
    start, _ = date_period(event.date)
    return EventKey(start or NO_DATE, event.date, event.article_id, event.evidence.start,
                    event.id)


def encode_cursor(key: EventKey) -> str:
    """The opaque cursor of a page that ends with the event of ``key``."""
    raw = [key.date_start.isoformat(), key.date, key.article_id, key.evidence_start, key.id]
    text = json.dumps(raw, ensure_ascii=True, separators=(",", ":"))
    return base64.urlsafe_b64encode(text.encode("ascii")).decode("ascii").rstrip("=")


def decode_cursor(value: object) -> EventKey | None:
    """The key a cursor names, or None for no cursor.

    Raises:
        QueryError: NE401 when ``value`` is not a cursor ``encode_cursor`` made.
    """
    if value is None:
        return None
    if not isinstance(value, str) or not 0 < len(value) <= _MAX_CURSOR:
        raise QueryError("NE401", f"cursor {_shown(value)} {_BAD_CURSOR}")
    try:
        raw = json.loads(base64.urlsafe_b64decode(value + "=" * (-len(value) % 4)))
        return _key_of(raw)
    except (binascii.Error, ValueError, TypeError, UnicodeDecodeError) as err:
        raise QueryError("NE401", f"cursor {_shown(value)} {_BAD_CURSOR}") from err


def _shown(value: object) -> str:
    text = repr(value)
    return text if len(text) <= 60 else text[:57] + "..."


def _key_of(raw: Any) -> EventKey:
    """Check the decoded JSON of a cursor; raise ValueError when it is no event key."""
    if not isinstance(raw, list) or len(raw) != 5:
        raise ValueError("a cursor holds five values")
    start, day, article_id, offset, event_id = raw
    if not all(isinstance(v, str) for v in (start, day, article_id, event_id)):
        raise TypeError("cursor values have the wrong type")
    if isinstance(offset, bool) or not isinstance(offset, int):
        raise TypeError("cursor offset is not a whole number")
    return EventKey(date.fromisoformat(start), day, article_id, offset, event_id)


@dataclass(frozen=True)
class PageQuery:
    """A validated page request: filters, page size and where the page starts."""

    filters: EventFilter
    limit: int
    after: EventKey | None


def page_query(*, limit: object = None, cursor: object = None, **filters: object) -> PageQuery:
    """Validate a page request (``filters`` are ``build_filter``'s names); no store needed.

    Raises:
        QueryError: NE401 naming the first invalid filter, limit or cursor.
    """
    return PageQuery(build_filter(**filters), parse_page_limit(limit), decode_cursor(cursor))


def find_event_page(store: Store, query: PageQuery) -> EventPage:
    """One page of the events ``query`` asks for, in the CLI's order."""
    rows = store.views.events_page(query.filters, query.after, query.limit + 1)
    page = tuple(rows[: query.limit])
    more = len(rows) > query.limit
    return EventPage(page, encode_cursor(event_key(page[-1])) if more and page else None)


def api_event_dict(event: Event) -> dict[str, Any]:
    """``event_to_dict`` (the JSON-lines contract) plus the ``trigger`` span."""
    trigger = event.trigger
    return event_to_dict(event) | {
        "trigger": {"text": trigger.text, "start": trigger.start, "end": trigger.end}
    }
