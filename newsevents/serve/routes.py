"""Read endpoints: thin wrappers that validate with ``query/`` and call it.

Every filter arrives as text and goes through the CLI's own validators, so a bad value
is a coded 422 (or 404 for an unknown id), never a 500. Each request opens the database
read-only and closes it before answering, so an ingest can write in between.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Request

from newsevents.errors import QueryError
from newsevents.query import actors, claims, lookup, pages, places, timeline
from newsevents.serve import downloads
from newsevents.serve.access import reading
from newsevents.serve.errors import ERROR_RESPONSES
from newsevents.serve.schemas import (
    ActorsOut,
    ArticleOut,
    ClaimsOut,
    DyadsOut,
    EventDetailOut,
    EventPageOut,
    HealthOut,
    PlacesOut,
    StatsOut,
    TimelineOut,
)
from newsevents.serve.settings import ServeSettings
from newsevents.store import Store

router = APIRouter(responses=ERROR_RESPONSES)

FILTERS = ("source", "target", "country", "type", "since", "until", "status", "polarity",
           "modality", "article")
"""The common event filters (``query.events.build_filter``), by query parameter name."""

_FORMATS = ("json", "csv", "parquet")
_TRUE, _FALSE = ("true", "1", "yes"), ("false", "0", "no")


def settings_of(request: Request) -> ServeSettings:
    """The settings of the app serving ``request``."""
    settings: ServeSettings = request.app.state.settings
    return settings


@contextmanager
def _store(request: Request) -> Iterator[Store]:
    settings = settings_of(request)
    with reading(settings.db, settings.read_wait) as store:
        yield store


def _only(request: Request, *names: str) -> None:
    """Refuse query parameters the endpoint does not know (a typo would filter nothing)."""
    unknown = sorted(set(request.query_params) - set(names))
    if unknown:
        raise QueryError("NE401", f"unknown parameter {unknown[0][:60]!r}; this endpoint "
                         f"takes {', '.join(names) or 'no parameters'}")


def event_filters(source: str | None = None, target: str | None = None,
                  country: str | None = None, type: str | None = None,
                  since: str | None = None, until: str | None = None,
                  status: str | None = None, polarity: str | None = None,
                  modality: str | None = None,
                  article: str | None = None) -> dict[str, str | None]:
    """The common filters as given (a dependency, so that OpenAPI lists them)."""
    return {"source": source, "target": target, "country": country, "type": type,
            "since": since, "until": until, "status": status, "polarity": polarity,
            "modality": modality, "article": article}


def _page_query(given: dict[str, str | None], limit: str | None,
                cursor: str | None = None) -> pages.PageQuery:
    """The validated page request of the common filters (no database needed)."""
    filters = {k: v for k, v in given.items() if k != "article"}
    return pages.page_query(limit=limit, cursor=cursor, article_id=given["article"], **filters)


def _known_article(store: Store, query: pages.PageQuery) -> None:
    """An ``article`` filter naming no stored article is 404, not an empty page."""
    lookup.require_article(store, query.filters.article_id)


_Filters = Annotated[dict[str, str | None], Depends(event_filters)]


def parse_format(value: str | None) -> str:
    """``json`` (the default), ``csv`` or ``parquet``; NE401 for anything else."""
    name = "json" if value is None else value.strip().lower()
    if name not in _FORMATS:
        raise QueryError("NE401", f"format {value!r:.60} is not one of {', '.join(_FORMATS)}")
    return name


def parse_bool(option: str, value: str | None) -> bool:
    """``true``/``false`` (also 1/0, yes/no); NE402 for anything else."""
    name = "false" if value is None else value.strip().lower()
    if name not in _TRUE + _FALSE:
        raise QueryError("NE402", f"{option} {value!r:.60} is not true or false")
    return name in _TRUE


def _whole(value: str | None, default: int) -> object:
    """A whole number from text for a validator, else the text itself (so it is refused)."""
    if value is None:
        return default
    text = value.strip()
    return int(text) if text.isascii() and text.isdigit() and len(text) < 10 else value


@router.get("/api/events", response_model=EventPageOut,
            responses={200: {"content": {"text/csv": {}, downloads.PARQUET_TYPE: {}}}})
def get_events(request: Request, filters: _Filters, limit: str | None = None,
               cursor: str | None = None, format: str | None = None) -> Any:
    """Events matching the filters, one page; ``format=csv|parquet`` downloads the page."""
    _only(request, *FILTERS, "limit", "cursor", "format")
    fmt = parse_format(format)
    query = _page_query(filters, limit, cursor)
    with _store(request) as store:
        _known_article(store, query)
        page = pages.find_event_page(store, query)
    if fmt != "json":
        return downloads.events_file(page.events, fmt)
    return {"events": [pages.api_event_dict(e) for e in page.events],
            "next_cursor": page.next_cursor}


@router.get("/api/events/{event_id}", response_model=EventDetailOut)
def get_event(request: Request, event_id: str) -> Any:
    """A real event (by its id or a mention's id) with its mentions and claims."""
    _only(request)
    with _store(request) as store:
        return lookup.event_view_dict(lookup.get_event(store, event_id))


@router.get("/api/articles/{article_id}", response_model=ArticleOut)
def get_article(request: Request, article_id: str) -> Any:
    """An article's text with its events (offsets index into ``text``)."""
    _only(request)
    with _store(request) as store:
        return lookup.article_dict(lookup.get_article(store, article_id))


@router.get("/api/actors", response_model=ActorsOut)
def get_actors(request: Request, name: str | None = None, limit: str | None = None) -> Any:
    """User actors and remembered people whose name contains ``name``."""
    _only(request, "name", "limit")
    size = pages.parse_page_limit(limit)
    with _store(request) as store:
        found = actors.find_actors(store, name=name)
    return {"actors": [actors.actor_to_dict(a) for a in found[:size]]}


@router.get("/api/dyads", response_model=DyadsOut)
def get_dyads(request: Request, limit: str | None = None, since: str | None = None,
              until: str | None = None, type: str | None = None) -> Any:
    """The most active country pairs, source to target."""
    _only(request, "limit", "since", "until", "type")
    query = places.dyad_query(limit=limit, since=since, until=until, type=type)
    with _store(request) as store:
        found = places.find_dyads(store, query)
    return {"dyads": [places.dyad_dict(d) for d in found]}


@router.get("/api/timeline", response_model=TimelineOut)
def get_timeline(request: Request, a: str | None = None, b: str | None = None,
                 by: str | None = None, directed: str | None = None, top: str | None = None,
                 since: str | None = None, until: str | None = None) -> Any:
    """Real events between countries ``a`` and ``b`` per day, week or month."""
    _only(request, "a", "b", "by", "directed", "top", "since", "until")
    flag = parse_bool("directed", directed)
    with _store(request) as store:
        found = timeline.build_timeline(store, a, b, by=by or "month", directed=flag,
                                        since=since, until=until, top=_whole(top, 3))
    return timeline.timeline_dict(found)


@router.get("/api/claims", response_model=ClaimsOut)
def get_claims(request: Request, status: str | None = None, source: str | None = None,
               target: str | None = None, type: str | None = None, since: str | None = None,
               until: str | None = None, limit: str | None = None) -> Any:
    """Real events with every claim about them (who says what, which way)."""
    _only(request, "status", "source", "target", "type", "since", "until", "limit")
    size = pages.parse_page_limit(limit)
    claims.event_query(status=status, source=source, target=target, type=type, since=since,
                       until=until)  # validated before the database is opened
    with _store(request) as store:
        found = claims.find_claims(store, status=status, source=source, target=target,
                                   type=type, since=since, until=until, limit=size)
    return {"events": [claims.linked_event_dict(f.event)
                       | {"claims": [claims.claim_dict(c) for c in f.claims]} for f in found]}


@router.get("/api/places", response_model=PlacesOut)
def get_places(request: Request, filters: _Filters, limit: str | None = None) -> Any:
    """Places of the matching events that have coordinates, busiest first."""
    _only(request, *FILTERS, "limit")
    query = _page_query(filters, limit)
    with _store(request) as store:
        _known_article(store, query)
        found = places.find_places(store, query)
    return {"places": [places.place_dict(p) for p in found]}


@router.get("/api/stats", response_model=StatsOut)
def get_stats(request: Request) -> Any:
    """Rows stored, the article date range and whether the server refuses writes."""
    _only(request)
    with _store(request) as store:
        stats = lookup.get_stats(store)
    return {"articles": stats.articles, "mentions": stats.mentions, "events": stats.events,
            "rejects": stats.rejects, "read_only": settings_of(request).read_only,
            "first_date": stats.first_date.isoformat() if stats.first_date else None,
            "last_date": stats.last_date.isoformat() if stats.last_date else None}


@router.get("/api/health", response_model=HealthOut)
def get_health() -> Any:
    """Liveness: the server answers."""
    return {"ok": True}
