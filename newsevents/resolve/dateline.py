"""An article's home country: its dateline ("CAIRO, July 7 (Reuters) -", "lucknow:"), else
the country it names most (in country names and demonyms, and in the well-known towns and
regions it names).

Local news names its own police, government and parties without a country ("the police
fired on the mob", "the chief minister said"). The resolver gives such actors the home
country when their sentence names no other country (``events.py``). A dateline is the
strongest cue; a foreign correspondent's dateline (a Washington story about Libya) is not
trusted when the text names another country much more often than the dateline's.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable

from spacy.tokens import Span

from newsevents.resolve.kb import ActorKB
from newsevents.resolve.places import Gazetteer

HEAD_CHARS = 300
"""How far into the text a dateline may start (after a byline or a "This story is from" line)."""
DATELINE = re.compile(
    r"(?:^|(?<=\) - )|(?<=\) -- )|(?<=\) — )|(?<=\) – ))[ \t]*"
    r"(?P<place>[^\W\d_][^\W\d_ .'’-]*(?:[ .'’-]{1,2}[^\W\d_]+){0,3})"  # one to four words
    r"(?:,\s*(?P<region>[^\W\d_][^\W\d_ .'-]*(?: [^\W\d_]+){0,2}))?"  # ", Libya"
    r"(?:,?\s+[^\W\d_]{3,9}\.?\s+\d{1,2})?"  # ", July 7"
    r"\s*(?:\([^()\n]{2,24}\))?"  # "(Reuters)"
    r"\s*(?:[-—–]{1,2}|:|\|)\s",
    re.MULTILINE,
)
FOREIGN_RATIO = 2
"""A dateline's country is not home when another country is named this many times as often."""
MIN_MAJORITY = 3
"""Mentions the most-named country needs to be home when there is no dateline."""


def dateline_country(text: str, gazetteer: Gazetteer, kb: ActorKB) -> str | None:
    """The country of the first dateline in the head of ``text``, if any."""
    for match in DATELINE.finditer(text[:HEAD_CHARS]):
        region = match.group("region")
        entry = kb.country(region) if region else None
        if entry is not None and entry.country and len(entry.country) == 3:
            return entry.country
        place = gazetteer.lookup(match.group("place"))
        if place is not None and place.country:
            return place.country
    return None


def place_counts(ents: Iterable[Span], gazetteer: Gazetteer, kb: ActorKB) -> Counter[str]:
    """The countries of the well-known towns and regions an article names ("Baghdad",
    "Bihar"): with the countries it names, they say where a story without a dateline is."""
    counts: Counter[str] = Counter()
    for ent in ents:
        if ent.label_ != "GPE" or kb.country(ent.text) is not None:
            continue  # country names are counted by ``ArticleActors``
        if gazetteer.is_place(ent.text, countries=False):
            place = gazetteer.lookup(ent.text)
            if place is not None and place.country:
                counts[place.country] += 1
    return counts


def home_country(dateline: str | None, named: Counter[str]) -> str | None:
    """The article's home country from its dateline's country and its country counts."""
    top = named.most_common(1)
    if dateline is not None:
        foreign = bool(top) and top[0][0] != dateline and top[0][1] >= MIN_MAJORITY
        if foreign and top[0][1] >= FOREIGN_RATIO * max(named[dateline], 1):
            return None
        return dateline
    if top and top[0][1] >= MIN_MAJORITY and 2 * top[0][1] > sum(named.values()):
        return top[0][0]
    return None
