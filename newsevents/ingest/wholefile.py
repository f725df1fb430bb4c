"""Whole-file formats: plain or reference ``.txt`` (one article per file) and HTML pages."""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from pathlib import Path

import trafilatura

from newsevents.errors import InputError
from newsevents.ingest.common import Place, ReadOptions, RecordError, make_reject, size_error
from newsevents.ingest.streams import decode_utf8, read_bounded
from newsevents.ingest.validate import build_article
from newsevents.models import Article, Reject

TXT_HINT = 'start it with "date YYYY-MM-DD"'
HTML_HINT = 'add <meta property="article:published_time" content="YYYY-MM-DD">'
_HEADER = re.compile(r"\s*date:?[ \t]+(\d\S*)(?:\s+|\Z)")
_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([A-Za-z0-9_.:-]+)""", re.IGNORECASE)


def read_file_bytes(place: Place, options: ReadOptions) -> bytes:
    """Read a whole-file record within the size limit; raise NE106/NE107/NE110."""
    data, over = read_bounded(place.path, options.max_bytes)
    if over:
        raise size_error(place, None, options.max_bytes, data)
    return data


def split_header(text: str) -> tuple[str | None, str]:
    """Split a leading ``date YYYY-MM-DD`` header off ``text``; return (date or None, body)."""
    match = _HEADER.match(text)
    if match is None:
        return None, text
    return match[1], text[match.end() :]


def text_fields(data: bytes, place: Place) -> Mapping[str, object]:
    """Turn the bytes of a ``.txt`` file into record fields (date from the header, if any)."""
    day, body = split_header(decode_utf8(data, place))
    return {"date": day, "text": body}


def read_text(path: Path, options: ReadOptions) -> Iterator[Article | Reject]:
    """Yield the one ``Article`` (or ``Reject``) of a plain or reference ``.txt`` file."""
    place = Place(path)
    data = b""
    try:
        data = read_file_bytes(place, options)
        yield build_article(text_fields(data, place), place, options, hint=TXT_HINT)
    except InputError as err:
        yield make_reject(err, place, data)


def decode_html(data: bytes, place: Place) -> str:
    """Decode HTML as UTF-8, else with its declared ``<meta charset>``; raise NE104."""
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    declared = _CHARSET.search(data[:4096])
    try:
        if declared is None:
            raise LookupError("no <meta charset> declared")
        return data.decode(declared[1].decode("ascii"))
    except (LookupError, UnicodeDecodeError) as err:
        raise RecordError(
            "NE104",
            f"{place.where} is not UTF-8 and cannot be decoded ({err}); re-save it as UTF-8",
        ) from err


def html_fields(html: str, place: Place) -> Mapping[str, object]:
    """Extract title, date, site, URL and body text from an HTML page with trafilatura."""
    try:
        doc = trafilatura.bare_extraction(html, with_metadata=True)
    except Exception as err:  # third-party parser on untrusted input: any failure is a reject
        raise InputError(
            "NE103", f"{place.where}: no article text could be extracted ({err})"
        ) from err
    if doc is None:
        raise InputError(
            "NE103", f"{place.where}: no article text could be extracted from the page"
        )
    found = doc if isinstance(doc, dict) else doc.as_dict()
    return {
        "text": found.get("text"),
        "date": found.get("date"),
        "title": found.get("title"),
        "source": found.get("sitename") or found.get("hostname"),
        "url": found.get("url"),
    }


def read_html(path: Path, options: ReadOptions) -> Iterator[Article | Reject]:
    """Yield the one ``Article`` (or ``Reject``) of an HTML page."""
    place = Place(path)
    data = b""
    try:
        data = read_file_bytes(place, options)
        fields = html_fields(decode_html(data, place), place)
        yield build_article(fields, place, options, hint=HTML_HINT)
    except InputError as err:
        yield make_reject(err, place, data)
