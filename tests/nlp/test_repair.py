"""Repairs of the small model's misparses: a verbless sentence whose main verb was read as
an adjective gets it back; a name read as a compound of a weekday is the verb's subject again;
an opening participle clause read as the subject gives the verb its subject back; a noun read
as an infinitive after "to" is the object of "to" again (hand-built parses, no model)."""

from __future__ import annotations

from spacy.tokens import Doc
from spacy.vocab import Vocab

from newsevents.nlp.repair import (
    repair_fronted_participles,
    repair_nouns_read_as_verbs,
    repair_verbless_sentences,
    repair_weekday_subjects,
)

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


def test_a_name_read_as_part_of_the_weekday_is_the_subject_of_the_verb() -> None:
    doc = _doc([("Minister", "PROPN", "NNP", "compound", 2), ("Jean", "PROPN", "NNP", "compound", 2),
                ("Dupont", "PROPN", "NNP", "compound", 3), ("Friday", "PROPN", "NNP", "npadvmod", 4),
                ("promised", "VERB", "VBD", "ROOT", 4), ("reforms", "NOUN", "NNS", "dobj", 4)])
    repair_weekday_subjects(doc)
    assert _arcs(doc) == [("Minister", "compound", "Dupont"), ("Jean", "compound", "Dupont"),
                          ("Dupont", "nsubj", "promised"), ("Friday", "npadvmod", "promised"),
                          ("promised", "ROOT", "promised"), ("reforms", "dobj", "promised")]


def test_a_weekday_after_a_verb_with_a_subject_is_left_alone() -> None:
    rows = [("The", "DET", "DT", "det", 1), ("minister", "NOUN", "NN", "nsubj", 4),
            ("Dupont", "PROPN", "NNP", "compound", 3), ("Friday", "PROPN", "NNP", "npadvmod", 4),
            ("promised", "VERB", "VBD", "ROOT", 4)]
    doc = _doc(rows)
    repair_weekday_subjects(doc)
    assert _arcs(doc) == _arcs(_doc(rows))


def test_the_subject_buried_in_an_opening_participle_clause_is_given_back() -> None:
    doc = _doc([("Ignoring", "VERB", "VBG", "csubj", 7), ("appeals", "NOUN", "NNS", "dobj", 0),
                ("from", "ADP", "IN", "prep", 0), ("neighbouring", "VERB", "VBG", "compound", 4),
                ("Chad", "PROPN", "NNP", "pobj", 2), (",", "PUNCT", ",", "punct", 4),
                ("junta", "NOUN", "NN", "appos", 4), ("refused", "VERB", "VBD", "ROOT", 7)])
    repair_fronted_participles(doc)
    assert _arcs(doc) == [("Ignoring", "advcl", "refused"), ("appeals", "dobj", "Ignoring"),
                          ("from", "prep", "Ignoring"), ("neighbouring", "compound", "Chad"),
                          ("Chad", "pobj", "from"), (",", "punct", "Chad"),
                          ("junta", "nsubj", "refused"), ("refused", "ROOT", "refused")]


def test_an_opening_clause_before_a_verb_with_its_own_subject_is_left_alone() -> None:
    rows = [("Ignoring", "VERB", "VBG", "advcl", 5), ("appeals", "NOUN", "NNS", "dobj", 0),
            (",", "PUNCT", ",", "punct", 5), ("the", "DET", "DT", "det", 4),
            ("junta", "NOUN", "NN", "nsubj", 5), ("refused", "VERB", "VBD", "ROOT", 5)]
    doc = _doc(rows)
    repair_fronted_participles(doc)
    assert _arcs(doc) == _arcs(_doc(rows))


def test_a_noun_read_as_an_infinitive_after_to_is_its_object() -> None:
    doc = _doc([("party", "NOUN", "NN", "nsubj", 1), ("bowed", "VERB", "VBD", "ROOT", 1),
                ("to", "PART", "TO", "aux", 3), ("pressure", "NOUN", "NN", "advcl", 1),
                ("from", "ADP", "IN", "prep", 3), ("donors", "NOUN", "NNS", "pobj", 4)])
    repair_nouns_read_as_verbs(doc)
    assert _arcs(doc)[1:4] == [("bowed", "ROOT", "bowed"), ("to", "prep", "bowed"),
                               ("pressure", "pobj", "to")]


def test_an_infinitive_verb_after_to_is_left_alone() -> None:
    rows = [("party", "NOUN", "NN", "nsubj", 1), ("vowed", "VERB", "VBD", "ROOT", 1),
            ("to", "PART", "TO", "aux", 3), ("press", "VERB", "VB", "xcomp", 1),
            ("donors", "NOUN", "NNS", "dobj", 3)]
    doc = _doc(rows)
    repair_nouns_read_as_verbs(doc)
    assert _arcs(doc) == _arcs(_doc(rows))
