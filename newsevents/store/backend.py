"""The database engines behind ``Store``: embedded DuckDB here, a PostgreSQL server in
``store/postgres.py``.

``Store`` and ``LinkTables`` talk to a ``Backend``, never to a driver: ``execute`` takes
SQL with ``?`` parameters, ``load`` bulk-inserts rows, ``transaction`` wraps a unit of
work, ``script`` runs a migration, and ``lock``/``exclusive`` serialise concurrent
writers (no-ops on DuckDB, where only one process can write a file). SQL that differs
per engine is a method or attribute of each backend, beside its twin.
"""

from __future__ import annotations

import json
from abc import ABC, abstractmethod
from collections.abc import Callable, Iterator, Sequence
from contextlib import AbstractContextManager, contextmanager, nullcontext
from datetime import date
from pathlib import Path
from tempfile import TemporaryDirectory
from typing import Any, Protocol

import duckdb

from newsevents.errors import StoreError

URL_SCHEMES = ("postgresql://", "postgres://")
"""A ``--db`` starting with one of these names a PostgreSQL database."""

_JSON_OBJECT_MIN = 16 * 1024 * 1024
"""Smallest ``maximum_object_size`` passed to ``read_json`` (DuckDB's default)."""


def is_url(target: object) -> bool:
    """Whether ``target`` names a PostgreSQL database rather than a DuckDB file."""
    return str(target).startswith(URL_SCHEMES)


class Rows(Protocol):
    """The result of ``Backend.execute``."""

    def fetchone(self) -> Any: ...

    def fetchall(self) -> list[Any]: ...


class Backend(ABC):
    """One open connection to a newsevents database, whatever the engine."""

    dialect: str
    """``duckdb`` or ``postgresql``."""
    errors: tuple[type[Exception], ...]
    """The driver's exception classes."""

    @abstractmethod
    def execute(self, sql: str, params: Sequence[Any] | None = None) -> Rows:
        """Run one statement with ``?`` parameters."""

    @abstractmethod
    def executemany(self, sql: str, rows: Sequence[Sequence[Any]]) -> None:
        """Run one statement once per parameter row."""

    @abstractmethod
    def script(self, sql: str) -> None:
        """Run a migration script (several statements, DuckDB type names)."""

    @abstractmethod
    def transaction(self) -> AbstractContextManager[Backend]:
        """Commit the block's writes at its end, or roll them back when it raises."""

    @abstractmethod
    def load(self, table: str, columns: dict[str, str], rows: Sequence[Sequence[Any]],
             conflict: str = "") -> None:
        """Insert ``rows`` (one value per ``columns`` entry, name: DuckDB type) into ``table``.

        ``conflict`` is an ``ON CONFLICT`` clause. Raises StoreError NE301 when a
        different number of rows was written.
        """

    @abstractmethod
    def tables(self) -> set[str]:
        """The names of the database's tables."""

    @abstractmethod
    def stream(self, sql: str, size: int) -> Iterator[list[tuple[Any, ...]]]:
        """The rows of a query, ``size`` at a time."""

    @abstractmethod
    def advance_sequence(self, sequence: str, table: str) -> None:
        """Move ``sequence`` past the highest ``id`` of ``table`` (after an import)."""

    @abstractmethod
    def close(self) -> None:
        """Close the connection."""

    read_every_row = "SELECT count(*) FROM {table} t WHERE hash(t) IS NOT NULL"
    """Count a table's rows reading every column (``check``); ``{table}`` is a fixed name."""

    def lock(self, name: str) -> None:
        """Inside a transaction: wait until no other writer holds ``name`` (its end frees it)."""

    def exclusive(self, name: str) -> AbstractContextManager[None]:
        """Hold ``name`` for a block that spans several transactions."""
        return nullcontext()

    @staticmethod
    def _check_count(written: int | None, rows: Sequence[Any], table: str) -> None:
        if written != len(rows):
            raise StoreError(
                "NE301", f"inserted {written} rows into table {table} instead of {len(rows)}"
            )


def _json_default(value: object) -> str:
    if isinstance(value, date):  # datetime is a date too
        return value.isoformat()
    raise TypeError(f"cannot store {type(value).__name__} value {value!r}")


def _read_json_insert(table: str, columns: dict[str, str], conflict: str) -> str:
    """An INSERT that reads typed rows from a JSON-lines file (parameters: path, size)."""
    names = ", ".join(columns)
    spec = ", ".join(f"'{name}': '{sql_type}'" for name, sql_type in columns.items())
    return (
        f"INSERT INTO {table} ({names}) SELECT {names} FROM read_json(?, "
        f"format = 'newline_delimited', maximum_object_size = ?, columns = {{{spec}}}) "
        f"{conflict}"
    )


class DuckBackend(Backend):
    """An embedded DuckDB connection (``raw``)."""

    dialect = "duckdb"
    errors: tuple[type[Exception], ...] = (duckdb.Error,)

    def __init__(self, raw: duckdb.DuckDBPyConnection,
                 on_close: Callable[[], None] | None = None) -> None:
        self.raw = raw
        self._on_close = on_close  # e.g. give back the write gate (``store/lock.py``)

    def execute(self, sql: str, params: Sequence[Any] | None = None) -> Rows:
        return self.raw.execute(sql, params)

    def executemany(self, sql: str, rows: Sequence[Sequence[Any]]) -> None:
        self.raw.executemany(sql, rows)

    def script(self, sql: str) -> None:
        self.raw.execute(sql)

    @contextmanager
    def transaction(self) -> Iterator[Backend]:
        self.raw.begin()
        try:
            yield self
        except BaseException:
            self.raw.rollback()
            raise
        self.raw.commit()

    def load(self, table: str, columns: dict[str, str], rows: Sequence[Sequence[Any]],
             conflict: str = "") -> None:
        """Bulk insert through a JSON-lines file (BLOB columns: one INSERT per row)."""
        if "BLOB" in columns.values():
            marks = ", ".join("?" for _ in columns)
            self.raw.executemany(
                f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({marks}) {conflict}", rows
            )
            return
        with TemporaryDirectory(prefix="newsevents-") as folder:
            path = Path(folder, f"{table}.jsonl")
            longest = _write_json_lines(path, columns, rows)
            sql = _read_json_insert(table, columns, conflict)
            result = self.raw.execute(sql, [str(path), max(_JSON_OBJECT_MIN, longest + 1)])
            written = result.fetchone()
        self._check_count(written[0] if written else None, rows, table)

    def tables(self) -> set[str]:
        sql = "SELECT table_name FROM duckdb_tables() WHERE schema_name = 'main'"
        return {row[0] for row in self.raw.execute(sql).fetchall()}

    def columns(self, table: str) -> dict[str, str]:
        """The columns of ``table`` with their DuckDB types, in table order."""
        rows = self.raw.execute(
            "SELECT column_name, data_type FROM information_schema.columns "
            "WHERE table_schema = 'main' AND table_name = ? ORDER BY ordinal_position", [table]
        ).fetchall()
        return {name: kind for name, kind in rows}

    def stream(self, sql: str, size: int) -> Iterator[list[tuple[Any, ...]]]:
        result = self.raw.execute(sql)
        while rows := result.fetchmany(size):
            yield rows

    def advance_sequence(self, sequence: str, table: str) -> None:
        # DuckDB cannot set a sequence: draw numbers until it reaches the highest id
        row = self.raw.execute(f"SELECT coalesce(max(id), 0) FROM {table}").fetchone()
        highest = int(row[0]) if row else 0
        self.raw.execute(f"SELECT max(nextval('{sequence}')) FROM range(?)", [highest])

    def close(self) -> None:
        try:
            self.raw.close()
        finally:
            if self._on_close is not None:
                self._on_close()
                self._on_close = None


def _write_json_lines(path: Path, columns: dict[str, str], rows: Sequence[Sequence[Any]]) -> int:
    """Write ``rows`` as JSON objects, one a line; return the longest line's size in bytes."""
    longest = 0
    with path.open("w", encoding="utf-8", newline="\n") as out:
        for row in rows:
            record = dict(zip(columns, row, strict=True))
            line = json.dumps(record, ensure_ascii=False, allow_nan=False, default=_json_default)
            longest = max(longest, len(line.encode("utf-8")))
            out.write(line + "\n")
    return longest


def as_backend(con: Backend | duckdb.DuckDBPyConnection) -> Backend:
    """``con`` itself, or a raw DuckDB connection wrapped in a ``DuckBackend``."""
    return con if isinstance(con, Backend) else DuckBackend(con)
