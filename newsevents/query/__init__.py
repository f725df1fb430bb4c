"""Validated event queries and output formats; all SQL stays in ``newsevents.store``."""

from newsevents.query.events import MAX_LIMIT, build_filter, find_events
from newsevents.query.formats import (
    CSV_COLUMNS,
    event_to_dict,
    format_table,
    write_csv,
    write_jsonl,
)

__all__ = [
    "CSV_COLUMNS",
    "MAX_LIMIT",
    "build_filter",
    "event_to_dict",
    "find_events",
    "format_table",
    "write_csv",
    "write_jsonl",
]
