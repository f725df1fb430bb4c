"""The PLOVER ontology: event types, modes, quad classes and scores.

The table lives in ``data/plover_types.tsv``; this module only loads and looks up.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from newsevents.datafiles import read_tsv

QUAD_NAMES = {
    1: "verbal cooperation",
    2: "material cooperation",
    3: "verbal conflict",
    4: "material conflict",
}


@dataclass(frozen=True)
class TypeInfo:
    """Quad class and score of one PLOVER type (with an optional mode)."""

    type: str
    mode: str | None
    quad: int
    score: float


@lru_cache(maxsize=1)
def _table() -> dict[tuple[str, str | None], TypeInfo]:
    table = {}
    for row in read_tsv("newsevents.extract", "plover_types.tsv"):
        info = TypeInfo(row["type"], row["mode"] or None, int(row["quad"]), float(row["score"]))
        table[(info.type, info.mode)] = info
    return table


def event_types() -> list[str]:
    """The 16 PLOVER event types, in the manual's order."""
    return list(dict.fromkeys(t for t, _ in _table()))


def modes(event_type: str) -> list[str]:
    """The modes the manual defines for ``event_type``."""
    return [m for t, m in _table() if t == event_type and m]


def info(event_type: str, mode: str | None = None) -> TypeInfo:
    """Quad and score for a type and mode; an unknown mode falls back to the type."""
    table = _table()
    if (event_type, mode) in table:
        return table[(event_type, mode)]
    if (event_type, None) not in table:
        raise KeyError(f"unknown PLOVER type {event_type!r}")
    return table[(event_type, None)]
