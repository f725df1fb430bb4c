"""Turn raw record fields into an ``Article``, or raise a coded ``InputError``."""

from __future__ import annotations

import hashlib
import re
from collections.abc import Mapping
from datetime import date, datetime

from newsevents.errors import InputError
from newsevents.ingest.common import Place, ReadOptions
from newsevents.models import Article

EARLIEST = date(1800, 1, 1)
ID_HEX = 20
_DATE_PREFIX = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})(?=$|[Tt ])")


def content_id(day: date, text: str) -> str:
    """Return the stable id of an article without one: ``sha1:`` + 20 hex digits.

    The hash covers the ISO date and the text with all whitespace runs collapsed,
    so the same article always gets the same id.
    """
    key = f"{day.isoformat()}\n{' '.join(text.split())}"
    return "sha1:" + hashlib.sha1(key.encode("utf-8")).hexdigest()[:ID_HEX]


def parse_date(value: str, place: Place) -> date:
    """Parse ``YYYY-MM-DD`` or an ISO datetime (date part kept); raise NE102 if impossible."""
    text = value.strip()
    match = _DATE_PREFIX.match(text)
    try:
        if match is None:
            raise ValueError("not in YYYY-MM-DD form")
        day = date(int(match[1]), int(match[2]), int(match[3]))
        if len(text) > match.end():
            datetime.fromisoformat(text)
    except ValueError as err:
        raise InputError(
            "NE102",
            f"{place.where} has an impossible or unparsable date {value[:40]!r} ({err}); write dates as YYYY-MM-DD",
        ) from err
    return day


def check_range(day: date, place: Place, options: ReadOptions) -> date:
    """Return ``day`` if it lies between 1800 and tomorrow; raise NE102 otherwise."""
    if day < EARLIEST or day > options.latest:
        raise InputError(
            "NE102",
            f"{place.where} has date {day.isoformat()}, outside {EARLIEST.isoformat()} to "
            f"{options.latest.isoformat()}; fix the date",
        )
    return day


def resolve_date(value: object, place: Place, options: ReadOptions, hint: str) -> date:
    """Return the record's date, else ``options.default_date``; raise NE101/NE102.

    Args:
        value: The raw date field (``None`` or ``""`` when absent).
        place: Where the record is, for messages.
        options: Read options with the default date and the plausible range.
        hint: How to add a date to this kind of file, for the NE101 message.
    """
    if value is None or (isinstance(value, str) and not value.strip()):
        if options.default_date is None:
            raise InputError("NE101", f"{place.where} has no date; {hint} or pass --date")
        return options.default_date
    if not isinstance(value, str):
        raise InputError(
            "NE102", f'{place.where} has a date that is not text ({value!r}); use "YYYY-MM-DD"'
        )
    return check_range(parse_date(value, place), place, options)


def _encodable(value: str, name: str, place: Place) -> str:
    """Return ``value`` if it can be stored as UTF-8; raise NE104 on lone surrogates."""
    try:
        value.encode("utf-8")
    except UnicodeEncodeError as err:
        raise InputError(
            "NE104",
            f"{place.where}: field {name!r} has an unpaired surrogate ({err.reason}); "
            "fix its \\u escape",
        ) from err
    return value


def require_text(fields: Mapping[str, object], place: Place) -> str:
    """Return the record's text, line endings normalised and stripped; raise NE108/NE103."""
    if "text" not in fields:
        raise InputError(
            "NE108", f'{place.where} has no "text" field; add the article body as "text"'
        )
    value = fields["text"]
    if value is not None and not isinstance(value, str):
        raise InputError("NE108", f'{place.where} has a "text" field that is not a string')
    text = (value or "").replace("\r\n", "\n").replace("\r", "\n").strip()
    if not text:
        raise InputError("NE103", f'{place.where} has empty text; give the article body in "text"')
    return _encodable(text, "text", place)


def optional_text(fields: Mapping[str, object], name: str, place: Place) -> str | None:
    """Return an optional string field stripped, or ``None`` if absent, empty or not scalar."""
    value = fields.get(name)
    if isinstance(value, bool) or not isinstance(value, (str, int, float)):
        return None
    return _encodable(str(value).strip(), name, place) or None


def record_id(fields: Mapping[str, object], day: date, text: str, place: Place) -> str:
    """Return the given ``id`` as a string, or the content hash if there is none."""
    value = fields.get("id")
    if value is not None and (isinstance(value, bool) or not isinstance(value, (str, int))):
        raise InputError("NE108", f'{place.where} has an "id" that is not a string or integer')
    given = optional_text(fields, "id", place)
    return given or content_id(day, text)


def build_article(
    fields: Mapping[str, object], place: Place, options: ReadOptions, *, hint: str
) -> Article:
    """Validate raw fields and build the ``Article``; raise ``InputError`` if they are bad."""
    text = require_text(fields, place)
    day = resolve_date(fields.get("date"), place, options, hint)
    return Article(
        id=record_id(fields, day, text, place),
        date=day,
        text=text,
        title=optional_text(fields, "title", place),
        source=optional_text(fields, "source", place),
        url=optional_text(fields, "url", place),
        origin=place.origin,
    )
