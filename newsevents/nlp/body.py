"""Where an article's own text ends: reader comments that some sites append are not parsed.

A comment thread shows up in scraped article text as a run of comments, each stamped
with its posting time and a button row ("March 21, 2011 at 1:20 pm | Report abuse |
Reply"). Such stamps never occur in reporting, so when a text holds at least
``MIN_STAMPS`` of them, everything from the start of the line with the first one is
left out of parsing. The stored article keeps its full text, and the offsets of what
is parsed are unchanged, because only a tail is dropped.
"""

from __future__ import annotations

import re
from itertools import islice

_MONTH = (r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
          r"|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?")
COMMENT_STAMP = re.compile(
    rf"\b{_MONTH} \d{{1,2}}, \d{{4}},? (?:at )?\d{{1,2}}:\d{{2}} ?[ap]\.?m\.?(?: [A-Z]{{2,4}})? ?\|",
    re.IGNORECASE,
)
MIN_STAMPS = 2


def body_end(text: str) -> int:
    """The offset where a reader-comment thread begins, or ``len(text)`` when there is none."""
    stamps = list(islice(COMMENT_STAMP.finditer(text), MIN_STAMPS))
    if len(stamps) < MIN_STAMPS:
        return len(text)
    return text.rfind("\n", 0, stamps[0].start()) + 1


def body(text: str) -> str:
    """The article's own text: ``text`` without a trailing reader-comment thread."""
    return text[: body_end(text)]
