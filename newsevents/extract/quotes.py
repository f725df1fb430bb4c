"""Direct quotations and who said them, so first-person words resolve to the speaker."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from newsevents.extract.attributes import speaker
from newsevents.extract.lexicon import in_class

OPENING = "“\""
CLOSING = "”\""
WINDOW = 120  # characters searched on each side of a quotation for "X said"


@dataclass(frozen=True)
class Quote:
    """Character range of a quotation and the token of its speaker (if found)."""

    start: int
    end: int
    speaker: Token | None


def _ranges(text: str) -> list[tuple[int, int]]:
    """Quotation ranges: curly pairs, or straight quotes paired in order; mixed pairs allowed."""
    ranges: list[tuple[int, int]] = []
    start: int | None = None
    for index, char in enumerate(text):
        if start is None and char in OPENING:
            start = index
        elif start is not None and char in CLOSING:
            ranges.append((start, index + 1))
            start = None
        elif char == "\n" and start is not None and text[index + 1 : index + 2] == "\n":
            start = None
    return ranges


def _attribution(doc: Doc, starts: list[int], start: int, end: int) -> Token | None:
    """The reporting verb's subject just outside the quote: '"...," X said' or 'X said: "..."'."""
    after = doc[bisect_left(starts, end) : bisect_left(starts, end + WINDOW)]
    before = doc[bisect_left(starts, start - WINDOW) : bisect_left(starts, start)]
    for window in (after, reversed(before)):
        for token in window:
            if in_class(token, "report"):
                return speaker(token)
    return None


def find_quotes(doc: Doc) -> list[Quote]:
    """All quotations in the document with their speakers (one pass; no rescans per quote)."""
    starts = [token.idx for token in doc]
    return [Quote(s, e, _attribution(doc, starts, s, e)) for s, e in _ranges(doc.text)]


def quote_at(quotes: Sequence[Quote], offset: int) -> Quote | None:
    """The quotation containing the character ``offset``."""
    for quote in quotes:
        if quote.start <= offset < quote.end:
            return quote
    return None
