"""The link stage on hand-built events in a real DuckDB store: matching rules, claims and
statuses, idempotence and incremental linking."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from builders import article, event, store_all, table

from newsevents.link import LinkRules, link_pending
from newsevents.models import LinkedEvent
from newsevents.query import find_events
from newsevents.store import Store

DAY = date(2021, 3, 9)
MET = "Norwegian ministers met Swedish envoys in Oslo to discuss fishing quotas in the Skagerrak."
MET_2 = "Swedish envoys held talks on Skagerrak fishing quotas with Norwegian ministers in Oslo."
DENIED = "No meeting on Skagerrak fishing quotas took place between the two delegations in Oslo."
OTHER = "Norwegian ministers met Swedish envoys to sign a railway agreement for the northern line."


@pytest.fixture
def store(tmp_path: Path):  # type: ignore[no-untyped-def]
    with Store.open(tmp_path / "link.duckdb") as opened:
        yield opened


def _events(store: Store) -> list[LinkedEvent]:
    return store.links.events()


def test_two_outlets_reporting_one_meeting_make_one_confirmed_event(store: Store) -> None:
    store_all(store, (article("a1", DAY, "Nordic Post"), [event("m1", "a1", MET, place="Oslo")]),
              (article("a2", DAY, "Baltic Wire"),
               [event("m2", "a2", MET_2, source=("SWE", "GOV"), target=("NOR", "GOV"),
                      source_text="Swedish envoys", target_text="Norwegian ministers",
                      place="Oslo", trigger="talks", precision="publication")]))
    summary = link_pending(store)
    assert (summary.mentions, summary.founded) == (2, 1)
    [linked] = _events(store)
    assert (linked.n_mentions, linked.n_articles, linked.n_sources) == (2, 2, 2)
    assert linked.status == "confirmed" and linked.first_seen == DAY
    assert linked.linker == "link.v2" and linked.date == "2021-03-09"
    rows = find_events(store, type="CONSULT")
    assert {e.event_id for e in rows} == {linked.id}
    assert all(e.status == "confirmed" and e.n_sources == 2 for e in rows)


@pytest.mark.parametrize(
    ("change", "why"),
    [
        ({"when": "2021-03-12"}, "another day"),
        ({"source": ("NOR", "REB"), "source_text": "Norwegian rebels"}, "rebels are not the state"),
        ({"place": "Geneva"}, "another country"),
        ({"place": "Bergen"}, "over 100 km away"),
        ({"target": ("DNK", "GOV"), "target_text": "Danish envoys"}, "another country"),
        ({"type": "ASSAULT", "trigger": "attacked"}, "another type family"),
    ],
)
def test_incompatible_mentions_stay_apart(store: Store, change: dict[str, object],
                                          why: str) -> None:
    store_all(store, (article("a1", DAY, "Nordic Post"), [event("m1", "a1", MET, place="Oslo")]),
              (article("a2", DAY, "Baltic Wire"), [event("m2", "a2", MET, **change)]))  # type: ignore[arg-type]
    link_pending(store)
    assert len(_events(store)) == 2, why


def test_same_actors_and_day_but_different_story_stay_apart(store: Store) -> None:
    store_all(store, (article("a1", DAY, "Nordic Post"), [event("m1", "a1", MET)]),
              (article("a2", DAY, "Baltic Wire"), [event("m2", "a2", OTHER)]))
    link_pending(store)
    assert len(_events(store)) == 2


@pytest.mark.parametrize(("other", "events"), [
    ("15 villagers", 2),  # a count in words against one in digits: two strikes
    ("9 villagers", 1),  # the same count, written the other way: one strike
])
def test_casualty_counts_in_words_or_digits_must_agree(store: Store, other: str,
                                                       events: int) -> None:
    kw = {"type": "ASSAULT", "source": (None, None), "source_text": "", "trigger": "killed",
          "target": ("NOR", "CVL")}
    one = event("m1", "a1", "Nine villagers were killed in the shelling of Lofoten harbour.",
                target_text="Nine villagers", **kw)  # type: ignore[arg-type]
    two = event("m2", "a2", f"{other} were killed in the shelling of Lofoten harbour.",
                target_text=other, **kw)  # type: ignore[arg-type]
    store_all(store, (article("a1", DAY, "Nordic Post"), [one]),
              (article("a2", DAY, "Baltic Wire"), [two]))
    link_pending(store)
    assert len(_events(store)) == events


def test_assertion_and_denial_from_two_outlets_is_disputed_with_both_claims(
        store: Store) -> None:
    store_all(store, (article("a1", DAY, "Nordic Post"), [event("m1", "a1", MET, place="Oslo")]),
              (article("a2", DAY, "Baltic Wire"),
               [event("m2", "a2", DENIED, polarity="negative", claimant="the foreign ministry",
                      trigger="meeting", place="Oslo")]))
    link_pending(store)
    [linked] = _events(store)
    assert linked.status == "disputed"
    claims = store.links.claims([linked.id])
    assert {(c.claimant, c.stance) for c in claims} == {
        ("Nordic Post", "asserted"), ("the foreign ministry", "denied")}
    assert {c.quote.text for c in claims} == {MET, DENIED}


def test_expectation_denied_within_one_article_is_disputed(store: Store) -> None:
    expected = event("m1", "a1", "A state paper reported that a meeting of the ministers in "
                     "Oslo is expected.", claimant="a state paper", modality="future",
                     precision="publication", trigger="meeting", place="Oslo")
    denied = event("m2", "a1", "The ministers will not be meeting, the foreign ministry said.",
                   claimant="the foreign ministry", modality="future", polarity="negative",
                   precision="publication", trigger="meeting", start=90)
    store_all(store, (article("a1", DAY, None), [expected, denied]))
    link_pending(store)
    [linked] = _events(store)
    assert linked.status == "disputed" and linked.n_mentions == 2 and linked.n_sources == 1


def test_an_announced_meeting_and_its_denial_are_one_disputed_event(store: Store) -> None:
    # The coder codes "will meet" as AGREE (the PLOVER manual's announced meeting), a
    # refusal as a negated CONSULT: both are claims about one meeting.
    announced = event("m1", "a1", "Norwegian ministers will meet Swedish envoys in Oslo on "
                      "fishing quotas, a state paper reported.", type="AGREE",
                      claimant="a state paper", modality="future", precision="publication",
                      trigger="meet", place="Oslo")
    denied = event("m2", "a2", DENIED, polarity="negative", modality="future",
                   claimant="the foreign ministry", precision="publication", trigger="meeting",
                   place="Oslo")
    pledge = event("m3", "a2", "Norway pledged to cooperate with Sweden on fishing quotas in "
                   "the Skagerrak.", type="AGREE", trigger="pledged", start=120)
    store_all(store, (article("a1", DAY, "Nordic Post"), [announced]),
              (article("a2", DAY, "Baltic Wire"), [denied, pledge]))
    link_pending(store)
    statuses = sorted((e.status, e.n_mentions) for e in _events(store))
    assert statuses == [("disputed", 2), ("single_source", 1)]


def test_only_denied_event_is_denied_and_possible_claims_count_for_nothing(
        store: Store) -> None:
    denied = event("m1", "a1", DENIED, polarity="negative", claimant="the foreign ministry")
    maybe = event("m2", "a1", "The delegations might still meet in Oslo on fishing quotas.",
                  modality="hypothetical", start=100, claimant="diplomats")
    store_all(store, (article("a1", DAY, "Nordic Post"), [denied, maybe]))
    link_pending(store)
    [linked] = _events(store)
    assert linked.status == "denied"
    stances = {c.stance for c in store.links.claims([linked.id])}
    assert stances == {"denied", "possible"}


def test_one_outlet_repeating_itself_stays_single_source(store: Store) -> None:
    store_all(store, (article("a1", DAY, "Nordic Post"), [event("m1", "a1", MET)]),
              (article("a2", DAY, "Nordic Post"), [event("m2", "a2", MET)]))
    link_pending(store)
    [linked] = _events(store)
    assert linked.status == "single_source" and linked.n_articles == 2
    assert linked.n_sources == 1


def test_linking_twice_changes_nothing(store: Store) -> None:
    store_all(store, (article("a1", DAY, "Nordic Post"), [event("m1", "a1", MET)]),
              (article("a2", DAY, "Baltic Wire"), [event("m2", "a2", MET_2)]),
              (article("a3", DAY, "Baltic Wire"), [event("m3", "a3", OTHER)]))
    link_pending(store)
    before = {name: table(store, name) for name in ("events", "claims", "link_words")}
    again = link_pending(store)
    assert again.mentions == 0
    assert {name: table(store, name) for name in before} == before


def test_a_new_article_touches_only_the_event_it_joins(store: Store) -> None:
    store_all(store, (article("a1", DAY, "Nordic Post"), [event("m1", "a1", MET)]),
              (article("a2", DAY, "Nordic Post"), [event("m2", "a2", OTHER)]))
    link_pending(store)
    before = {row[0]: row for row in table(store, "events")}
    store_all(store, (article("a3", DAY, "Baltic Wire"), [event("m3", "a3", MET_2)]))
    summary = link_pending(store)
    assert (summary.mentions, summary.founded, summary.grown) == (1, 0, 1)
    after = {row[0]: row for row in table(store, "events")}
    changed = {key for key in after if after[key] != before.get(key)}
    assert len(changed) == 1 and len(after) == 2
    [grown] = [e for e in _events(store) if e.id in changed]
    assert grown.n_mentions == 2 and grown.status == "confirmed"


def test_one_story_syndicated_by_two_outlets_is_not_two_sources_agreeing(
        store: Store) -> None:
    store_all(store, (article("a1", DAY, "Nordic Post"), [event("m1", "a1", MET)]),
              (article("a2", DAY, "Baltic Wire"), [event("m2", "a2", MET)]))
    link_pending(store)
    [linked] = _events(store)
    assert linked.n_sources == 2 and linked.status == "single_source"


def test_linker_version_is_recorded(store: Store) -> None:
    store_all(store, (article("a1", DAY, "Nordic Post"), [event("m1", "a1", MET)]))
    link_pending(store, LinkRules(name="link.test"))
    assert _events(store)[0].linker == "link.test"
    assert store.links.claims([_events(store)[0].id])[0].linker == "link.test"


def test_events_filter_by_status(store: Store) -> None:
    store_all(store, (article("a1", DAY, "Nordic Post"), [event("m1", "a1", MET)]),
              (article("a2", DAY, "Baltic Wire"),
               [event("m2", "a2", DENIED, polarity="negative", claimant="the ministry")]))
    link_pending(store)
    assert {e.id for e in find_events(store, status="disputed")} == {"m1", "m2"}
    assert find_events(store, status="confirmed") == []
