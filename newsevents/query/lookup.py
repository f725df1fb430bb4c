"""Lookups by id: one article with its events, one real event with its mentions and claims."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from newsevents.errors import QueryError
from newsevents.models import Article, Claim, Event, EventRecord
from newsevents.query.claims import claim_dict, linked_event_dict
from newsevents.query.events import parse_article_id
from newsevents.query.pages import api_event_dict
from newsevents.store import EventFilter, Store
from newsevents.store.views import ArticleHeader, StoreStats

_MAX_ID = 1000


@dataclass(frozen=True)
class ArticleView:
    """A stored article and the events coded from it (by offset)."""

    article: Article
    events: tuple[Event, ...]


@dataclass(frozen=True)
class EventView:
    """A real event (None for a mention not linked yet) with its mentions and claims.

    ``articles`` holds the metadata of each mention's article, by article id.
    """

    record: EventRecord | None
    mentions: tuple[Event, ...]
    claims: tuple[Claim, ...]
    articles: dict[str, ArticleHeader]


def _parse_id(what: str, value: object) -> str:
    """A non-empty id of at most ``_MAX_ID`` characters; NE404 for anything else."""
    if not isinstance(value, str) or not value.strip() or len(value) > _MAX_ID:
        raise QueryError("NE404", f"no {what} with id {str(value)[:80]!r}")
    return value.strip()


def get_article(store: Store, article_id: object) -> ArticleView:
    """The article ``article_id`` with its events.

    Raises:
        QueryError: NE404 when no article has that id.
    """
    wanted = _parse_id("article", article_id)
    article = store.views.article(wanted)
    if article is None:
        raise QueryError("NE404", f"no article with id {wanted[:80]!r}")
    events = store.query_events(EventFilter(article_id=wanted))
    return ArticleView(article, tuple(sorted(events, key=lambda e: (e.evidence.start, e.id))))


def require_article(store: Store, article_id: object) -> str | None:
    """``article_id`` validated as a filter (None for none) when such an article is stored.

    Raises:
        QueryError: NE401 for an empty id; NE404 when no article has that id.
    """
    wanted = parse_article_id(article_id)
    if wanted is not None and (len(wanted) > _MAX_ID or store.views.article(wanted) is None):
        raise QueryError("NE404", f"no article with id {wanted[:80]!r}")
    return wanted


def get_event(store: Store, event_id: object) -> EventView:
    """A real event by its id, or by the id of one of its mentions.

    Raises:
        QueryError: NE404 when neither a real event nor a mention has that id.
    """
    wanted = _parse_id("event", event_id)
    records = store.links.records([wanted])
    if not records:
        exists, linked = store.views.mention_event(wanted)
        if not exists:
            raise QueryError("NE404", f"no event or mention with id {wanted[:80]!r}")
        records = store.links.records([linked]) if linked else []
    if not records:  # a mention not linked yet: its own event only
        mention = store.views.mention(wanted)
        alone = (mention,) if mention is not None else ()
        return EventView(None, alone, (), _headers(store, alone))
    record = records[0]
    mentions = tuple(m.event for m in record.mentions)
    return EventView(record, mentions, record.claims, _headers(store, mentions))


def _headers(store: Store, events: tuple[Event, ...]) -> dict[str, ArticleHeader]:
    return store.views.article_headers(sorted({e.article_id for e in events}))


def get_stats(store: Store) -> StoreStats:
    """Rows stored (articles, mentions, real events, rejects) and the article date range."""
    return store.views.stats()


# --------------------------------------------------------------------------- formats


def header_dict(header: ArticleHeader | None) -> dict[str, Any] | None:
    """The JSON record of an article's metadata."""
    if header is None:
        return None
    return {"id": header.id, "title": header.title, "source": header.source,
            "date": header.date.isoformat(), "url": header.url}


def article_dict(view: ArticleView) -> dict[str, Any]:
    """The JSON record of an article with its events (``mentions``)."""
    a = view.article
    return {"id": a.id, "date": a.date.isoformat(), "title": a.title, "source": a.source,
            "url": a.url, "text": a.text, "mentions": [api_event_dict(e) for e in view.events]}


def event_view_dict(view: EventView) -> dict[str, Any]:
    """The JSON record of a real event with its mentions (each with its article) and claims."""
    return {
        "event": linked_event_dict(view.record.event) if view.record else None,
        "mentions": [api_event_dict(e) | {"article": header_dict(view.articles.get(e.article_id))}
                     for e in view.mentions],
        "claims": [claim_dict(c) for c in view.claims],
    }
