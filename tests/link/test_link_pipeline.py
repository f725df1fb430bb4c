"""The link stage inside ``ingest`` (real model): re-ingesting changes nothing, a new
article from another outlet joins the event it reports."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsevents.pipeline import ingest
from newsevents.store import Store

pytestmark = pytest.mark.slow

FIRST = {"id": "n1", "date": "2021-03-09", "source": "Nordic Post",
         "text": "Norway's foreign minister met Sweden's foreign minister in Oslo on Tuesday "
                 "to discuss fishing quotas in the Skagerrak."}
SECOND = {"id": "b1", "date": "2021-03-09", "source": "Baltic Wire",
          "text": "Sweden's foreign minister met Norway's foreign minister in Oslo on Tuesday, "
                  "and the talks on Skagerrak fishing quotas went on late."}
OTHER = {"id": "n2", "date": "2021-03-20", "source": "Nordic Post",
         "text": "Finland's president met Estonia's prime minister in Tallinn on Saturday "
                 "to discuss a new ferry line."}


def _write(path: Path, *records: dict[str, str]) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return path


def _tables(store: Store) -> dict[str, object]:
    return {name: store.links.rows(name) for name in ("events", "claims", "link_words")}


def test_reingest_changes_nothing_and_a_new_report_joins_its_event(tmp_path: Path) -> None:
    db = tmp_path / "p.duckdb"
    first = _write(tmp_path / "first.jsonl", FIRST, OTHER)
    ingest([first], db)
    with Store.open(db, read_only=True) as store:
        before = _tables(store)
        meetings = [e for e in store.links.events() if e.type == "CONSULT"]
    assert len(meetings) == 2 and all(e.status == "single_source" for e in meetings)
    ingest([first], db)
    with Store.open(db, read_only=True) as store:
        assert _tables(store) == before
    ingest([_write(tmp_path / "second.jsonl", SECOND)], db)
    with Store.open(db, read_only=True) as store:
        events = {e.id: e for e in store.links.events()}
        old = {row[0]: row for row in before["events"]}  # type: ignore[attr-defined]
        changed = [i for i, row in ((r[0], r) for r in store.links.rows("events"))
                   if old.get(i) != row]
    assert len(changed) == 1
    joined = events[changed[0]]
    assert (joined.n_mentions, joined.n_sources, joined.status) == (2, 2, "confirmed")
    assert {joined.source.country, joined.target and joined.target.country} == {"NOR", "SWE"}
