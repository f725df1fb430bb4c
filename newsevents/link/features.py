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
_NUMBER_WORD = re.compile(r"\b[a-z]+(?:-[a-z]+)?\b")
_UNITS = {word: i + 1 for i, word in enumerate((
    "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
    "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
    "nineteen"))} | {"dozen": 12}
_VAGUE = frozenset({"dozens", "scores", "hundreds", "thousands", "millions"})
_TENS = {word: 10 * (i + 2) for i, word in enumerate((
    "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"))}


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
    """Lower-case, a few spelling variants unified, plural ``s``, verb endings and doubled
    letters dropped."""
    token = word.lower().replace("’", "'")
    token = token.removesuffix("'s")
    token = spellings().get(token, token)
    if len(token) > 4 and token.endswith("ies"):
        token = token[:-3] + "y"
    elif len(token) > 3 and token.endswith("s") and not token.endswith("ss"):
        token = token[:-1]
    return _DOUBLE.sub(r"\1", _stem(token))


def _stem(token: str) -> str:
    """Verb endings off, so that outlets' inflections meet ("recalled", "recalling" and
    "recall"; "agreed" and "agree")."""
    for suffix in ("ing", "ed"):
        if len(token) > len(suffix) + 3 and token.endswith(suffix):
            return token[: -len(suffix)]
    return token[:-1] if len(token) > 4 and token.endswith("e") else token


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
    """The numbers in ``text``, in digits ("1,000" as "1000") or words ("nine" as "9",
    "twenty-five" as "25")."""
    digits = {n.replace(",", "") for n in _NUMBER.findall(text)}
    words = _NUMBER_WORD.findall(text.lower())
    vague = {w for w in words if w in _VAGUE}  # "dozens" is neither "seven" nor "hundreds"
    counted = (_number_word(w) for w in words)
    return frozenset(digits | vague | {str(n) for n in counted if n is not None})


def _number_word(word: str) -> int | None:
    tens, _, units = word.partition("-")
    if not units:
        return _UNITS.get(word, _TENS.get(word))
    if tens in _TENS and units in _UNITS and _UNITS[units] < 10:
        return _TENS[tens] + _UNITS[units]
    return None


def features(mention: StoredMention) -> Features:
    """The features of one stored mention."""
    event = mention.event
    fam = family(event.type, event.trigger.text)
    lo, hi = window(event, mention.published, *date_period(event.date))
    actors = event.source.text + " " + (event.target.text if event.target else "")
    return Features(mention, fam, dyad_key(fam, event.source, event.target), lo, hi,
                    evidence_words(event), numbers(actors))
