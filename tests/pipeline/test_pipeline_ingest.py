"""End to end: files in, events in a real DuckDB file out (real model: slow)."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest

from newsevents.pipeline import ingest
from newsevents.store import Store

pytestmark = pytest.mark.slow

GOOD = "Brazil condemned the attack on its embassy in Caracas on Friday."
OTHER = "Police arrested twelve protesters in Lagos on Monday."


def _corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "in"
    (folder / "sub").mkdir(parents=True)
    lines = [
        json.dumps({"id": "a1", "date": "2021-04-10", "text": GOOD, "source": "wire"}),
        "{not json",
        json.dumps({"id": "a2", "date": "2021-02-31", "text": OTHER}),
        json.dumps({"id": "a3", "date": "2021-04-12", "text": "   "}),
        json.dumps({"id": "a4", "date": "2021-04-12", "text": OTHER}),
    ]
    (folder / "batch.jsonl").write_text("\n".join(lines) + "\n", "utf-8")
    (folder / "sub" / "one.txt").write_text(f"date 2021-04-11 {OTHER}", "utf-8")
    (folder / "sub" / "bad.txt").write_bytes(b"date 2021-04-11 caf\xe9 \xff\xfe")
    with gzip.open(folder / "sub" / "more.jsonl.gz", "wt") as fh:
        fh.write(json.dumps({"id": "a1", "date": "2021-04-10", "text": GOOD}) + "\n")
    return folder


def test_counts_add_up_and_rejects_are_kept(tmp_path: Path) -> None:
    db = tmp_path / "x.duckdb"
    summary = ingest([_corpus(tmp_path)], db)
    assert summary.adds_up
    assert (summary.read, summary.stored, summary.duplicate, summary.rejected) == (8, 3, 1, 4)
    with Store.open(db, read_only=True) as store:
        counts = store.counts()
        codes = sorted(r.code for r in store.rejects())
        events = store.query_events()
    assert counts["articles"] == 3 and counts["rejects"] == 4
    assert codes == ["NE102", "NE103", "NE104", "NE105"]
    assert {(e.type, e.source.country) for e in events} >= {("ACCUSE", "BRA"), ("COERCE", "NGA")}


def test_second_ingest_stores_nothing_new(tmp_path: Path) -> None:
    db = tmp_path / "x.duckdb"
    folder = _corpus(tmp_path)
    ingest([folder], db)
    with Store.open(db, read_only=True) as store:
        before = store.counts()
    again = ingest([folder], db)
    assert again.stored == 0 and again.duplicate == 4 and again.adds_up
    with Store.open(db, read_only=True) as store:
        after = store.counts()
    assert after["articles"] == before["articles"] and after["events"] == before["events"]


def test_events_carry_versions_scores_and_offsets(tmp_path: Path) -> None:
    db = tmp_path / "x.duckdb"
    ingest([_corpus(tmp_path)], db)
    with Store.open(db, read_only=True) as store:
        events = store.query_events()
    accuse = next(e for e in events if e.type == "ACCUSE")
    assert (accuse.extractor, accuse.resolver) == ("rules.v1", "kb.v1")
    assert (accuse.quad, accuse.score) == (3, -2.0)
    assert accuse.date == "2021-04-09" and accuse.date_precision == "day"
    assert GOOD[accuse.evidence.start : accuse.evidence.end] == accuse.evidence.text
