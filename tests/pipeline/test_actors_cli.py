"""``newsevents ingest --actors`` and ``newsevents actors`` as real subprocesses.

The store starts as one made by the previous schema version, so the run also migrates it
(slow: ingest loads the model). The articles and people are invented for these tests.
"""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from pathlib import Path

import pytest
from oldstore import make_v1_store

pytestmark = pytest.mark.slow

ACTORS_YAML = """\
- name: Tomas Lindqvist
  aliases: [Lindqvist]
  country: SWE
  sector: GOV
  valid_from: 2021-01-01
"""


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "newsevents.cli", *args],
                          capture_output=True, text=True, timeout=300, check=False)


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("actors")
    (root / "in").mkdir()
    (root / "in" / "a.txt").write_text(
        "date 2022-03-01 Moldovan Foreign Minister Ilinca Varescu accused Ukraine of "
        "violating the grain accord on Monday.\n", "utf-8")
    (root / "in" / "b.txt").write_text(
        "date 2022-03-08 Varescu met Tomas Lindqvist in Stockholm on Monday.\n", "utf-8")
    (root / "people.yaml").write_text(ACTORS_YAML, "utf-8")
    path = root / "old.duckdb"
    make_v1_store(path)
    assert _run("actors", "--db", str(path)).returncode == 2  # read-only needs a migration
    done = _run("ingest", str(root / "in"), "--db", str(path), "--actors", str(root / "people.yaml"))
    assert done.returncode == 0, done.stderr
    assert "stored 2" in done.stdout
    return path


def test_jsonl_lists_user_actors_and_memory_with_evidence(db: Path) -> None:
    done = _run("actors", "--db", str(db), "--format", "jsonl")
    assert done.returncode == 0, done.stderr
    rows = [json.loads(line) for line in done.stdout.splitlines()]
    assert [(r["kind"], r["name"]) for r in rows] == [("user", "Tomas Lindqvist"),
                                                      ("memory", "Ilinca Varescu")]
    user, memory = rows
    assert (user["country"], user["sector"], user["aliases"], user["valid_from"], user["line"]) == (
        "SWE", "GOV", ["Lindqvist"], "2021-01-01", 1)
    assert user["origin"].endswith("people.yaml") and user["evidence"] == []
    assert (memory["country"], memory["sector"], memory["title"], memory["first_seen"]) == (
        "MDA", "GOV", "Foreign Minister", "2022-03-01")
    [evidence] = memory["evidence"]
    assert evidence["sentence"]["text"].startswith("Moldovan Foreign Minister Ilinca Varescu")
    assert evidence["sentence"]["start"] == 0 and evidence["mention"]["end"] == 40
    events = _run("events", "--db", str(db), "--format", "jsonl", "--type", "CONSULT")
    consult = [json.loads(line) for line in events.stdout.splitlines()]
    assert any(e["source"]["country"] == "MDA" and e["target"]["country"] == "SWE"
               for e in consult), consult


def test_name_filter_csv_and_table(db: Path) -> None:
    done = _run("actors", "--db", str(db), "--format", "csv", "--name", "varesc")
    rows = list(csv.DictReader(io.StringIO(done.stdout)))
    assert [(r["kind"], r["name"], r["evidence_country"]) for r in rows] == [
        ("memory", "Ilinca Varescu", "MDA")]
    table = _run("actors", "--db", str(db), "--name", "lindq").stdout.splitlines()
    assert table[0].startswith("kind") and len(table) == 3
    assert "Tomas Lindqvist" in table[2] and "people.yaml:1" in table[2]
    assert max(len(line) for line in table) <= 160
    assert _run("actors", "--db", str(db), "--name", "nobody").stdout.strip() == "no actors"
    blank = _run("actors", "--db", str(db), "--name", " ")
    assert blank.returncode == 2 and "NE401" in blank.stderr


def test_bad_actor_file_stops_ingest_and_demo_naming_file_and_line(tmp_path: Path) -> None:
    bad = tmp_path / "bad.csv"
    bad.write_text("name,country,sector\nIlinca Varescu,MDA,GOV\nDorin Albu,ROMANIA,GOV\n",
                   "utf-8")
    target = tmp_path / "never.duckdb"
    for args in (["ingest", str(tmp_path), "--date", "2022-01-01"], ["demo"]):
        done = _run(*args, "--db", str(target), "--actors", str(bad))
        assert done.returncode == 2 and "Traceback" not in done.stderr
        assert f"NE503: {bad}:3: country 'ROMANIA'" in done.stderr
    assert not target.exists()
