"""The PNG chart of a dyad timeline (matplotlib's Agg canvas, no pyplot global state).

Top panel: events per period, cooperation stacked upwards (verbal light, material dark
green) and conflict downwards (verbal orange, material red). Bottom panel: the mean PLOVER
score of the period's events (-10 conflict .. +10 cooperation).
"""

from __future__ import annotations

import math
from datetime import date, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from newsevents.query.timeline import Timeline

if TYPE_CHECKING:
    from matplotlib.axes import Axes

COLOURS = {"verbal_coop": "#a6d96a", "material_coop": "#1a9641",
           "verbal_conflict": "#fdae61", "material_conflict": "#d7191c"}  # fmt: skip
_WIDTH_DAYS = {"day": 0.8, "week": 5.6, "month": 24.0}


def write_png(t: Timeline, path: str | Path) -> Path:
    """Draw ``t`` into a PNG file at ``path``; return the path."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    fig = Figure(figsize=(11, 6.5), dpi=120, layout="constrained")
    FigureCanvasAgg(fig)
    bars, line = fig.subplots(2, 1, sharex=True, height_ratios=(3, 1.3))
    x = [p.start + timedelta(days=_WIDTH_DAYS[t.by] / 2) for p in t.periods]
    width = _WIDTH_DAYS[t.by]
    q1, q2, q3, q4 = ([p.quads[i] for p in t.periods] for i in range(4))
    bars.bar(x, q1, width, color=COLOURS["verbal_coop"], label="verbal cooperation")
    bars.bar(x, q2, width, bottom=q1, color=COLOURS["material_coop"],
             label="material cooperation")
    bars.bar(x, [-v for v in q3], width, color=COLOURS["verbal_conflict"],
             label="verbal conflict")
    bars.bar(x, [-v for v in q4], width, bottom=[-v for v in q3],
             color=COLOURS["material_conflict"], label="material conflict")
    bars.axhline(0, color="black", linewidth=0.8)
    up = max((a + b for a, b in zip(q1, q2, strict=True)), default=0)
    down = max((a + b for a, b in zip(q3, q4, strict=True)), default=0)
    pad = 0.08 * max(up, down, 1)
    bars.set_ylim(-(down + pad), up + pad)
    bars.set_ylabel(f"events per {t.by}\n(cooperation up, conflict down)")
    bars.yaxis.set_major_formatter(lambda value, _: f"{abs(value):g}")
    bars.legend(loc="lower left", bbox_to_anchor=(0.0, 1.0), ncols=4, fontsize="small",
                frameon=False)
    bars.grid(axis="y", alpha=0.3)
    _score_panel(line, t, x)
    total = sum(p.n_events for p in t.periods)
    direction = "directed" if t.directed else "both directions"
    fig.suptitle(f"{t.a} and {t.b}: cooperation and conflict by {t.by} "
                 f"({direction}, {total} events)", fontsize="large")
    fig.supxlabel(f"Each real event counted once however many articles report it. Left out: "
                  f"{t.not_happened} only expected, possible or denied; {t.too_coarse} dated "
                  f"less precisely than a {t.by}. Made with newsevents.", fontsize="x-small",
                  color="gray")
    out = Path(path)
    fig.savefig(out, format="png")
    return out


def _score_panel(ax: Axes, t: Timeline, x: list[date]) -> None:
    # A period without events has no mean: the line breaks there (NaN).
    from matplotlib.dates import date2num

    values = [math.nan if p.score_mean is None else p.score_mean for p in t.periods]
    if x:
        days = date2num(x)
        ax.plot(days, values, color="#404040", marker="o", markersize=3, linewidth=1)
        ax.fill_between(days, values, 0, where=[v >= 0 for v in values], color="#1a9641",
                        alpha=0.25, interpolate=True)
        ax.fill_between(days, values, 0, where=[v < 0 for v in values], color="#d7191c",
                        alpha=0.25, interpolate=True)
    ax.axhline(0, color="black", linewidth=0.8)
    ax.set_ylim(-10, 10)
    ax.set_ylabel("mean PLOVER score")
    ax.grid(axis="y", alpha=0.3)
