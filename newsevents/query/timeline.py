"""Dyad timelines: real events between two countries per day, week or month.

A period counts each real event once (however many articles report it) by PLOVER quad
class, with the sum and mean of their scores and the most reported events. Only events
someone reports as having happened count: an event that is only expected, possible or
denied (``status`` "denied", or no ``asserted`` claim) is left out, and so is an event
dated less precisely than the period (a month-dated event in a weekly timeline); both
numbers are reported.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any, Literal, TextIO, cast

from newsevents.errors import QueryError
from newsevents.models import LinkedEvent
from newsevents.query.events import parse_country, parse_date
from newsevents.store import Store, date_period
from newsevents.store.links import EventQuery

Granularity = Literal["day", "week", "month"]
GRANULARITIES: tuple[Granularity, ...] = ("day", "week", "month")
QUADS = ("verbal_coop", "material_coop", "verbal_conflict", "material_conflict")
MAX_TOP = 20
_PERIOD_DAYS = {"day": 1, "week": 7, "month": 31}


@dataclass(frozen=True)
class Period:
    """One row of a timeline: ``quads`` counts events of quad class 1..4."""

    start: date
    label: str
    quads: tuple[int, int, int, int]
    score_sum: float
    top: tuple[LinkedEvent, ...]

    @property
    def n_events(self) -> int:
        return sum(self.quads)

    @property
    def score_mean(self) -> float | None:
        return round(self.score_sum / self.n_events, 3) if self.n_events else None


@dataclass(frozen=True)
class Timeline:
    """A dyad timeline and what it left out."""

    a: str
    b: str
    by: Granularity
    directed: bool
    periods: tuple[Period, ...]
    not_happened: int
    too_coarse: int

    @property
    def title(self) -> str:
        arrow = "->" if self.directed else "<->"
        return f"{self.a} {arrow} {self.b} events by {self.by}"


def parse_granularity(value: object) -> Granularity:
    """``day``, ``week`` or ``month``.

    Raises:
        QueryError: NE402 for anything else.
    """
    name = value.strip().lower() if isinstance(value, str) else None
    if name not in GRANULARITIES:
        raise QueryError("NE402", f"--by {value!r} is not one of {', '.join(GRANULARITIES)}")
    return cast(Granularity, name)


def parse_top(value: object) -> int:
    """How many top events per period: a whole number from 0 to ``MAX_TOP``.

    Raises:
        QueryError: NE402 for anything else.
    """
    if isinstance(value, int) and not isinstance(value, bool) and 0 <= value <= MAX_TOP:
        return value
    raise QueryError("NE402", f"--top {value!r} is not a whole number from 0 to {MAX_TOP}")


def _countries(a: object, b: object) -> tuple[str, str]:
    first, second = parse_country("first country", a), parse_country("second country", b)
    if first is None or second is None:
        raise QueryError("NE402", "a timeline needs two country codes, e.g. IND CHN")
    return first, second


def period_start(day: date, by: Granularity) -> date:
    """The first day of the period of ``by`` that holds ``day``."""
    if by == "week":
        return day - timedelta(days=day.weekday())
    if by == "month":
        return day.replace(day=1)
    return day


def _next(start: date, by: Granularity) -> date:
    if by == "month":
        return (start.replace(day=28) + timedelta(days=4)).replace(day=1)
    return start + timedelta(days=_PERIOD_DAYS[by])


def _label(start: date, by: Granularity) -> str:
    if by == "week":
        year, week, _ = start.isocalendar()
        return f"{year}-W{week:02d}"
    return start.strftime("%Y-%m") if by == "month" else start.isoformat()


def _bin(event: LinkedEvent, by: Granularity) -> date | None:
    """The period start of an event, or None when its date is coarser than the period."""
    first, last = date_period(event.date)
    if first is None or last is None or (last - first).days + 1 > _PERIOD_DAYS[by]:
        return None
    return period_start(first, by)


def build_timeline(store: Store, a: object, b: object, *, by: object = "month",
                   directed: bool = False, since: object = None, until: object = None,
                   top: object = 3) -> Timeline:
    """The timeline of real events between countries ``a`` and ``b`` (``a`` -> ``b`` only
    when ``directed``), with empty periods filled between the first and the last.

    Raises:
        QueryError: NE401 for a bad country or date, NE402 for a bad ``by`` or ``top``.
    """
    first, second = _countries(a, b)
    granularity, n_top = parse_granularity(by), parse_top(top)
    start, end = parse_date("--since", since), parse_date("--until", until)
    query = (EventQuery(source=first, target=second, since=start, until=end) if directed
             else EventQuery(pair=(first, second), since=start, until=end))
    events = store.links.events(query)
    happened = _happened(store, events)
    binned = [(_bin(e, granularity), e) for e in happened]
    kept = [(day, e) for day, e in binned if day is not None]
    periods = _periods(kept, granularity, n_top)
    return Timeline(first, second, granularity, directed, periods,
                    len(events) - len(happened), len(binned) - len(kept))


def _happened(store: Store, events: Sequence[LinkedEvent]) -> list[LinkedEvent]:
    """Events not denied that someone reports as having happened."""
    asserted = {c.event_id for c in store.links.claims([e.id for e in events])
                if c.stance == "asserted"}
    return [e for e in events if e.status != "denied" and e.id in asserted]


def _periods(kept: Sequence[tuple[date, LinkedEvent]], by: Granularity,
             n_top: int) -> tuple[Period, ...]:
    if not kept:
        return ()
    by_start: dict[date, list[LinkedEvent]] = {}
    for day, event in kept:
        by_start.setdefault(day, []).append(event)
    periods, day, last = [], min(by_start), max(by_start)
    while day <= last:
        periods.append(_period(day, by, by_start.get(day, []), n_top))
        day = _next(day, by)
    return tuple(periods)


def _period(start: date, by: Granularity, events: list[LinkedEvent], n_top: int) -> Period:
    quads = tuple(sum(1 for e in events if e.quad == q) for q in (1, 2, 3, 4))
    ranked = sorted(events, key=lambda e: (-e.n_mentions, -e.n_sources, -abs(e.score), e.id))
    return Period(start, _label(start, by), cast(tuple[int, int, int, int], quads),
                  round(sum(e.score for e in events), 3), tuple(ranked[:n_top]))


# --------------------------------------------------------------------------- formats


def top_label(e: LinkedEvent) -> str:
    """``CONSULT IND->CHN x3`` (x: mentions)."""
    target = e.target.country if e.target and e.target.country else "-"
    return f"{e.type} {e.source.country or '-'}->{target} x{e.n_mentions}"


def timeline_dict(t: Timeline) -> dict[str, Any]:
    """The JSON document of a timeline."""
    return {
        "a": t.a, "b": t.b, "by": t.by, "directed": t.directed,
        "left_out": {"not_happened": t.not_happened, "too_coarse": t.too_coarse},
        "periods": [
            {"period": p.label, "start": p.start.isoformat(), "events": p.n_events,
             **dict(zip(QUADS, p.quads, strict=True)), "score_sum": p.score_sum,
             "score_mean": p.score_mean,
             "top": [{"id": e.id, "type": e.type, "source": e.source.country,
                      "target": e.target.country if e.target else None, "date": e.date,
                      "score": e.score, "status": e.status, "n_mentions": e.n_mentions,
                      "n_sources": e.n_sources} for e in p.top]}
            for p in t.periods
        ],
    }  # fmt: skip


def write_json(t: Timeline, out: TextIO) -> None:
    json.dump(timeline_dict(t), out, ensure_ascii=False, indent=2)
    out.write("\n")


CSV_COLUMNS = ("period", "start", "events", *QUADS, "score_sum", "score_mean", "top_events")


def write_csv(t: Timeline, out: TextIO) -> int:
    """A header and one row per period; return the rows. Open ``out`` with ``newline=""``."""
    writer = csv.writer(out)
    writer.writerow(CSV_COLUMNS)
    for p in t.periods:
        mean = "" if p.score_mean is None else p.score_mean
        writer.writerow([p.label, p.start.isoformat(), p.n_events, *p.quads, p.score_sum, mean,
                         "; ".join(top_label(e) for e in p.top)])
    return len(t.periods)


def format_table(t: Timeline) -> str:
    """A fixed-width table with a title and a note on what was left out."""
    head = (f"{'period':<10}  {'events':>6}  {'v.coop':>6}  {'m.coop':>6}  {'v.conf':>6}  "
            f"{'m.conf':>6}  {'sum':>7}  {'mean':>6}  top events")
    lines = [t.title, head, "-" * len(head)]
    for p in t.periods:
        mean = "-" if p.score_mean is None else f"{p.score_mean:.2f}"
        q1, q2, q3, q4 = p.quads
        lines.append(f"{p.label:<10}  {p.n_events:>6}  {q1:>6}  {q2:>6}  {q3:>6}  {q4:>6}  "
                     f"{p.score_sum:>7.1f}  {mean:>6}  {', '.join(map(top_label, p.top))}")
    if not t.periods:
        lines.append("no events")
    lines.append(f"left out: {t.not_happened} events only expected, possible or denied; "
                 f"{t.too_coarse} dated less precisely than a {t.by}")
    return "\n".join(lines)
