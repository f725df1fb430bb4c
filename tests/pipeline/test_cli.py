"""The console script, run as a real subprocess (slow: it loads the model)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow
CONTRACT = ["id", "article_id", "type", "mode", "quad", "score", "source", "target", "date",
            "date_precision", "location", "polarity", "modality", "claimant", "status",
            "evidence", "extractor"]


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "newsevents.cli", *args],
                          capture_output=True, text=True, timeout=300, check=False)


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("cli") / "demo.duckdb"
    done = _run("demo", "--db", str(path), "no/such/folder")
    assert done.returncode == 0, done.stderr
    assert "not found, skipped" in done.stderr and "SANCTION" in done.stdout
    return path


def test_jsonl_contract(db: Path) -> None:
    done = _run("events", "--db", str(db), "--format", "jsonl", "--source", "usa")
    rows = [json.loads(line) for line in done.stdout.splitlines()]
    assert rows and all(r["source"]["country"] == "USA" for r in rows)
    for row in rows:
        assert [k for k in row if k in CONTRACT] == CONTRACT
        assert set(row["source"]) == {"text", "country", "sector"}
        assert row["status"] == "single_source" and row["polarity"] in ("positive", "negative")


def test_filters_and_csv(db: Path) -> None:
    done = _run("events", "--db", str(db), "--type", "consult", "--since", "2021-01-01",
                "--format", "csv")
    lines = done.stdout.splitlines()
    assert lines[0].startswith("id,") and len(lines) > 1
    assert all(",CONSULT," in line for line in lines[1:])


@pytest.mark.parametrize("args", [["--source", "IND' OR 1=1 --"], ["--type", "PARTY"],
                                  ["--since", "yesterday"]])
def test_bad_filters_are_coded_errors(db: Path, args: list[str]) -> None:
    done = _run("events", "--db", str(db), *args)
    assert done.returncode == 2 and "NE401" in done.stderr and "Traceback" not in done.stderr


def test_missing_date_is_rejected_with_file_and_reason(tmp_path: Path) -> None:
    text = tmp_path / "nodate.txt"
    text.write_text("Chad accused Sudan of shelling a border town.", "utf-8")
    db = tmp_path / "x.duckdb"
    done = _run("ingest", str(text), "--db", str(db))
    assert done.returncode == 0 and "rejected 1" in done.stdout
    listed = _run("rejects", "--db", str(db))
    assert "NE101" in listed.stdout and "nodate.txt" in listed.stdout
    dated = _run("ingest", str(text), "--db", str(db), "--date", "2022-05-05")
    assert "stored 1" in dated.stdout
