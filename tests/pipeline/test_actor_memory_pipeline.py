"""Corpus memory and user actor files through the real pipeline into a real DuckDB file.

The articles are invented for these tests (real model: slow).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from newsevents.config import Config
from newsevents.models import Event
from newsevents.pipeline import ingest
from newsevents.store import Store

pytestmark = pytest.mark.slow

DEFINING = ("Moldovan Foreign Minister Ilinca Varescu accused Ukraine of violating the grain "
            "accord on Monday.\n\nThe ministry said talks would continue.")
BARE = ("Ilinca Varescu met Romanian diplomats in Bucharest on Monday.\n\n"
        "Varescu later criticised Hungary over the new border rules.")
LATER = "Varescu urged Hungary to reopen the border crossing on Friday."


def _article(folder: Path, name: str, day: str, text: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(f"date {day} {text}\n", "utf-8")
    return path


def _dyads(events: list[Event], article_id: str) -> set[tuple[str, object, object]]:
    return {(e.type, (e.source.country, e.source.sector),
             (e.target.country, e.target.sector) if e.target else None)
            for e in events if e.article_id == article_id}


def _article_ids(store: Store) -> dict[str, str]:
    """Article id by the first words of its text."""
    return {e.evidence.text.split()[0]: e.article_id for e in store.query_events()}


def test_a_person_defined_once_is_known_in_later_articles(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    _article(folder, "a_defining.txt", "2022-03-01", DEFINING)
    _article(folder, "b_bare.txt", "2022-03-08", BARE)
    db = tmp_path / "events.duckdb"
    assert ingest([folder], db).stored == 2
    with Store.open(db, read_only=True) as store:
        events = store.query_events()
        facts = store.actor_facts()
        ids = _article_ids(store)
    bare = ids["Ilinca"]
    assert ("CONSULT", ("MDA", "GOV"), ("ROU", "GOV")) in _dyads(events, bare)
    assert ("ACCUSE", ("MDA", "GOV"), ("HUN", "GOV")) in _dyads(events, bare)
    [fact] = facts
    assert (fact.name, fact.country, fact.sector, fact.title) == (
        "Ilinca Varescu", "MDA", "GOV", "Foreign Minister")
    assert (fact.article_id, fact.published) == (ids["Moldovan"], date(2022, 3, 1))
    text = DEFINING  # the stored article text: offsets point into it
    assert text[fact.sentence.start : fact.sentence.end] == fact.sentence.text
    assert fact.sentence.text.startswith("Moldovan Foreign Minister Ilinca Varescu accused")
    assert text[fact.mention.start : fact.mention.end] == "Moldovan Foreign Minister Ilinca Varescu"


def test_memory_is_read_from_the_store_and_reruns_change_nothing(tmp_path: Path) -> None:
    db = tmp_path / "events.duckdb"
    first = _article(tmp_path / "one", "a_defining.txt", "2022-03-01", DEFINING)
    ingest([first], db)
    later = _article(tmp_path / "two", "c_later.txt", "2022-04-01", LATER)
    assert ingest([later], db).stored == 1  # a new run: the memory comes from the store
    with Store.open(db, read_only=True) as store:
        events, facts = store.query_events(), store.actor_facts()
        assert ("REQUEST", ("MDA", "GOV"), ("HUN", "GOV")) in _dyads(
            events, _article_ids(store)["Varescu"])
    again = ingest([first, later], db)
    assert (again.stored, again.duplicate) == (0, 2)
    with Store.open(db, read_only=True) as store:
        assert store.actor_facts() == facts and store.query_events() == events


def test_user_actor_file_applies_between_its_dates_and_is_stored(tmp_path: Path) -> None:
    actors = tmp_path / "actors.csv"
    actors.write_text("name,aliases,country,sector,valid_from,valid_to\n"
                      "Tomas Lindqvist,Lindqvist,SWE,GOV,2021-01-01,2021-12-31\n", "utf-8")
    text = "Tomas Lindqvist criticised Norway over the fishing quotas on Monday."
    folder = tmp_path / "in"
    _article(folder, "a_2021.txt", "2021-06-04", text)
    _article(folder, "b_2022.txt", "2022-06-03", text)
    db = tmp_path / "events.duckdb"
    config = Config(actor_files=(str(actors),))
    ingest([folder], db, config=config)
    with Store.open(db, read_only=True) as store:
        events = store.query_events()
        users = store.user_actors()
    sources = {(e.date[:4], e.source.country, e.source.sector) for e in events}
    assert ("2021", "SWE", "GOV") in sources
    assert not any(year == "2022" and country == "SWE" for year, country, _ in sources)
    assert [(u.name, u.aliases, u.country, u.line, u.origin) for u in users] == [
        ("Tomas Lindqvist", ("Lindqvist",), "SWE", 2, str(actors.resolve()))]
    ingest([folder], db, config=config)  # same file again: nothing changes
    with Store.open(db, read_only=True) as store:
        assert store.user_actors() == users and store.actor_facts() == []

