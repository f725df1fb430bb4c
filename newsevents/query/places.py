"""Places and dyads for maps and overviews: events grouped by place or by country pair."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from datetime import date
from typing import Any

from newsevents.errors import QueryError
from newsevents.query.events import parse_date, parse_type
from newsevents.query.pages import PageQuery, parse_page_limit
from newsevents.store import Store
from newsevents.store.views import DyadCount, PlaceCount

DYAD_LIMIT = 20
"""Country pairs returned when no ``limit`` is given."""


def find_places(store: Store, query: PageQuery) -> list[PlaceCount]:
    """Places of the events ``query`` filters (``pages.page_query``), busiest first.

    Only events with coordinates count; a real event reported by several mentions at the
    same place counts once. ``query.limit`` caps the places.
    """
    return store.views.places(query.filters, query.limit)


@dataclass(frozen=True)
class DyadQuery:
    """Validated options of ``find_dyads``."""

    type: str | None
    since: date | None
    until: date | None
    limit: int


def dyad_query(*, limit: object = None, since: object = None, until: object = None,
               type: object = None) -> DyadQuery:
    """Validate the options of ``find_dyads``.

    Raises:
        QueryError: NE401 naming the first invalid option.
    """
    start, end = parse_date("--since", since), parse_date("--until", until)
    if start is not None and end is not None and start > end:
        raise QueryError("NE401", f"--since {start} is after --until {end}")
    return DyadQuery(parse_type(type), start, end, parse_page_limit(limit, default=DYAD_LIMIT))


def find_dyads(store: Store, query: DyadQuery) -> list[DyadCount]:
    """The most active country pairs (source to target) by real events not denied."""
    return store.views.dyads(type=query.type, since=query.since, until=query.until,
                             limit=query.limit)


def place_dict(place: PlaceCount) -> dict[str, Any]:
    """The JSON record of one place."""
    return asdict(place)


def dyad_dict(dyad: DyadCount) -> dict[str, Any]:
    """The JSON record of one country pair."""
    return asdict(dyad)
