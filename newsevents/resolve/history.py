"""Countries as they stood on an article's day (``data/country_history.tsv``).

The knowledge base names today's states; an article from 1990 that reports on Pristina
reports on Serbia, and one from 1985 that names "Congo" means Brazzaville, not Zaire."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date
from functools import lru_cache
from typing import TypeVar

from newsevents.models import Actor, Location
from newsevents.resolve.kb import read_rows

Placed = TypeVar("Placed", Actor, Location)


@dataclass(frozen=True)
class Period:
    """One row: ``code`` is coded ``then`` on days from ``start`` to ``end``."""

    code: str
    then: str
    start: date
    end: date
    names: frozenset[str]
    unless: frozenset[str]

    def holds(self, country: str | None, text: str, day: date) -> bool:
        """Whether this period recodes ``country`` named by ``text`` on ``day``."""
        if country != self.code or not self.start <= day <= self.end:
            return False
        words = set(re.findall(r"[\w-]+", text))
        return (not self.names or bool(words & self.names)) and not words & self.unless


@lru_cache(maxsize=1)
def periods() -> tuple[Period, ...]:
    """The packaged periods, read once per process."""
    return tuple(_period(row) for row in read_rows("country_history.tsv"))


def _period(row: dict[str, str]) -> Period:
    start = date.fromisoformat(row["from"]) if row["from"] else date.min
    end = date.fromisoformat(row["to"]) if row["to"] else date.max
    names = frozenset(n for n in row["names"].split("|") if n)
    unless = frozenset(n for n in row["unless"].split("|") if n)
    return Period(row["code"], row["then"], start, end, names, unless)


def as_of(item: Placed, day: date | None) -> Placed:
    """``item`` with its country as it stood on ``day`` (unchanged when undated)."""
    if day is None or item.country is None:
        return item
    text = item.text if isinstance(item, Actor) else item.name
    for period in periods():
        if period.holds(item.country, text, day):
            return replace(item, country=period.then)
    return item
