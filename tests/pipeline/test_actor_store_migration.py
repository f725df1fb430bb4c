"""Migration 0002 (actor memory) applied to a store made by the previous version."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from oldstore import TEXT, make_v1_store

from newsevents.errors import StoreError
from newsevents.models import ActorFact, ActorFile, Article, Span, UserActor
from newsevents.store import Store, code_version


def _fact(article_id: str, start: int = 0) -> ActorFact:
    return ActorFact("Ilinca Varescu", "MDA", "GOV", "Foreign Minister", article_id,
                     date(2022, 3, 1), Span(TEXT[:40], start, start + 40), Span(TEXT, 0, len(TEXT)))


def test_older_store_is_migrated_on_first_write_open(tmp_path: Path) -> None:
    db = tmp_path / "old.duckdb"
    make_v1_store(db)
    with pytest.raises(StoreError) as err:
        Store.open(db, read_only=True)
    assert err.value.code == "NE301"
    assert f"schema version 1 and needs {code_version()}" in err.value.message
    with Store.open(db) as store:
        assert store.schema_version() == code_version() >= 2
        assert {"actor_facts", "user_actors"} <= store.tables()
        assert store.counts()["articles"] == 1 and store.existing_article_ids(["old"]) == {"old"}
        assert store.actor_facts() == [] and store.user_actors() == []
    with Store.open(db, read_only=True) as store:
        assert store.schema_version() == code_version()


def test_facts_are_stored_with_their_article_once(tmp_path: Path) -> None:
    db = tmp_path / "x.duckdb"
    make_v1_store(db)
    new = Article("new", date(2022, 3, 2), TEXT)
    with Store.open(db) as store:
        # "old" is already stored, so its fact is skipped with it; a repeated fact is kept once.
        facts = [_fact("new"), _fact("new"), _fact("old")]
        assert store.add_articles([(new, []), (Article("old", date(2022, 3, 1), TEXT), [])],
                                  facts) == (1, 1)
        assert store.actor_facts() == [_fact("new")]
        assert store.add_articles([(new, [])], [_fact("new", 5)]) == (0, 1)
        assert store.actor_facts(name="VARESCU") == [_fact("new")]
        assert store.actor_facts(name="Dorin") == []


def test_actor_files_are_kept_as_last_loaded(tmp_path: Path) -> None:
    row = UserActor("Ilinca Varescu", ("Varescu",), "MDA", "GOV", date(2021, 1, 1), None,
                    "/data/actors.csv", 2)
    first = ActorFile("/data/actors.csv", "a" * 64, (row,))
    with Store.open(tmp_path / "x.duckdb") as store:
        assert store.save_actor_files([first]) == 1
        assert store.save_actor_files([first]) == 0  # same content: nothing written
        assert store.user_actors() == [row] and store.user_actors(name="varescu") == [row]
        changed = UserActor("Dorin Albu", (), "ROU", None, None, None, "/data/actors.csv", 2)
        assert store.save_actor_files([ActorFile(first.path, "b" * 64, (changed,))]) == 1
        assert store.user_actors() == [changed] and store.user_actors(name="Varescu") == []
