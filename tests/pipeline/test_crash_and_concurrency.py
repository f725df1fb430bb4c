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


def check_cmd(db: Path) -> list[str]:
    return [sys.executable, "-m", "newsevents.cli", "check", "--db", str(db)]


def check(db: Path) -> subprocess.CompletedProcess[str]:
    return run(check_cmd(db))


def stored(db: Path) -> tuple[list[str], list[str]]:
    """The stored article and mention ids (none while the schema is not yet created)."""
    with Store.open_to_check(db, wait=30) as store:
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
    # Killed as soon as the run holds the database (creating or migrating it), then once
    # the store holds more and more articles (read meanwhile, as a reader may); each run
    # resumes what the killed ones left. Progress, not time, picks the points, so a busy
    # machine moves them no matter how slow it is.
    for point in (0, 6, 20, 40):
        proc = subprocess.Popen(ingest_cmd(src, db), stdout=subprocess.DEVNULL,
                                stderr=subprocess.DEVNULL)
        wait_for_lock(proc, db)
        wait_for_articles(proc, db, point)
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=30)
        assert main(["check", "--db", str(db)]) == 0, f"check failed after a kill at {point}"
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
    assert sum(0 < n < 60 for n in partial) >= 2, f"kills did not land mid-ingest: {partial}"


def wait_for_articles(proc: subprocess.Popen[bytes], db: Path, count: int) -> None:
    """Wait until at least ``count`` articles are stored while ``proc`` runs (at most 120 s)."""
    deadline = time.monotonic() + 120
    while count and len(stored(db)[0]) < count:
        assert proc.poll() is None, f"ingest ended before {count} articles were stored"
        assert time.monotonic() < deadline, f"fewer than {count} articles stored in 120 s"
        time.sleep(0.05)


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


# An ingest stand-in: holds the ingest lock of the file and keeps writing one article per
# short session (as the ingest writes its batches) until its stdin closes.
WRITER = """
import sys, threading, time
from datetime import date
from newsevents.models import Article
from newsevents.store.sessions import WriteSessions
stop = threading.Event()
threading.Thread(target=lambda: (sys.stdin.read(), stop.set()), daemon=True).start()
with WriteSessions(sys.argv[1]) as sessions:
    n = 0
    while not stop.is_set():
        with sessions.session() as store:
            store.add_articles([(Article(f"w{n:05d}", date(2022, 1, 3), f"Writer note {n}."),
                                 [])])
        n += 1
        if n == 1:
            print("writing", flush=True)
        time.sleep(0.05)
print(n, flush=True)
"""


def events_cmd(db: Path) -> list[str]:
    return [sys.executable, "-m", "newsevents.cli", "events", "--db", str(db), "--format",
            "jsonl"]


def test_second_ingest_refused_or_waits_and_readers_work(tmp_path: Path) -> None:
    src = tmp_path / "in.jsonl"
    ids = write_articles(src, 20)
    db = tmp_path / "shared.duckdb"
    writer = subprocess.Popen([sys.executable, "-c", WRITER, str(db)], stdin=subprocess.PIPE,
                              stdout=subprocess.PIPE, text=True)
    waiting: subprocess.Popen[str] | None = None
    try:
        assert writer.stdout is not None and writer.stdout.readline().strip() == "writing"
        second = run(ingest_cmd(src, db))  # the model loads, then the ingest lock is refused
        assert second.returncode == 2, second.stdout + second.stderr
        assert "NE303" in second.stderr and f"in use by process {writer.pid}" in second.stderr
        assert "--wait" in second.stderr
        # Readers work while the writer runs: they open the file between its writes.
        for reader in (events_cmd(db), check_cmd(db)):
            result = run(reader)
            assert result.returncode == 0, result.stderr
        waiting = subprocess.Popen([*ingest_cmd(src, db), "--wait", "120"],
                                   stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        time.sleep(8)  # long enough for the model to load and the lock to be tried
        assert waiting.poll() is None, "the --wait ingest did not wait for the writer"
        assert writer.poll() is None, "the writer stopped before the second ingest ended"
        out, _ = writer.communicate("", timeout=60)
        done_out, done_err = waiting.communicate(timeout=120)
    finally:
        for proc in (writer, waiting):
            if proc is not None and proc.poll() is None:
                proc.kill()
                proc.wait()
    assert writer.returncode == 0
    assert waiting is not None and waiting.returncode == 0 and "stored 20 /" in done_out, done_err
    written = int(out.strip().splitlines()[-1])
    assert check(db).returncode == 0
    assert stored(db)[0] == sorted(ids + [f"w{n:05d}" for n in range(written)])
    again = run(ingest_cmd(src, db))  # every article exactly once
    assert again.returncode == 0 and "stored 0 /" in again.stdout, again.stderr


def test_readers_work_while_a_real_ingest_runs(tmp_path: Path) -> None:
    src = tmp_path / "in.jsonl"
    ids = write_articles(src, 80)
    db = tmp_path / "busy.duckdb"
    proc = subprocess.Popen(ingest_cmd(src, db), stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)
    seen: list[int] = []
    try:
        while proc.poll() is None:
            if not db.exists():
                time.sleep(0.1)
                continue
            result = run(events_cmd(db))
            if proc.poll() is None:  # a read that overlapped the ingest
                assert result.returncode == 0, result.stderr
                seen.append(len(result.stdout.splitlines()))
        out, err = proc.communicate(timeout=60)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    assert proc.returncode == 0 and "stored 80 /" in out, err
    assert len(seen) >= 2, f"only {len(seen)} reads overlapped the ingest"
    assert seen == sorted(seen), f"readers saw events disappear: {seen}"
    assert stored(db)[0] == ids
