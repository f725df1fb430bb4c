"""Incremental clustering: each new mention joins the best-matching real event, or founds one.

A mention may join an event only when it is compatible with *every* mention already in it
(complete link, so events do not drift from day to day) and the event's date window,
the days all its mentions allow, still overlaps its own; it joins the event whose best
member scores highest (ties: the smaller event id). Mentions are taken in a fixed order
(publication date, article, offset), so the same input always gives the same events.
"""

from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date

from newsevents.link.claims import make_claim, status
from newsevents.link.features import Features, features
from newsevents.link.rules import LinkRules, Weights, compatible, needed, score
from newsevents.models import (
    Claim,
    EventRecord,
    LinkedEvent,
    Location,
    Precision,
)

_PRECISION_RANK: dict[Precision, int] = {
    "day": 0, "week": 1, "month": 2, "year": 3, "publication": 4,
}  # fmt: skip


@dataclass(frozen=True)
class Group:
    """A real event while linking: its members (features and claim, in joining order)."""

    id: str
    members: tuple[tuple[Features, Claim], ...]
    start: date
    end: date
    changed: bool = False

    def joined(self, member: tuple[Features, Claim]) -> Group:
        f = member[0]
        return Group(self.id, (*self.members, member), max(self.start, f.start),
                     min(self.end, f.end), True)


def event_key(mention_id: str) -> str:
    """The id of the event a mention founds."""
    return "le:" + hashlib.sha1(mention_id.encode("utf-8")).hexdigest()[:20]


def mention_order(f: Features) -> tuple[date, str, int, str]:
    e = f.mention.event
    return f.mention.published, e.article_id, e.evidence.start, e.id


def existing_group(record: EventRecord) -> Group:
    """A stored event with its members, ready to take new mentions."""
    by_id = {c.mention_id: c for c in record.claims}
    members = tuple((features(m), by_id[m.event.id]) for m in record.mentions)
    return Group(record.event.id, members, record.event.date_start, record.event.date_end)


def _match(f: Features, group: Group, rules: LinkRules, weight: Weights) -> float | None:
    """The score with which ``f`` may join ``group``, or None."""
    if not (group.start <= f.end and f.start <= group.end):
        return None
    best: float | None = None
    for other, _ in group.members:
        if not compatible(f, other, rules):
            return None
        value = score(f, other, rules, weight)
        if value >= needed(f, other, rules) and (best is None or value > best):
            best = value
    return best


def assign(pending: Iterable[Features], existing: Sequence[Group], rules: LinkRules,
           weight: Weights) -> list[Group]:
    """Link every pending mention; return the events that were founded or grew."""
    groups: dict[str, Group] = {g.id: g for g in existing}
    index: dict[tuple[str, str], list[str]] = {}
    for g in existing:
        index.setdefault((g.members[0][0].family, g.members[0][0].dyad), []).append(g.id)
    for f in sorted(pending, key=mention_order):
        key = (f.family, f.dyad)
        found: tuple[float, str] | None = None
        for gid in index.get(key, ()):
            value = _match(f, groups[gid], rules, weight)
            if value is not None and (found is None or (-value, gid) < (-found[0], found[1])):
                found = (value, gid)
        if found is None:
            gid = event_key(f.mention.event.id)
            claim = make_claim(f.mention, gid, 1.0, rules.name)
            groups[gid] = Group(gid, ((f, claim),), f.start, f.end, True)
            index.setdefault(key, []).append(gid)
        else:
            value, gid = found
            claim = make_claim(f.mention, gid, round(value, 4), rules.name)
            groups[gid] = groups[gid].joined((f, claim))
    return [g for g in groups.values() if g.changed]


def _most_common(values: Iterable[str]) -> str | None:
    counts = Counter(values)
    return max(counts, key=lambda v: counts[v]) if counts else None  # first seen wins ties


def summarise(group: Group, linker: str) -> LinkedEvent:
    """The stored row of a real event, from all its members."""
    feats = [f for f, _ in group.members]
    claims = [c for _, c in group.members]
    events = [f.mention.event for f in feats]
    kind = _most_common(e.type for e in events)
    head = next(e for e in events if e.type == kind)
    dated = min(events, key=lambda e: (_PRECISION_RANK[e.date_precision], e.date))
    place = _place([e.location for e in events])
    outlets = {f.mention.outlet or f"article:{f.mention.event.article_id}" for f in feats}
    published = [f.mention.published for f in feats]
    return LinkedEvent(
        id=group.id, family=feats[0].family, dyad=feats[0].dyad, type=head.type,
        mode=_most_common(e.mode for e in events if e.type == kind and e.mode) or None,
        quad=head.quad, score=head.score,
        source=head.source, target=head.target,
        date=dated.date, date_precision=dated.date_precision,
        date_start=group.start, date_end=group.end, location=place,
        n_mentions=len(events), n_articles=len({e.article_id for e in events}),
        n_sources=len(outlets), first_seen=min(published), last_seen=max(published),
        status=status(claims), first_mention=events[0].id, linker=linker,
    )  # fmt: skip


def _place(locations: list[Location | None]) -> Location | None:
    known = [loc for loc in locations if loc is not None]
    name = _most_common(loc.name for loc in known)
    return next((loc for loc in known if loc.name == name), None)
