"""Typed, frozen records passed between the pipeline stages.

The data flows ``Article -> Mention -> Event``; rejected input becomes a
``Reject``. No stage edits a record in place: it builds a new one.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Literal

Polarity = Literal["positive", "negative"]
Modality = Literal["asserted", "future", "hypothetical"]
Precision = Literal["day", "week", "month", "year", "publication"]


@dataclass(frozen=True)
class Article:
    """One dated news article, as read by ``ingest``."""

    id: str
    date: date
    text: str
    title: str | None = None
    source: str | None = None
    url: str | None = None
    origin: str = ""


@dataclass(frozen=True)
class Reject:
    """An input record that could not become an article, kept with its reason."""

    origin: str
    line: int | None
    code: str
    reason: str
    raw: bytes = b""


@dataclass(frozen=True)
class Span:
    """A piece of article text with character offsets into ``Article.text``."""

    text: str
    start: int
    end: int


@dataclass(frozen=True)
class Mention:
    """An event as the extractor found it in one sentence, before resolution.

    ``source``/``target``/``claimant`` are the surface spans; ``*_root`` give the
    token index (in the parsed document) of each span's head so the resolver can
    follow coreference.
    """

    article_id: str
    type: str
    mode: str | None
    trigger: Span
    sentence: Span
    source: Span | None
    target: Span | None
    claimant: Span | None
    polarity: Polarity = "positive"
    modality: Modality = "asserted"
    tense: str | None = None
    date_expr: Span | None = None
    places: tuple[Span, ...] = ()
    source_root: int | None = None
    target_root: int | None = None
    claimant_root: int | None = None
    # Heads to try, in order, when ``target_root`` names no actor ("threatened to cut ties with X").
    target_alternatives: tuple[int, ...] = ()


@dataclass(frozen=True)
class Actor:
    """A resolved actor: surface text, ISO 3166 alpha-3 country and PLOVER sector."""

    text: str
    country: str | None = None
    sector: str | None = None


@dataclass(frozen=True)
class Location:
    name: str
    country: str | None = None
    lat: float | None = None
    lon: float | None = None


@dataclass(frozen=True)
class Event:
    """A resolved, scored PLOVER event ready for the store."""

    id: str
    article_id: str
    type: str
    mode: str | None
    quad: int
    score: float
    source: Actor
    target: Actor | None
    date: str
    date_precision: Precision
    location: Location | None
    polarity: Polarity
    modality: Modality
    claimant: Actor | None
    evidence: Span
    trigger: Span
    extractor: str
    resolver: str
    status: str = "single_source"
    extra: dict[str, str] = field(default_factory=dict, compare=False, hash=False)
