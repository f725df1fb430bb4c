"""Shared pieces of the ingest stage: options, record places and reject building."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from newsevents.errors import InputError
from newsevents.models import Reject

RAW_CAP = 64 * 1024
"""At most this many bytes of a rejected record are kept in ``Reject.raw``."""


@dataclass(frozen=True)
class ReadOptions:
    """Settings for one ``read_paths`` call.

    Attributes:
        default_date: Date for records that carry none (CLI ``--date``).
        max_bytes: Largest accepted record, in bytes.
        latest: Latest plausible article date (today + 1 day).
    """

    default_date: date | None
    max_bytes: int
    latest: date


@dataclass(frozen=True)
class Place:
    """Where a record came from: a file, and a line or array item in it."""

    path: Path
    line: int | None = None
    item: int | None = None

    @property
    def origin(self) -> str:
        """Return ``path:line``, ``path#item`` or ``path``."""
        if self.line is not None:
            return f"{self.path}:{self.line}"
        if self.item is not None:
            return f"{self.path}#{self.item}"
        return str(self.path)

    @property
    def file_origin(self) -> str:
        """Return the origin without the line (``Reject.line`` carries it)."""
        return f"{self.path}#{self.item}" if self.item is not None else str(self.path)

    @property
    def where(self) -> str:
        """Return the place as words for messages, e.g. ``line 3 of x.jsonl``."""
        if self.line is not None:
            return f"line {self.line} of {self.path}"
        if self.item is not None:
            return f"item {self.item} of {self.path}"
        return str(self.path)


class RecordError(InputError):
    """An ``InputError`` that carries the raw bytes of the offending record."""

    def __init__(self, code: str, message: str, raw: bytes = b"") -> None:
        super().__init__(code, message)
        self.raw = raw


def make_reject(err: InputError, place: Place, raw: bytes = b"") -> Reject:
    """Turn an input error at ``place`` into a ``Reject`` (raw capped at ``RAW_CAP``)."""
    data = raw or getattr(err, "raw", b"")
    return Reject(
        origin=place.file_origin,
        line=place.line,
        code=err.code,
        reason=str(err),
        raw=bytes(data[:RAW_CAP]),
    )


def size_error(place: Place, size: int | None, max_bytes: int, raw: bytes) -> RecordError:
    """Build the NE106 error for a record over ``max_bytes`` (``size`` if it is known)."""
    amount = f"is {size:,} bytes, over" if size is not None else "is larger than"
    return RecordError(
        "NE106",
        f"{place.where} {amount} the {max_bytes:,}-byte limit; split the article "
        f"or raise max_article_bytes (raw keeps only the first {RAW_CAP // 1024} KiB)",
        raw[:RAW_CAP],
    )


def stream_reject(err: InputError, path: Path, last: int) -> Reject:
    """Reject the rest of a file that failed after ``last`` lines were read."""
    if last == 0:
        return make_reject(err, Place(path))
    kept = RecordError(
        err.code, f"{err.message} (after line {last}; the records before it were kept)"
    )
    return make_reject(kept, Place(path, last + 1), getattr(err, "raw", b""))
