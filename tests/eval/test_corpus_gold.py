"""The hand-labelled corpus gold (``data/corpus_gold.tsv``) is well formed and points at real sentences.

The table stores, for 200 sentences drawn by ``benchmarks/corpus_gold_sample.py``, the article
id, the sentence's character offsets in the article text and the PLOVER events a careful coder
would code there (``benchmarks/corpus_precision.py`` scores the coder on it). No corpus text is
stored. Without ``../shared`` only the table's own shape is checked; no model is loaded here.
"""

from __future__ import annotations

import gzip
import importlib.util
import json
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path
from types import ModuleType

import pytest

from newsevents.extract.plover import event_types

ROOT = Path(__file__).resolve().parents[2]
TABLE = Path(__file__).parent / "data" / "corpus_gold.tsv"
COLUMNS = ("article_id", "sentence_start", "sentence_end", "type", "source_country",
           "target_country", "note")  # fmt: skip
CODE = re.compile(r"^(?:[A-Z]{3}|-)$")
PREFIXES = {"t17": "timeline17", "ipe": "times_of_india_2002", "wikinews": "wikinews_2019_2020",
            "te3": "xinhua_afp_1997_2006"}  # fmt: skip
SENTENCES, PER_CORPUS = 200, 50


def _sampler() -> ModuleType:
    """``benchmarks/corpus_gold_sample.py`` (stdlib only at import), for its word count rule."""
    spec = importlib.util.spec_from_file_location("corpus_gold_sample",
                                                  ROOT / "benchmarks" / "corpus_gold_sample.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault(spec.name, module)  # its dataclass looks its module up there
    spec.loader.exec_module(module)
    return module


def _rows() -> list[list[str]]:
    lines = [line for line in TABLE.read_text(encoding="utf-8").splitlines()
             if not line.startswith("#")]  # fmt: skip
    assert tuple(lines[0].split("\t")) == COLUMNS
    return [line.split("\t") for line in lines[1:]]


def _sentences() -> dict[tuple[str, int, int], list[str]]:
    """Each labelled sentence (id, start, end) with the types of its rows."""
    found: dict[tuple[str, int, int], list[str]] = defaultdict(list)
    for article_id, start, end, kind, *_ in _rows():
        found[(article_id, int(start), int(end))].append(kind)
    return found


def test_rows_are_well_formed() -> None:
    types = set(event_types()) | {"none"}
    problems = []
    for number, row in enumerate(_rows(), 2):
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


def test_sample_shape() -> None:
    """200 sentences, 50 per corpus file, one per article, none both 'none' and an event."""
    sentences = _sentences()
    assert len(sentences) == SENTENCES
    assert len({article_id for article_id, _, _ in sentences}) == SENTENCES
    per_corpus = Counter(article_id.split("/")[0] for article_id, _, _ in sentences)
    assert per_corpus == dict.fromkeys(PREFIXES, PER_CORPUS)
    mixed = [key for key, kinds in sentences.items() if "none" in kinds and len(kinds) > 1]
    assert not mixed, f"sentences labelled both none and with events: {mixed}"
    assert sum(kinds != ["none"] for kinds in sentences.values()) >= 40  # enough events to score


def _articles(folder: Path, ids: set[str]) -> dict[str, str]:
    texts = {}
    for path in sorted(folder.glob("*.jsonl.gz")):
        with gzip.open(path, "rt", encoding="utf-8") as handle:
            for line in handle:
                record = json.loads(line)
                if record.get("id") in ids:
                    texts[record["id"]] = record["text"]
    return texts


def test_offsets_cover_real_sentences(shared: Path) -> None:
    """Each offset pair lies inside its article and covers a trimmed sentence of >= 8 words."""
    folder = shared / "data" / "articles"
    if not folder.is_dir():
        pytest.skip(f"{folder} is absent: the offsets are checked against the shared corpus")
    sampler = _sampler()
    sentences = _sentences()
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
