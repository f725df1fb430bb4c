"""What the linker compares: type families, dyad keys, date windows and evidence words.

Everything here is a pure function of one stored mention; ``rules.py`` compares two.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache

from newsevents.datafiles import read_tsv
from newsevents.models import Actor, Event, StoredMention
from newsevents.store import date_period

# PLOVER types that coders (and outlets) use for the same happening: "attacked" vs "arrested"
# stay apart, "pledged to cooperate" (AGREE) and "cooperated" (COOPERATE) do not.
FAMILIES: dict[str, str] = {
    "CONSULT": "consult", "AGREE": "cooperate", "COOPERATE": "cooperate",
    "SUPPORT": "support", "AID": "aid", "CONCEDE": "yield", "RETREAT": "yield",
    "REQUEST": "request", "ACCUSE": "accuse", "REJECT": "reject", "THREATEN": "threaten",
    "PROTEST": "protest", "SANCTION": "sanction", "MOBILIZE": "mobilize", "COERCE": "coerce",
    "ASSAULT": "assault",
}  # fmt: skip

# Trigger words of a meeting, for announced meetings coded AGREE ("will *meet*", "*talks*").
MEETING_STEMS = ("meet", "talk", "visit", "summit", "host", "travel", "negotiat", "consult")

# Families whose two sides are interchangeable: "A met B" and "B met A" are one meeting.
SYMMETRIC = frozenset({"consult", "cooperate"})

# Sectors that outlets swap for the same actor ("Gaddafi's forces" MIL, "the regime" GOV).
SECTOR_GROUPS: dict[str, str] = {
    "GOV": "state", "MIL": "state", "COP": "state", "SPY": "state", "LEG": "state",
    "JUD": "state", "ELI": "state",
    "REB": "armed", "UAF": "armed", "INS": "armed", "CRM": "armed",
    "OPP": "civil", "CVL": "civil", "PTY": "civil", "LAB": "civil", "EDU": "civil",
    "REL": "civil", "HLH": "civil", "BUS": "civil", "AGR": "civil", "REF": "civil",
    "SOC": "civil", "MED": "civil", "NGO": "civil",
    "IGO": "igo",
}  # fmt: skip

# Days an undated report may lag the event (asserted) or lead it (expected, possible).
PAST_LAG_DAYS = 2
FUTURE_LEAD_DAYS = 7
COARSE = frozenset({"month", "year"})

_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")
_DOUBLE = re.compile(r"(.)\1+")
_NUMBER = re.compile(r"\d[\d,]*")


@dataclass(frozen=True)
class Features:
    """One mention as the linker sees it."""

    mention: StoredMention
    family: str
    dyad: str
    start: date
    end: date
    words: frozenset[str]
    # Numbers in the actors' words ("at least 40 people"): counts that must agree.
    numbers: frozenset[str] = frozenset()


def family(event_type: str, trigger: str = "") -> str:
    """The type family of a PLOVER type (unknown types are their own family); an announced
    meeting (AGREE on "will meet / hold talks / visit") is compared with reports of the
    meeting itself, its expectation and its denial (CONSULT)."""
    if event_type == "AGREE" and trigger.lower().startswith(MEETING_STEMS):
        return FAMILIES["CONSULT"]
    return FAMILIES.get(event_type, event_type.lower())


def dyad_key(fam: str, source: Actor, target: Actor | None) -> str:
    """``SRC>TGT`` by country (``-`` unknown); sorted ``A~B`` for symmetric families."""
    a, b = source.country or "-", (target.country or "-") if target else "-"
    if fam in SYMMETRIC:
        low, high = sorted((a, b))
        return f"{low}~{high}"
    return f"{a}>{b}"


def sides(fam: str, source: Actor, target: Actor | None) -> tuple[Actor | None, Actor | None]:
    """Source and target in dyad-key order (symmetric families sort them by country)."""
    if fam in SYMMETRIC and target is not None and (target.country or "-") < (source.country or "-"):
        return target, source
    return source, target


def sector_group(sector: str | None) -> str | None:
    if sector is None:
        return None
    return SECTOR_GROUPS.get(sector, sector)


def window(event: Event, published: date, start: date | None, end: date | None) -> tuple[date, date]:
    """The days an event may have happened on, from its date, precision and modality.

    A stated date gives its own period; an undated asserted report allows the publication
    day and the ``PAST_LAG_DAYS`` before it, an undated expectation the ``FUTURE_LEAD_DAYS``
    after it.
    """
    if event.date_precision != "publication" and start is not None and end is not None:
        return start, end
    if event.modality == "asserted":
        return published - timedelta(days=PAST_LAG_DAYS), published
    return published, published + timedelta(days=FUTURE_LEAD_DAYS)


@cache
def stop_words() -> frozenset[str]:
    """Words ignored when comparing evidence (``data/stopwords.tsv``)."""
    return frozenset(row["word"] for row in read_tsv("newsevents.link", "stopwords.tsv"))


@cache
def spellings() -> dict[str, str]:
    """Spelling variants and the word each stands for (``data/spellings.tsv``)."""
    return {row["variant"]: row["canonical"] for row in read_tsv("newsevents.link", "spellings.tsv")}


def normalise(word: str) -> str:
    """Lower-case, a few spelling variants unified, plural ``s`` and doubled letters dropped."""
    token = word.lower().replace("’", "'")
    token = token.removesuffix("'s")
    token = spellings().get(token, token)
    if len(token) > 4 and token.endswith("ies"):
        token = token[:-3] + "y"
    elif len(token) > 3 and token.endswith("s") and not token.endswith("ss"):
        token = token[:-1]
    return _DOUBLE.sub(r"\1", token)


def content_words(text: str) -> frozenset[str]:
    """The normalised content words of a sentence (no stop words, no one-letter words)."""
    stop = stop_words()
    words = (normalise(w) for w in _WORD.findall(text) if w.lower() not in stop)
    return frozenset(w for w in words if len(w) > 1 and w not in stop)


def evidence_words(event: Event) -> frozenset[str]:
    """Content words of the evidence other than its actors' and its trigger's (the dyad and
    the trigger are compared on their own)."""
    named = event.source.text + " " + (event.target.text if event.target else "")
    return content_words(event.evidence.text) - content_words(named + " " + event.trigger.text)


def numbers(text: str) -> frozenset[str]:
    """The numbers written in digits in ``text`` ("1,000" as "1000")."""
    return frozenset(n.replace(",", "") for n in _NUMBER.findall(text))


def features(mention: StoredMention) -> Features:
    """The features of one stored mention."""
    event = mention.event
    fam = family(event.type, event.trigger.text)
    lo, hi = window(event, mention.published, *date_period(event.date))
    actors = event.source.text + " " + (event.target.text if event.target else "")
    return Features(mention, fam, dyad_key(fam, event.source, event.target), lo, hi,
                    evidence_words(event), numbers(actors))
