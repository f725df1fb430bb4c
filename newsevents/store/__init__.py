"""The store (embedded DuckDB, or a PostgreSQL server for teams); this package owns all SQL
and its migrations."""

from newsevents.store.db import MEMORY, Store, date_period
from newsevents.store.filters import EventFilter
from newsevents.store.migrate import code_version

__all__ = ["MEMORY", "EventFilter", "Store", "code_version", "date_period"]
