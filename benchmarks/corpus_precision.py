"""Precision and recall of the coder on hand-labelled real corpus sentences.

Not a test: it prints figures. The gold is ``tests/eval/data/corpus_gold.tsv`` (200 random
sentences of the shared corpus, drawn by ``benchmarks/corpus_gold_sample.py`` and labelled by
hand from the PLOVER manual; it stores only article ids and sentence offsets). This codes each
labelled sentence's whole article with the real pipeline (``newsevents.pipeline.Coder``, no
corpus memory), keeps the predicted events whose evidence sentence overlaps the labelled
sentence and scores them::

    .venv/bin/python benchmarks/corpus_precision.py            # table
    .venv/bin/python benchmarks/corpus_precision.py --json     # the same figures as JSON
    .venv/bin/python benchmarks/corpus_precision.py --json --details   # plus every sentence
    .venv/bin/python benchmarks/corpus_precision.py --gold tests/eval/data/corpus_dev.tsv

``--gold`` scores another label file of the same format, such as the development set
``corpus_dev.tsv`` (160 event-dense sentences of other articles, which may be tuned on;
the default test set must not be).

Figures, overall and per corpus file:

* type precision: share of predicted events whose type is the type of a gold event of
  their sentence; type recall: share of gold events whose sentence has a predicted event of
  that type;
* full precision / recall: the same, but type, source country and target country must all
  match ("-" in the gold is no country / no target);
* false events: share of the predicted events that fall in sentences whose gold is "none",
  and how many "none" sentences got at least one event.

It needs the shared corpus (``../shared`` beside the checkout, or ``$NEWSEVENTS_SHARED``);
without it, it says so and stops.
"""

from __future__ import annotations

import argparse
import gzip
import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from corpus_gold_sample import ROOT, shared_folder

LABELS = ROOT / "tests" / "eval" / "data" / "corpus_gold.tsv"
NONE = "none"
Triple = tuple[str, str | None, str | None]


@dataclass
class Sentence:
    """One labelled sentence: where it is, its gold events and the events coded there."""

    article_id: str
    start: int
    end: int
    gold: list[Triple] = field(default_factory=list)
    predicted: list[Triple] = field(default_factory=list)
    corpus: str = ""

    @property
    def is_none(self) -> bool:
        return not self.gold


def _country(code: str) -> str | None:
    return None if code == "-" else code


def load_labels(path: Path = LABELS) -> list[Sentence]:
    """The labelled sentences in file order, each with its gold events (none: empty list)."""
    sentences: dict[tuple[str, int, int], Sentence] = {}
    lines = [line for line in path.read_text(encoding="utf-8").splitlines()
             if line and not line.startswith("#")]  # fmt: skip
    for line in lines[1:]:
        article_id, start, end, kind, source, target, _note = line.split("\t")
        key = (article_id, int(start), int(end))
        sentence = sentences.setdefault(key, Sentence(*key))
        if kind != NONE:
            sentence.gold.append((kind, _country(source), _country(target)))
    return list(sentences.values())


def read_articles(folder: Path, wanted: set[str]) -> dict[str, tuple[str, str, str]]:
    """``id -> (corpus file stem, publication date, text)`` for the wanted articles."""
    found: dict[str, tuple[str, str, str]] = {}
    for path in sorted(folder.glob("*.jsonl.gz")):
        with gzip.open(path, "rt", encoding="utf-8") as handle:
            for line in handle:
                record = json.loads(line)
                if record.get("id") in wanted:
                    found[record["id"]] = (path.name.removesuffix(".jsonl.gz"),
                                           record["date"], record["text"])  # fmt: skip
    return found


def code_sentences(sentences: list[Sentence], articles: dict[str, tuple[str, str, str]],
                   type_head: bool = False) -> None:
    """Code every article once and attach to each sentence the events that overlap it."""
    from newsevents.config import Config
    from newsevents.pipeline import Coder

    ids = sorted({s.article_id for s in sentences})
    items = [(articles[i][2], date.fromisoformat(articles[i][1])) for i in ids]
    coded = dict(zip(ids, Coder(Config(type_head=type_head)).code_many(items), strict=True))
    for sentence in sentences:
        sentence.corpus = articles[sentence.article_id][0]
        for event in coded[sentence.article_id]:
            if event.evidence.start < sentence.end and event.evidence.end > sentence.start:
                target = event.target.country if event.target else None
                sentence.predicted.append((event.type, event.source.country, target))


def _rate(hits: int, total: int) -> dict[str, Any]:
    return {"value": round(hits / total, 4) if total else None, "hits": hits, "total": total}


def score(sentences: Iterable[Sentence]) -> dict[str, Any]:
    """All figures for a group of coded sentences."""
    rows = list(sentences)
    gold = [(s, g) for s in rows for g in s.gold]
    pred = [(s, p) for s in rows for p in s.predicted]
    in_none = [p for s, p in pred if s.is_none]
    return {
        "sentences": len(rows),
        "none_sentences": sum(s.is_none for s in rows),
        "gold_events": len(gold),
        "predicted_events": len(pred),
        "type_precision": _rate(sum(p[0] in {g[0] for g in s.gold} for s, p in pred), len(pred)),
        "type_recall": _rate(sum(g[0] in {p[0] for p in s.predicted} for s, g in gold), len(gold)),
        "full_precision": _rate(sum(p in s.gold for s, p in pred), len(pred)),
        "full_recall": _rate(sum(g in s.predicted for s, g in gold), len(gold)),
        "false_event_share": _rate(len(in_none), len(pred)),
        "none_sentences_with_events": sum(s.is_none and bool(s.predicted) for s in rows),
    }


def per_type(sentences: list[Sentence]) -> dict[str, dict[str, int]]:
    """For each type: gold events, predicted events, and predicted events of the right type."""
    table: dict[str, dict[str, int]] = {}
    for s in sentences:
        for kind, *_ in s.gold:
            table.setdefault(kind, {"gold": 0, "predicted": 0, "type_correct": 0})["gold"] += 1
        for kind, *_ in s.predicted:
            entry = table.setdefault(kind, {"gold": 0, "predicted": 0, "type_correct": 0})
            entry["predicted"] += 1
            entry["type_correct"] += kind in {g[0] for g in s.gold}
    return dict(sorted(table.items()))


def _shown(path: Path) -> str:
    """``path`` relative to the checkout when it lies inside it, else as given."""
    resolved = path.resolve()
    return str(resolved.relative_to(ROOT)) if resolved.is_relative_to(ROOT) else str(path)


def report(sentences: list[Sentence], details: bool, labels: Path = LABELS) -> dict[str, Any]:
    """The JSON report: overall, per corpus file, per type (and every sentence if asked)."""
    corpora = sorted({s.corpus for s in sentences})
    out: dict[str, Any] = {
        "measured_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "labels": _shown(labels),
        "overall": score(sentences),
        "per_corpus": {c: score(s for s in sentences if s.corpus == c) for c in corpora},
        "per_type": per_type(sentences),
    }
    if details:
        out["sentences"] = [{"article_id": s.article_id, "start": s.start, "end": s.end,
                             "gold": s.gold, "predicted": s.predicted} for s in sentences]
    return out


def _cell(rate: dict[str, Any]) -> str:
    value = rate["value"]
    shown = "  -  " if value is None else f"{value:.3f}"
    return f"{shown} ({rate['hits']}/{rate['total']})"


def print_table(result: dict[str, Any]) -> None:
    """The report as plain-text tables."""
    print(f"corpus gold: {result['labels']}  measured {result['measured_at']}")
    keys = ("type_precision", "type_recall", "full_precision", "full_recall", "false_event_share")
    head = f"{'corpus':<26}{'sent':>5}{'none':>5}{'gold':>5}{'pred':>5}  " + "  ".join(
        f"{k:<17}" for k in keys) + "  none_sent_with_events"
    print(head)
    groups = [*result["per_corpus"].items(), ("ALL", result["overall"])]
    for name, fig in groups:
        cells = "  ".join(f"{_cell(fig[k]):<17}" for k in keys)
        print(f"{name:<26}{fig['sentences']:>5}{fig['none_sentences']:>5}{fig['gold_events']:>5}"
              f"{fig['predicted_events']:>5}  {cells}  {fig['none_sentences_with_events']}")
    print(f"\n{'type':<12}{'gold':>6}{'pred':>6}{'type ok':>9}")
    for kind, row in result["per_type"].items():
        print(f"{kind:<12}{row['gold']:>6}{row['predicted']:>6}{row['type_correct']:>9}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    parser.add_argument("--details", action="store_true",
                        help="with --json: add every sentence's gold and predicted events")
    parser.add_argument("--gold", type=Path, default=LABELS,
                        help="label file to score (default tests/eval/data/corpus_gold.tsv)")
    parser.add_argument("--type-head", action="store_true",
                        help="code with the MiniLM type head as well (newsevents --type-head)")
    args = parser.parse_args()
    folder = shared_folder()
    if folder is None:
        print("skipped: the shared corpus is absent (put it at ../shared or set NEWSEVENTS_SHARED)")
        return
    sentences = load_labels(args.gold)
    articles = read_articles(folder / "data" / "articles", {s.article_id for s in sentences})
    missing = sorted({s.article_id for s in sentences} - set(articles))
    if missing:
        raise SystemExit(f"articles missing from {folder}: {', '.join(missing[:5])}")
    code_sentences(sentences, articles, args.type_head)
    result = report(sentences, args.details, args.gold)
    if args.json:
        print(json.dumps(result, indent=2))
    else:
        print_table(result)


if __name__ == "__main__":
    main()
