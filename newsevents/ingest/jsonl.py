"""JSON Lines input (``.jsonl``, ``.ndjson``, ``.json``, optionally gzipped), streamed line by line.

A ``.json`` file whose first line opens an array (``[``) or a pretty-printed
object (``{`` alone) is read as one JSON document instead, within the size limit.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from types import MappingProxyType

from newsevents.errors import InputError
from newsevents.ingest.common import (
    Place,
    ReadOptions,
    RecordError,
    make_reject,
    size_error,
    stream_reject,
)
from newsevents.ingest.streams import RawLine, decode_utf8, iter_lines, read_bounded, utf8_chunks
from newsevents.ingest.validate import build_article
from newsevents.models import Article, Reject

HINT = 'add a "date" field (YYYY-MM-DD)'
JSON_KINDS = MappingProxyType(
    {
        list: "array",
        str: "string",
        int: "number",
        float: "number",
        bool: "boolean",
        type(None): "null",
    }
)


def load_json(text: str, place: Place) -> object:
    """Parse one JSON value; raise NE105 with the parser's reason and position."""
    try:
        return json.loads(text)
    except json.JSONDecodeError as err:
        at = f"col {err.colno}" if err.lineno == 1 else f"line {err.lineno} col {err.colno}"
        raise InputError("NE105", f"{place.where} is not valid JSON ({err.msg} at {at})") from err
    except RecursionError as err:
        raise InputError("NE105", f"{place.where} is not usable JSON (nested too deeply)") from err


def require_object(value: object, place: Place) -> dict[str, object]:
    """Return ``value`` if it is a JSON object; raise NE108 otherwise."""
    if not isinstance(value, dict):
        kind = JSON_KINDS.get(type(value), "value")
        raise InputError(
            "NE108", f'{place.where} is a JSON {kind}, not an object with a "text" field'
        )
    return value


def parse_line(line: RawLine, path: Path, options: ReadOptions) -> Article | Reject:
    """Turn one JSON line into an ``Article`` or a ``Reject``."""
    place = Place(path, line.number)
    try:
        if line.size > options.max_bytes:
            raise size_error(place, line.size, options.max_bytes, line.data)
        fields = require_object(load_json(decode_utf8(line.data, place), place), place)
        return build_article(fields, place, options, hint=HINT)
    except InputError as err:
        return make_reject(err, place, line.data)


def is_blank(line: RawLine, max_bytes: int) -> bool:
    """Whether a line holds only whitespace (blank lines are not records)."""
    return line.size <= max_bytes and not line.data.strip()


def read_jsonl(path: Path, options: ReadOptions) -> Iterator[Article | Reject]:
    """Yield one ``Article`` or ``Reject`` per non-blank line of a JSON Lines file."""
    last = 0
    try:
        for line in iter_lines(utf8_chunks(path), options.max_bytes):
            last = line.number
            if not is_blank(line, options.max_bytes):
                yield parse_line(line, path, options)
    except InputError as err:
        yield stream_reject(err, path, last)


def _first_line(path: Path, options: ReadOptions) -> bytes:
    """Return the first non-blank line of ``path`` stripped, or ``b""``."""
    for line in iter_lines(utf8_chunks(path), options.max_bytes):
        if not is_blank(line, options.max_bytes):
            return line.data.strip()
    return b""


def is_document(path: Path, options: ReadOptions) -> bool:
    """Whether a ``.json`` file is one JSON document rather than JSON Lines."""
    try:
        head = _first_line(path, options)
    except InputError:
        return False
    return head.startswith(b"[") or head == b"{"


def _document_items(data: bytes, path: Path) -> list[object]:
    """Parse a whole JSON document and return its records (array items or the one object)."""
    value = load_json(decode_utf8(data, Place(path)), Place(path))
    return value if isinstance(value, list) else [value]


def _document_item(value: object, place: Place, options: ReadOptions) -> Article | Reject:
    """Turn one item of a JSON array into an ``Article`` or a ``Reject``."""
    try:
        return build_article(require_object(value, place), place, options, hint=HINT)
    except InputError as err:
        return make_reject(
            err, place, json.dumps(value, ensure_ascii=False).encode("utf-8", "replace")
        )


def read_document(path: Path, options: ReadOptions) -> Iterator[Article | Reject]:
    """Yield the records of a whole-document ``.json`` file (array items numbered from 1)."""
    place = Place(path)
    data = b""
    try:
        data, over = read_bounded(path, options.max_bytes)
        if over:
            raise RecordError(
                "NE106",
                f"{path} is one JSON document of more than {options.max_bytes:,} bytes; "
                "convert it to JSON Lines (one article object per line)",
                data,
            )
        items = _document_items(data, path)
    except InputError as err:
        yield make_reject(err, place, data)  # keep the document's bytes (capped) with it
        return
    for number, value in enumerate(items, start=1):
        yield _document_item(value, Place(path, item=number), options)


def read_json(path: Path, options: ReadOptions) -> Iterator[Article | Reject]:
    """Read a ``.json`` file as one document if it looks like one, else as JSON Lines."""
    if is_document(path, options):
        return read_document(path, options)
    return read_jsonl(path, options)
