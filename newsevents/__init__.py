"""newsevents: dated news articles in, sourced PLOVER events out."""

__version__ = "0.1.0"
