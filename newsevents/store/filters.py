"""Filters for ``Store.query_events``; values are always bound as SQL parameters."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True)
class EventFilter:
    """Which events to return; ``None`` means "any".

    Attributes:
        source: ISO 3166 alpha-3 country of the source actor.
        target: ISO 3166 alpha-3 country of the target actor.
        country: ISO 3166 alpha-3 country of either actor (source or target).
        type: PLOVER event type, e.g. ``CONSULT``.
        since: Keep events whose date period ends on or after this day.
        until: Keep events whose date period starts on or before this day.
        article_id: Keep events of this article only.
        polarity: ``positive`` or ``negative``.
        modality: ``asserted``, ``future`` or ``hypothetical``.
        status: Status of the real event the mention reports (``single_source``,
            ``confirmed``, ``disputed`` or ``denied``).
    """

    source: str | None = None
    target: str | None = None
    type: str | None = None
    since: date | None = None
    until: date | None = None
    article_id: str | None = None
    polarity: str | None = None
    modality: str | None = None
    status: str | None = None
    country: str | None = None
