"""Crash safety and the one-writer lock, with the real console script (slow: loads the model).

Issue 7: an ingest killed (SIGKILL) at several points leaves a store that opens, passes
``newsevents check`` and resumes without loss or duplicates; a second ingest into a file
another ingest holds gets a coded "database is in use" error (NE303), never corruption.
"""

from __future__ import annotations

import json
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from newsevents.cli import main
from newsevents.store import Store

pytestmark = pytest.mark.slow

COUNTRIES = ["Norway", "Sweden", "Chile", "Peru", "Kenya", "Ghana", "Canada", "Mexico", "Japan",
             "Vietnam"]
VERBS = ["met officials from", "accused", "signed a trade pact with", "sent aid to",
         "criticized", "hosted talks with"]


def write_articles(path: Path, count: int) -> list[str]:
    """Write ``count`` short made-up articles as JSON Lines; return their ids."""
    ids = []
    with path.open("w", encoding="utf-8") as out:
        for i in range(count):
            a, b = COUNTRIES[i % 10], COUNTRIES[(i * 3 + 1) % 10]
            b = COUNTRIES[(i + 5) % 10] if a == b else b
            text = (f"{a} {VERBS[i % 6]} {b} on Tuesday. The ministry of {a} said round {i} "
                    "of the contacts would continue next month.")
            ids.append(f"k{i:04d}")
            out.write(json.dumps({"id": ids[-1], "date": f"2022-0{1 + i % 9}-1{i % 10}",
                                  "source": "desk", "text": text}) + "\n")
    return ids


def ingest_cmd(src: Path, db: Path, batch: int = 2) -> list[str]:
    return [sys.executable, "-m", "newsevents.cli", "ingest", str(src), "--db", str(db),
            "--batch-size", str(batch)]


def run(cmd: list[str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(cmd, capture_output=True, text=True, timeout=120, check=False)


def check(db: Path) -> subprocess.CompletedProcess[str]:
    return run([sys.executable, "-m", "newsevents.cli", "check", "--db", str(db)])


def stored(db: Path) -> tuple[list[str], list[str]]:
    """The stored article and mention ids (none while the schema is not yet created)."""
    with Store.open_to_check(db) as store:
        if "mentions" not in store.tables():
            return [], []
        con = store._con  # test-only peek at the raw rows
        articles = [r[0] for r in con.execute("SELECT id FROM articles ORDER BY id").fetchall()]
        mentions = [r[0] for r in con.execute("SELECT id FROM mentions ORDER BY id").fetchall()]
    return articles, mentions


@pytest.mark.skipif(not Path("/proc/locks").exists(), reason="needs Linux /proc/locks")
def test_killed_ingest_resumes_without_loss_or_duplicates(tmp_path: Path) -> None:
    src = tmp_path / "in.jsonl"
    ids = write_articles(src, 60)
    reference = tmp_path / "ref.duckdb"
    done = run(ingest_cmd(src, reference))
    assert done.returncode == 0, done.stderr
    want_articles, want_mentions = stored(reference)
    assert want_articles == ids and want_mentions

    db = tmp_path / "killed.duckdb"
    partial = []
    # Killed once the run holds the database: right away (creating or migrating it), then
    # at later points of its batches; each run resumes what the killed ones left.
    for delay in (0.0, 0.3, 0.6, 1.0):
        proc = subprocess.Popen(ingest_cmd(src, db), stdout=subprocess.DEVNULL,
                                stderr=subprocess.DEVNULL)
        wait_for_lock(proc, db)
        time.sleep(delay)
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=30)
        assert main(["check", "--db", str(db)]) == 0, f"check failed after a kill at +{delay} s"
        articles, _ = stored(db)
        assert len(articles) == len(set(articles)) and set(articles) <= set(ids)
        partial.append(len(articles))

    final = run(ingest_cmd(src, db))
    assert final.returncode == 0, final.stderr
    line = final.stdout.strip().splitlines()[-1]
    assert line.startswith("read 60 / "), line
    assert stored(db) == (want_articles, want_mentions)  # every article once, same events
    assert check(db).returncode == 0
    print("articles stored when killed:", partial)
    assert any(0 < n < 60 for n in partial), f"no kill landed mid-ingest: {partial}"


def wait_for_lock(proc: subprocess.Popen[bytes] | subprocess.Popen[str], db: Path) -> None:
    """Wait until ``proc`` holds ``db`` open (its DuckDB file lock), at most 60 s."""
    deadline = time.monotonic() + 60
    while not _holds_lock(proc.pid, db):
        assert proc.poll() is None, f"ingest ended before it opened the database: {proc.args!r}"
        assert time.monotonic() < deadline, "the ingest never opened the database"
        time.sleep(0.02)


def _holds_lock(pid: int, path: Path) -> bool:
    """Whether process ``pid`` holds a POSIX lock on ``path`` (Linux ``/proc/locks``)."""
    try:
        inode = path.stat().st_ino
        locks = Path("/proc/locks").read_text()
    except OSError:
        return False
    return any(f" {pid} " in line and line.split()[5].endswith(f":{inode}")
               for line in locks.splitlines() if len(line.split()) > 5)


# A writer that holds the database and keeps storing articles until its stdin closes.
WRITER = """
import sys, threading, time
from datetime import date
from newsevents.models import Article
from newsevents.cli import main
from newsevents.store import Store
stop = threading.Event()
threading.Thread(target=lambda: (sys.stdin.read(), stop.set()), daemon=True).start()
with Store.open(sys.argv[1]) as store:
    n = 0
    while not stop.is_set():
        store.add_articles([(Article(f"w{n:05d}", date(2022, 1, 3), f"Writer note {n}."), [])])
        n += 1
        if n == 1:
            print("writing", flush=True)
        time.sleep(0.02)
print(n, flush=True)
"""


def test_second_ingest_gets_database_in_use(tmp_path: Path) -> None:
    src = tmp_path / "in.jsonl"
    ids = write_articles(src, 20)
    db = tmp_path / "shared.duckdb"
    writer = subprocess.Popen([sys.executable, "-c", WRITER, str(db)], stdin=subprocess.PIPE,
                              stdout=subprocess.PIPE, text=True)
    try:
        assert writer.stdout is not None and writer.stdout.readline().strip() == "writing"
        second = run(ingest_cmd(src, db))  # the model loads, then the store is refused
        assert writer.poll() is None, "the writer stopped before the second ingest ended"
        assert second.returncode == 2, second.stdout + second.stderr
        assert "NE303" in second.stderr and "in use by process" in second.stderr, second.stderr
        out, _ = writer.communicate("", timeout=60)
    finally:
        if writer.poll() is None:
            writer.kill()
            writer.wait()
    assert writer.returncode == 0
    written = int(out.strip().splitlines()[-1])
    assert check(db).returncode == 0
    assert stored(db)[0] == [f"w{n:05d}" for n in range(written)]  # the refused run wrote none
    done = run(ingest_cmd(src, db))  # once the lock is free the same ingest works
    assert done.returncode == 0 and "stored 20 /" in done.stdout, done.stderr
    assert check(db).returncode == 0
    assert stored(db)[0] == sorted(ids + [f"w{n:05d}" for n in range(written)])
