"""The type head: training, the shipped weights, and how the coder uses it (hand-built parses)."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

from docs import build
from newsevents.extract import plover
from newsevents.extract.coder import CLASSIFIED, extract_mentions
from newsevents.extract.type_head import (
    NONE,
    TRAINING_FILES,
    TypeHead,
    read_head,
    save_head,
    train_head,
    training_sentences,
    type_head,
)
from newsevents.nlp.vectors import DIMENSIONS, sentence_encoder

DATA = Path(__file__).parents[1] / "eval" / "data"


def _always(label: str) -> TypeHead:
    """A head whose bias alone picks ``label`` (probability close to 1) whatever the text."""
    classes = tuple(sorted({label, NONE, "ASSAULT"}))
    bias = np.array([20.0 if c == label else 0.0 for c in classes], dtype=np.float32)
    return TypeHead(classes, np.zeros((DIMENSIONS, len(classes)), dtype=np.float32), bias)


def _strolled() -> list[tuple[str, str, str, str, int, str]]:
    # "Kenya's envoy strolled with Uganda's minister." : no lexicon word in it
    return [
        ("Kenya", "Kenya", "PROPN", "poss", 2, "B-GPE"),
        ("'s", "'s", "PART", "case", 0, "O"),
        ("envoy", "envoy", "NOUN", "nsubj", 3, "O"),
        ("strolled", "stroll", "VERB", "ROOT", 3, "O"),
        ("with", "with", "ADP", "prep", 3, "O"),
        ("Uganda", "Uganda", "PROPN", "poss", 8, "B-GPE"),
        ("'s", "'s", "PART", "case", 5, "O"),
        ("foreign", "foreign", "ADJ", "amod", 8, "O"),
        ("minister", "minister", "NOUN", "pobj", 4, "O"),
        (".", ".", "PUNCT", "punct", 3, "O"),
    ]


def test_training_separates_separable_classes_the_same_way_each_time() -> None:
    rng = np.random.default_rng(7)
    centres = np.eye(DIMENSIONS)[:3]
    vectors = np.vstack([c + 0.05 * rng.standard_normal((20, DIMENSIONS)) for c in centres])
    vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
    labels = ["AID"] * 20 + ["ASSAULT"] * 20 + [NONE] * 20
    head = train_head(vectors, labels)
    found = [head.classes[i] for i in head.probabilities(vectors).argmax(axis=1)]
    assert found == labels
    again = train_head(vectors, labels)
    assert np.array_equal(head.weights, again.weights) and np.array_equal(head.bias, again.bias)


def test_a_saved_head_reads_back_unchanged(tmp_path: Path) -> None:
    head = _always("CONSULT")
    save_head(head, tmp_path / "h.npz")
    back = read_head((tmp_path / "h.npz").read_bytes())
    assert back.classes == head.classes
    assert np.array_equal(back.weights, head.weights) and np.array_equal(back.bias, head.bias)


def test_the_shipped_head_knows_every_plover_type_and_none() -> None:
    assert set(type_head().classes) == set(plover.event_types()) | {NONE}
    assert type_head().weights.shape == (DIMENSIONS, len(type_head().classes))


def test_the_training_files_are_ours_and_exclude_the_check_sets() -> None:
    assert "dev_cameo_c.jsonl" not in TRAINING_FILES and "dev_wire3.jsonl" not in TRAINING_FILES
    texts, labels = training_sentences(DATA)
    assert len(texts) == len(labels) > 2000 and labels.count(NONE) > 500
    assert set(labels) == set(type_head().classes)


@pytest.mark.slow
def test_the_shipped_head_is_what_the_training_files_give() -> None:
    texts, labels = training_sentences(DATA)
    vectors = sentence_encoder().encode(texts)
    retrained = train_head(vectors, labels)
    shipped, fresh = type_head().probabilities(vectors), retrained.probabilities(vectors)
    assert type_head().classes == retrained.classes
    assert float(np.mean(shipped.argmax(axis=1) == fresh.argmax(axis=1))) > 0.99
    assert float(np.abs(shipped - fresh).max()) < 0.05


def test_the_head_codes_a_sentence_no_rule_coded_with_the_rules_actors() -> None:
    doc = build(_strolled())
    assert extract_mentions("t", doc) == []  # rules alone: nothing
    [m] = extract_mentions("t", doc, head=_always("CONSULT"))
    assert (m.type, m.mode, m.trigger.text) == ("CONSULT", None, "strolled")
    actors = (m.source.text.replace(" 's", "'s"), m.target.text.replace(" 's", "'s"))
    assert actors == ("Kenya's envoy", "Uganda's foreign minister") and m.extractor == CLASSIFIED


def test_the_head_saying_none_or_unsure_codes_nothing() -> None:
    doc = build(_strolled())
    assert extract_mentions("t", doc, head=_always(NONE)) == []
    unsure = _always("CONSULT")
    unsure = TypeHead(unsure.classes, unsure.weights, np.zeros_like(unsure.bias))  # 1/3 each
    assert extract_mentions("t", doc, head=unsure) == []


def test_the_head_is_not_asked_about_a_sentence_the_rules_coded() -> None:
    doc = build([
        ("Rebels", "rebel", "NOUN", "nsubj", 1, "O"),
        ("attacked", "attack", "VERB", "ROOT", 1, "O"),
        ("Kabul", "Kabul", "PROPN", "dobj", 1, "B-GPE"),
        (".", ".", "PUNCT", "punct", 1, "O"),
    ])
    [m] = extract_mentions("t", doc, head=_always("CONSULT"))
    assert (m.type, m.extractor) == ("ASSAULT", None)


def test_the_head_needs_a_named_party_as_the_subject() -> None:
    rows = _strolled()
    rows[0] = ("The", "the", "DET", "det", 2, "O")
    rows[1] = ("old", "old", "ADJ", "amod", 2, "O")
    assert extract_mentions("t", build(rows), head=_always("CONSULT")) == []


def test_the_head_reads_the_reported_clause_under_said() -> None:
    doc = build([
        ("Oslo", "Oslo", "PROPN", "nsubj", 1, "B-GPE"),
        ("said", "say", "VERB", "ROOT", 1, "O"),
        ("Norway", "Norway", "PROPN", "nsubj", 3, "B-GPE"),
        ("strolled", "stroll", "VERB", "ccomp", 1, "O"),
        ("with", "with", "ADP", "prep", 3, "O"),
        ("Sweden", "Sweden", "PROPN", "pobj", 4, "B-GPE"),
        (".", ".", "PUNCT", "punct", 1, "O"),
    ])
    [m] = extract_mentions("t", doc, head=_always("CONSULT"))
    assert (m.source.text, m.target.text, m.claimant.text) == ("Norway", "Sweden", "Oslo")


def test_the_dev_sets_it_learns_from_have_labels_of_plover_types() -> None:
    for name in TRAINING_FILES:
        for line in (DATA / name).read_text("utf-8").splitlines():
            label = json.loads(line).get("type")
            assert label is None or label in plover.event_types(), (name, label)
