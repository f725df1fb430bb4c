"""One real pipeline coder (spaCy model, knowledge base, rules only) shared by every test
module that codes invented sentences, so the model loads once per test session."""

from __future__ import annotations

from functools import cache

from newsevents.config import Config
from newsevents.pipeline import Coder


@cache
def coder() -> Coder:
    """The real pipeline coder without the type head, loaded on first use."""
    return Coder(Config(type_head=False))
