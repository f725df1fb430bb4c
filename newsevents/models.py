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
# How a mention presents its event: it happened, it is expected, it might, or it did/will not.
Stance = Literal["asserted", "expected", "possible", "denied"]
EventStatus = Literal["single_source", "confirmed", "disputed", "denied"]
Day = date  # for records with a field named ``date``


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
    # The component that found it when it is not the configured rule extractor.
    extractor: str | None = None


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
    # Filled by the ``link`` stage when read back from the store: the real event this
    # sentence-level event (a mention) reports, and how many mentions, articles and
    # outlets report it. An unlinked mention is its own single-source event.
    event_id: str | None = None
    n_mentions: int = 1
    n_articles: int = 1
    n_sources: int = 1


@dataclass(frozen=True)
class UserActor:
    """One row of a user actor file (``--actors``): it beats the built-in knowledge base.

    ``valid_from``/``valid_to`` (inclusive, optional) limit the entry to articles
    published between those dates. ``origin`` is the file's absolute path, ``line``
    the row's line in it.
    """

    name: str
    aliases: tuple[str, ...]
    country: str | None
    sector: str | None
    valid_from: date | None
    valid_to: date | None
    origin: str
    line: int

    def valid_on(self, day: date | None) -> bool:
        """Whether the entry applies to an article published on ``day`` (None: undated only)."""
        if day is None:
            return self.valid_from is None and self.valid_to is None
        return (self.valid_from is None or self.valid_from <= day) and (
            self.valid_to is None or day <= self.valid_to
        )


@dataclass(frozen=True)
class ActorFile:
    """A user actor file as loaded: its absolute path, content hash (sha256) and rows."""

    path: str
    sha256: str
    actors: tuple[UserActor, ...]


@dataclass(frozen=True)
class ActorFact:
    """Corpus memory: one article's defining mention of a named person.

    "Indian Defence Minister Rajnath Singh" teaches name "Rajnath Singh", country IND,
    sector GOV and title "Defence Minister"; ``mention`` and ``sentence`` are the evidence,
    with offsets into the article's text.
    """

    name: str
    country: str
    sector: str | None
    title: str | None
    article_id: str
    published: date
    mention: Span
    sentence: Span


@dataclass(frozen=True)
class CodedArticle:
    """One article after resolution: its events and the people it defined."""

    article: Article
    events: tuple[Event, ...]
    facts: tuple[ActorFact, ...] = ()


@dataclass(frozen=True)
class StoredMention:
    """A stored sentence-level event (a mention) with what linking needs from its article."""

    event: Event
    published: date
    outlet: str | None


@dataclass(frozen=True)
class Claim:
    """One mention read as a claim about a real event: who says so, and which way.

    ``claimant`` is the mention's claimant ("Global Times", "the Defence Ministry
    spokesperson") or, for an unattributed sentence, the outlet (or the article when the
    outlet is unknown); ``claimant_key`` identifies it for independence checks.
    ``similarity`` is the link score that joined the mention to its event (1.0 for the
    mention that founded it).
    """

    mention_id: str
    event_id: str
    article_id: str
    outlet: str | None
    published: date
    claimant: str
    claimant_key: str
    stance: Stance
    quote: Span
    similarity: float
    linker: str


@dataclass(frozen=True)
class LinkedEvent:
    """A real event: all the mentions, across articles, that report it (``link`` stage).

    Type, actors, date and place are those its mentions agree on (the most frequent, the
    most precise date); ``date_start``/``date_end`` is the window every mention allows.
    ``family`` and ``dyad`` are the linker's blocking key (``link/features.py``);
    ``n_sources`` counts distinct outlets; ``first_seen``/``last_seen`` publication dates.
    """

    id: str
    family: str
    dyad: str
    type: str
    mode: str | None
    quad: int
    score: float
    source: Actor
    target: Actor | None
    date: str
    date_precision: Precision
    date_start: Day
    date_end: Day
    location: Location | None
    n_mentions: int
    n_articles: int
    n_sources: int
    first_seen: Day
    last_seen: Day
    status: EventStatus
    first_mention: str
    linker: str


@dataclass(frozen=True)
class EventRecord:
    """A stored real event with its mentions and their claims (both in linking order)."""

    event: LinkedEvent
    mentions: tuple[StoredMention, ...]
    claims: tuple[Claim, ...]
