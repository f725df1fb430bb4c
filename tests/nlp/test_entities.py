"""Misread country names are relabelled places, and nationality words tagged apart are
joined when together they name a known people (hand-built Docs, no model)."""

from __future__ import annotations

from spacy.tokens import Doc
from spacy.vocab import Vocab

from newsevents.nlp.entities import join_nationalities, relabel_countries, relabel_peoples

VOCAB = Vocab()
COUNTRIES = frozenset({"Malawi", "Senegal", "Thailand"})
PEOPLES = frozenset({"Turkish Cypriot", "Bosnian Serb"})


def _doc(words: list[str], pos: list[str], ents: list[str]) -> Doc:
    return Doc(VOCAB, words=words, pos=pos, ents=ents)


def _labels(doc: Doc) -> list[tuple[str, str]]:
    return [(e.text, e.label_) for e in doc.ents]


def test_a_country_read_as_a_person_is_a_place() -> None:
    doc = _doc(["Zambia", "will", "work", "with", "Malawi"], ["PROPN", "AUX", "VERB", "ADP", "PROPN"],
               ["B-GPE", "O", "O", "O", "B-PERSON"])
    relabel_countries(doc, COUNTRIES.__contains__)
    assert _labels(doc) == [("Zambia", "GPE"), ("Malawi", "GPE")]


def test_an_untagged_country_becomes_a_place() -> None:
    doc = _doc(["Senegal", "threatened", "Mauritania"], ["PROPN", "VERB", "PROPN"], ["O", "O", "B-GPE"])
    relabel_countries(doc, COUNTRIES.__contains__)
    assert _labels(doc) == [("Senegal", "GPE"), ("Mauritania", "GPE")]


def test_a_country_inside_a_longer_name_keeps_that_name() -> None:
    doc = _doc(["the", "Bank", "of", "Thailand", "said"], ["DET", "PROPN", "ADP", "PROPN", "VERB"],
               ["O", "B-ORG", "I-ORG", "I-ORG", "O"])
    relabel_countries(doc, COUNTRIES.__contains__)
    assert _labels(doc) == [("Bank of Thailand", "ORG")]


def test_other_names_and_lower_case_words_are_left_alone() -> None:
    doc = _doc(["Banda", "met", "malawi", "Thailand"], ["PROPN", "VERB", "NOUN", "PROPN"],
               ["B-PERSON", "O", "O", "B-ORG"])
    relabel_countries(doc, COUNTRIES.__contains__)
    assert _labels(doc) == [("Banda", "PERSON"), ("Thailand", "ORG")]


def test_two_nationality_words_naming_one_people_are_joined() -> None:
    doc = _doc(["the", "Turkish", "Cypriot", "leader"], ["DET", "ADJ", "ADJ", "NOUN"],
               ["O", "B-NORP", "B-NORP", "O"])
    join_nationalities(doc, PEOPLES.__contains__)
    assert _labels(doc) == [("Turkish Cypriot", "NORP")]


def test_nationality_words_naming_no_known_people_stay_apart() -> None:
    doc = _doc(["Turkish", "Kurdish", "villages"], ["ADJ", "ADJ", "NOUN"], ["B-NORP", "B-NORP", "O"])
    join_nationalities(doc, PEOPLES.__contains__)
    assert _labels(doc) == [("Turkish", "NORP"), ("Kurdish", "NORP")]


def test_a_nationality_read_as_a_person_is_a_people() -> None:
    doc = _doc(["Azerbaijani", "artillery", "shelled", "villages"], ["ADJ", "NOUN", "VERB", "NOUN"],
               ["B-PERSON", "O", "O", "O"])
    relabel_peoples(doc, {"Azerbaijani"}.__contains__)
    assert _labels(doc) == [("Azerbaijani", "NORP")]


def test_a_language_and_an_untagged_word_are_left_alone() -> None:
    doc = _doc(["Russian", "speakers", "and", "Azerbaijani", "troops"], ["ADJ", "NOUN", "CCONJ", "ADJ", "NOUN"],
               ["B-LANGUAGE", "O", "O", "O", "O"])
    relabel_peoples(doc, {"Russian", "Azerbaijani"}.__contains__)
    assert _labels(doc) == [("Russian", "LANGUAGE")]
