"""Dyad timelines and claim listings on a hand-built, linked store; the CLI via subprocess."""

from __future__ import annotations

import csv
import io
import json
import struct
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from builders import article, event, store_all

from newsevents.errors import QueryError
from newsevents.link import link_pending
from newsevents.query import claims as claims_query
from newsevents.query import timeline as tl
from newsevents.query.chart import write_png
from newsevents.store import Store

MEET = "Norwegian ministers met Swedish envoys in Oslo to discuss fishing quotas."
MEET_2 = "In Oslo, Swedish envoys and Norwegian ministers discussed the fishing quotas."
SHELL = "Norwegian gunboats shelled a Swedish patrol vessel near the Koster islands."
ACCUSE = "Sweden accused Norway of breaking the fishing truce in the Skagerrak."
AID = "Norway sent medical supplies to Swedish hospitals after the ferry fire."
DENY = "No meeting between the ministers and the envoys took place in Oslo."


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("timeline") / "t.duckdb"
    nor_swe = {"source": ("NOR", "MIL"), "source_text": "Norwegian gunboats",
               "target": ("SWE", "MIL"), "target_text": "a Swedish patrol vessel"}
    with Store.open(path) as store:
        store_all(
            store,
            (article("a1", date(2021, 3, 1), "Nordic Post"),
             [event("m1", "a1", MEET, when="2021-03-01"),
              event("m2", "a1", SHELL, type="ASSAULT", trigger="shelled", when="2021-03-01",
                    start=100, **nor_swe)]),  # type: ignore[arg-type]
            (article("a2", date(2021, 3, 2), "Baltic Wire"),
             [event("m3", "a2", MEET_2, when="2021-03-01", precision="day"),
              event("m4", "a2", ACCUSE, type="ACCUSE", trigger="accused", when="2021-03-02",
                    source=("SWE", "GOV"), target=("NOR", "GOV"), source_text="Sweden",
                    target_text="Norway")]),
            (article("a3", date(2021, 4, 20), "Nordic Post"),
             [event("m5", "a3", AID, type="AID", trigger="sent", when="2021-04-20",
                    source_text="Norway", target_text="Swedish hospitals",
                    target=("SWE", "HLH")),
              event("m6", "a3", DENY, polarity="negative", claimant="the ministry",
                    when="2021-04-20", trigger="meeting", start=200)]),
        )
        link_pending(store)
    return path


def test_monthly_timeline_counts_each_real_event_once(db: Path) -> None:
    with Store.open(db, read_only=True) as store:
        t = tl.build_timeline(store, "nor", "SWE", by="month")
    assert [p.label for p in t.periods] == ["2021-03", "2021-04"]
    march, april = t.periods
    assert march.quads == (1, 0, 1, 1)  # the meeting reported twice counts once
    assert march.score_sum == pytest.approx(2.5 - 3.0 - 9.0)
    assert march.score_mean == pytest.approx((2.5 - 3.0 - 9.0) / 3, abs=1e-3)
    assert march.top[0].n_mentions == 2 and march.top[0].type == "CONSULT"
    assert april.quads == (0, 1, 0, 0)
    assert t.not_happened == 1  # the denied meeting


def test_weekly_timeline_fills_empty_weeks(db: Path) -> None:
    with Store.open(db, read_only=True) as store:
        t = tl.build_timeline(store, "NOR", "SWE", by="week")
    labels = [p.label for p in t.periods]
    assert labels[0] == "2021-W09" and labels[-1] == "2021-W16" and len(labels) == 8
    assert sum(p.n_events for p in t.periods) == 4


def test_directed_timeline_keeps_one_direction(db: Path) -> None:
    with Store.open(db, read_only=True) as store:
        back = tl.build_timeline(store, "SWE", "NOR", by="day", directed=True)
        both = tl.build_timeline(store, "SWE", "NOR", by="day")
    assert [(p.label, p.quads) for p in back.periods] == [("2021-03-02", (0, 0, 1, 0))]
    assert sum(p.n_events for p in both.periods) == 4


@pytest.mark.parametrize(("kwargs", "code"), [
    ({"by": "year"}, "NE402"), ({"top": -1}, "NE402"), ({"since": "March"}, "NE401"),
])
def test_bad_timeline_options_are_coded_errors(db: Path, kwargs: dict[str, object],
                                               code: str) -> None:
    with Store.open(db, read_only=True) as store, pytest.raises(QueryError) as err:
        tl.build_timeline(store, "NOR", "SWE", **kwargs)  # type: ignore[arg-type]
    assert err.value.code == code


def test_timeline_formats(db: Path, tmp_path: Path) -> None:
    with Store.open(db, read_only=True) as store:
        t = tl.build_timeline(store, "NOR", "SWE", by="month")
    table = tl.format_table(t)
    assert table.splitlines()[0] == "NOR <-> SWE events by month" and "CONSULT NOR->SWE x2" in table
    out = io.StringIO(newline="")
    assert tl.write_csv(t, out) == 2
    rows = list(csv.DictReader(io.StringIO(out.getvalue())))
    assert rows[0]["period"] == "2021-03" and rows[0]["material_conflict"] == "1"
    doc = io.StringIO()
    tl.write_json(t, doc)
    data = json.loads(doc.getvalue())
    assert data["periods"][1]["material_coop"] == 1 and data["left_out"]["not_happened"] == 1
    png = write_png(t, tmp_path / "chart.png")
    _assert_png(png)


def _assert_png(path: Path) -> None:
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n" and data[12:16] == b"IHDR"
    width, height = struct.unpack(">II", data[16:24])
    assert width > 800 and height > 500 and len(data) > 10_000


def test_claims_listing(db: Path) -> None:
    with Store.open(db, read_only=True) as store:
        confirmed = claims_query.find_claims(store, status="confirmed")
        disputed = claims_query.find_claims(store, status="disputed")
        with pytest.raises(QueryError):
            claims_query.find_claims(store, status="true")
    assert [len(item.claims) for item in confirmed] == [2]
    assert {c.claimant for c in confirmed[0].claims} == {"Nordic Post", "Baltic Wire"}
    assert disputed == []
    text = claims_query.format_table(confirmed)
    assert text.startswith("CONFIRMED  CONSULT NOR/GOV") and f'"{MEET}"' in text
    out = io.StringIO()
    assert claims_query.write_jsonl(confirmed, out) == 1
    assert json.loads(out.getvalue())["claims"][0]["quote"]["text"] == MEET


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "newsevents.cli", *args], capture_output=True,
                          text=True, check=False)


def test_cli_claims_timeline_and_events(db: Path, tmp_path: Path) -> None:
    done = _run("claims", "--db", str(db), "--status", "confirmed", "--format", "jsonl")
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["n_sources"] == 2
    done = _run("timeline", "NOR", "SWE", "--db", str(db), "--by", "week", "--format", "csv")
    assert done.returncode == 0 and done.stdout.startswith("period,start,events")
    png = tmp_path / "nor_swe.png"
    done = _run("timeline", "NOR", "SWE", "--db", str(db), "--format", "png", "--out", str(png))
    assert done.returncode == 0, done.stderr
    _assert_png(png)
    done = _run("timeline", "NOR", "SWE", "--db", str(db), "--format", "png")
    assert done.returncode == 2 and "NE402" in done.stderr
    done = _run("timeline", "NOR", "SWE", "--db", str(db), "--by", "fortnight")
    assert done.returncode == 2 and "NE402" in done.stderr
    done = _run("events", "--db", str(db), "--format", "jsonl", "--type", "CONSULT")
    records = [json.loads(line) for line in done.stdout.splitlines()]
    assert {(r["status"], r["n_mentions"], r["n_sources"]) for r in records} >= {
        ("confirmed", 2, 2)}


def test_cli_link_and_no_link_ingest(tmp_path: Path) -> None:
    db = tmp_path / "l.duckdb"
    with Store.open(db) as store:
        store_all(store, (article("a1", date(2021, 3, 1), "Nordic Post"),
                          [event("m1", "a1", MEET)]))
    done = _run("link", "--db", str(db))
    assert done.returncode == 0 and done.stdout.strip() == "linked 1 / new events 1 / grown 0"
    done = _run("link", "--db", str(db))
    assert done.stdout.strip() == "linked 0 / new events 0 / grown 0"
