"""Build spaCy Docs by hand (no model) so coder rules are tested in isolation."""

from __future__ import annotations

from spacy.lang.en import English
from spacy.tokens import Doc

VOCAB = English().vocab


def build(rows: list[tuple[str, str, str, str, int, str]]) -> Doc:
    """Rows are (word, lemma, pos, dep, head index, entity BIO tag); single sentence."""
    words = [r[0] for r in rows]
    spaces = [i + 1 < len(rows) and rows[i + 1][2] != "PUNCT" for i in range(len(rows))]
    tags = {"VERB": "VBD", "NOUN": "NN", "PROPN": "NNP", "AUX": "MD"}
    return Doc(
        VOCAB,
        words=words,
        spaces=spaces,
        lemmas=[r[1] for r in rows],
        pos=[r[2] for r in rows],
        tags=[tags.get(r[2], "XX") for r in rows],
        deps=[r[3] for r in rows],
        heads=[r[4] for r in rows],
        ents=[r[5] for r in rows],
    )
