"""Stream the whole shared article corpus (skipped when ../shared is not there)."""

from __future__ import annotations

import gzip
from collections import Counter
from pathlib import Path

import pytest

from newsevents.ingest import read_paths
from newsevents.models import Article, Reject

SHARED = Path(__file__).resolve().parents[2].parent / "shared"
ARTICLES = SHARED / "data" / "articles"


def test_shared_corpus_streams_every_record() -> None:
    files = sorted(ARTICLES.glob("*.jsonl.gz")) if ARTICLES.is_dir() else []
    if not files:
        pytest.skip(f"shared corpus not found: no *.jsonl.gz under {ARTICLES}")
    expected = 0
    for path in files:
        with gzip.open(path, "rt", encoding="utf-8") as handle:
            expected += sum(1 for text in handle if text.strip())
    kinds: Counter[str] = Counter()
    for record in read_paths(files):
        kinds[record.code if isinstance(record, Reject) else "article"] += 1
        assert isinstance(record, (Article, Reject))
    assert sum(kinds.values()) == expected
    assert 8_000 <= expected <= 9_500, kinds
    assert kinds["article"] >= 0.99 * expected, kinds
