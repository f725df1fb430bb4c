"""Settings of one API server: the database, the write token, CORS and upload limits."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from newsevents.errors import ConfigError

STATIC_DIR = Path(__file__).resolve().parent / "static"
"""The dashboard's files (``index.html`` and assets), served at ``/`` and ``/static``."""

MAX_UPLOAD_BYTES = 50 * 1024 * 1024
"""Default cap on one ingest request's body (all files together)."""

MAX_UPLOAD_FILES = 100
"""Default cap on the files of one ingest request."""

READ_WAIT = 15.0
"""Seconds a request retries opening the database while an ingest writes it."""

TOKEN_ENV = "NEWSEVENTS_TOKEN"
"""Environment variable holding the bearer token that allows ``POST /api/ingest``."""

_LOOPBACK = ("127.0.0.1", "localhost", "::1", "[::1]")


@dataclass(frozen=True)
class ServeSettings:
    """What one server serves and allows.

    Attributes:
        db: The database (a DuckDB file), opened read-only for every request.
        token: The bearer token for writes; None makes the server read-only.
        cors_origins: Origins allowed to call the API from a browser (none: CORS off).
        allowed_hosts: ``Host`` header values accepted (``*``: any), against DNS rebinding.
        max_upload_bytes: Cap on one ingest request's body.
        max_upload_files: Cap on the files of one ingest request.
        read_wait: Seconds to retry a database that an ingest holds before 503.
        static_dir: The dashboard's folder.
    """

    db: str
    token: str | None = None
    cors_origins: tuple[str, ...] = ()
    allowed_hosts: tuple[str, ...] = ("*",)
    max_upload_bytes: int = MAX_UPLOAD_BYTES
    max_upload_files: int = MAX_UPLOAD_FILES
    read_wait: float = READ_WAIT
    static_dir: Path = STATIC_DIR

    def __post_init__(self) -> None:
        if self.max_upload_bytes < 1 or self.max_upload_files < 1:
            raise ConfigError("NE501", "upload limits must be positive numbers")
        if self.token is not None and len(self.token) < 16:
            raise ConfigError("NE501", f"{TOKEN_ENV} must be at least 16 characters long")

    @property
    def read_only(self) -> bool:
        """Whether writes are refused (no token configured)."""
        return self.token is None


def token_from_env() -> str | None:
    """The write token from ``NEWSEVENTS_TOKEN`` (None when unset or empty)."""
    return os.environ.get(TOKEN_ENV) or None


def hosts_for(host: str) -> tuple[str, ...]:
    """The ``Host`` values to accept when listening on ``host``: the loopback names for a
    loopback address (a web page elsewhere cannot rebind its name to it), else any."""
    if host in _LOOPBACK or host.startswith("127."):
        return (*_LOOPBACK, host)
    return ("*",)
