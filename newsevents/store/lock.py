"""Sharing one DuckDB file between an ingest and its readers.

DuckDB lets one process write a file, and no other process open it meanwhile. So that
readers (``events``, ``claims``, the HTTP API) work while an ingest runs, the ingest
does not hold the file for its whole run:

* it holds an **ingest lock** (``FILE.ingest-lock``, an ``flock``) from start to end, so
  a second ingest into the same file gets NE303 at once, or waits with ``--wait``;
* it opens the database only to write each batch and closes it in between, so the
  file is free while the next batch is being parsed;
* every open retries for a while when the file is busy (``retry_in_use``): readers
  wait for a batch write to end, and the ingest waits for readers to close;
* a writer first closes the **write gate** (``FILE.write-gate``, an exclusive ``flock``
  held as long as its connection is open); a reader passes the gate (a shared ``flock``
  taken and dropped at once) before it opens the file. So a writer waiting for readers
  to close is not starved by new readers arriving all the time: they wait at the gate.

PostgreSQL needs none of this: its connections are opened as they are.
"""

from __future__ import annotations

import fcntl
import os
import time
from collections.abc import Callable
from pathlib import Path
from types import TracebackType
from typing import Self, TypeVar

from newsevents.errors import StoreError

T = TypeVar("T")

READ_WAIT = 30.0
"""Seconds a reader retries a file that a batch write holds (a write takes seconds)."""

BATCH_WAIT = 300.0
"""Seconds the ingest retries the file before a batch write while readers hold it."""

WRITE_GAP = 0.1
"""Seconds a writer leaves the file free between two of its sessions, so that readers
retrying every ``_LONGEST_PAUSE`` get in even while it writes batch after batch."""

_FIRST_PAUSE = 0.01
_LONGEST_PAUSE = 0.05


def retry_in_use(open_once: Callable[[], T], wait: float) -> T:
    """Call ``open_once`` until it stops raising NE303 or ``wait`` seconds have passed.

    Raises:
        StoreError: the last NE303 when the file stayed busy; any other error at once.
    """
    deadline = time.monotonic() + max(wait, 0.0)
    pause = _FIRST_PAUSE
    while True:
        try:
            return open_once()
        except StoreError as err:
            if err.code != "NE303" or time.monotonic() + pause > deadline:
                raise
        time.sleep(pause)
        pause = min(pause * 2, _LONGEST_PAUSE)


def lock_path(db: str | Path) -> Path:
    """The ingest lock beside a database file."""
    file = Path(db).expanduser()
    return file.with_name(file.name + ".ingest-lock")


class IngestLock:
    """One ingest at a time per database file (an ``flock`` on ``FILE.ingest-lock``).

    Use as a context manager; ``wait`` is how many seconds to wait for another ingest.
    """

    def __init__(self, db: str | Path, wait: float = 0.0) -> None:
        self.path = lock_path(db)
        self.wait = wait
        self._fd: int | None = None

    def __enter__(self) -> Self:
        try:
            fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
        except OSError as err:
            raise StoreError("NE301", f"cannot create the ingest lock {self.path}: {err}") from err
        try:
            retry_in_use(lambda: self._try_lock(fd), self.wait)
        except BaseException:
            os.close(fd)
            raise
        self._fd = fd
        return self

    def _try_lock(self, fd: int) -> None:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError as err:
            raise StoreError("NE303", self._busy_message()) from err
        os.ftruncate(fd, 0)
        os.write(fd, str(os.getpid()).encode())

    def _busy_message(self) -> str:
        db = self.path.with_name(self.path.name.removesuffix(".ingest-lock"))
        return (
            f"database {db} is in use by {_holder(self.path)} (another ingest is writing it); "
            "wait for it to finish, pass --wait SECONDS to wait for it, or use another --db file"
        )

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        if self._fd is not None:
            fcntl.flock(self._fd, fcntl.LOCK_UN)
            os.close(self._fd)
            self._fd = None


def gate_path(db: str | Path) -> Path:
    """The write gate beside a database file."""
    file = Path(db).expanduser()
    return file.with_name(file.name + ".write-gate")


def _holder(path: Path) -> str:
    try:
        return f"process {int(path.read_text().strip())}"
    except (OSError, ValueError):
        return "another process"


def pass_gate(db: str | Path) -> None:
    """Let a reader through the write gate, or raise NE303 while a writer holds it.

    A gate that cannot be created (a read-only folder) is no gate: nobody can write there.
    """
    path = gate_path(db)
    try:
        fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
    except OSError:
        return
    try:
        fcntl.flock(fd, fcntl.LOCK_SH | fcntl.LOCK_NB)
    except BlockingIOError as err:
        raise StoreError("NE303", _gate_message(path)) from err
    finally:
        os.close(fd)  # closing drops the shared lock too


def _gate_message(path: Path) -> str:
    db = path.with_name(path.name.removesuffix(".write-gate"))
    return (
        f"database {db} is in use by {_holder(path)} (it is writing the file); wait for it "
        "to finish and run the command again, pass --wait SECONDS, or use another --db file"
    )


class WriteGate:
    """The exclusive side of the write gate, held by a writer while its connection is open."""

    def __init__(self, db: str | Path) -> None:
        self.path = gate_path(db)
        self._fd: int | None = None

    def close_gate(self) -> None:
        """Take the gate (NE303 when another writer or a passing reader holds it)."""
        try:
            fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
        except OSError as err:
            raise StoreError("NE301", f"cannot create the write gate {self.path}: {err}") from err
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError as err:
            os.close(fd)
            raise StoreError("NE303", _gate_message(self.path)) from err
        os.ftruncate(fd, 0)
        os.write(fd, str(os.getpid()).encode())
        self._fd = fd

    def open_gate(self) -> None:
        """Give the gate back (closing the file drops the lock)."""
        if self._fd is not None:
            os.close(self._fd)
            self._fd = None
