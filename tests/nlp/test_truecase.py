"""Truecasing of lower-case texts: detection, same length, known names, stoplist, parsing."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsevents.nlp.chunks import parse_stream
from newsevents.nlp.truecase import (
    Vocabulary,
    is_lower_case,
    truecase,
    truecase_if_lower,
    with_text,
)

NORMAL = (
    "Pakistan accused India of moving troops to the border on Monday. "
    "The Chinese foreign minister met his Russian counterpart in Beijing on Tuesday. "
    "The United Nations urged Iran to let inspectors visit its nuclear sites."
)
LOWER = NORMAL.lower()


def test_lower_case_texts_are_detected() -> None:
    assert is_lower_case(LOWER)
    assert is_lower_case("This story is from May 2, 2001\n\n" + LOWER)  # a normal header line
    assert not is_lower_case(NORMAL)
    assert not is_lower_case("the talks went well.")  # too short to judge


def test_normal_text_is_untouched() -> None:
    assert truecase_if_lower(NORMAL) is NORMAL
    text = "Police said the rally in Mobile, Alabama, went ahead on Friday. " * 3
    assert truecase_if_lower(text) == text


@given(st.text(alphabet=st.sampled_from("abcdefghiklmnoprstuy ABß\uFB01ı.!?:\n-'"), max_size=300))
def test_only_the_case_of_letters_changes(text: str) -> None:
    cased = truecase(text)
    assert len(cased) == len(text)
    assert all(a == b or a == b.upper() for a, b in zip(cased, text, strict=True))


def test_sentence_starts_and_known_names_are_capitalised() -> None:
    cased = truecase(LOWER)
    assert len(cased) == len(LOWER) and cased.lower() == LOWER
    for word in ("Pakistan accused India", "The Chinese", "Russian", "Beijing on Tuesday",
                 "The United Nations urged Iran"):
        assert word in cased
    assert truecase("ankara: the bjp and the u.s. met nato.") == "ankara: The BJP and the U.S. met NATO."


def test_titles_before_known_people_are_capitalised() -> None:
    text = "officials said prime minister vajpayee flew to dhaka with the president."
    assert "Prime Minister Vajpayee" in truecase(text)
    assert "with the president" in truecase(text)


def test_common_words_stay_lower_case() -> None:
    text = ("they said it may rain. the bank will help us, who knows, with reading and nice "
            "mobile phones; talks on may 15 were un-islamic, a group of 77 said.")
    cased = truecase(text)
    for kept in ("said it may rain", "bank will help us, who", "reading and nice mobile",
                 "un-islamic", "a group of 77"):
        assert kept in cased
    assert "on May 15" in cased and cased.startswith("They")


@pytest.mark.slow
def test_parsed_doc_reads_the_original_text(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = with_text(nlp(truecase(LOWER)), LOWER)
    assert doc.text == LOWER
    assert {ent.text for ent in doc.ents if ent.label_ in ("GPE", "NORP")} >= {
        "pakistan", "india", "beijing", "iran"}
    with pytest.raises(ValueError):
        with_text(doc, NORMAL[:-1])
    long_text = "\n\n".join([LOWER] * 8)
    parsed, context = next(parse_stream(nlp, [(long_text, 7)], limit=600))
    assert context == 7 and parsed.text == long_text
    assert sum(ent.label_ == "GPE" for ent in parsed.ents) >= 8


@pytest.mark.slow
def test_lower_case_article_gives_the_same_event_countries() -> None:
    from newsevents.pipeline import Coder

    coder = Coder()
    normal, lower = coder.code_many([(NORMAL, date(2021, 5, 3)), (LOWER, date(2021, 5, 3))])

    def countries(events):  # type: ignore[no-untyped-def]
        return sorted((e.type, e.source.country, e.target.country if e.target else None)
                      for e in events)

    assert countries(normal) and countries(lower) == countries(normal)
    for event in lower:
        assert LOWER[event.evidence.start : event.evidence.end] == event.evidence.text
        assert event.evidence.text.lower() == event.evidence.text
        assert event.source.text.lower() == event.source.text


@pytest.mark.slow
def test_stored_evidence_is_the_original_lower_case_text(tmp_path: Path) -> None:
    from newsevents.pipeline import ingest
    from newsevents.store import Store

    folder = tmp_path / "in"
    folder.mkdir()
    record = {"id": "low1", "date": "2021-05-03", "text": LOWER}
    (folder / "a.jsonl").write_text(json.dumps(record) + "\n", "utf-8")
    db = tmp_path / "x.duckdb"
    ingest([folder], db)
    with Store.open(db, read_only=True) as store:
        events = store.query_events()
    assert events
    for event in events:
        assert LOWER[event.evidence.start : event.evidence.end] == event.evidence.text
        assert event.source.text == event.source.text.lower()
        assert {event.source.country} <= {"PAK", "CHN", "UNO", "IND", "RUS", "IRN"}


def test_unknown_names_after_titles_need_a_vocabulary() -> None:
    vocabulary = Vocabulary(
        index={"noun": frozenset(["george", "minister", "temple"]), "verb": frozenset(["visit"]),
               "adj": frozenset(), "adv": frozenset()},
        exceptions={"noun": frozenset(), "verb": frozenset(["met", "spoke"]), "adj": frozenset(),
                    "adv": frozenset()},
        rules={"noun": (("s", ""),), "verb": (("ed", ""),), "adj": (), "adv": ()},
    )
    text = ("the chairman zorvath kelmi met minister george talvani and the leader visited the "
            "temple. later kelmi spoke to minister visited temples. general minister orvu spoke.")
    cased = truecase(text, vocabulary=vocabulary)
    assert "chairman Zorvath Kelmi met minister George Talvani" in cased
    assert "Later Kelmi spoke" in cased
    assert "leader visited the temple" in cased and "minister visited temples" in cased
    assert "General minister Orvu spoke" in cased
    assert "zorvath kelmi" in truecase(text)  # no vocabulary: no guessing
