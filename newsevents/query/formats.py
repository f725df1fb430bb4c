"""Event output formats: JSON lines (the public contract), CSV and a plain-text table."""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable, Sequence
from typing import Any, TextIO

from newsevents.models import Actor, Event

CSV_COLUMNS = (
    "id", "article_id", "date", "date_precision", "type", "mode", "quad", "score",
    "source_text", "source_country", "source_sector",
    "target_text", "target_country", "target_sector",
    "polarity", "modality", "claimant_text", "location_name", "location_country",
    "status", "evidence_sentence", "extractor", "event_id", "n_mentions", "n_sources",
)  # fmt: skip
"""Header of ``write_csv``, in order."""

# (heading, width) of each ``format_table`` column; with two-space gaps the line is 160 wide.
TABLE_COLUMNS = (
    ("date", 10), ("type", 9), ("mode", 12), ("source", 28), ("target", 28),
    ("polarity/modality", 21), ("place", 18), ("claimant", 20),
)  # fmt: skip
_GAP = "  "


def _actor_dict(actor: Actor | None) -> dict[str, Any] | None:
    if actor is None:
        return None
    return {"text": actor.text, "country": actor.country, "sector": actor.sector}


def event_to_dict(e: Event) -> dict[str, Any]:
    """Return the JSON-lines record of one event (keys in contract order)."""
    loc = e.location
    location = (
        None
        if loc is None
        else {"name": loc.name, "country": loc.country, "lat": loc.lat, "lon": loc.lon}
    )
    return {
        "id": e.id,
        "article_id": e.article_id,
        "type": e.type,
        "mode": e.mode,
        "quad": e.quad,
        "score": e.score,
        "source": _actor_dict(e.source),
        "target": _actor_dict(e.target),
        "date": e.date,
        "date_precision": e.date_precision,
        "location": location,
        "polarity": e.polarity,
        "modality": e.modality,
        "claimant": _actor_dict(e.claimant),
        "status": e.status,
        "event_id": e.event_id,
        "n_mentions": e.n_mentions,
        "n_articles": e.n_articles,
        "n_sources": e.n_sources,
        "evidence": {"sentence": e.evidence.text, "start": e.evidence.start, "end": e.evidence.end},
        "extractor": e.extractor,
        "resolver": e.resolver,
    }


def write_jsonl(events: Iterable[Event], out: TextIO) -> int:
    """Write one JSON object per line (UTF-8 text, not ASCII-escaped); return the count."""
    count = 0
    for event in events:
        out.write(json.dumps(event_to_dict(event), ensure_ascii=False) + "\n")
        count += 1
    return count


def _csv_row(e: Event) -> list[Any]:
    target = e.target or Actor("")
    loc = e.location
    return [
        e.id, e.article_id, e.date, e.date_precision, e.type, e.mode, e.quad, e.score,
        e.source.text, e.source.country, e.source.sector,
        target.text if e.target else None, target.country, target.sector,
        e.polarity, e.modality, e.claimant.text if e.claimant else None,
        loc.name if loc else None, loc.country if loc else None,
        e.status, e.evidence.text, e.extractor, e.event_id, e.n_mentions, e.n_sources,
    ]  # fmt: skip


def csv_record(e: Event) -> dict[str, Any]:
    """One event as a flat record of ``CSV_COLUMNS`` (None for a missing value)."""
    return dict(zip(CSV_COLUMNS, _csv_row(e), strict=True))


def write_csv(events: Iterable[Event], out: TextIO) -> int:
    """Write a header and one flattened row per event (``CSV_COLUMNS``); return the count.

    Missing values are empty cells. Open ``out`` with ``newline=""``.
    """
    writer = csv.writer(out)
    writer.writerow(CSV_COLUMNS)
    count = 0
    for event in events:
        writer.writerow(["" if value is None else value for value in _csv_row(event)])
        count += 1
    return count


def actor_label(actor: Actor | None) -> str:
    """Return ``COUNTRY/SECTOR text`` (``-`` for an unknown part), or ``-`` for no actor."""
    if actor is None:
        return "-"
    if actor.country is None and actor.sector is None:
        return actor.text or "(unnamed)"
    return f"{actor.country or '-'}/{actor.sector or '-'} {actor.text}"


def _table_cells(e: Event) -> list[str]:
    place = "-"
    if e.location is not None:
        place = e.location.name + (f" ({e.location.country})" if e.location.country else "")
    return [
        e.date,
        e.type,
        e.mode or "-",
        actor_label(e.source),
        actor_label(e.target),
        f"{e.polarity}/{e.modality}",
        place,
        actor_label(e.claimant),
    ]


def _fit(text: str, width: int) -> str:
    flat = " ".join(text.split())
    if len(flat) > width:
        flat = flat[: width - 3] + "..."
    return flat.ljust(width)


def _table_line(cells: Sequence[str], columns: Sequence[tuple[str, int]]) -> str:
    parts = (_fit(cell, width) for cell, (_, width) in zip(cells, columns, strict=True))
    return _GAP.join(parts).rstrip()


def fixed_width_table(columns: Sequence[tuple[str, int]], rows: Iterable[Sequence[str]],
                      empty: str) -> str:
    """Rows of cells under a header and a rule, each cell cut to its column's width;
    ``empty`` when there are no rows."""
    lines = [_table_line(cells, columns) for cells in rows]
    if not lines:
        return empty
    header = _table_line([name for name, _ in columns], columns)
    rule = _GAP.join("-" * width for _, width in columns)
    return "\n".join([header, rule, *lines])


def format_table(events: Iterable[Event]) -> str:
    """Return a fixed-width table (at most 160 columns), or ``no events`` for none."""
    return fixed_width_table(TABLE_COLUMNS, (_table_cells(e) for e in events), "no events")
