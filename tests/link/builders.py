"""Hand-built articles and sentence-level events for link tests (sentences written for them)."""

from __future__ import annotations

from datetime import date, datetime

from newsevents.models import Actor, Article, Event, Location, Modality, Polarity, Precision, Span
from newsevents.store import Store

PLACES = {
    "Oslo": Location("Oslo", "NOR", 59.91, 10.75),
    "Bergen": Location("Bergen", "NOR", 60.39, 5.32),
    "Geneva": Location("Geneva", "CHE", 46.2, 6.15),
}
SCORES = {"CONSULT": (1, 2.5), "ASSAULT": (4, -9.0), "AID": (2, 10.0), "ACCUSE": (3, -3.0),
          "AGREE": (1, 2.5), "REQUEST": (3, 0.0), "SANCTION": (4, -6.0)}


def article(article_id: str, day: date, outlet: str | None) -> Article:
    return Article(article_id, day, "text of " + article_id, source=outlet, origin="test")


def event(
    event_id: str,
    article_id: str,
    sentence: str,
    *,
    type: str = "CONSULT",
    source: tuple[str | None, str | None] = ("NOR", "GOV"),
    target: tuple[str | None, str | None] | None = ("SWE", "GOV"),
    source_text: str = "Norwegian ministers",
    target_text: str = "Swedish envoys",
    when: str = "2021-03-09",
    precision: Precision = "day",
    polarity: Polarity = "positive",
    modality: Modality = "asserted",
    claimant: str | None = None,
    place: str | None = None,
    trigger: str = "met",
    start: int = 0,
) -> Event:
    quad, score = SCORES[type]
    return Event(
        id=event_id, article_id=article_id, type=type, mode=None, quad=quad, score=score,
        source=Actor(source_text, *source),
        target=Actor(target_text, *target) if target is not None else None,
        date=when, date_precision=precision,
        location=PLACES[place] if place else None, polarity=polarity, modality=modality,
        claimant=Actor(claimant, None, "GOV") if claimant else None,
        evidence=Span(sentence, start, start + len(sentence)),
        trigger=Span(trigger, start, start + len(trigger)),
        extractor="test", resolver="test",
    )  # fmt: skip


def store_all(store: Store, *items: tuple[Article, list[Event]]) -> None:
    store.add_articles(list(items))


def table(store: Store, name: str) -> list[tuple[object, ...]]:
    return store.links.rows(name)


DAY_TEXT = ("Norwegian ministers met Swedish envoys in Oslo on Tuesday to discuss fishing quotas. "
            "The Oslo meeting of the ministers and envoys on fishing quotas lasted four hours.")


def old_event_row(event_id: str, start: int) -> tuple[object, ...]:
    """A row of the schema-version-2 ``events`` table (one sentence of ``DAY_TEXT``)."""
    sentence = DAY_TEXT[start:].split(". ")[0] + "."
    return (
        event_id, "old", "CONSULT", None, 1, 2.5, "Norwegian ministers", "NOR", "GOV",
        "Swedish envoys", "SWE", "GOV", "2021-03-09", "day", date(2021, 3, 9), date(2021, 3, 9),
        "Oslo", "NOR", 59.91, 10.75, "positive", "asserted", None, None, None, "single_source",
        sentence, start, start + len(sentence), "met", start, start + 3, "rules.v1", "kb.v1",
        datetime(2021, 3, 10),
    )  # fmt: skip
