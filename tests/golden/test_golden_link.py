"""Golden test of the link stage on the reference article (real model and ../shared)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from newsevents.pipeline import ingest
from newsevents.query.claims import find_claims
from newsevents.store import Store

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def db(shared: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("golden_link") / "ref.duckdb"
    ingest([shared / "samples" / "india_china_moscow_2020-06-23.txt"], path)
    return path


def test_expected_and_denied_meeting_is_one_disputed_event(db: Path) -> None:
    with Store.open(db, read_only=True) as store:
        [item] = find_claims(store, status="disputed")
    event = item.event
    assert (event.type, {event.source.country, event.target and event.target.country}) == (
        "CONSULT", {"IND", "CHN"})
    stances = {(c.claimant, c.stance) for c in item.claims}
    assert ("Global Times", "expected") in stances
    assert ("the Defence Ministry spokesperson", "denied") in stances
    quotes = " ".join(c.quote.text for c in item.claims)
    assert "is expected" in quotes and "will not be meeting" in quotes


def test_claims_cli_and_events_show_the_dispute(db: Path) -> None:
    run = [sys.executable, "-m", "newsevents.cli"]
    done = subprocess.run([*run, "claims", "--db", str(db), "--status", "disputed"],
                          capture_output=True, text=True, check=True)
    assert done.stdout.startswith("DISPUTED  CONSULT")
    assert "Global Times" in done.stdout and "Defence Ministry spokesperson" in done.stdout
    done = subprocess.run([*run, "events", "--db", str(db), "--format", "jsonl", "--type",
                           "CONSULT"], capture_output=True, text=True, check=True)
    records = [json.loads(line) for line in done.stdout.splitlines()]
    disputed = [r for r in records if r["status"] == "disputed"]
    assert len({r["event_id"] for r in disputed}) == 1 and len(disputed) >= 2
    assert {r["claimant"]["text"] for r in disputed if r["claimant"]} >= {
        "Global Times", "the Defence Ministry spokesperson"}
    assert all(r["n_mentions"] == len(disputed) and r["n_sources"] == 1 for r in disputed)


def test_events_cli_filters_negated_and_future_mentions(db: Path) -> None:
    run = [sys.executable, "-m", "newsevents.cli", "events", "--db", str(db), "--format", "jsonl"]

    def records(*options: str) -> list[dict[str, object]]:
        done = subprocess.run([*run, *options], capture_output=True, text=True, check=True)
        return [json.loads(line) for line in done.stdout.splitlines()]

    everything = records()
    negated = records("--polarity", "negative")
    future = records("--modality", "future")
    assert negated and all(r["polarity"] == "negative" for r in negated)
    assert future and all(r["modality"] == "future" for r in future)
    assert len(negated) == sum(r["polarity"] == "negative" for r in everything)
    assert len(future) == sum(r["modality"] == "future" for r in everything)
    bad = subprocess.run([*run, "--modality", "maybe"], check=False, capture_output=True, text=True)
    assert bad.returncode != 0 and "--modality 'maybe'" in bad.stderr
