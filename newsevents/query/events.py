"""Validated event queries: every filter is checked before it reaches the store."""

from __future__ import annotations

import re
from datetime import date, datetime

from newsevents.errors import QueryError
from newsevents.extract.plover import event_types
from newsevents.models import Event
from newsevents.store import EventFilter, Store

MAX_LIMIT = 1_000_000
"""Largest accepted ``--limit``."""

_COUNTRY = re.compile(r"[A-Za-z]{3}")
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_POLARITIES = ("positive", "negative")
_MODALITIES = ("asserted", "future", "hypothetical")
STATUSES = ("single_source", "confirmed", "disputed", "denied")
"""Statuses of a real event (see ``newsevents.link.claims``)."""


def _show(value: object) -> str:
    return repr(value) if isinstance(value, str) else f"{value!r} ({type(value).__name__})"


def parse_country(option: str, value: object) -> str | None:
    """Return an ISO 3166 alpha-3 code upper-cased, or None for no filter.

    Raises:
        QueryError: NE401 naming ``option`` when ``value`` is not three letters.
    """
    if value is None:
        return None
    if not isinstance(value, str) or not _COUNTRY.fullmatch(value.strip()):
        raise QueryError(
            "NE401", f"{option} {_show(value)} is not a 3-letter country code (e.g. USA, IND)"
        )
    return value.strip().upper()


def parse_type(value: object) -> str | None:
    """Return a PLOVER event type upper-cased, or None for no filter.

    Raises:
        QueryError: NE401 when ``value`` is not one of the 16 PLOVER types.
    """
    if value is None:
        return None
    types = event_types()
    name = value.strip().upper() if isinstance(value, str) else None
    if name not in types:
        raise QueryError(
            "NE401",
            f"--type {_show(value)} is not a PLOVER event type; use one of {', '.join(types)}",
        )
    return name


def parse_date(option: str, value: object) -> date | None:
    """Return ``value`` as a date (from a date or a YYYY-MM-DD string), or None.

    Raises:
        QueryError: NE401 naming ``option`` when ``value`` is no valid ISO date.
    """
    if value is None:
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, str) and _ISO_DATE.fullmatch(value.strip()):
        try:
            return date.fromisoformat(value.strip())
        except ValueError:
            pass
    raise QueryError("NE401", f"{option} {_show(value)} is not a valid date in YYYY-MM-DD form")


def parse_limit(value: object) -> int | None:
    """Return a positive limit of at most ``MAX_LIMIT``, or None for no limit.

    Raises:
        QueryError: NE401 when ``value`` is no whole number in 1..MAX_LIMIT.
    """
    if value is None:
        return None
    number: int | None = None
    if isinstance(value, int) and not isinstance(value, bool):
        number = value
    elif isinstance(value, str) and value.strip().isascii() and value.strip().isdigit():
        number = int(value.strip())
    if number is None or not 1 <= number <= MAX_LIMIT:
        raise QueryError(
            "NE401", f"--limit {_show(value)} is not a whole number from 1 to {MAX_LIMIT:,}"
        )
    return number


def parse_article_id(value: object) -> str | None:
    """Return a non-empty article id, or None for no filter.

    Raises:
        QueryError: NE401 when ``value`` is not a non-empty string.
    """
    if value is None:
        return None
    if not isinstance(value, str) or not value.strip():
        raise QueryError("NE401", f"--article {_show(value)} is not an article id")
    return value.strip()


def _choice(option: str, value: object, allowed: tuple[str, ...]) -> str | None:
    """``value`` lower-cased when it is one of ``allowed``; None for no filter.

    Raises:
        QueryError: NE401 naming ``option`` for any other value.
    """
    if value is None:
        return None
    name = value.strip().lower() if isinstance(value, str) else None
    if name not in allowed:
        raise QueryError("NE401", f"{option} {_show(value)} is not one of {', '.join(allowed)}")
    return name


def parse_polarity(value: object) -> str | None:
    """Return ``positive`` or ``negative``, or None for no filter (NE401 otherwise)."""
    return _choice("--polarity", value, _POLARITIES)


def parse_modality(value: object) -> str | None:
    """Return ``asserted``, ``future`` or ``hypothetical``, or None (NE401 otherwise)."""
    return _choice("--modality", value, _MODALITIES)


def parse_status(value: object) -> str | None:
    """An event status of ``STATUSES``, or None for no filter (NE401 otherwise)."""
    return _choice("--status", value, STATUSES)


def build_filter(
    *,
    source: object = None,
    target: object = None,
    type: object = None,
    since: object = None,
    until: object = None,
    article_id: object = None,
    polarity: object = None,
    status: object = None,
    country: object = None,
    modality: object = None,
) -> EventFilter:
    """Validate raw filter values and return the store's ``EventFilter``.

    ``country`` keeps events whose source or target is of that country.

    Raises:
        QueryError: NE401 naming the first invalid option.
    """
    start = parse_date("--since", since)
    end = parse_date("--until", until)
    if start is not None and end is not None and start > end:
        raise QueryError("NE401", f"--since {start} is after --until {end}")
    return EventFilter(
        source=parse_country("--source", source),
        target=parse_country("--target", target),
        type=parse_type(type),
        since=start,
        until=end,
        article_id=parse_article_id(article_id),
        polarity=parse_polarity(polarity),
        modality=parse_modality(modality),
        status=parse_status(status),
        country=parse_country("--country", country),
    )


def find_events(
    store: Store,
    *,
    source: str | None = None,
    target: str | None = None,
    type: str | None = None,
    since: str | date | None = None,
    until: str | date | None = None,
    limit: int | str | None = None,
    article_id: str | None = None,
    polarity: str | None = None,
    status: str | None = None,
    modality: str | None = None,
) -> list[Event]:
    """Return the stored events matching every given filter, in date order.

    ``since``/``until`` keep events whose date period (day, week, month or
    year) overlaps the range.

    Raises:
        QueryError: NE401 naming the first invalid option.
    """
    filters = build_filter(
        source=source,
        target=target,
        type=type,
        since=since,
        until=until,
        article_id=article_id,
        polarity=polarity,
        status=status,
        modality=modality,
    )
    return store.query_events(filters, parse_limit(limit))
