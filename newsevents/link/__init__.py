"""The ``link`` stage: mentions of one real event, across articles, become one event.

``link_pending`` runs after each ingest batch; see ``rules.py`` for when two mentions
match and ``claims.py`` for how claims set an event's status.
"""

from newsevents.link.rules import LINKER, LinkRules
from newsevents.link.stage import LinkSummary, link_pending

__all__ = ["LINKER", "LinkRules", "LinkSummary", "link_pending"]
