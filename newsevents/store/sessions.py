"""The ingest's access to its store: short write sessions, one ingest at a time.

``WriteSessions`` is what a long writer (the ingest) holds instead of an open
``Store``: it takes the ingest lock for the whole run, and ``session()`` opens the
store for one unit of work (a batch write, a duplicate lookup) and closes it again,
so that readers can open the same DuckDB file in between (``store/lock.py``); it
leaves the file free for at least ``WRITE_GAP`` seconds between two sessions.

An in-memory database or a server database (a URL) cannot be, or need not be,
reopened: there one store stays open for the whole run.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from pathlib import Path
from types import TracebackType
from typing import Self

from newsevents.store.db import MEMORY, Store
from newsevents.store.lock import BATCH_WAIT, WRITE_GAP, IngestLock


def is_shared_file(db: str | Path) -> bool:
    """True when ``db`` names a database file that other processes may open."""
    return str(db) != MEMORY and "://" not in str(db)


class WriteSessions:
    """Short write sessions on one store for the length of an ingest (a context manager).

    Args:
        db: the database file, ``:memory:`` or a server URL.
        wait: seconds to wait for another ingest of the same file before NE303.
    """

    def __init__(self, db: str | Path, wait: float = 0.0) -> None:
        self.db = db
        self.wait = wait
        self._stack = ExitStack()
        self._held: Store | None = None  # the store kept open (memory, server, nested use)
        self._reopen = is_shared_file(db)
        self._closed_at = 0.0  # when the last session closed the file (time.monotonic)

    def __enter__(self) -> Self:
        if self._reopen:  # the first session creates and migrates the file
            self._stack.enter_context(IngestLock(self.db, self.wait))
        else:
            self._held = self._stack.enter_context(Store.open(self.db))
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self._stack.close()

    @contextmanager
    def session(self) -> Iterator[Store]:
        """The open store for one unit of work; a file is closed again at the end."""
        if self._held is not None:
            yield self._held
            return
        time.sleep(max(0.0, self._closed_at + WRITE_GAP - time.monotonic()))
        with Store.open(self.db, wait=BATCH_WAIT) as store:
            self._held = store
            try:
                yield store
            finally:
                self._held = None
        self._closed_at = time.monotonic()
