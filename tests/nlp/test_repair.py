"""A verbless sentence whose main verb the model read as an adjective gets it back
(hand-built parses, no model)."""

from __future__ import annotations

from spacy.tokens import Doc
from spacy.vocab import Vocab

from newsevents.nlp.repair import repair_verbless_sentences

VOCAB = Vocab()


def _doc(rows: list[tuple[str, str, str, str, int]]) -> Doc:
    words, pos, tags, deps, heads = zip(*rows, strict=True)
    return Doc(VOCAB, words=list(words), pos=list(pos), tags=list(tags), deps=list(deps), heads=list(heads),
               sent_starts=[True] + [False] * (len(rows) - 1))


def _arcs(doc: Doc) -> list[tuple[str, str, str]]:
    return [(t.text, t.dep_, t.head.text) for t in doc]


def test_a_past_tense_read_as_an_adjective_after_a_name_is_the_main_verb() -> None:
    doc = _doc([("Farmers", "NOUN", "NNS", "ROOT", 0), ("in", "ADP", "IN", "prep", 0),
                ("Punjab", "PROPN", "NNP", "amod", 4), ("blocked", "VERB", "VBN", "amod", 4),
                ("highways", "NOUN", "NNS", "pobj", 1), ("on", "ADP", "IN", "prep", 0),
                ("Monday", "PROPN", "NNP", "pobj", 5), (".", "PUNCT", ".", "punct", 0)])
    repair_verbless_sentences(doc)
    assert _arcs(doc) == [("Farmers", "nsubj", "blocked"), ("in", "prep", "Farmers"),
                          ("Punjab", "pobj", "in"), ("blocked", "ROOT", "blocked"),
                          ("highways", "dobj", "blocked"), ("on", "prep", "blocked"),
                          ("Monday", "pobj", "on"), (".", "punct", "blocked")]


def test_a_noun_phrase_with_an_adjective_participle_is_left_alone() -> None:
    rows = [("Members", "NOUN", "NNS", "ROOT", 0), ("of", "ADP", "IN", "prep", 0),
            ("the", "DET", "DT", "det", 4), ("banned", "VERB", "VBN", "amod", 4),
            ("party", "NOUN", "NN", "pobj", 1), (".", "PUNCT", ".", "punct", 0)]
    doc = _doc(rows)
    repair_verbless_sentences(doc)
    assert _arcs(doc) == _arcs(_doc(rows))


def test_a_sentence_with_a_verb_is_left_alone() -> None:
    rows = [("Farmers", "NOUN", "NNS", "nsubj", 1), ("said", "VERB", "VBD", "ROOT", 1),
            ("Punjab", "PROPN", "NNP", "amod", 4), ("blocked", "VERB", "VBN", "amod", 4),
            ("roads", "NOUN", "NNS", "dobj", 1)]
    doc = _doc(rows)
    repair_verbless_sentences(doc)
    assert _arcs(doc) == _arcs(_doc(rows))
