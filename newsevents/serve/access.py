"""Opening the database for one request: read-only, retried while an ingest writes it."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from newsevents.store import Store


def open_read_only(db: str | Path, wait: float) -> Store:
    """Open ``db`` read-only, retrying for up to ``wait`` seconds while it is in use.

    DuckDB lets no reader in while another process writes the file; an ingest holds it
    only while it writes a batch (``store/lock.py``), so a short wait gets in.

    Raises:
        StoreError: NE303 when the file stayed in use; NE301/NE302 at once.
    """
    return Store.open(db, read_only=True, wait=wait)


@contextmanager
def reading(db: str | Path, wait: float) -> Iterator[Store]:
    """A read-only store for the length of one request, closed afterwards."""
    store = open_read_only(db, wait)
    try:
        yield store
    finally:
        store.close()
