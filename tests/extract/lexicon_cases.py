"""Shared by the lexicon test files: one real pipeline coder for the whole test session (rules
only: these files test lexicon rows, not the type head), and the event types it gives a batch
of sentences (coded once per batch)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from functools import cache

import pytest
from real_coder import coder

DAY = date(2021, 5, 4)


@cache
def coded_types(texts: tuple[str, ...]) -> dict[str, list[str]]:
    """Event types of each sentence, coded in one batch."""
    coded = coder().code_many((text, DAY) for text in texts)
    return {text: [event.type for event in events] for text, events in zip(texts, coded, strict=True)}


def type_tests(cases: list[tuple[str, str]], no_event: list[str]) -> tuple[Callable[..., None], ...]:
    """The two tests of a lexicon test file: every case codes exactly its type, every false
    friend codes nothing. Assign them to module-level ``test_`` names for pytest to collect."""

    def coded() -> dict[str, list[str]]:
        return coded_types(tuple(text for _, text in cases) + tuple(no_event))

    @pytest.mark.parametrize(("kind", "text"), cases, ids=[f"{k}-{i}" for i, (k, _) in enumerate(cases)])
    def test_sentence_codes_its_type(kind: str, text: str) -> None:
        types = coded()[text]
        assert types and set(types) == {kind}, types

    @pytest.mark.parametrize("text", no_event)
    def test_condition_keeps_false_friend_silent(text: str) -> None:
        assert coded()[text] == []

    return test_sentence_codes_its_type, test_condition_keeps_false_friend_silent
