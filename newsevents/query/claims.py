"""Real events with their claims: who reported each event, which way, in whose words.

``find_claims`` backs ``newsevents claims``; ``write_jsonl``/``write_csv``/``format_table``
are its output formats.
"""

from __future__ import annotations

import csv
import json
import textwrap
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from typing import Any, TextIO

from newsevents.errors import QueryError
from newsevents.models import Actor, Claim, LinkedEvent
from newsevents.query.events import (
    parse_country,
    parse_date,
    parse_limit,
    parse_status,
    parse_type,
)
from newsevents.store import Store
from newsevents.store.links import EventQuery


@dataclass(frozen=True)
class EventClaims:
    """One real event and every claim about it (by publication date)."""

    event: LinkedEvent
    claims: tuple[Claim, ...]


def event_query(*, status: object = None, source: object = None, target: object = None,
                type: object = None, since: object = None, until: object = None) -> EventQuery:
    """Validate raw filter values into the store's ``EventQuery``.

    Raises:
        QueryError: NE401 naming the first invalid option.
    """
    start, end = parse_date("--since", since), parse_date("--until", until)
    if start is not None and end is not None and start > end:
        raise QueryError("NE401", f"--since {start} is after --until {end}")
    return EventQuery(status=parse_status(status), type=parse_type(type),
                      source=parse_country("--source", source),
                      target=parse_country("--target", target), since=start, until=end)


def find_claims(store: Store, *, status: str | None = None, source: str | None = None,
                target: str | None = None, type: str | None = None,
                since: str | date | None = None, until: str | date | None = None,
                limit: int | str | None = None) -> list[EventClaims]:
    """Real events matching every filter (by date), each with all its claims.

    Raises:
        QueryError: NE401 naming the first invalid option.
    """
    query = event_query(status=status, source=source, target=target, type=type, since=since,
                        until=until)
    events = store.links.events(query, parse_limit(limit))
    by_event: dict[str, list[Claim]] = {}
    for claim in store.links.claims([e.id for e in events]):
        by_event.setdefault(claim.event_id, []).append(claim)
    return [EventClaims(e, tuple(by_event.get(e.id, []))) for e in events]


# --------------------------------------------------------------------------- formats


def _actor(actor: Actor | None) -> dict[str, Any] | None:
    if actor is None:
        return None
    return {"text": actor.text, "country": actor.country, "sector": actor.sector}


def linked_event_dict(e: LinkedEvent) -> dict[str, Any]:
    """The JSON record of one real event (without its claims)."""
    loc = e.location
    return {
        "id": e.id, "type": e.type, "mode": e.mode, "quad": e.quad, "score": e.score,
        "source": _actor(e.source), "target": _actor(e.target),
        "date": e.date, "date_precision": e.date_precision,
        "window": [e.date_start.isoformat(), e.date_end.isoformat()],
        "location": None if loc is None else {"name": loc.name, "country": loc.country,
                                               "lat": loc.lat, "lon": loc.lon},
        "status": e.status, "n_mentions": e.n_mentions, "n_articles": e.n_articles,
        "n_sources": e.n_sources, "first_seen": e.first_seen.isoformat(),
        "last_seen": e.last_seen.isoformat(), "linker": e.linker,
    }  # fmt: skip


def claim_dict(c: Claim) -> dict[str, Any]:
    """The JSON record of one claim."""
    return {
        "mention_id": c.mention_id, "article_id": c.article_id, "outlet": c.outlet,
        "published": c.published.isoformat(), "claimant": c.claimant, "stance": c.stance,
        "quote": {"text": c.quote.text, "start": c.quote.start, "end": c.quote.end},
        "similarity": c.similarity,
    }  # fmt: skip


def write_jsonl(found: Iterable[EventClaims], out: TextIO) -> int:
    """One JSON object per event with its ``claims`` list; return the count."""
    count = 0
    for item in found:
        record = linked_event_dict(item.event) | {"claims": [claim_dict(c) for c in item.claims]}
        out.write(json.dumps(record, ensure_ascii=False) + "\n")
        count += 1
    return count


CSV_COLUMNS = (
    "event_id", "type", "source_country", "target_country", "date", "status", "n_mentions",
    "n_sources", "stance", "claimant", "outlet", "article_id", "published", "quote",
)  # fmt: skip


def write_csv(found: Iterable[EventClaims], out: TextIO) -> int:
    """A header and one row per claim; return the rows. Open ``out`` with ``newline=""``."""
    writer = csv.writer(out)
    writer.writerow(CSV_COLUMNS)
    count = 0
    for item in found:
        e = item.event
        for c in item.claims:
            row = [e.id, e.type, e.source.country, e.target.country if e.target else None,
                   e.date, e.status, e.n_mentions, e.n_sources, c.stance, c.claimant, c.outlet,
                   c.article_id, c.published.isoformat(), c.quote.text]
            writer.writerow(["" if v is None else v for v in row])
            count += 1
    return count


def _side(actor: Actor | None) -> str:
    if actor is None:
        return "-"
    return f"{actor.country or '-'}/{actor.sector or '-'} {actor.text}".strip()


def _heading(e: LinkedEvent) -> str:
    place = f" in {e.location.name}" if e.location else ""
    counts = (f"{e.n_mentions} mention{'s' * (e.n_mentions != 1)}, {e.n_articles} "
              f"article{'s' * (e.n_articles != 1)}, {e.n_sources} "
              f"source{'s' * (e.n_sources != 1)}")
    return (f"{e.status.upper()}  {e.type} {_side(e.source)} -> {_side(e.target)}{place}  "
            f"{e.date}  ({counts})  {e.id}")


def _claim_lines(c: Claim) -> list[str]:
    who = c.claimant if c.outlet in (None, c.claimant) else f"{c.claimant} (in {c.outlet})"
    head = f"  {c.stance:<9} {who}, {c.published.isoformat()}:"
    quote = " ".join(c.quote.text.split())
    return [head, *textwrap.wrap(f'"{quote}"', width=100, initial_indent="      ",
                                 subsequent_indent="       ")]


def format_table(found: Iterable[EventClaims]) -> str:
    """One block per event: a heading line, then each claim with its quote; or ``no events``."""
    blocks = ["\n".join([_heading(item.event), *[line for c in item.claims
                                                  for line in _claim_lines(c)]])
              for item in found]
    return "\n\n".join(blocks) if blocks else "no events"
