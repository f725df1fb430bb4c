"""Cross-outlet link rate on Timeline17's two-outlet wars (issue 4), and its ceiling.

Not a test: it prints figures. Run it on a database where both outlets of a pair were
ingested (Timeline17 ids look like ``t17/<Topic>_<outlet>/<YYYY-MM-DD>/<n>``)::

    .venv/bin/python benchmarks/link_rate.py --db full.duckdb \\
        LibyaWar_cnn:LibyaWar_reuters SyrianCrisis_bbc:SyrianCrisis_reuters

For each direction A → B, over the days on which both outlets published, it prints the
share of A's mentions whose real event also has a mention from B (the link rate), the same
share counted once per real event and day that A reported it (as the issue words it), and two
ceilings that no linker working on these coded mentions can pass: the share of A's
mentions for which B has, on the same day, a mention of the same type and the same pair of
countries, and of the same pair of countries whatever the type.
"""

from __future__ import annotations

import argparse
from dataclasses import dataclass

from newsevents.models import Event
from newsevents.query.events import find_events
from newsevents.store import Store


@dataclass(frozen=True)
class Row:
    """One mention of a Timeline17 article: outlet topic, publication day, what was coded."""

    topic: str
    day: str
    event_id: str | None
    type: str
    pair: frozenset[str | None]


def _row(event: Event) -> Row | None:
    parts = event.article_id.split("/")
    if len(parts) < 4 or parts[0] != "t17":
        return None
    pair = frozenset({event.source.country if event.source else None,
                      event.target.country if event.target else None})
    return Row(parts[1], parts[2], event.event_id, event.type, pair)


def _direction(rows: list[Row], a: str, b: str) -> dict[str, float | int]:
    days_b = {r.day for r in rows if r.topic == b}
    mine = [r for r in rows if r.topic == a and r.day in days_b]
    theirs = [r for r in rows if r.topic == b]
    events_b = {r.event_id for r in theirs if r.event_id}
    typed = {(r.day, r.type, r.pair) for r in theirs}
    paired = {(r.day, r.pair) for r in theirs}
    n = max(len(mine), 1)
    event_days = {(r.event_id, r.day) for r in mine if r.event_id}
    return {
        "shared_days": len(days_b & {r.day for r in rows if r.topic == a}),
        "mentions": len(mine),
        "link_rate": sum(r.event_id in events_b for r in mine) / n,
        "event_days": len(event_days),
        "event_day_link_rate": sum(e in events_b for e, _ in event_days) / max(len(event_days), 1),
        "ceiling_same_day_type_pair": sum((r.day, r.type, r.pair) in typed for r in mine) / n,
        "ceiling_same_day_pair": sum((r.day, r.pair) in paired for r in mine) / n,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", required=True)
    parser.add_argument("pairs", nargs="+", help="TOPIC_A:TOPIC_B, e.g. LibyaWar_cnn:LibyaWar_reuters")
    args = parser.parse_args()
    with Store.open(args.db, read_only=True, wait=30) as store:
        rows = [r for r in map(_row, find_events(store)) if r is not None]
    for pair in args.pairs:
        a, b = pair.split(":")
        for x, y in ((a, b), (b, a)):
            figures = _direction(rows, x, y)
            print(f"{x} -> {y}: " + ", ".join(
                f"{k} {v:.3f}" if isinstance(v, float) else f"{k} {v}" for k, v in figures.items()))


if __name__ == "__main__":
    main()
