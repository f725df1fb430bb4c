"""Measure the coder against human-coded gold sentences (``newsevents eval``)."""

from newsevents.eval.gold import GoldRecord, load_gold
from newsevents.eval.runner import evaluate

__all__ = ["GoldRecord", "evaluate", "load_gold"]
