"""What the store knows about actors: user actor files and the corpus memory, with evidence.

``find_actors`` backs ``newsevents actors``; the ``write_*``/``format_*`` functions are its
output formats (table, CSV, JSON lines).
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any, Literal, TextIO

from newsevents.errors import QueryError
from newsevents.models import ActorFact, UserActor
from newsevents.query.formats import fixed_width_table
from newsevents.resolve.memory import person_key
from newsevents.store import Store

Kind = Literal["user", "memory"]


@dataclass(frozen=True)
class KnownActor:
    """One actor the store knows.

    ``kind`` "user": a row of a user actor file (``origin``/``line``, aliases, validity).
    ``kind`` "memory": a person learned from articles; country, sector and title are those
    of the latest fact (what an article published today would get), ``evidence`` all facts
    in date order.
    """

    kind: Kind
    name: str
    country: str | None
    sector: str | None
    title: str | None = None
    aliases: tuple[str, ...] = ()
    valid_from: date | None = None
    valid_to: date | None = None
    origin: str | None = None
    line: int | None = None
    evidence: tuple[ActorFact, ...] = ()

    @property
    def first_seen(self) -> date | None:
        return self.evidence[0].published if self.evidence else None

    @property
    def last_seen(self) -> date | None:
        return self.evidence[-1].published if self.evidence else None


def parse_name(value: object) -> str | None:
    """A name filter (a non-empty piece of a name), or None for no filter.

    Raises:
        QueryError: NE401 when ``value`` is not a non-empty string.
    """
    if value is None:
        return None
    if not isinstance(value, str) or not value.strip():
        raise QueryError("NE401", f"--name {value!r} must be a non-empty part of a name")
    return value.strip()


def find_actors(store: Store, *, name: object = None) -> list[KnownActor]:
    """User actors (by file and line), then remembered people (by name).

    ``name`` keeps actors whose name (or, for user actors, an alias) contains it,
    ignoring case.

    Raises:
        QueryError: NE401 for an empty ``name``.
    """
    needle = parse_name(name)
    users = [_user(actor) for actor in store.user_actors(needle)]
    return users + _remembered(store.actor_facts(needle))


def _user(actor: UserActor) -> KnownActor:
    return KnownActor("user", actor.name, actor.country, actor.sector, None, actor.aliases,
                      actor.valid_from, actor.valid_to, actor.origin, actor.line)


def _remembered(facts: Sequence[ActorFact]) -> list[KnownActor]:
    """One entry per remembered person; ``facts`` come in date order."""
    people: dict[str, list[ActorFact]] = {}
    for fact in facts:
        people.setdefault(person_key(fact.name) or fact.name.casefold(), []).append(fact)
    entries = [_memory_entry(group) for group in people.values()]
    return sorted(entries, key=lambda entry: entry.name.casefold())


def _memory_entry(facts: list[ActorFact]) -> KnownActor:
    latest = facts[-1]
    return KnownActor("memory", latest.name, latest.country, latest.sector, latest.title,
                      evidence=tuple(facts))


# --------------------------------------------------------------------------- formats

CSV_COLUMNS = (
    "kind", "name", "country", "sector", "title", "aliases", "valid_from", "valid_to",
    "origin", "line", "article_id", "published", "evidence_country", "evidence_sector",
    "evidence_title", "mention", "sentence", "sentence_start", "sentence_end",
)  # fmt: skip
"""Header of ``write_csv``: one row per user actor and per piece of evidence."""

TABLE_COLUMNS = (
    ("kind", 6), ("name", 26), ("country", 7), ("sector", 6), ("title/aliases", 22),
    ("valid/seen", 22), ("source/evidence", 59),
)  # fmt: skip


def _span_dict(text: str, start: int, end: int) -> dict[str, Any]:
    return {"text": text, "start": start, "end": end}


def _fact_dict(fact: ActorFact) -> dict[str, Any]:
    return {
        "article_id": fact.article_id,
        "published": fact.published.isoformat(),
        "name": fact.name,
        "country": fact.country,
        "sector": fact.sector,
        "title": fact.title,
        "mention": _span_dict(fact.mention.text, fact.mention.start, fact.mention.end),
        "sentence": _span_dict(fact.sentence.text, fact.sentence.start, fact.sentence.end),
    }


def _iso(day: date | None) -> str | None:
    return day.isoformat() if day is not None else None


def actor_to_dict(actor: KnownActor) -> dict[str, Any]:
    """The JSON-lines record of one known actor."""
    return {
        "kind": actor.kind,
        "name": actor.name,
        "country": actor.country,
        "sector": actor.sector,
        "title": actor.title,
        "aliases": list(actor.aliases),
        "valid_from": _iso(actor.valid_from),
        "valid_to": _iso(actor.valid_to),
        "origin": actor.origin,
        "line": actor.line,
        "first_seen": _iso(actor.first_seen),
        "last_seen": _iso(actor.last_seen),
        "evidence": [_fact_dict(fact) for fact in actor.evidence],
    }


def write_jsonl(actors: Iterable[KnownActor], out: TextIO) -> int:
    """Write one JSON object per actor; return the count."""
    count = 0
    for actor in actors:
        out.write(json.dumps(actor_to_dict(actor), ensure_ascii=False) + "\n")
        count += 1
    return count


def _csv_rows(actor: KnownActor) -> list[list[Any]]:
    head = [actor.kind, actor.name, actor.country, actor.sector, actor.title,
            ";".join(actor.aliases), _iso(actor.valid_from), _iso(actor.valid_to),
            actor.origin, actor.line]
    if not actor.evidence:
        return [head + [None] * (len(CSV_COLUMNS) - len(head))]
    return [
        head + [f.article_id, f.published.isoformat(), f.country, f.sector, f.title,
                f.mention.text, f.sentence.text, f.sentence.start, f.sentence.end]
        for f in actor.evidence
    ]


def write_csv(actors: Iterable[KnownActor], out: TextIO) -> int:
    """Write a header and one row per user actor and per piece of evidence; return rows.

    Missing values are empty cells. Open ``out`` with ``newline=""``.
    """
    writer = csv.writer(out)
    writer.writerow(CSV_COLUMNS)
    count = 0
    for actor in actors:
        for row in _csv_rows(actor):
            writer.writerow(["" if value is None else value for value in row])
            count += 1
    return count


def _period(start: date | None, end: date | None) -> str:
    if start is None and end is None:
        return "-"
    if start == end:
        return _iso(start) or "-"
    return f"{_iso(start) or ''}..{_iso(end) or ''}"


def _table_cells(actor: KnownActor) -> list[str]:
    if actor.kind == "user":
        extra = "; ".join(actor.aliases) or "-"
        period = _period(actor.valid_from, actor.valid_to)
        source = f"{Path(actor.origin or '').name}:{actor.line}"
    else:
        extra = actor.title or "-"
        period = _period(actor.first_seen, actor.last_seen)
        count = len(actor.evidence)
        source = f"{count} mention{'s' if count != 1 else ''}; " + actor.evidence[-1].sentence.text
    return [actor.kind, actor.name, actor.country or "-", actor.sector or "-", extra, period,
            source]


def format_table(actors: Iterable[KnownActor]) -> str:
    """A fixed-width table (at most 160 columns), or ``no actors`` for none."""
    return fixed_width_table(TABLE_COLUMNS, (_table_cells(a) for a in actors), "no actors")
