"""Numbered SQL migrations and the tiny runner that applies them.

Migrations are the package files ``migrations/NNNN_name.sql``. The table
``schema_version`` holds one row per applied migration; the highest version is
the schema version of the database.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, datetime
from importlib.resources import files

import duckdb

from newsevents.errors import StoreError
from newsevents.store.backend import Backend, as_backend

_FILE_NAME = re.compile(r"(\d{4})_[a-z0-9_]+\.sql")

_CREATE_VERSION_TABLE = (
    "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL, applied_at TIMESTAMP)"
)
_MAX_VERSION = "SELECT coalesce(max(version), 0) FROM schema_version"
_RECORD_VERSION = "INSERT INTO schema_version (version, applied_at) VALUES (?, ?)"


@dataclass(frozen=True)
class Migration:
    """One numbered SQL script."""

    version: int
    name: str
    sql: str


def available_migrations() -> list[Migration]:
    """Return the migrations shipped with the package, in version order."""
    folder = files("newsevents.store").joinpath("migrations")
    found = []
    for entry in folder.iterdir():
        match = _FILE_NAME.fullmatch(entry.name)
        if match:
            found.append(Migration(int(match.group(1)), entry.name, entry.read_text("utf-8")))
    found.sort(key=lambda m: m.version)
    return found


def code_version() -> int:
    """Return the newest schema version this code knows."""
    migrations = available_migrations()
    return migrations[-1].version if migrations else 0


def current_version(con: Backend | duckdb.DuckDBPyConnection) -> int:
    """Return the schema version of the database (0 for an empty database)."""
    db = as_backend(con)
    if "schema_version" not in db.tables():
        return 0
    version = db.execute(_MAX_VERSION).fetchone()
    return int(version[0]) if version else 0


def check_version(con: Backend | duckdb.DuckDBPyConnection, label: str, *, read_only: bool) -> int:
    """Return the database version; raise StoreError if this code cannot use it.

    Raises:
        StoreError: NE302 when the database is newer than the code; NE301 when
            a read-only database still needs migrations.
    """
    version = current_version(con)
    known = code_version()
    if version > known:
        raise StoreError(
            "NE302",
            f"database {label} has schema version {version} but this newsevents knows "
            f"only up to {known}; upgrade newsevents or use another --db file",
        )
    if read_only and version < known:
        raise StoreError(
            "NE301",
            f"database {label} has schema version {version} and needs {known}; "
            "open it once for writing (e.g. run `newsevents ingest`) to migrate it",
        )
    return version


def migrate(con: Backend | duckdb.DuckDBPyConnection, label: str, upto: int | None = None) -> int:
    """Apply every missing migration, each in its own transaction; return the new version.

    ``upto`` stops after that version (to build an older database, e.g. in tests). On a
    server, concurrent writers migrate one at a time (``Backend.exclusive``).

    Raises:
        StoreError: NE302 when the database is newer than the code; NE301 when
            a migration fails (the failed migration is rolled back).
    """
    db = as_backend(con)
    with db.exclusive("migrate"):
        db.execute(_CREATE_VERSION_TABLE)
        version = check_version(db, label, read_only=False)
        for migration in available_migrations():
            if migration.version <= version or (upto is not None and migration.version > upto):
                continue
            _apply(db, migration, label)
            version = migration.version
    return version


def _apply(db: Backend, migration: Migration, label: str) -> None:
    """Run one migration and record its version in one transaction."""
    try:
        with db.transaction():
            db.script(migration.sql)
            now = datetime.now(UTC).replace(tzinfo=None)
            db.execute(_RECORD_VERSION, [migration.version, now])
    except db.errors as err:
        raise StoreError(
            "NE301", f"migration {migration.name} failed on database {label}: {err}"
        ) from err
