"""A database as the previous newsevents (schema version 1) left it."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import duckdb

from newsevents.models import Article
from newsevents.store import Store
from newsevents.store.migrate import migrate

TEXT = "Moldovan Foreign Minister Ilinca Varescu visited Kyiv."


def make_v1_store(path: Path) -> None:
    """Apply only migration 0001 and store one article (id ``old``) the old way."""
    con = duckdb.connect(str(path))
    assert migrate(con, str(path), upto=1) == 1
    Store(con, str(path), read_only=False).add_article(
        Article("old", date(2022, 3, 1), TEXT, origin="old.txt"), [])
    con.close()
