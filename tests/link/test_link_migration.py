"""Migration 0003 on a database made by the previous version: sentence-level events become
mentions, nothing is lost, and the next write links them."""

from __future__ import annotations

from pathlib import Path

import duckdb
from builders import DAY_TEXT, old_event_row

from newsevents.link import link_pending
from newsevents.query import find_events
from newsevents.store import Store
from newsevents.store.migrate import migrate


def _make_v2_store(path: Path) -> None:
    con = duckdb.connect(str(path))
    assert migrate(con, str(path), upto=2) == 2
    con.execute("INSERT INTO articles VALUES ('old', DATE '2021-03-09', NULL, 'Nordic Post', NULL,"
                " 'old.txt', ?, 10, TIMESTAMP '2021-03-10 00:00:00')", [DAY_TEXT])
    for row in (old_event_row("m1", 0), old_event_row("m2", 80)):
        con.execute(f"INSERT INTO events VALUES ({', '.join('?' * len(row))})", row)
    con.close()


def test_old_events_become_mentions_and_are_linked_on_the_next_write(tmp_path: Path) -> None:
    db = tmp_path / "old.duckdb"
    _make_v2_store(db)
    with Store.open(db) as store:
        assert {"events", "mentions", "claims", "link_words"} <= store.tables()
        assert store.counts()["events"] == 2  # sentence-level rows kept
        unlinked = find_events(store)
        assert [e.id for e in unlinked] == ["m1", "m2"]
        assert all(e.status == "single_source" and e.event_id is None for e in unlinked)
        assert link_pending(store).mentions == 2
        linked = find_events(store)
        assert len({e.event_id for e in linked}) == 1 and linked[0].n_mentions == 2
