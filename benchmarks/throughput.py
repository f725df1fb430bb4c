"""Throughput and memory benchmark: raw spaCy parsing versus the full ``ingest`` pipeline.

Not a test: it prints figures (and writes them as JSON) for the README's performance table.
Every phase runs in its own child process on the same articles and cores, so each peak RSS
is that phase's own (parent and parser workers)::

    .venv/bin/python benchmarks/throughput.py ../shared/data/articles --processes 1 2 \\
        --limit 2000 --json benchmarks/results.json

Phases, for each process count N:

* ``raw``: ``spacy.load`` of the same model with the same components the pipeline uses,
  then ``nlp.pipe`` over the texts in the same batches (``newsevents.nlp.chunks.parse_stream``);
* ``pipeline``: ``newsevents.pipeline.ingest`` of the same articles into a fresh store
  (read, parse, extract, resolve, store, link);

and once, with the largest N: ``rss``, which ingests the first 1,000 articles, reads the
process's resident memory, then ingests all of them into the same store (the first 1,000
are skipped as already stored) and reads it again, to show memory does not grow with the
corpus.
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
from dataclasses import asdict, dataclass
from pathlib import Path

RSS_CHECKPOINT = 1000


@dataclass(frozen=True)
class Phase:
    """What one phase measured."""

    name: str
    processes: int
    articles: int
    words: int
    seconds: float
    peak_rss_mb: float

    @property
    def articles_per_s(self) -> float:
        return self.articles / self.seconds

    @property
    def words_per_s(self) -> float:
        return self.words / self.seconds


def _peak_rss_mb() -> float:
    """Largest resident set of this process and of its largest finished child, in MB."""
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return (own + children) / 1024


def _current_rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def collect(paths: list[str], limit: int | None, out: Path) -> tuple[int, int]:
    """Write the first ``limit`` readable articles to ``out`` as JSONL; return (articles, words)."""
    from newsevents.ingest import read_paths
    from newsevents.models import Article

    count = words = 0
    with out.open("w", encoding="utf-8") as handle:
        for record in read_paths(paths):
            if not isinstance(record, Article):
                continue
            row = {"id": record.id, "date": record.date.isoformat(), "text": record.text,
                   "title": record.title, "source": record.source}
            handle.write(json.dumps(row) + "\n")
            count += 1
            words += len(record.text.split())
            if limit is not None and count >= limit:
                break
    return count, words


def run_raw(corpus: Path, processes: int) -> dict[str, float]:
    """Child phase: the same model and batches as the pipeline, parsing only."""
    from newsevents.config import Config
    from newsevents.nlp import load_model
    from newsevents.nlp.chunks import parse_stream

    texts = [json.loads(line)["text"] for line in corpus.open(encoding="utf-8")]
    config = Config()
    start = time.perf_counter()
    nlp = load_model(config.model)
    nlp.max_length = max(nlp.max_length, config.max_article_bytes + 1)
    for _ in parse_stream(nlp, ((text, None) for text in texts),
                          batch_size=config.parse_batch_size, n_process=processes):
        pass
    return {"seconds": time.perf_counter() - start, "peak_rss_mb": _peak_rss_mb()}


def run_pipeline(corpus: Path, processes: int, db: Path) -> dict[str, float]:
    """Child phase: ``ingest`` into a fresh store."""
    from newsevents.config import Config
    from newsevents.pipeline import ingest

    start = time.perf_counter()
    summary = ingest([corpus], db, config=Config(n_process=processes))
    seconds = time.perf_counter() - start
    if summary.stored + summary.duplicate + summary.rejected != summary.read:
        raise RuntimeError(f"counts do not add up: {summary.line()}")
    return {"seconds": seconds, "peak_rss_mb": _peak_rss_mb(), "stored": summary.stored}


def run_rss(corpus: Path, processes: int, db: Path) -> dict[str, float]:
    """Child phase: RSS after the first 1,000 articles and after all of them (same store)."""
    from newsevents.config import Config
    from newsevents.pipeline import ingest

    head = corpus.with_name("head.jsonl")
    with corpus.open(encoding="utf-8") as source, head.open("w", encoding="utf-8") as out:
        for number, line in enumerate(source):
            if number >= RSS_CHECKPOINT:
                break
            out.write(line)
    config = Config(n_process=processes)
    ingest([head], db, config=config)
    after_head = _current_rss_mb()
    ingest([corpus], db, config=config)
    return {"rss_after_1000_mb": after_head, "rss_after_all_mb": _current_rss_mb()}


def _child(phase: str, corpus: Path, processes: int, work: Path) -> dict[str, float]:
    """Run one phase in a fresh interpreter and return what it printed as JSON."""
    command = [sys.executable, __file__, "--phase", phase, "--corpus", str(corpus),
               "--processes", str(processes), "--work", str(work)]
    done = subprocess.run(command, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise RuntimeError(f"phase {phase} failed:\n{done.stderr[-3000:]}")
    result: dict[str, float] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def _phase(name: str, processes: int, size: tuple[int, int], measured: dict[str, float]) -> Phase:
    return Phase(name, processes, size[0], size[1], round(measured["seconds"], 2),
                 round(measured["peak_rss_mb"], 1))


def benchmark(paths: list[str], limit: int | None, counts: list[int]) -> dict[str, object]:
    """All phases for every process count; the figures the README's table shows."""
    with tempfile.TemporaryDirectory(prefix="newsevents-bench-") as folder:
        work = Path(folder)
        corpus = work / "corpus.jsonl"
        size = collect(paths, limit, corpus)
        phases: list[Phase] = []
        for processes in counts:
            phases.append(_phase("raw", processes, size, _child("raw", corpus, processes, work)))
            phases.append(_phase("pipeline", processes, size,
                                 _child("pipeline", corpus, processes, work)))
        rss = _child("rss", corpus, max(counts), work)
    return _report(phases, rss)


def _report(phases: list[Phase], rss: dict[str, float]) -> dict[str, object]:
    rows = [{**asdict(p), "articles_per_s": round(p.articles_per_s, 2),
             "words_per_s": round(p.words_per_s)} for p in phases]
    raw = {p.processes: p for p in phases if p.name == "raw"}
    ratios = {str(p.processes): round(raw[p.processes].seconds / p.seconds, 3)
              for p in phases if p.name == "pipeline"}
    growth = rss["rss_after_all_mb"] / rss["rss_after_1000_mb"] - 1
    return {"phases": rows, "pipeline_over_raw_throughput": ratios,
            "peak_rss_mb": max(p.peak_rss_mb for p in phases),
            "rss_after_1000_mb": round(rss["rss_after_1000_mb"], 1),
            "rss_after_all_mb": round(rss["rss_after_all_mb"], 1),
            "rss_growth_after_1000": round(growth, 3)}


def _print(report: dict[str, object]) -> None:
    print(f"{'phase':<9} {'proc':>4} {'articles':>8} {'words':>9} {'seconds':>8} "
          f"{'art/s':>7} {'words/s':>8} {'peak MB':>8}")
    for row in report["phases"]:  # type: ignore[attr-defined]
        print(f"{row['name']:<9} {row['processes']:>4} {row['articles']:>8} {row['words']:>9} "
              f"{row['seconds']:>8} {row['articles_per_s']:>7} {row['words_per_s']:>8} "
              f"{row['peak_rss_mb']:>8}")
    print("pipeline throughput / raw spaCy throughput:", report["pipeline_over_raw_throughput"])
    print(f"peak RSS {report['peak_rss_mb']} MB; RSS after 1,000 articles "
          f"{report['rss_after_1000_mb']} MB, after all {report['rss_after_all_mb']} MB "
          f"({report['rss_growth_after_1000']:+.1%})")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("paths", nargs="*", default=["../shared/data/articles"])
    parser.add_argument("--limit", type=int, help="first N readable articles (default all)")
    parser.add_argument("--processes", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--json", type=Path, help="also write the figures here")
    parser.add_argument("--phase", help=argparse.SUPPRESS)
    parser.add_argument("--corpus", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--work", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.phase:
        processes = args.processes[0]
        db = args.work / f"{args.phase}-{processes}.duckdb"
        runners = {"raw": lambda: run_raw(args.corpus, processes),
                   "pipeline": lambda: run_pipeline(args.corpus, processes, db),
                   "rss": lambda: run_rss(args.corpus, processes, db)}
        print(json.dumps(runners[args.phase]()))
        return 0
    report = benchmark(args.paths, args.limit, args.processes)
    _print(report)
    if args.json:
        args.json.write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
