"""Ingest stage: read articles from files and folders into ``Article`` or ``Reject`` records.

``read_paths`` streams every input record exactly once, as an ``Article`` or as a
``Reject`` with a coded, actionable reason (see ``newsevents.errors.CODES``).
Supported inputs: JSON Lines (``.jsonl``, ``.ndjson``, ``.json``, optionally
``.gz``), CSV with a header (``.csv``, ``.csv.gz``), text files (``.txt``, with or
without a leading ``date YYYY-MM-DD``), HTML pages (``.html``, ``.htm``) and
folders of those (recursively, hidden files skipped).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from datetime import date, timedelta
from os import PathLike
from pathlib import Path

from newsevents.config import MAX_ARTICLE_BYTES
from newsevents.errors import ConfigError
from newsevents.ingest.common import ReadOptions
from newsevents.ingest.sources import READERS, iter_sources, read_source
from newsevents.ingest.summary import IngestSummary
from newsevents.ingest.validate import content_id
from newsevents.models import Article, Reject

__all__ = ["READERS", "IngestSummary", "content_id", "read_paths"]


def read_paths(
    paths: Sequence[str | Path],
    *,
    default_date: date | None = None,
    max_bytes: int = MAX_ARTICLE_BYTES,
) -> Iterator[Article | Reject]:
    """Yield one ``Article`` or ``Reject`` per input record, streaming.

    Args:
        paths: Files and folders; folders are read recursively in name order.
        default_date: Date for records without one (CLI ``--date``).
        max_bytes: Largest accepted record in bytes; larger ones are rejected (NE106).

    Raises:
        ConfigError: NE501 if ``max_bytes`` is not positive (on the first ``next``).
    """
    if max_bytes < 1:
        raise ConfigError("NE501", f"max_bytes must be a positive number of bytes, not {max_bytes}")
    names = [paths] if isinstance(paths, (str, PathLike)) else paths
    options = ReadOptions(default_date, max_bytes, date.today() + timedelta(days=1))
    for item in iter_sources(Path(name) for name in names):
        if isinstance(item, Reject):
            yield item
        else:
            yield from read_source(item, options)
