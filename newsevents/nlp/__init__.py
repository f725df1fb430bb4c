"""NLP stage: spaCy parsing of article texts."""

from newsevents.nlp.model import load_model

__all__ = ["load_model"]
