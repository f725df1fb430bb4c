"""Counts of one ingest run: what was read and where each record went."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class IngestSummary:
    """How many records were read, stored, skipped as duplicates and rejected."""

    read: int
    stored: int
    duplicate: int
    rejected: int

    def line(self) -> str:
        """Return the one-line report, e.g. ``read 10 / stored 8 / duplicate 1 / rejected 1``."""
        return (
            f"read {self.read} / stored {self.stored} / "
            f"duplicate {self.duplicate} / rejected {self.rejected}"
        )

    @property
    def adds_up(self) -> bool:
        """Whether every record read was stored, a duplicate or rejected."""
        return self.read == self.stored + self.duplicate + self.rejected
