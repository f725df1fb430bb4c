"""Scores of primary events against gold records, under stable JSON keys.

Every figure counts a gold sentence that got no event as wrong, and a sentence
whose gold has no event but got one as a false event: nothing is scored only
where the coder happened to answer.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from newsevents.extract import plover

if TYPE_CHECKING:
    from newsevents.eval.runner import Prediction

NONE = "NONE"


@dataclass(frozen=True)
class Rate:
    """``hits`` out of ``total``; ``value`` is None when nothing was scored."""

    hits: int
    total: int

    @property
    def value(self) -> float | None:
        return round(self.hits / self.total, 4) if self.total else None


@dataclass(frozen=True)
class TypeScore:
    type: str
    support: int
    predicted: int
    correct: int

    @property
    def precision(self) -> float:
        return self.correct / self.predicted if self.predicted else 0.0

    @property
    def recall(self) -> float:
        return self.correct / self.support if self.support else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass(frozen=True)
class EvalReport:
    """All figures of one evaluation run (``to_dict`` gives the JSON contract)."""

    rates: dict[str, Rate]
    per_type: tuple[TypeScore, ...]
    records: int
    events: int
    details: tuple[dict[str, Any], ...] = field(default=(), compare=False)
    # Events per component that found them ("rules.v1", "rules.v1+minilm-head.v1").
    extractors: dict[str, int] = field(default_factory=dict)

    @property
    def type_macro_f1(self) -> float:
        scored = [t for t in self.per_type if t.support or t.predicted]
        return round(sum(t.f1 for t in scored) / len(scored), 4) if scored else 0.0

    def to_dict(self, details: bool = False) -> dict[str, Any]:
        out: dict[str, Any] = {key: rate.value for key, rate in self.rates.items()}
        out["type_macro_f1"] = self.type_macro_f1
        out["records"] = self.records
        out["events"] = self.events
        out["extractors"] = dict(self.extractors)
        out["counts"] = {key: [rate.hits, rate.total] for key, rate in self.rates.items()}
        out["per_type"] = {t.type: {"support": t.support, "predicted": t.predicted,
                                    "precision": round(t.precision, 4),
                                    "recall": round(t.recall, 4), "f1": round(t.f1, 4)}
                           for t in self.per_type}
        if details:
            out["details"] = list(self.details)
        return out


Check = Callable[["Prediction"], "bool | None"]


def _type_ok(p: Prediction) -> bool | None:
    if p.record.type is None:
        return None
    return p.primary is not None and p.primary.type == p.record.type


def _quad_ok(p: Prediction) -> bool | None:
    if p.record.quad is None:
        return None
    return p.primary is not None and p.primary.quad == p.record.quad


def _mode_ok(p: Prediction) -> bool | None:
    if p.record.mode is None or p.record.type is None:
        return None
    return p.primary is not None and (p.primary.type, p.primary.mode) == (p.record.type, p.record.mode)


def _source_country_ok(p: Prediction) -> bool | None:
    if not p.record.source_countries:
        return None
    return p.primary is not None and p.primary.source.country in p.record.source_countries


def _target_country_ok(p: Prediction) -> bool | None:
    if not p.record.target_countries:
        return None
    target = p.primary.target if p.primary is not None else None
    return target is not None and target.country in p.record.target_countries


def _source_sector_ok(p: Prediction) -> bool | None:
    if not p.record.source_sectors:
        return None
    return p.primary is not None and p.primary.source.sector in p.record.source_sectors


def _target_sector_ok(p: Prediction) -> bool | None:
    if not p.record.target_sectors:
        return None
    target = p.primary.target if p.primary is not None else None
    return target is not None and target.sector in p.record.target_sectors


def _claimant_as_actor(p: Prediction) -> bool | None:
    return p.claimant_as_actor if p.reporters and p.claimant_as_actor is not None else None


def _missed(p: Prediction) -> bool | None:
    return p.primary is None if p.record.type is not None else None


def _false_event(p: Prediction) -> bool | None:
    return bool(p.events) if p.record.type is None else None


CHECKS: dict[str, Check] = {
    "type_accuracy": _type_ok,
    "quad_accuracy": _quad_ok,
    "mode_accuracy": _mode_ok,
    "source_country_accuracy": _source_country_ok,
    "target_country_accuracy": _target_country_ok,
    "source_sector_accuracy": _source_sector_ok,
    "target_sector_accuracy": _target_sector_ok,
    "claimant_as_actor_rate": _claimant_as_actor,
    "no_event_rate": _missed,
    "false_event_rate": _false_event,
}


def _rate(predictions: Sequence[Prediction], check: Check) -> Rate:
    results = [r for r in map(check, predictions) if r is not None]
    return Rate(sum(results), len(results))


def _per_type(predictions: Sequence[Prediction]) -> tuple[TypeScore, ...]:
    gold = Counter(p.record.type or NONE for p in predictions)
    guessed = Counter(p.primary.type if p.primary else NONE for p in predictions)
    right = Counter(p.record.type for p in predictions if _type_ok(p))
    return tuple(TypeScore(t, gold[t], guessed[t], right[t]) for t in plover.event_types())


def _detail(p: Prediction) -> dict[str, Any]:
    e = p.primary
    return {
        "id": p.record.id, "gold_type": p.record.type, "gold_mode": p.record.mode,
        "gold_source": list(p.record.source_countries), "gold_target": list(p.record.target_countries),
        "type": e.type if e else None, "mode": e.mode if e else None,
        "source": [e.source.text, e.source.country, e.source.sector] if e else None,
        "target": [e.target.text, e.target.country, e.target.sector] if e and e.target else None,
        "trigger": e.trigger.text if e else None, "extractor": e.extractor if e else None,
        "events": len(p.events),
        "claimant_as_actor": p.claimant_as_actor, "text": p.record.text,
    }


def score(predictions: Sequence[Prediction]) -> EvalReport:
    """All rates, per-type precision/recall/F1 and per-record details."""
    return EvalReport(
        rates={key: _rate(predictions, check) for key, check in CHECKS.items()},
        per_type=_per_type(predictions),
        records=len(predictions),
        events=sum(len(p.events) for p in predictions),
        details=tuple(_detail(p) for p in predictions),
        extractors=dict(Counter(e.extractor for p in predictions for e in p.events)),
    )


def format_table(report: EvalReport) -> str:
    """A plain-text report: headline rates, then per-type precision/recall/F1."""
    found_by = ", ".join(f"{n} by {name}" for name, n in sorted(report.extractors.items()))
    lines = [f"records {report.records}, events {report.events}" + (f" ({found_by})" if found_by else ""), ""]
    for key, rate in report.rates.items():
        value = "n/a" if rate.value is None else f"{rate.value:.3f}"
        lines.append(f"{key:<26} {value:>6}  ({rate.hits}/{rate.total})")
    lines.append(f"{'type_macro_f1':<26} {report.type_macro_f1:>6.3f}")
    lines += ["", f"{'type':<10} {'support':>7} {'pred':>5} {'P':>6} {'R':>6} {'F1':>6}"]
    for t in report.per_type:
        lines.append(f"{t.type:<10} {t.support:>7} {t.predicted:>5} "
                     f"{t.precision:>6.3f} {t.recall:>6.3f} {t.f1:>6.3f}")
    return "\n".join(lines)
