"""IngestSummary formats its line and checks that the counts add up."""

from __future__ import annotations

import dataclasses

import pytest

from newsevents.ingest import IngestSummary


def test_line_and_adds_up() -> None:
    summary = IngestSummary(read=10, stored=8, duplicate=1, rejected=1)
    assert summary.line() == "read 10 / stored 8 / duplicate 1 / rejected 1"
    assert summary.adds_up
    assert not IngestSummary(read=10, stored=8, duplicate=1, rejected=0).adds_up


def test_frozen() -> None:
    with pytest.raises(dataclasses.FrozenInstanceError):
        IngestSummary(1, 1, 0, 0).read = 2  # type: ignore[misc]
