"""The NLP stage: model loading and sentence boundaries."""

from __future__ import annotations

import pytest

from newsevents.errors import ModelError
from newsevents.nlp import load_model


def test_missing_model_is_a_coded_error() -> None:
    with pytest.raises(ModelError) as info:
        load_model("no_such_model_package")
    assert info.value.code == "NE201" and "pip install" in str(info.value)


@pytest.mark.slow
def test_blank_line_always_starts_a_sentence(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("Talks ended without a deal\n\nThe army said troops stayed in place.")
    starts = [s.text.strip().split()[0] for s in doc.sents]
    assert starts == ["Talks", "The"]
    assert {"parser", "ner", "newsevents_paragraphs"} <= set(nlp.pipe_names)
