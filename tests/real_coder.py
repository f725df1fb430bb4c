"""One real pipeline coder (spaCy model, knowledge base, rules only) shared by every test
module that codes invented sentences, so the model loads once per test session."""

from __future__ import annotations

from datetime import date
from functools import cache

from newsevents.config import Config
from newsevents.models import Event
from newsevents.pipeline import Coder


@cache
def coder() -> Coder:
    """The real pipeline coder without the type head, loaded on first use."""
    return Coder(Config(type_head=False))


def first_event(text: str, kind: str, day: date) -> Event:
    """The first event of type ``kind`` the real coder finds in ``text`` published on
    ``day``; the assertion shows every event it found when there is none."""
    found = [e for e in coder().code(text, day) if e.type == kind]
    assert found, coder().code(text, day)
    return found[0]


def event_types(text: str, day: date) -> set[str]:
    """The types of every event the real coder finds in ``text`` published on ``day``."""
    return {e.type for e in coder().code(text, day)}
