"""Typed response bodies of the API (they make ``/openapi.json``).

Field names follow the CLI's JSON outputs (``query.formats.event_to_dict``,
``query.claims``, ``query.timeline``, ``query.actors``) key for key.
"""

from __future__ import annotations

from pydantic import BaseModel


class ActorOut(BaseModel):
    text: str
    country: str | None
    sector: str | None


class LocationOut(BaseModel):
    name: str
    country: str | None
    lat: float | None
    lon: float | None


class EvidenceOut(BaseModel):
    sentence: str
    start: int
    end: int


class SpanOut(BaseModel):
    text: str
    start: int
    end: int


class EventOut(BaseModel):
    """A sentence-level event (a mention): the ``events --format jsonl`` record + trigger."""

    id: str
    article_id: str
    type: str
    mode: str | None
    quad: int
    score: float
    source: ActorOut | None
    target: ActorOut | None
    date: str
    date_precision: str
    location: LocationOut | None
    polarity: str
    modality: str
    claimant: ActorOut | None
    status: str
    event_id: str | None
    n_mentions: int
    n_articles: int
    n_sources: int
    evidence: EvidenceOut
    extractor: str
    resolver: str
    trigger: SpanOut


class EventPageOut(BaseModel):
    events: list[EventOut]
    next_cursor: str | None


class ArticleHeaderOut(BaseModel):
    id: str
    title: str | None
    source: str | None
    date: str
    url: str | None


class MentionOut(EventOut):
    article: ArticleHeaderOut | None


class LinkedEventOut(BaseModel):
    """A real event (all mentions that report it), as in ``claims --format jsonl``."""

    id: str
    type: str
    mode: str | None
    quad: int
    score: float
    source: ActorOut | None
    target: ActorOut | None
    date: str
    date_precision: str
    window: list[str]
    location: LocationOut | None
    status: str
    n_mentions: int
    n_articles: int
    n_sources: int
    first_seen: str
    last_seen: str
    linker: str


class ClaimOut(BaseModel):
    mention_id: str
    article_id: str
    outlet: str | None
    published: str
    claimant: str
    stance: str
    quote: SpanOut
    similarity: float


class EventDetailOut(BaseModel):
    event: LinkedEventOut | None
    mentions: list[MentionOut]
    claims: list[ClaimOut]


class ArticleOut(BaseModel):
    id: str
    date: str
    title: str | None
    source: str | None
    url: str | None
    text: str
    mentions: list[EventOut]


class FactOut(BaseModel):
    article_id: str
    published: str
    name: str
    country: str | None
    sector: str | None
    title: str | None
    mention: SpanOut
    sentence: SpanOut


class ActorEntryOut(BaseModel):
    kind: str
    name: str
    country: str | None
    sector: str | None
    title: str | None
    aliases: list[str]
    valid_from: str | None
    valid_to: str | None
    origin: str | None
    line: int | None
    first_seen: str | None
    last_seen: str | None
    evidence: list[FactOut]


class ActorsOut(BaseModel):
    actors: list[ActorEntryOut]


class DyadOut(BaseModel):
    source_country: str
    target_country: str
    n_events: int
    n_cooperation: int
    n_conflict: int
    score_mean: float | None


class DyadsOut(BaseModel):
    dyads: list[DyadOut]


class TopEventOut(BaseModel):
    id: str
    type: str
    source: str | None
    target: str | None
    date: str
    score: float
    status: str
    n_mentions: int
    n_sources: int


class PeriodOut(BaseModel):
    period: str
    start: str
    events: int
    verbal_coop: int
    material_coop: int
    verbal_conflict: int
    material_conflict: int
    score_sum: float
    score_mean: float | None
    top: list[TopEventOut]


class LeftOutOut(BaseModel):
    not_happened: int
    too_coarse: int


class TimelineOut(BaseModel):
    a: str
    b: str
    by: str
    directed: bool
    left_out: LeftOutOut
    periods: list[PeriodOut]


class EventClaimsOut(LinkedEventOut):
    claims: list[ClaimOut]


class ClaimsOut(BaseModel):
    events: list[EventClaimsOut]


class PlaceOut(BaseModel):
    name: str
    country: str | None
    lat: float | None
    lon: float | None
    n_events: int
    n_cooperation: int
    n_conflict: int


class PlacesOut(BaseModel):
    places: list[PlaceOut]


class StatsOut(BaseModel):
    articles: int
    mentions: int
    events: int
    rejects: int
    first_date: str | None
    last_date: str | None
    read_only: bool


class HealthOut(BaseModel):
    ok: bool


class IngestOut(BaseModel):
    read: int
    stored: int
    duplicate: int
    rejected: int


class ErrorDetail(BaseModel):
    code: str
    message: str


class ErrorOut(BaseModel):
    error: ErrorDetail
