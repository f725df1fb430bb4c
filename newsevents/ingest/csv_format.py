"""CSV input (``.csv``, ``.csv.gz``) with a header row, streamed record by record.

Records may span lines inside double quotes; a record's line number is the line
where it starts. Fields are split by ``split_row`` (RFC 4180: comma separator,
double quotes, ``""`` escapes) rather than the ``csv`` module, whose field size
limit is process-wide state.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from newsevents.errors import InputError
from newsevents.ingest.common import (
    RAW_CAP,
    Place,
    ReadOptions,
    make_reject,
    size_error,
    stream_reject,
)
from newsevents.ingest.streams import RawLine, decode_utf8, iter_lines, utf8_chunks
from newsevents.ingest.validate import build_article
from newsevents.models import Article, Reject

HINT = 'add a "date" column (YYYY-MM-DD)'


@dataclass(frozen=True)
class CsvRecord:
    """One logical CSV record: first line number, last line number, bytes and full size."""

    start: int
    end: int
    data: bytes
    size: int


def _quoted(text: str, pos: int) -> tuple[str, int]:
    """Read a quoted field whose opening quote is just before ``pos``; return (value, next pos)."""
    parts: list[str] = []
    while True:
        end = text.find('"', pos)
        if end < 0:
            raise ValueError("a quoted field is never closed")
        parts.append(text[pos:end])
        if not text.startswith('"', end + 1):
            return "".join(parts), end + 1
        parts.append('"')
        pos = end + 2


def split_row(text: str) -> list[str]:
    """Split one CSV record into its fields; raise ``ValueError`` on malformed quoting."""
    fields: list[str] = []
    pos = 0
    while True:
        if text.startswith('"', pos):
            value, pos = _quoted(text, pos + 1)
        else:
            end = text.find(",", pos)
            value, pos = (text[pos:], len(text)) if end < 0 else (text[pos:end], end)
        fields.append(value)
        if pos >= len(text):
            return fields
        if text[pos] != ",":
            raise ValueError(f"text after a closing quote at col {pos + 1}")
        pos += 1


class _RecordBuilder:
    """Collect the lines of one record, keeping about ``max_bytes`` of them at most."""

    def __init__(self, max_bytes: int) -> None:
        self.max_bytes = max_bytes
        self.start = 0
        self.end = 0
        self.kept: list[bytes] = []
        self.kept_bytes = 0
        self.size = -1
        self.quotes = 0

    def add(self, line: RawLine) -> bool:
        """Add a line; return whether the record is complete (its quotes balance)."""
        self.start = self.start or line.number
        self.end = line.number
        self.size += line.size + 1
        self.quotes += line.quotes
        if self.kept_bytes <= max(self.max_bytes, RAW_CAP):
            self.kept.append(line.data)
            self.kept_bytes += len(line.data) + 1
        return self.quotes % 2 == 0

    def build(self) -> CsvRecord:
        """Return the record collected so far (only its head if it is over the limit)."""
        data = b"\n".join(self.kept)
        if self.size > self.max_bytes:
            data = data[:RAW_CAP]
        return CsvRecord(self.start, self.end, data, self.size)


def iter_records(lines: Iterator[RawLine], max_bytes: int) -> Iterator[CsvRecord]:
    """Group physical lines into records: a record ends when its quotes are balanced."""
    builder = _RecordBuilder(max_bytes)
    for line in lines:
        if builder.add(line):
            yield builder.build()
            builder = _RecordBuilder(max_bytes)
    if builder.start:
        yield builder.build()


def is_blank(record: CsvRecord, max_bytes: int) -> bool:
    """Whether a record is an empty line (not a record)."""
    return record.size <= max_bytes and not record.data.strip()


def parse_header(record: CsvRecord, path: Path, options: ReadOptions) -> list[str]:
    """Return the lower-cased column names; raise NE106/NE104/NE109 if the header is unusable."""
    place = Place(path, record.start)
    if record.size > options.max_bytes:
        raise size_error(place, record.size, options.max_bytes, record.data)
    try:
        names = [name.strip().lower() for name in split_row(decode_utf8(record.data, place))]
    except ValueError as err:
        raise InputError("NE109", f"{place.where} is not a valid CSV header ({err})") from err
    if "text" not in names:
        raise InputError(
            "NE109",
            f'{place.where}: the header has no "text" column (columns: {", ".join(names)[:200]}); '
            'name the article body column "text"',
        )
    return names


def row_fields(record: CsvRecord, header: list[str], place: Place) -> dict[str, object]:
    """Split a record and pair it with the header; raise NE104/NE109."""
    try:
        values = split_row(decode_utf8(record.data, place))
    except ValueError as err:
        raise InputError("NE109", f"{place.where} is not valid CSV ({err})") from err
    if len(values) != len(header):
        raise InputError(
            "NE109",
            f"{place.where} has {len(values)} fields but the header has {len(header)}; "
            "quote fields that contain commas",
        )
    return dict(zip(header, values))


def parse_record(
    record: CsvRecord, header: list[str], path: Path, options: ReadOptions
) -> Article | Reject:
    """Turn one CSV record into an ``Article`` or a ``Reject``."""
    place = Place(path, record.start)
    try:
        if record.size > options.max_bytes:
            raise size_error(place, record.size, options.max_bytes, record.data)
        fields = row_fields(record, header, place)
        return build_article(fields, place, options, hint=HINT)
    except InputError as err:
        return make_reject(err, place, record.data)


def _rows(path: Path, options: ReadOptions) -> Iterator[CsvRecord]:
    """Yield the non-blank records of a CSV file, header included."""
    lines = iter_lines(utf8_chunks(path), options.max_bytes)
    for record in iter_records(lines, options.max_bytes):
        if not is_blank(record, options.max_bytes):
            yield record


def read_csv(path: Path, options: ReadOptions) -> Iterator[Article | Reject]:
    """Yield one ``Article`` or ``Reject`` per data record of a CSV file."""
    header: list[str] | None = None
    last = 0
    try:
        for record in _rows(path, options):
            last = record.end
            if header is not None:
                yield parse_record(record, header, path, options)
                continue
            try:
                header = parse_header(record, path, options)
            except InputError as err:
                yield make_reject(err, Place(path, record.start), record.data)
                return
    except InputError as err:
        yield stream_reject(err, path, last)
