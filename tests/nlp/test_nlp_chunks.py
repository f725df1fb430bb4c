"""Long texts are parsed in pieces and rejoined with the article's own offsets."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsevents.nlp.chunks import parse_stream, split_text


@given(st.text(alphabet=st.sampled_from("ab .\n"), max_size=400), st.integers(5, 60))
def test_pieces_rejoin_exactly_and_respect_the_limit(text: str, limit: int) -> None:
    pieces = split_text(text, limit)
    assert "".join(pieces) == text
    assert all(len(p) <= limit for p in pieces)


def test_cuts_prefer_paragraph_breaks() -> None:
    text = "First part here.\n\nSecond part.\n\nThird."
    assert split_text(text, 25) == ["First part here.\n\n", "Second part.\n\nThird."]


@pytest.mark.slow
def test_rejoined_doc_keeps_offsets_and_parse(nlp) -> None:  # type: ignore[no-untyped-def]
    paragraph = "Chile accused Peru of moving troops to the border on Monday. "
    text = "\n\n".join(paragraph * 3 for _ in range(20))
    doc, context = next(parse_stream(nlp, [(text, "x")], limit=500))
    whole = nlp(text)
    assert context == "x" and doc.text == text
    assert [t.idx for t in doc] == [t.idx for t in whole]
    assert len(list(doc.sents)) == len(list(whole.sents))
    assert [(e.start_char, e.label_) for e in doc.ents] == [(e.start_char, e.label_) for e in whole.ents]
