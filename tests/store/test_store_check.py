"""Integrity check (``Store.check``, ``newsevents check``) and the one-writer lock (issue 7)."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from datetime import date
from pathlib import Path

import duckdb
import pytest

from newsevents.cli import main
from newsevents.errors import StoreError
from newsevents.link import link_pending
from newsevents.models import Actor, Article, Event, Reject, Span
from newsevents.store import Store, code_version

TEXT = "Norway and Sweden met in Oslo."


def _article(article_id: str) -> Article:
    return Article(article_id, date(2021, 3, 9), TEXT, source="wire", origin="t.jsonl:1")


def _event(event_id: str, article_id: str) -> Event:
    return Event(
        id=event_id, article_id=article_id, type="CONSULT", mode=None, quad=1, score=2.5,
        source=Actor("Norway", "NOR", "GOV"), target=Actor("Sweden", "SWE", "GOV"),
        date="2021-03-09", date_precision="day", location=None, polarity="positive",
        modality="asserted", claimant=None, evidence=Span(TEXT, 0, len(TEXT)),
        trigger=Span("met", 18, 21), extractor="test", resolver="test",
    )  # fmt: skip


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "check.duckdb"
    with Store.open(path) as store:
        store.add_articles([(_article("a1"), [_event("e1", "a1")]),
                            (_article("a2"), [_event("e2", "a2")])])
        store.add_rejects([Reject("bad.jsonl", 3, "NE105", "NE105: line 3 of bad.jsonl", b"{")])
        store.record_run(read=3, stored=2, duplicate=0, rejected=1, command="ingest t.jsonl")
        link_pending(store)
    return path


def test_healthy_store_passes(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with Store.open(db, read_only=True) as store:
        report = store.check()
    assert report.healthy and report.problems == []
    assert report.schema_version == report.code_version == code_version()
    assert report.counts["articles"] == 2 and report.counts["mentions"] == 2
    assert report.counts["rejects"] == 1 and report.counts["runs"] == 1
    assert report.unlinked == 0 and set(report.orphans.values()) == {0}
    assert main(["check", "--db", str(db)]) == 0
    out = capsys.readouterr().out
    assert "schema version" in out and out.rstrip().endswith("ok")


def test_orphans_make_the_check_fail(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    con = duckdb.connect(str(db))
    con.execute("DELETE FROM articles WHERE id = 'a1'")  # its mention and claim stay behind
    con.execute("UPDATE runs SET stored = 5")
    con.close()
    with Store.open(db, read_only=True) as store:
        report = store.check()
    assert not report.healthy
    assert report.orphans["mentions without their article"] == 1
    assert report.orphans["claims without their article"] == 1
    assert report.orphans["runs whose counts do not add up"] == 1
    assert main(["check", "--db", str(db)]) == 2
    err = capsys.readouterr().err
    assert err.startswith("error: NE304: ") and "1 mentions without their article" in err


def test_missing_database_is_a_coded_error(tmp_path: Path,
                                           capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", "--db", str(tmp_path / "none.duckdb")]) == 2
    assert "NE301" in capsys.readouterr().err


_HOLD = textwrap.dedent("""
    import sys, time
    from newsevents.store import Store
    with Store.open(sys.argv[1]) as store:
        print("locked", flush=True)
        time.sleep(60)
""")


def test_second_writer_gets_database_in_use(db: Path, capsys: pytest.CaptureFixture[str]
                                            ) -> None:
    holder = subprocess.Popen([sys.executable, "-c", _HOLD, str(db)], stdout=subprocess.PIPE,
                              text=True)
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "locked"
        for read_only in (False, True):
            with pytest.raises(StoreError) as caught:
                Store.open(db, read_only=read_only)
            assert caught.value.code == "NE303"
            assert f"process {holder.pid}" in str(caught.value) and "wait for it" in str(
                caught.value)
        assert main(["check", "--db", str(db)]) == 2
        assert "NE303" in capsys.readouterr().err
    finally:
        holder.kill()
        holder.wait(timeout=30)
    with Store.open(db, read_only=True) as store:  # the lock is gone; nothing was damaged
        assert store.check().healthy


def test_older_schema_is_reported_not_failed(tmp_path: Path,
                                             capsys: pytest.CaptureFixture[str]) -> None:
    from newsevents.store.migrate import migrate

    for upto in (0, 1):  # e.g. an ingest killed while it created or migrated the file
        path = tmp_path / f"v{upto}.duckdb"
        con = duckdb.connect(str(path))
        migrate(con, str(path), upto=upto)
        con.close()
        with Store.open_to_check(path) as store:
            report = store.check()
        assert report.healthy and report.needs_migration and report.schema_version == upto
        assert main(["check", "--db", str(path)]) == 0
        assert "the next `newsevents ingest`" in capsys.readouterr().out
        with Store.open(path) as store:  # the next write migrates it
            assert store.check().schema_version == code_version()
