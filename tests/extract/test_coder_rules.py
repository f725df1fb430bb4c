"""Coder rules on hand-built parses: one pattern per test, no model loaded."""

from __future__ import annotations

from docs import build
from newsevents.extract.coder import extract_mentions


def _one(doc):  # type: ignore[no-untyped-def]
    mentions = extract_mentions("t", doc)
    assert len(mentions) == 1, mentions
    return mentions[0]


def test_subject_verb_object_attack() -> None:
    doc = build([
        ("Rebels", "rebel", "NOUN", "nsubj", 1, "O"),
        ("attacked", "attack", "VERB", "ROOT", 1, "O"),
        ("Kabul", "Kabul", "PROPN", "dobj", 1, "B-GPE"),
        (".", ".", "PUNCT", "punct", 1, "O"),
    ])
    m = _one(doc)
    assert (m.type, m.source.text, m.target.text) == ("ASSAULT", "Rebels", "Kabul")
    assert m.polarity == "positive" and m.modality == "asserted"
    assert doc.text[m.sentence.start : m.sentence.end] == m.sentence.text


def test_negated_future_meeting() -> None:
    doc = build([
        ("Modi", "Modi", "PROPN", "nsubj", 4, "B-PERSON"),
        ("will", "will", "AUX", "aux", 4, "O"),
        ("not", "not", "PART", "neg", 4, "O"),
        ("be", "be", "AUX", "aux", 4, "O"),
        ("meeting", "meet", "VERB", "ROOT", 4, "O"),
        ("Xi", "Xi", "PROPN", "dobj", 4, "B-PERSON"),
        (".", ".", "PUNCT", "punct", 4, "O"),
    ])
    m = _one(doc)
    assert m.type == "CONSULT" and m.polarity == "negative" and m.modality == "future"


def test_reporter_is_claimant_not_actor() -> None:
    doc = build([
        ("Xinhua", "Xinhua", "PROPN", "nsubj", 1, "B-ORG"),
        ("said", "say", "VERB", "ROOT", 1, "O"),
        ("Egypt", "Egypt", "PROPN", "nsubj", 3, "B-GPE"),
        ("criticized", "criticize", "VERB", "ccomp", 1, "O"),
        ("Israel", "Israel", "PROPN", "dobj", 3, "B-GPE"),
        (".", ".", "PUNCT", "punct", 1, "O"),
    ])
    m = _one(doc)
    assert (m.type, m.mode) == ("ACCUSE", "disapprove")
    assert m.source.text == "Egypt" and m.claimant.text == "Xinhua"


def test_light_verb_carries_actors_of_event_noun() -> None:
    doc = build([
        ("Japan", "Japan", "PROPN", "nsubj", 1, "B-GPE"),
        ("held", "hold", "VERB", "ROOT", 1, "O"),
        ("talks", "talk", "NOUN", "dobj", 1, "O"),
        ("with", "with", "ADP", "prep", 2, "O"),
        ("Vietnam", "Vietnam", "PROPN", "pobj", 3, "B-GPE"),
        (".", ".", "PUNCT", "punct", 1, "O"),
    ])
    m = _one(doc)
    assert (m.type, m.source.text, m.target.text, m.trigger.text) == (
        "CONSULT", "Japan", "Vietnam", "talks")


def test_embedded_trigger_belongs_to_governing_one() -> None:
    doc = build([
        ("Chile", "Chile", "PROPN", "nsubj", 1, "B-GPE"),
        ("agreed", "agree", "VERB", "ROOT", 1, "O"),
        ("to", "to", "PART", "aux", 3, "O"),
        ("meet", "meet", "VERB", "xcomp", 1, "O"),
        ("Peru", "Peru", "PROPN", "dobj", 3, "B-GPE"),
        (".", ".", "PUNCT", "punct", 1, "O"),
    ])
    assert _one(doc).type == "AGREE"


def test_passive_agent_is_source() -> None:
    doc = build([
        ("Villagers", "villager", "NOUN", "nsubjpass", 2, "O"),
        ("were", "be", "AUX", "auxpass", 2, "O"),
        ("attacked", "attack", "VERB", "ROOT", 2, "O"),
        ("by", "by", "ADP", "agent", 2, "O"),
        ("militants", "militant", "NOUN", "pobj", 3, "O"),
        (".", ".", "PUNCT", "punct", 2, "O"),
    ])
    assert _one(doc).source.text == "militants"


def test_group_noun_acts_through_its_members() -> None:
    doc = build([
        ("Thousands", "thousand", "NOUN", "nsubj", 3, "O"),
        ("of", "of", "ADP", "prep", 0, "O"),
        ("students", "student", "NOUN", "pobj", 1, "O"),
        ("protested", "protest", "VERB", "ROOT", 3, "O"),
        ("in", "in", "ADP", "prep", 3, "O"),
        ("Dhaka", "Dhaka", "PROPN", "pobj", 4, "B-GPE"),
        (".", ".", "PUNCT", "punct", 3, "O"),
    ])
    m = _one(doc)
    assert (m.type, m.mode, m.source.text) == ("PROTEST", "demo", "students")
    assert [p.text for p in m.places] == ["Dhaka"]


def test_meeting_between_two_parties() -> None:
    doc = build([
        ("A", "a", "DET", "det", 1, "O"),
        ("meeting", "meeting", "NOUN", "nsubj", 6, "O"),
        ("between", "between", "ADP", "prep", 1, "O"),
        ("Ghana", "Ghana", "PROPN", "pobj", 2, "B-GPE"),
        ("and", "and", "CCONJ", "cc", 3, "O"),
        ("Togo", "Togo", "PROPN", "conj", 3, "B-GPE"),
        ("ended", "end", "VERB", "ROOT", 6, "O"),
        (".", ".", "PUNCT", "punct", 6, "O"),
    ])
    m = _one(doc)
    assert (m.source.text, m.target.text) == ("Ghana", "Togo")


def test_sentence_without_trigger_gives_nothing() -> None:
    doc = build([
        ("Prices", "price", "NOUN", "nsubj", 1, "O"),
        ("rose", "rise", "VERB", "ROOT", 1, "O"),
        (".", ".", "PUNCT", "punct", 1, "O"),
    ])
    assert extract_mentions("t", doc) == []


def test_a_by_phrase_the_parser_hung_on_the_event_noun_is_the_agent() -> None:
    """"X was placed under arrest by the police", with "by" attached to "arrest"."""
    doc = build([
        ("Lopez", "Lopez", "PROPN", "nsubjpass", 2, "B-PERSON"),
        ("was", "be", "AUX", "auxpass", 2, "O"),
        ("placed", "place", "VERB", "ROOT", 2, "O"),
        ("under", "under", "ADP", "prep", 2, "O"),
        ("arrest", "arrest", "NOUN", "pobj", 3, "O"),
        ("by", "by", "ADP", "prep", 4, "O"),
        ("police", "police", "NOUN", "pobj", 5, "O"),
        (".", ".", "PUNCT", "punct", 2, "O"),
    ])
    m = _one(doc)
    assert (m.type, m.source.text, m.target.text) == ("COERCE", "police", "Lopez")


def test_asking_whether_is_a_question_not_a_request() -> None:
    doc = build([
        ("Reporters", "reporter", "NOUN", "nsubj", 1, "O"),
        ("asked", "ask", "VERB", "ROOT", 1, "O"),
        ("whether", "whether", "SCONJ", "mark", 5, "O"),
        ("Kenya", "Kenya", "PROPN", "nsubj", 5, "B-GPE"),
        ("would", "would", "AUX", "aux", 5, "O"),
        ("attack", "attack", "VERB", "ccomp", 1, "O"),
        ("Uganda", "Uganda", "PROPN", "dobj", 5, "B-GPE"),
        (".", ".", "PUNCT", "punct", 1, "O"),
    ])
    assert extract_mentions("t", doc) == []


def test_declining_to_comment_is_no_rejection() -> None:
    doc = build([
        ("The", "the", "DET", "det", 1, "O"),
        ("ministry", "ministry", "NOUN", "nsubj", 2, "O"),
        ("declined", "decline", "VERB", "ROOT", 2, "O"),
        ("to", "to", "PART", "aux", 4, "O"),
        ("comment", "comment", "VERB", "xcomp", 2, "O"),
        (".", ".", "PUNCT", "punct", 2, "O"),
    ])
    assert extract_mentions("t", doc) == []


def test_asking_not_to_be_named_is_no_request() -> None:
    doc = build([
        ("An", "an", "DET", "det", 1, "O"),
        ("official", "official", "NOUN", "nsubj", 2, "O"),
        ("asked", "ask", "VERB", "ROOT", 2, "O"),
        ("not", "not", "PART", "neg", 6, "O"),
        ("to", "to", "PART", "aux", 6, "O"),
        ("be", "be", "AUX", "auxpass", 6, "O"),
        ("named", "name", "VERB", "xcomp", 2, "O"),
        (".", ".", "PUNCT", "punct", 2, "O"),
    ])
    assert extract_mentions("t", doc) == []


def test_asked_about_is_a_question() -> None:
    doc = build([
        ("Reporters", "reporter", "NOUN", "nsubj", 1, "O"),
        ("asked", "ask", "VERB", "ROOT", 1, "O"),
        ("Egypt", "Egypt", "PROPN", "dobj", 1, "B-GPE"),
        ("about", "about", "ADP", "prep", 1, "O"),
        ("the", "the", "DET", "det", 5, "O"),
        ("vote", "vote", "NOUN", "pobj", 3, "O"),
        (".", ".", "PUNCT", "punct", 1, "O"),
    ])
    assert extract_mentions("t", doc) == []


def _said_that(subject: str, lemma: str, modal: str, verb: str) -> list[tuple[str, str, str, str, int, str]]:
    """Rows of "<subject> <modal> <verb> Iraq, said Egypt." (the modal clause is said's ccomp)."""
    return [
        (subject, lemma, "PRON" if lemma in ("we", "one") else "PROPN", "nsubj", 2, "O"),
        (modal, modal.lower(), "AUX", "aux", 2, "O"),
        (verb, verb.lower(), "VERB", "ccomp", 5, "O"),
        ("Iraq", "Iraq", "PROPN", "dobj", 2, "B-GPE"),
        (",", ",", "PUNCT", "punct", 5, "O"),
        ("said", "say", "VERB", "ROOT", 5, "O"),
        ("Egypt", "Egypt", "PROPN", "nsubj", 5, "B-GPE"),
        (".", ".", "PUNCT", "punct", 5, "O"),
    ]


def test_an_obligation_laid_on_another_is_a_request_from_the_speaker() -> None:
    m = _one(build(_said_that("Syria", "Syria", "must", "help")))
    assert (m.type, m.source.text) == ("REQUEST", "Egypt")


def test_the_speakers_own_obligation_is_no_request() -> None:
    assert extract_mentions("t", build(_said_that("We", "we", "must", "help"))) == []


def test_a_verb_the_lemmatizer_got_wrong_is_read_from_its_spelling() -> None:
    doc = build([
        ("Militiamen", "militiaman", "NOUN", "nsubj", 1, "O"),
        ("raped", "rap", "VERB", "ROOT", 1, "O"),  # the small model's lemma
        ("villagers", "villager", "NOUN", "dobj", 1, "O"),
        (".", ".", "PUNCT", "punct", 1, "O"),
    ])
    m = _one(doc)
    assert (m.type, m.mode, m.trigger.text) == ("ASSAULT", "sexual", "raped")


def test_a_time_clause_of_a_request_is_an_event_of_its_own() -> None:
    doc = build([
        ("As", "as", "SCONJ", "mark", 2, "O"),
        ("Chile", "Chile", "PROPN", "nsubj", 2, "B-GPE"),
        ("criticized", "criticize", "VERB", "advcl", 6, "O"),
        ("Peru", "Peru", "PROPN", "dobj", 2, "B-GPE"),
        (",", ",", "PUNCT", "punct", 6, "O"),
        ("Brazil", "Brazil", "PROPN", "nsubj", 6, "B-GPE"),
        ("urged", "urge", "VERB", "ROOT", 6, "O"),
        ("Bolivia", "Bolivia", "PROPN", "dobj", 6, "B-GPE"),
        (".", ".", "PUNCT", "punct", 6, "O"),
    ])
    assert sorted(m.type for m in extract_mentions("t", doc)) == ["ACCUSE", "REQUEST"]
