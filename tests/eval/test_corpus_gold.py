"""The hand-labelled corpus gold tables are well formed and point at real sentences.

``data/corpus_gold.tsv`` (the test set: 200 random sentences), ``data/corpus_dev.tsv`` (the
development set: 160 event-dense sentences of other articles), ``data/corpus_wire.tsv`` (230
event-dense wire sentences, tuned on) and ``data/corpus_wire_check.tsv`` (90, kept untuned) store, for sentences drawn by
``benchmarks/corpus_gold_sample.py``, the article id, the sentence's character offsets in the
article text and the PLOVER events a careful coder would code there
(``benchmarks/corpus_precision.py`` scores the coder on them). No corpus text is stored.
Without ``../shared`` only the tables' own shape is checked; no model is loaded here.
"""

from __future__ import annotations

import gzip
import importlib.util
import json
import re
import sys
from collections import Counter, defaultdict
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType

import pytest

from newsevents.extract.plover import event_types

ROOT = Path(__file__).resolve().parents[2]
DATA = Path(__file__).parent / "data"
COLUMNS = ("article_id", "sentence_start", "sentence_end", "type", "source_country",
           "target_country", "note")  # fmt: skip
CODE = re.compile(r"^(?:[A-Z]{3}|-)$")
PREFIXES = {"t17": "timeline17", "ipe": "times_of_india_2002", "wikinews": "wikinews_2019_2020",
            "te3": "xinhua_afp_1997_2006"}  # fmt: skip


@dataclass(frozen=True)
class Table:
    """One label table and the shape of its sample (sentences per corpus file)."""

    path: Path
    sentences: int
    per_corpus: dict[str, int]
    min_event_sentences: int
    dense: bool = True


EVEN = dict.fromkeys(PREFIXES, 0)
TABLES = [
    Table(DATA / "corpus_gold.tsv", 200, dict.fromkeys(PREFIXES, 50), 40, dense=False),
    Table(DATA / "corpus_dev.tsv", 160, dict.fromkeys(PREFIXES, 40), 50),
    Table(DATA / "corpus_wire.tsv", 230, EVEN | {"te3": 190, "wikinews": 40}, 90),
    Table(DATA / "corpus_wire_check.tsv", 90, EVEN | {"te3": 40, "ipe": 50}, 40),
]
BY_NAME = pytest.mark.parametrize("table", TABLES, ids=[t.path.stem for t in TABLES])


def _sampler() -> ModuleType:
    """``benchmarks/corpus_gold_sample.py`` (stdlib only at import), for its word count rule."""
    spec = importlib.util.spec_from_file_location("corpus_gold_sample",
                                                  ROOT / "benchmarks" / "corpus_gold_sample.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault(spec.name, module)  # its dataclass looks its module up there
    spec.loader.exec_module(module)
    return module


def _rows(table: Path) -> list[list[str]]:
    lines = [line for line in table.read_text(encoding="utf-8").splitlines()
             if not line.startswith("#")]  # fmt: skip
    assert tuple(lines[0].split("\t")) == COLUMNS
    return [line.split("\t") for line in lines[1:]]


def _sentences(table: Path) -> dict[tuple[str, int, int], list[str]]:
    """Each labelled sentence (id, start, end) with the types of its rows."""
    found: dict[tuple[str, int, int], list[str]] = defaultdict(list)
    for article_id, start, end, kind, *_ in _rows(table):
        found[(article_id, int(start), int(end))].append(kind)
    return found


@BY_NAME
def test_rows_are_well_formed(table: Table) -> None:
    types = set(event_types()) | {"none"}
    problems = []
    for number, row in enumerate(_rows(table.path), 2):
        if len(row) != len(COLUMNS):
            problems.append(f"row {number}: {len(row)} columns")
            continue
        article_id, start, end, kind, source, target, note = row
        if not (start.isdigit() and end.isdigit() and int(start) < int(end)):
            problems.append(f"row {number}: offsets {start}-{end}")
        if kind not in types:
            problems.append(f"row {number}: type {kind!r} is not PLOVER or none")
        if not (CODE.match(source) and CODE.match(target)):
            problems.append(f"row {number}: countries {source!r} {target!r}")
        if kind == "none" and (source, target) != ("-", "-"):
            problems.append(f"row {number}: a none row names countries")
        if article_id.split("/")[0] not in PREFIXES or not note.strip():
            problems.append(f"row {number}: id {article_id!r} or empty note")
    assert not problems, "\n".join(problems)


@BY_NAME
def test_sample_shape(table: Table) -> None:
    """The sample's size, equal per corpus file, one per article, none both 'none' and an event."""
    sentences = _sentences(table.path)
    assert len(sentences) == table.sentences
    assert len({article_id for article_id, _, _ in sentences}) == table.sentences
    per_corpus = Counter(article_id.split("/")[0] for article_id, _, _ in sentences)
    assert per_corpus == {k: v for k, v in table.per_corpus.items() if v}
    mixed = [key for key, kinds in sentences.items() if "none" in kinds and len(kinds) > 1]
    assert not mixed, f"sentences labelled both none and with events: {mixed}"
    events = sum(kinds != ["none"] for kinds in sentences.values())
    assert events >= table.min_event_sentences  # enough events to score


def test_no_two_tables_share_an_article() -> None:
    """Tuning on a development set never sees an article of the test or check sets."""
    seen: dict[str, str] = {}
    shared = []
    for table in TABLES:
        for article_id in {key[0] for key in _sentences(table.path)}:
            if article_id in seen:
                shared.append(f"{article_id} in {seen[article_id]} and {table.path.name}")
            seen[article_id] = table.path.name
    assert not shared, "\n".join(shared[:5])


def _articles(folder: Path, ids: set[str]) -> dict[str, str]:
    texts = {}
    for path in sorted(folder.glob("*.jsonl.gz")):
        with gzip.open(path, "rt", encoding="utf-8") as handle:
            for line in handle:
                record = json.loads(line)
                if record.get("id") in ids:
                    texts[record["id"]] = record["text"]
    return texts


@BY_NAME
def test_offsets_cover_real_sentences(shared: Path, table: Table) -> None:
    """Each offset pair lies inside its article and covers a trimmed sentence of >= 8 words."""
    folder = shared / "data" / "articles"
    if not folder.is_dir():
        pytest.skip(f"{folder} is absent: the offsets are checked against the shared corpus")
    sampler = _sampler()
    sentences = _sentences(table.path)
    texts = _articles(folder, {article_id for article_id, _, _ in sentences})
    problems = []
    for article_id, start, end in sentences:
        text = texts.get(article_id)
        if text is None:
            problems.append(f"{article_id}: not in the corpus")
        elif end > len(text):
            problems.append(f"{article_id}: {start}-{end} beyond the text ({len(text)} chars)")
        elif sampler.trimmed(text, start, end) != (start, end):
            problems.append(f"{article_id}: {start}-{end} starts or ends with whitespace")
        elif sampler.word_count(text[start:end]) < sampler.MIN_WORDS:
            problems.append(f"{article_id}: {start}-{end} has fewer than {sampler.MIN_WORDS} words")
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("table", [t for t in TABLES if t.dense], ids=lambda t: t.path.stem)
def test_dense_sentences_hold_an_event_word(shared: Path, table: Table) -> None:
    """The development and wire sets were drawn with ``--dense``: each sentence holds an event word."""
    folder = shared / "data" / "articles"
    if not folder.is_dir():
        pytest.skip(f"{folder} is absent: the sentences are checked against the shared corpus")
    sampler = _sampler()
    sentences = _sentences(table.path)
    texts = _articles(folder, {article_id for article_id, _, _ in sentences})
    bare = [key for key in sentences if not sampler.holds_event_word(texts[key[0]][key[1]:key[2]])]
    assert not bare, f"dev sentences without an event word: {bare[:5]}"
