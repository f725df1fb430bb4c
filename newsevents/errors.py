"""Coded, actionable errors.

Every code is listed in ``CODES`` with a one-line meaning; messages name the
file and line and say what the user can do. Ranges: NE1xx input, NE2xx NLP,
NE3xx store, NE4xx query, NE5xx configuration, NE6xx evaluation, NE7xx HTTP server.
"""

from __future__ import annotations

CODES: dict[str, str] = {
    "NE101": "record has no date",
    "NE102": "record has an impossible or unparsable date",
    "NE103": "record has no text",
    "NE104": "bytes are not valid text in any supported encoding",
    "NE105": "invalid JSON",
    "NE106": "record is larger than the size limit",
    "NE107": "file is binary, not text",
    "NE108": "record is not a JSON object or misses required fields",
    "NE109": "CSV row does not match the header",
    "NE110": "file cannot be read (missing, unreadable or corrupt archive)",
    "NE111": "unsupported file type",
    "NE201": "spaCy model is not installed",
    "NE203": "the sentence-vector model of the type head is not installed",
    "NE301": "database cannot be opened",
    "NE302": "database schema is newer than this version of newsevents",
    "NE303": "database is in use by another newsevents process",
    "NE304": "database integrity check failed",
    "NE305": "database export or import cannot proceed (folder, schema version or target)",
    "NE401": "invalid query filter",
    "NE402": "invalid timeline option",
    "NE404": "no event, article or page with this id",
    "NE501": "invalid configuration value",
    "NE502": "actor file cannot be read (missing, unsupported type or invalid YAML/CSV)",
    "NE503": "actor file has an invalid row",
    "NE510": "the ray extra is not installed (--engine ray)",
    "NE511": "the Ray cluster cannot be reached or did not parse every article",
    "NE601": "gold file cannot be read or has a malformed record",
    "NE602": "invalid evaluation option",
    "NE701": "the server is read-only: writes need NEWSEVENTS_TOKEN set on the server",
    "NE702": "missing or wrong bearer token",
    "NE703": "upload is larger than the size or count limit",
    "NE704": "invalid upload (no files, wrong content type or malformed form)",
    "NE705": "HTTP method not allowed on this path",
    "NE706": "the serve extra is not installed",
    "NE707": "internal server error (a bug: please report it)",
}


class NewsEventsError(Exception):
    """Base class: ``code`` is one of ``CODES``, ``str(err)`` starts with it."""

    def __init__(self, code: str, message: str) -> None:
        if code not in CODES:
            raise ValueError(f"unknown error code {code!r}")
        self.code = code
        self.message = message
        super().__init__(f"{code}: {message}")


class InputError(NewsEventsError):
    """Bad input that ``ingest`` turns into a ``Reject``."""


class ModelError(NewsEventsError):
    """The NLP model cannot be loaded."""


class StoreError(NewsEventsError):
    """The database cannot be opened or migrated."""


class QueryError(NewsEventsError):
    """A query filter is invalid."""


class ConfigError(NewsEventsError):
    """A configuration value is invalid."""


class EvalError(NewsEventsError):
    """A gold file or an evaluation option is invalid."""


class ServeError(NewsEventsError):
    """An HTTP request cannot be served (NE7xx); ``status`` is its HTTP status code."""

    def __init__(self, code: str, message: str, status: int) -> None:
        super().__init__(code, message)
        self.status = status
