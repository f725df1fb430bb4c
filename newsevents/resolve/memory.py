"""Corpus memory: people defined in earlier articles, for bare mentions in later ones.

An article that writes "Indian Defence Minister Rajnath Singh" teaches an ``ActorFact``
(name, country, sector, title, and the sentence as evidence). A later article that says
only "Rajnath Singh said..." or "Singh met..." then resolves him the same way, unless the
article itself says who he is.

Names are keyed by their last two words, folded like the knowledge base ("rajnath singh").
A bare surname is used only when it picks out one remembered person: the article's own
full names with that surname narrow the choice, and a surname shared by two remembered
people, or by someone else named in the article, resolves to nobody.

Conflicting facts (the same name taught different countries, sectors or titles) are
settled by date, not by the order articles were ingested: for an article published on day
D the latest fact published on or before D wins (offices change; the newest description
up to that day is the best one); an article older than every fact takes the earliest.
Facts on the same day are ordered by article id, then offset.

One ``CorpusMemory`` belongs to one ingest: it is filled from the store when the ingest
starts and learns from each article right after it is coded, so later articles of the same
run (even in the same batch) see it. The store keeps the facts with their articles.
"""

from __future__ import annotations

from bisect import bisect_right, insort
from collections.abc import Collection, Iterable, Sequence
from datetime import date

from newsevents.models import ActorFact
from newsevents.resolve.kb import fold_name


def person_key(name: str) -> str | None:
    """The memory key of a full name (its last two words, folded), else ``None``."""
    words = fold_name(name)
    return " ".join(words[-2:]) if len(words) >= 2 else None


def _order(fact: ActorFact) -> tuple[date, str, int]:
    return fact.published, fact.article_id, fact.mention.start


class CorpusMemory:
    """Named people learned so far, by full-name key, each with its dated facts."""

    def __init__(self, facts: Iterable[ActorFact] = ()) -> None:
        self._facts: dict[str, list[ActorFact]] = {}
        self._surnames: dict[str, set[str]] = {}
        self._seen: set[tuple[str, int]] = set()
        self.learn(facts)

    def __len__(self) -> int:
        """How many people are remembered."""
        return len(self._facts)

    def learn(self, facts: Iterable[ActorFact]) -> int:
        """Remember ``facts`` (each article mention once); return how many were new."""
        new = 0
        for fact in facts:
            key = person_key(fact.name)
            if key is None or (fact.article_id, fact.mention.start) in self._seen:
                continue
            self._seen.add((fact.article_id, fact.mention.start))
            insort(self._facts.setdefault(key, []), fact, key=_order)
            self._surnames.setdefault(key.rsplit(" ", 1)[-1], set()).add(key)
            new += 1
        return new

    def by_name(self, names: Sequence[str], day: date | None) -> ActorFact | None:
        """The fact for the full name made of the last two of ``names``, as of ``day``."""
        key = person_key(" ".join(names[-2:]))
        facts = self._facts.get(key) if key is not None else None
        return _as_of(facts, day) if facts else None

    def by_surname(self, surname: str, day: date | None,
                   named_here: Collection[str] = ()) -> ActorFact | None:
        """The one remembered person with this surname, as of ``day``, else ``None``.

        ``named_here`` are the person keys of the full names in the current article: when
        some share the surname, only they are candidates.
        """
        words = fold_name(surname)
        if len(words) != 1:
            return None
        keys = self._surnames.get(words[0], set())
        here = {key for key in named_here if key.rsplit(" ", 1)[-1] == words[0]}
        candidates = keys & here if here else keys
        if len(candidates) != 1:
            return None
        return _as_of(self._facts[next(iter(candidates))], day)


def _as_of(facts: Sequence[ActorFact], day: date | None) -> ActorFact:
    """The latest fact published on or before ``day`` (else the earliest; None: the latest)."""
    if day is None:
        return facts[-1]
    index = bisect_right(facts, day, key=lambda fact: fact.published)
    return facts[index - 1] if index else facts[0]
