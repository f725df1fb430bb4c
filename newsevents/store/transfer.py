"""Export a store to Parquet files and import them into another store (DuckDB or PostgreSQL).

``export_store`` writes one ``TABLE.parquet`` per table (every row, in key order) and
``manifest.json`` with the schema version and each table's row count and columns.
``import_store`` loads such a folder into a store of the same schema version whose
tables are empty, in one transaction, checks the counts, and moves the id sequences
past the imported ids. DuckDB writes and reads the Parquet files; a PostgreSQL store
is staged through an in-memory DuckDB database of the same schema.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import duckdb

from newsevents.errors import StoreError
from newsevents.store.backend import Backend, DuckBackend
from newsevents.store.migrate import migrate

FORMAT = "newsevents-export"
MANIFEST = "manifest.json"
BATCH = 5000
"""Rows moved per batch between engines."""

_KEYS: dict[str, str] = {
    "articles": "id", "mentions": "id", "events": "id", "claims": "mention_id",
    "link_words": "word", "rejects": "id", "runs": "id",
    "actor_facts": "article_id, mention_start", "user_actors": "origin, line",
}  # fmt: skip
"""Each table's key: rows are exported in this order."""

_SEQUENCES = {"rejects": "rejects_id_seq", "runs": "runs_id_seq"}
"""Tables whose ``id`` comes from a sequence."""


@dataclass(frozen=True)
class TableFile:
    """One exported table: its file, row count and columns (name: DuckDB type)."""

    table: str
    file: str
    rows: int
    columns: dict[str, str]


@dataclass(frozen=True)
class Manifest:
    """What an export folder holds."""

    schema_version: int
    tables: tuple[TableFile, ...]

    def to_dict(self) -> dict[str, Any]:
        """The manifest as written to ``manifest.json``."""
        return {
            "format": FORMAT, "schema_version": self.schema_version,
            "tables": {t.table: {"file": t.file, "rows": t.rows, "columns": t.columns}
                       for t in self.tables},
        }  # fmt: skip

    @property
    def counts(self) -> dict[str, int]:
        """Rows per table."""
        return {t.table: t.rows for t in self.tables}


def _select(table: str, columns: dict[str, str]) -> str:
    order = f" ORDER BY {_KEYS[table]}" if table in _KEYS else ""
    return f"SELECT {', '.join(columns)} FROM {table}{order}"


def _data_tables(db: Backend) -> list[str]:
    return sorted(db.tables() - {"schema_version"})


def _empty_duckdb(version: int) -> DuckBackend:
    """An in-memory DuckDB database migrated to ``version`` (a staging area)."""
    staging = DuckBackend(duckdb.connect(":memory:"))
    migrate(staging, "staging", upto=version)
    return staging


@contextmanager
def _as_duckdb(db: Backend, version: int) -> Iterator[DuckBackend]:
    """``db`` itself when it is DuckDB, else an in-memory copy of its rows."""
    if isinstance(db, DuckBackend):
        yield db
        return
    staging = _empty_duckdb(version)
    try:
        for table in _data_tables(staging):
            columns = staging.columns(table)
            for rows in db.stream(_select(table, columns), BATCH):
                staging.load(table, columns, rows)
        yield staging
    finally:
        staging.close()


def export_store(db: Backend, version: int, folder: Path) -> Manifest:
    """Write every table of ``db`` (schema ``version``) to ``folder`` as Parquet.

    Raises:
        StoreError: NE305 when ``folder`` already holds an export or cannot be written.
    """
    if (folder / MANIFEST).exists():
        raise StoreError("NE305", f"{folder} already holds an export; choose an empty folder")
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as err:
        raise StoreError("NE305", f"cannot create export folder {folder}: {err}") from err
    files = []
    with _as_duckdb(db, version) as duck:
        for table in _data_tables(duck):
            columns = duck.columns(table)
            duck.raw.sql(_select(table, columns)).write_parquet(str(folder / f"{table}.parquet"))
            row = duck.raw.execute(f"SELECT count(*) FROM {table}").fetchone()
            files.append(TableFile(table, f"{table}.parquet", int(row[0]) if row else 0, columns))
    manifest = Manifest(version, tuple(files))
    (folder / MANIFEST).write_text(json.dumps(manifest.to_dict(), indent=2) + "\n", "utf-8")
    return manifest


def read_manifest(folder: Path) -> Manifest:
    """The manifest of an export folder.

    Raises:
        StoreError: NE305 when it is missing or not a newsevents export.
    """
    try:
        data = json.loads((folder / MANIFEST).read_text("utf-8"))
        if data.get("format") != FORMAT:
            raise ValueError(f"format is {data.get('format')!r}, not {FORMAT!r}")
        tables = tuple(
            TableFile(name, str(t["file"]), int(t["rows"]), dict(t["columns"]))
            for name, t in data["tables"].items()
        )
        return Manifest(int(data["schema_version"]), tables)
    except (OSError, ValueError, KeyError, TypeError, AttributeError) as err:
        raise StoreError(
            "NE305", f"{folder} is not a newsevents export ({MANIFEST}: {err}); "
            "make one with `newsevents export`"
        ) from err


def _check_target(db: Backend, version: int, manifest: Manifest, label: str) -> None:
    if manifest.schema_version != version:
        raise StoreError(
            "NE305", f"the export has schema version {manifest.schema_version} but database "
            f"{label} has {version}; export and import with the same newsevents version"
        )
    unknown = sorted(set(manifest.counts) - db.tables())
    if unknown:
        raise StoreError("NE305", f"database {label} has no table {', '.join(unknown)}")
    filled = [t for t in manifest.counts if _count(db, t)]
    if filled:
        raise StoreError(
            "NE305", f"database {label} is not empty (table {', '.join(filled)} has rows); "
            "import into a new database"
        )


def _count(db: Backend, table: str) -> int:
    row = db.execute(f"SELECT count(*) FROM {table}").fetchone()
    return int(row[0]) if row else 0


def _rows(path: Path, columns: dict[str, str]) -> Iterator[list[tuple[Any, ...]]]:
    """The rows of one Parquet file, ``BATCH`` at a time, in ``columns`` order."""
    reader = duckdb.connect(":memory:")
    try:
        result = reader.execute(f"SELECT {', '.join(columns)} FROM read_parquet(?)", [str(path)])
        while rows := result.fetchmany(BATCH):
            yield rows
    finally:
        reader.close()


def import_store(db: Backend, version: int, folder: Path, label: str) -> Manifest:
    """Load an export folder into ``db`` (schema ``version``, empty tables), in one transaction.

    Raises:
        StoreError: NE305 when the folder is no export, the schema versions differ, the
            database is not empty or a table's row count does not match the manifest.
    """
    manifest = read_manifest(folder)
    _check_target(db, version, manifest, label)
    failures: tuple[type[Exception], ...] = (duckdb.Error, *db.errors)
    try:
        with db.transaction():
            for part in manifest.tables:
                for rows in _rows(folder / part.file, part.columns):
                    db.load(part.table, part.columns, rows)
                if part.table in _SEQUENCES:
                    db.advance_sequence(_SEQUENCES[part.table], part.table)
                if (found := _count(db, part.table)) != part.rows:
                    raise StoreError("NE305", f"table {part.table}: imported {found} rows, "
                                     f"the manifest lists {part.rows}")
    except failures as err:
        raise StoreError("NE305", f"cannot import {folder} into {label}: {err}") from err
    return manifest
