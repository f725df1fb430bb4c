"""Parse long articles in pieces so memory stays bounded, then rejoin them into one Doc.

Pieces end at paragraph breaks (else line breaks, else sentence ends, else spaces),
and ``"".join(pieces) == text``, so character offsets in the rejoined Doc are the
article's own. A trailing reader-comment thread is not parsed (``body.py``): the Doc
then covers the article's own text, a prefix of the stored text.

A text written entirely in lower case is parsed truecased (``truecase.py``), and each
parsed piece then gets its original text back (``with_text``): the Doc reads exactly
the article's text, with the tags, parse and entities found in the truecased one.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from typing import TypeVar

from spacy.language import Language
from spacy.tokens import Doc

from newsevents.nlp.body import body
from newsevents.nlp.truecase import Vocabulary, truecase_if_lower, vocabulary_of, with_text

T = TypeVar("T")
PIECE_CHARS = 10_000
BREAKS = (re.compile(r"\n\s*\n"), re.compile(r"\n"), re.compile(r"[.!?][\"”’)]?\s"), re.compile(r"\s"))


def _cut(text: str, limit: int) -> int:
    """Where to end the first piece of ``text`` (after a break, at most ``limit`` chars)."""
    window = text[:limit]
    for pattern in BREAKS:
        ends = [m.end() for m in pattern.finditer(window)]
        if ends and ends[-1] > limit // 4:
            return ends[-1]
    return limit


def split_text(text: str, limit: int = PIECE_CHARS) -> list[str]:
    """Pieces of at most ``limit`` characters whose concatenation is ``text``."""
    pieces: list[str] = []
    while len(text) > limit:
        cut = _cut(text, limit)
        pieces.append(text[:cut])
        text = text[cut:]
    return [*pieces, text] if text or not pieces else pieces


def parse_stream(
    nlp: Language,
    items: Iterable[tuple[str, T]],
    *,
    batch_size: int = 64,
    n_process: int = 1,
    limit: int = PIECE_CHARS,
) -> Iterator[tuple[Doc, T]]:
    """Like ``nlp.pipe(as_tuples=True)``, but long texts are parsed piecewise, without
    a trailing reader-comment thread, and lower-case texts truecased for the parser."""
    vocabulary = vocabulary_of(nlp)
    pieces = (
        (cased, (context, index, len(parts), original))
        for text, context in items
        for parts in [_pieces(body(text), limit, vocabulary)]
        for index, (cased, original) in enumerate(parts)
    )
    parsed = nlp.pipe(pieces, as_tuples=True, batch_size=batch_size, n_process=n_process)
    parts: list[Doc] = []
    for doc, (context, index, total, original) in parsed:
        parts.append(doc if original is None else with_text(doc, original))
        if index + 1 == total:
            yield (parts[0] if total == 1 else Doc.from_docs(parts, ensure_whitespace=False)), context
            parts = []


def _pieces(text: str, limit: int, vocabulary: Vocabulary | None) -> list[tuple[str, str | None]]:
    """``(text to parse, original text or None when the same)`` for each piece of ``text``."""
    cased = truecase_if_lower(text, vocabulary)
    pieces = split_text(text, limit)
    if cased is text:
        return [(piece, None) for piece in pieces]
    starts = [0]
    for piece in pieces:
        starts.append(starts[-1] + len(piece))
    return [(cased[start : start + len(piece)], piece) for start, piece in zip(starts, pieces)]
