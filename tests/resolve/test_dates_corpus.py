"""Date resolution scored on expressions taken from real sentences of the shared corpus.

``data/corpus_dates.tsv`` holds one date expression per row with its article id, the
article's publication date, the tense of the event it dates and the hand-labelled
answer (empty for "no date"). Only the short expression is stored, never the sentence:
the corpus text is not ours to redistribute. The expressions are the ones the pipeline
passes on (spaCy DATE entities, marked ``spacy`` in the note) or the ones
``find_date_expressions`` returns (marked ``finder``).
"""

from __future__ import annotations

import gzip
import json
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest

from newsevents.resolve.dates import resolve_date

TABLE = Path(__file__).parent / "data" / "corpus_dates.tsv"
COLUMNS = ("article_id", "published", "expression", "tense", "expected_value",
           "expected_precision", "note")  # fmt: skip
THRESHOLD = 0.95
MIN_ROWS = 150


@dataclass(frozen=True)
class Row:
    """One labelled expression."""

    article_id: str
    published: date
    expression: str
    tense: str
    expected: tuple[str, str] | None
    note: str


def load_rows() -> list[Row]:
    """Read the table (plain tab-separated, no quoting)."""
    lines = TABLE.read_text(encoding="utf-8").splitlines()
    assert tuple(lines[0].split("\t")) == COLUMNS
    rows = []
    for line in lines[1:]:
        article_id, published, expression, tense, value, precision, note = line.split("\t")
        rows.append(
            Row(
                article_id=article_id,
                published=date.fromisoformat(published),
                expression=expression,
                tense=tense,
                expected=(value, precision) if value else None,
                note=note,
            )
        )
    return rows


def test_table_shape() -> None:
    rows = load_rows()
    assert len(rows) >= MIN_ROWS
    assert {row.tense for row in rows} <= {"past", "present", "future"}
    assert all(row.expected is None or row.expected[1] in {"day", "week", "month", "year"}
               for row in rows)  # fmt: skip
    assert len({row.article_id.split("/")[0] for row in rows}) == 4  # all four corpora


def test_corpus_score() -> None:
    rows = load_rows()
    failures = []
    for row in rows:
        got = resolve_date(row.expression, row.published, row.tense)
        if got != row.expected:
            failures.append(
                f"{row.article_id} {row.published} {row.expression!r} ({row.tense}): "
                f"got {got}, expected {row.expected}  [{row.note}]"
            )
    score = 1 - len(failures) / len(rows)
    print(f"corpus dates: {len(rows) - len(failures)}/{len(rows)} exact = {score:.3f}")
    assert score >= THRESHOLD, f"score {score:.3f} < {THRESHOLD}:\n" + "\n".join(failures)


def _articles(folder: Path, ids: set[str]) -> Iterator[tuple[str, str, str]]:
    """(id, date, text) of the wanted articles in the shared corpus."""
    for path in sorted(folder.glob("*.jsonl.gz")):
        with gzip.open(path, "rt", encoding="utf-8") as handle:
            for line in handle:
                record = json.loads(line)
                if record.get("id") in ids:
                    yield record["id"], record["date"], record["text"]


def test_expressions_occur_in_their_articles(shared: Path) -> None:
    """Every expression really is in its article, which has that publication date."""
    folder = shared / "data" / "articles"
    if not folder.is_dir():
        pytest.skip(f"{folder} is absent: the table is checked against the shared corpus")
    rows = load_rows()
    wanted = {row.article_id for row in rows}
    found = {aid: (day, text) for aid, day, text in _articles(folder, wanted)}
    problems = []
    for row in rows:
        if row.article_id not in found:
            problems.append(f"{row.article_id}: article not in the corpus")
            continue
        day, text = found[row.article_id]
        if day != row.published.isoformat():
            problems.append(f"{row.article_id}: published {day}, table says {row.published}")
        if row.expression not in text:
            problems.append(f"{row.article_id}: {row.expression!r} not in the text")
    assert not problems, "\n".join(problems)
