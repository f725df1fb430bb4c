"""The PostgreSQL backend: one database on a server, shared by a team (extra ``pg``).

``--db postgresql://user:password@host:port/dbname`` opens it (``postgres://`` too). The
schema comes from the same numbered migrations as DuckDB's, with DuckDB type names
mapped to PostgreSQL's (``DOUBLE`` -> ``DOUBLE PRECISION``, ``BLOB`` -> ``BYTEA``); text
columns use the ``"C"`` collation so that ordering (and so linking) is byte-wise, as in
DuckDB. Rows are bulk-loaded with ``COPY``.

Several processes may write one database at once: storing a batch of articles takes a
transaction-level advisory lock (so each article id is stored once), the link stage and
migrations hold a session-level one (so each mention is linked once, against events
that another writer cannot change meanwhile).

PostgreSQL text cannot hold the NUL character: a stray NUL in a value is stored as
U+FFFD, the replacement character.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from functools import lru_cache
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit, urlunsplit

from newsevents.errors import StoreError
from newsevents.store.backend import Backend, Rows

if TYPE_CHECKING:
    import psycopg

_TYPES = (
    (re.compile(r"\bDOUBLE\b"), "DOUBLE PRECISION"),
    (re.compile(r"\bBLOB\b"), "BYTEA"),
    (re.compile(r"\bVARCHAR\b(?!\[)"), 'VARCHAR COLLATE "C"'),
)
_LOCK = "SELECT pg_advisory_xact_lock(hashtext(%s))"
_HOLD = "SELECT pg_advisory_lock(hashtext(%s))"
_RELEASE = "SELECT pg_advisory_unlock(hashtext(%s))"
_TABLES = (
    "SELECT table_name FROM information_schema.tables "
    "WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'"
)
_READ_ONLY = "SET default_transaction_read_only = on"


def postgres_types(sql: str) -> str:
    """A migration script with DuckDB type names turned into PostgreSQL's."""
    for pattern, replacement in _TYPES:
        sql = pattern.sub(replacement, sql)
    return sql


@lru_cache(maxsize=512)
def placeholders(sql: str) -> str:
    """``?`` parameters as psycopg's ``%s`` (a literal ``%`` doubled)."""
    return sql.replace("%", "%%").replace("?", "%s")


def redact(url: str) -> str:
    """``url`` without its password, for messages and labels."""
    parts = urlsplit(url)
    if parts.password is None:
        return url
    host = parts.hostname or ""
    netloc = f"{parts.username}:***@{host}" + (f":{parts.port}" if parts.port else "")
    return urlunsplit(parts._replace(netloc=netloc))


def _text(value: Any) -> Any:
    return value.replace("\x00", "\ufffd") if isinstance(value, str) and "\x00" in value else value


class PostgresBackend(Backend):
    """A psycopg connection in autocommit mode; ``transaction`` opens explicit ones."""

    dialect = "postgresql"
    read_every_row = "SELECT count(*) FROM {table} t WHERE md5(t::text) IS NOT NULL"

    def __init__(self, con: psycopg.Connection[Any]) -> None:
        import psycopg

        self.con = con
        self.errors = (psycopg.Error,)

    def execute(self, sql: str, params: Sequence[Any] | None = None) -> Rows:
        if params is None:
            return self.con.execute(sql)  # type: ignore[arg-type]  # fixed SQL of store/
        return self.con.execute(placeholders(sql), params)  # type: ignore[arg-type]

    def executemany(self, sql: str, rows: Sequence[Sequence[Any]]) -> None:
        with self.con.cursor() as cur:
            cur.executemany(placeholders(sql), [[_text(v) for v in row] for row in rows])  # type: ignore[arg-type]

    def script(self, sql: str) -> None:
        self.con.execute(postgres_types(sql))  # type: ignore[arg-type]

    @contextmanager
    def transaction(self) -> Iterator[Backend]:
        with self.con.transaction():
            yield self

    def load(self, table: str, columns: dict[str, str], rows: Sequence[Sequence[Any]],
             conflict: str = "") -> None:
        """``COPY`` the rows in; with ``conflict`` through a temporary table and an INSERT."""
        names = ", ".join(columns)
        target = f"newsevents_load_{table}" if conflict else table
        with self.con.cursor() as cur:
            if conflict:
                cur.execute(f"CREATE TEMP TABLE {target} (LIKE {table})")  # type: ignore[arg-type]
            with cur.copy(f"COPY {target} ({names}) FROM STDIN") as copy:  # type: ignore[arg-type]
                for row in rows:
                    copy.write_row([_text(v) for v in row])
            written = cur.rowcount
            if conflict:
                cur.execute(  # type: ignore[arg-type]
                    f"INSERT INTO {table} ({names}) SELECT {names} FROM {target} {conflict}"
                )
                written = cur.rowcount
                cur.execute(f"DROP TABLE {target}")  # type: ignore[arg-type]
        self._check_count(written, rows, table)

    def tables(self) -> set[str]:
        return {row[0] for row in self.con.execute(_TABLES).fetchall()}

    def stream(self, sql: str, size: int) -> Iterator[list[tuple[Any, ...]]]:
        with self.con.transaction(), self.con.cursor(name="newsevents_stream") as cur:
            cur.execute(sql)  # type: ignore[arg-type]
            while rows := cur.fetchmany(size):
                yield rows

    def advance_sequence(self, sequence: str, table: str) -> None:
        self.con.execute(  # type: ignore[arg-type]
            f"SELECT setval('{sequence}', max(id)) FROM {table} HAVING max(id) IS NOT NULL"
        )

    def lock(self, name: str) -> None:
        self.con.execute(_LOCK, [f"newsevents.{name}"])

    @contextmanager
    def exclusive(self, name: str) -> Iterator[None]:
        key = [f"newsevents.{name}"]
        self.con.execute(_HOLD, key)
        try:
            yield
        finally:
            if not self.con.closed:
                self.con.execute(_RELEASE, key)

    def close(self) -> None:
        self.con.close()


def connect_postgres(url: str, read_only: bool) -> tuple[PostgresBackend, str]:
    """Connect to the PostgreSQL database at ``url``; return the backend and its label.

    Raises:
        StoreError: NE301 when psycopg is not installed or the server cannot be reached.
    """
    label = redact(url)
    try:
        import psycopg
    except ImportError as err:
        raise StoreError(
            "NE301", f"database {label} is PostgreSQL, which needs the pg extra: "
            "pip install 'newsevents[pg]'"
        ) from err
    try:
        con = psycopg.connect(url, autocommit=True)
    except psycopg.Error as err:
        raise StoreError(
            "NE301", f"cannot connect to PostgreSQL database {label}: {str(err).strip()}; check "
            "that the server runs and the URL (postgresql://USER:PASSWORD@HOST:PORT/DBNAME)"
        ) from err
    if read_only:
        con.execute(_READ_ONLY)
    return PostgresBackend(con), label
