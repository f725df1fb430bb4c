"""API latency benchmark: concurrent clients against a real ``newsevents serve`` on loopback.

Not a test: it prints p50/p99 latency, throughput and errors per endpoint (and writes them
as JSON). The server runs as its own process (``newsevents serve``), the clients are
threads of this one, each with its own HTTP connection, alternating ``/api/events`` (a page
of 100, with a country filter now and then) and ``/api/timeline`` (the most active pair)::

    .venv/bin/python benchmarks/api_latency.py --clients 20 --seconds 30 \\
        --json benchmarks/api_latency.json
    .venv/bin/python benchmarks/api_latency.py --db big.duckdb --seconds 10 \\
        --with-ingest ../shared/data/articles/wikinews_2019_2020.jsonl.gz

Without ``--db`` a database is built from the bundled demo articles (plus ../shared/samples
when present). ``--with-ingest PATH`` runs the load twice on a copy of the database: once
alone (``--seconds``), then for as long as ``newsevents ingest PATH`` writes into it from
another process (start to end), and reports both (issue 7: reads during an ingest). Requests and time are bounded;
only 127.0.0.1 is contacted.
"""

from __future__ import annotations

import argparse
import json
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx

from newsevents.serve.server import ServerProcess

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT.parent / "shared" / "samples"
MAX_REQUESTS = 1_000_000
"""Upper bound on the requests of one client, whatever the run's length."""
INGEST_LIMIT = 600.0
"""Seconds the concurrent ingest may take before it is stopped."""


@dataclass
class Tally:
    """Latencies (ms) and failures of one endpoint in one phase (shared by its clients)."""

    latencies: list[float] = field(default_factory=list)
    failures: Counter[str] = field(default_factory=Counter)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def add(self, ms: float, outcome: str | None) -> None:
        with self.lock:
            self.latencies.append(ms)
            if outcome is not None:
                self.failures[outcome] += 1

    def summary(self, seconds: float) -> dict[str, Any]:
        ordered = sorted(self.latencies)
        return {
            "requests": len(ordered),
            "throughput_rps": round(len(ordered) / seconds, 1),
            "p50_ms": round(statistics.median(ordered), 1) if ordered else None,
            "p99_ms": round(ordered[min(len(ordered) - 1, int(len(ordered) * 0.99))], 1)
            if ordered else None,
            "max_ms": round(ordered[-1], 1) if ordered else None,
            "errors": sum(self.failures.values()),
            "errors_by_kind": dict(self.failures),
        }


def build_demo_db(folder: Path) -> Path:
    """A database ingested from the demo articles (and ../shared/samples when present)."""
    from newsevents.cli import demo_paths
    from newsevents.pipeline import ingest

    db = folder / "bench.duckdb"
    extra = [str(SAMPLES)] if SAMPLES.is_dir() else []
    ingest(demo_paths(extra), db)
    return db


def targets(base: str) -> list[tuple[str, str, dict[str, str]]]:
    """(endpoint, path, params) requests the clients cycle through."""
    dyads = httpx.get(f"{base}/api/dyads", params={"limit": 1}, timeout=30).json()["dyads"]
    a, b = (dyads[0]["source_country"], dyads[0]["target_country"]) if dyads else ("IND", "CHN")
    return [
        ("events", "/api/events", {"limit": "100"}),
        ("timeline", "/api/timeline", {"a": a, "b": b, "by": "month"}),
        ("events", "/api/events", {"limit": "100", "country": a}),
        ("timeline", "/api/timeline", {"a": a, "b": b, "by": "week", "top": "5"}),
    ]


def client(base: str, plan: list[tuple[str, str, dict[str, str]]], tallies: dict[str, Tally],
           stop: float, done: threading.Event, offset: int) -> None:
    """One client: sequential requests until ``stop`` (a monotonic time) or ``done``."""
    with httpx.Client(base_url=base, timeout=30) as http:
        for n in range(offset, offset + MAX_REQUESTS):
            if time.monotonic() >= stop or done.is_set():
                return
            name, path, params = plan[n % len(plan)]
            started = time.perf_counter()
            try:
                status = http.get(path, params=params).status_code
                outcome = None if status == 200 else f"http {status}"
            except httpx.HTTPError as err:
                outcome = type(err).__name__
            tallies[name].add((time.perf_counter() - started) * 1000, outcome)


def load(base: str, clients: int, seconds: float,
         done: threading.Event | None = None) -> dict[str, Any]:
    """Run ``clients`` concurrent clients for ``seconds`` (or until ``done`` is set);
    return figures per endpoint."""
    plan = targets(base)
    tallies = {name: Tally() for name, _, _ in plan}
    stop = time.monotonic() + seconds
    done = done or threading.Event()
    threads = [threading.Thread(target=client, args=(base, plan, tallies, stop, done, i))
               for i in range(clients)]
    started = time.monotonic()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    elapsed = time.monotonic() - started
    both = Tally()
    for tally in tallies.values():
        both.latencies += tally.latencies
        both.failures.update(tally.failures)
    return {"seconds": round(elapsed, 1), "clients": clients,
            **{name: t.summary(elapsed) for name, t in tallies.items()},
            "all": both.summary(elapsed)}


def with_ingest(base: str, db: Path, source: str, clients: int,
                seconds: float) -> dict[str, Any]:
    """The load while ``newsevents ingest source`` writes into ``db`` from another process:
    from the ingest's start to its end (at most ``INGEST_LIMIT`` seconds)."""
    started = time.monotonic()
    ingest = subprocess.Popen([sys.executable, "-m", "newsevents.cli", "ingest", source,
                               "--db", str(db)], stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE, text=True)
    done = threading.Event()
    outputs: list[str] = []

    def watch() -> None:
        try:
            outputs.extend(ingest.communicate(timeout=INGEST_LIMIT))
        except subprocess.TimeoutExpired:
            ingest.kill()
            outputs.extend(ingest.communicate())
        done.set()

    watcher = threading.Thread(target=watch)
    watcher.start()
    figures = load(base, clients, INGEST_LIMIT, done)
    watcher.join()
    out, err = outputs
    figures["ingest"] = {"exit_code": ingest.returncode, "summary": out.strip(),
                         "error": err.strip()[-300:], "seconds":
                         round(time.monotonic() - started, 1)}
    return figures


def print_phase(name: str, figures: dict[str, Any]) -> None:
    print(f"{name}: {figures['clients']} clients, {figures['seconds']} s")
    for endpoint in ("events", "timeline", "all"):
        f = figures[endpoint]
        print(f"  {endpoint:<9} {f['requests']:>7} req  {f['throughput_rps']:>7} req/s  "
              f"p50 {f['p50_ms']} ms  p99 {f['p99_ms']} ms  max {f['max_ms']} ms  "
              f"errors {f['errors']} {f['errors_by_kind'] or ''}")
    if "ingest" in figures:
        print(f"  ingest: exit {figures['ingest']['exit_code']}, {figures['ingest']['summary']}"
              f" in {figures['ingest']['seconds']} s {figures['ingest']['error'][-200:]}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", help="database to serve (default: build one from the demo)")
    parser.add_argument("--clients", type=int, default=20)
    parser.add_argument("--seconds", type=float, default=30.0)
    parser.add_argument("--with-ingest", metavar="PATH",
                        help="also measure while `newsevents ingest PATH` writes the database")
    parser.add_argument("--json", help="write the figures to this JSON file")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="newsevents-bench-") as folder:
        db = Path(args.db) if args.db else build_demo_db(Path(folder))
        if args.with_ingest:  # the ingest writes: never into the caller's file
            db = Path(shutil.copyfile(db, Path(folder) / "served.duckdb"))
        with ServerProcess(db, env={"NEWSEVENTS_TOKEN": ""},
                           output=subprocess.DEVNULL) as server:
            results = {"db": str(args.db or "demo"), "alone": load(server.url, args.clients,
                                                                  args.seconds)}
            print_phase("alone", results["alone"])
            if args.with_ingest:
                results["during_ingest"] = with_ingest(server.url, db, args.with_ingest,
                                                       args.clients, args.seconds)
                print_phase("during ingest", results["during_ingest"])
    if args.json:
        Path(args.json).write_text(json.dumps(results, indent=2) + "\n", "utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
