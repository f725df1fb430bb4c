"""The ``link`` stage: link every stored mention not yet linked, in chunks, incrementally.

For each chunk of pending mentions (in publication order) it loads from the store only the
events those mentions could join (same type family and dyad, overlapping date window),
links the chunk, and writes the new claims and the founded or grown events in one
transaction. Mentions already linked are never read again, so running it twice changes
nothing and a new article touches only the events it links to.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import date

from newsevents.link.cluster import Group, assign, existing_group, summarise
from newsevents.link.features import Features, features
from newsevents.link.rules import LinkRules, Weights
from newsevents.store import Store

CHUNK = 2000
"""Pending mentions linked per transaction."""


@dataclass(frozen=True)
class LinkSummary:
    """What one run of the stage did."""

    mentions: int = 0
    founded: int = 0
    grown: int = 0

    def __add__(self, other: LinkSummary) -> LinkSummary:
        return LinkSummary(self.mentions + other.mentions, self.founded + other.founded,
                           self.grown + other.grown)

    def line(self) -> str:
        return f"linked {self.mentions} / new events {self.founded} / grown {self.grown}"


def link_pending(store: Store, rules: LinkRules | None = None,
                 chunk: int = CHUNK) -> LinkSummary:
    """Link all pending mentions of ``store``; return the counts."""
    rules = rules or LinkRules()
    total = LinkSummary()
    with store.links.exclusive():  # another writer of a server database links in turn
        pending = [features(m) for m in store.links.pending()]
        for part in _chunks(pending, chunk):
            total += _link_chunk(store, part, rules)
    return total


def _chunks(items: Sequence[Features], size: int) -> Iterator[Sequence[Features]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


def _keys(part: Sequence[Features]) -> list[tuple[str, str, date, date]]:
    """``(family, dyad, lo, hi)`` per blocking key: the span of the part's windows."""
    spans: dict[tuple[str, str], tuple[date, date]] = {}
    for f in part:
        key = (f.family, f.dyad)
        lo, hi = spans.get(key, (f.start, f.end))
        spans[key] = (min(lo, f.start), max(hi, f.end))
    return [(fam, dyad, lo, hi) for (fam, dyad), (lo, hi) in sorted(spans.items())]


def _link_chunk(store: Store, part: Sequence[Features], rules: LinkRules) -> LinkSummary:
    existing = [existing_group(r) for r in store.links.candidates(_keys(part))]
    before = {g.id: len(g.members) for g in existing}
    changed = assign(part, existing, rules, _weights(store, part, existing))
    claims = [c for g in changed for _, c in g.members[before.get(g.id, 0):]]
    new_words = Counter(w for f in part for w in f.words)
    store.links.save(claims, [summarise(g, rules.name) for g in changed], new_words)
    return _summary(changed, before)


def _weights(store: Store, part: Sequence[Features], existing: Sequence[Group]) -> Weights:
    """Word weights from the stored counts plus the part's own mentions."""
    new_words = Counter(w for f in part for w in f.words)
    seen = set(new_words) | {w for g in existing for f, _ in g.members for w in f.words}
    stored, total = store.links.word_counts(sorted(seen))
    return Weights({w: stored.get(w, 0) + new_words[w] for w in seen}, total + len(part))


def _summary(changed: Sequence[Group], before: dict[str, int]) -> LinkSummary:
    founded = sum(1 for g in changed if g.id not in before)
    added = sum(len(g.members) - before.get(g.id, 0) for g in changed)
    return LinkSummary(added, founded, len(changed) - founded)
