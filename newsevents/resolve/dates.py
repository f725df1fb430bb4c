"""Resolve date expressions in news text to TIMEX-style values.

Values are ``2020-06-22`` (day), ``2020-W25`` (ISO week), ``2020-05`` (month)
or ``2020`` (year). Relative expressions are anchored on the article's
publication date and read with the sentence's tense: a bare weekday in a
past-tense sentence is the most recent such day, in a future-tense sentence
the next one. The rules are our own; ``dateparser`` only backs up explicit
full dates in formats the rules do not know.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, timedelta

import dateparser

from newsevents.models import Precision

Resolved = tuple[str, Precision]
Handler = Callable[[re.Match[str], date, str | None], Resolved | None]

_MONTH_NAMES = (
    "january", "february", "march", "april", "may", "june",
    "july", "august", "september", "october", "november", "december",
)  # fmt: skip
_ABBREVIATIONS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7,
    "aug": 8, "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip
_MONTHS = {name: i + 1 for i, name in enumerate(_MONTH_NAMES)} | _ABBREVIATIONS
_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_CARDINALS = (
    "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
    "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
    "eighteen", "nineteen",
)  # fmt: skip
_TENS = ("twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")
_NUMBERS = (
    {word: i + 1 for i, word in enumerate(_CARDINALS)}
    | {word: 10 * (i + 2) for i, word in enumerate(_TENS)}
    | {"a": 1, "an": 1}
)
_TENSES = {
    "past": "past",
    "present": "present",
    "pres": "present",
    "future": "future",
    "fut": "future",
}


def _month_alternation(lower: bool = False) -> str:
    """Month names and abbreviations, capitalised or upper case ("may" is a verb); also
    lower case with ``lower``, for whole expressions from lower-cased text."""
    names = sorted(_MONTHS, key=len, reverse=True)
    cases = (str.capitalize, str.upper, str.lower) if lower else (str.capitalize, str.upper)
    forms = [case(name) for name in names for case in cases]
    return r"(?-i:" + "|".join(forms) + r")\b\.?"


_MONTH = _month_alternation()
_ANY_CASE_MONTH = _month_alternation(lower=True)
# A bare lower-case month is only a month when it cannot be the verb "may".
_BARE_MONTH = rf"(?:{_MONTH}|(?-i:{'|'.join(n for n in _MONTH_NAMES if n != 'may')})\b)"
_WEEKDAY = "|".join(_WEEKDAYS)
_NUM = r"\d{1,2}|" + "|".join(sorted(_NUMBERS, key=len, reverse=True))
_DAY = r"(?P<day>3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?(?![\d:])"
_YEAR = r"(?P<year>1[89]\d\d|20\d\d)(?![\d,]\d)"
# A year, written out or as "this/last/next year" ("January of last year").
_YEAR_OF = rf"(?:of\s+)?(?:{_YEAR}|(?P<rel>this|last|next)\s+year\b)"
_LEAD_WEEKDAY = rf"(?:(?:{_WEEKDAY}),?\s+)?"
_MONTH_MOD = (
    r"(?P<mod>early|mid|late|last|next|this)[\s-]+|"
    r"(?:the\s+)?(?:end|beginning|start|middle)\s+of\s+"
)
_PART = r"(?:\s+(?:morning|afternoon|evening|night))?"
_PREP = (
    r"(?:in|since|until|till|by|during|from|through|throughout|before|after|of|"
    r"between|and|to|as\s+of)"
)
_MONTH_PREP = r"(?:in|since|until|till|by|during|from|through|throughout|before|after|as\s+of)"


@dataclass(frozen=True)
class _Rule:
    """A date pattern (whose group ``d`` is the expression) and its resolver."""

    pattern: re.Pattern[str]
    resolve: Handler


# ----------------------------------------------------------------- values


def _day(value: date) -> Resolved:
    """A day value."""
    return value.isoformat(), "day"


def _week(value: date) -> Resolved:
    """The ISO week containing ``value``."""
    year, week, _ = value.isocalendar()
    return f"{year}-W{week:02d}", "week"


def _month(index: int) -> Resolved:
    """A month value from a month index (``year * 12 + month - 1``)."""
    return f"{index // 12:04d}-{index % 12 + 1:02d}", "month"


def _year(year: int) -> Resolved:
    """A year value."""
    return f"{year:04d}", "year"


def _safe_date(year: int, month: int, day: int) -> date | None:
    """``date(year, month, day)``, or None where that day does not exist."""
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _month_index(value: date) -> int:
    """The month index of a date."""
    return value.year * 12 + value.month - 1


def _choose(candidates: list[int], pivot: int, tense: str | None) -> int | None:
    """Pick the candidate the tense points to: past -> latest not after ``pivot``,
    future -> earliest not before it, otherwise the nearest (the pivot's year on a tie)."""
    if tense == "past":
        return max((c for c in candidates if c <= pivot), default=None)
    if tense == "future":
        return min((c for c in candidates if c >= pivot), default=None)
    return min(candidates, key=lambda c: abs(c - pivot), default=None)


def _infer_day(month: int, day: int, published: date, tense: str | None) -> date | None:
    """Give a month-day without a year the year the tense implies."""
    dates = [_safe_date(published.year + k, month, day) for k in (0, -1, 1)]
    ordinals = [d.toordinal() for d in dates if d is not None]
    chosen = _choose(ordinals, published.toordinal(), tense)
    return None if chosen is None else date.fromordinal(chosen)


def _infer_month(month: int, published: date, tense: str | None) -> int | None:
    """Give a month without a year the year the tense implies; returns a month index."""
    indices = [(published.year + k) * 12 + month - 1 for k in (0, -1, 1)]
    return _choose(indices, _month_index(published), tense)


def _weekday_date(target: int, published: date, modifier: str, tense: str | None) -> date:
    """Resolve a weekday: the publication day itself when it matches, else by
    modifier ("last"/"next") or tense (future -> next, otherwise most recent)."""
    back = (published.weekday() - target) % 7
    forward = (target - published.weekday()) % 7
    if modifier in ("last", "past"):
        return published - timedelta(days=back or 7)
    if modifier in ("next", "coming", "this coming"):
        return published + timedelta(days=forward or 7)
    if tense == "future":
        return published + timedelta(days=forward)
    return published - timedelta(days=back)


# ----------------------------------------------------------------- handlers


def _number(token: str) -> int:
    """A small cardinal written in digits or words."""
    token = token.lower()
    return int(token) if token.isdigit() else _NUMBERS[token]


def _group(match: re.Match[str], name: str) -> str:
    """An optional named group's text, or "" when the pattern lacks it or it did not match."""
    return match.groupdict().get(name) or ""


def _month_of(match: re.Match[str]) -> int:
    """The month number named in ``match``."""
    return _MONTHS[match["month"].lower().rstrip(".")]


_YEAR_STEPS = {"last": -1, "this": 0, "next": 1}


def _year_of(match: re.Match[str], published: date) -> int | None:
    """The year written in ``match`` ("2019", "last year"), or None when it names none."""
    if _group(match, "year"):
        return int(match["year"])
    relative = _group(match, "rel").lower()
    return published.year + _YEAR_STEPS[relative] if relative else None


def _iso(match: re.Match[str], published: date, tense: str | None) -> Resolved | None:
    """``2020-06-22`` (also ``2020/06/22``, ``2020.06.22``)."""
    value = _safe_date(int(match["year"]), int(match["m"]), int(match["day"]))
    return None if value is None else _day(value)


def _numeric(match: re.Match[str], published: date, tense: str | None) -> Resolved | None:
    """``22/06/2020`` or ``06/22/2020`` when only one reading is possible."""
    first, second = int(match["a"]), int(match["b"])
    if first > 12 >= second:
        day, month = first, second
    elif second > 12 >= first:
        day, month = second, first
    else:
        return None
    value = _safe_date(int(match["year"]), month, day)
    return None if value is None else _day(value)


def _month_day(match: re.Match[str], published: date, tense: str | None) -> Resolved | None:
    """``June 22``, ``22 June 2020``, ``the 22nd of June``, ``December 14 last year``."""
    month, day, year = _month_of(match), int(match["day"]), _year_of(match, published)
    if year is not None:
        value = _safe_date(year, month, day)
    else:
        value = _infer_day(month, day, published, tense)
    return None if value is None else _day(value)


def _month_only(match: re.Match[str], published: date, tense: str | None) -> Resolved | None:
    """``May 2019``, ``January of last year``, ``early May``, ``last May``, ``in May``."""
    month, year = _month_of(match), _year_of(match, published)
    if year is not None:
        return _month(year * 12 + month - 1)
    modifier = _group(match, "mod").lower()
    if modifier == "this":
        return _month(published.year * 12 + month - 1)
    tense = {"last": "past", "next": "future"}.get(modifier, tense)
    index = _infer_month(month, published, tense)
    return None if index is None else _month(index)


_RELATIVE_DAYS = {
    "the day before yesterday": -2,
    "the day after tomorrow": 2,
    "yesterday": -1,
    "last night": -1,
    "today": 0,
    "tonight": 0,
    "this morning": 0,
    "this afternoon": 0,
    "this evening": 0,
    "earlier today": 0,
    "later today": 0,
    "tomorrow": 1,
}


def _relative_day(match: re.Match[str], published: date, tense: str | None) -> Resolved:
    """``yesterday``, ``tonight``, ``the day before yesterday``..."""
    word = " ".join(match["word"].lower().split())
    return _day(published + timedelta(days=_RELATIVE_DAYS[word]))


def _ago(match: re.Match[str], published: date, tense: str | None) -> Resolved | None:
    """``two days ago``, ``a week ago`` (day); ``three months ago`` (month); ``a year ago``.
    ``in two days`` counts forward only in the future (or an unknown) tense: in a past or
    present sentence it is a span ("the biggest fall in ten years")."""
    if match["after"] and tense not in (None, "future"):
        return None
    count, unit = _number(match["n"]), match["unit"].lower().rstrip("s")
    sign = 1 if match["after"] else -1
    if unit == "day":
        return _day(published + timedelta(days=sign * count))
    if unit in ("week", "fortnight"):
        weeks = 2 * count if unit == "fortnight" else count
        return _day(published + timedelta(weeks=sign * weeks))
    if unit == "month":
        return _month(_month_index(published) + sign * count)
    return _year(published.year + sign * count)


def _period(match: re.Match[str], published: date, tense: str | None) -> Resolved:
    """``this week``, ``last month``, ``next year``, ``earlier this week``, ``the end of
    the year`` (the current one)..."""
    step = _YEAR_STEPS.get(_group(match, "mod").lower(), 0)
    unit = match["unit"].lower()
    if unit == "week":
        return _week(published + timedelta(weeks=step))
    if unit == "month":
        return _month(_month_index(published) + step)
    return _year(published.year + step)


def _weekday(match: re.Match[str], published: date, tense: str | None) -> Resolved:
    """``Tuesday``, ``last Tuesday``, ``next Friday``, ``this Wednesday``."""
    modifier = " ".join((match["mod"] or "").lower().split())
    target = _WEEKDAYS.index(match["weekday"].lower())
    return _day(_weekday_date(target, published, modifier, tense))


def _weekend(match: re.Match[str], published: date, tense: str | None) -> Resolved:
    """``the weekend``, ``last weekend``, ``next weekend`` as the ISO week of its Saturday."""
    modifier = _group(match, "mod").lower()
    return _week(_weekday_date(5, published, modifier, tense))


def _bare_year(match: re.Match[str], published: date, tense: str | None) -> Resolved:
    """``in 2019``."""
    return _year(int(match["year"]))


# ----------------------------------------------------------------- rules


def _rule(pattern: str, handler: Handler) -> _Rule:
    """Compile a case-insensitive rule."""
    return _Rule(re.compile(pattern, re.IGNORECASE), handler)


_NUMERIC_RULES: tuple[_Rule, ...] = (
    _rule(
        r"(?<![\d/.-])(?P<d>(?P<year>\d{4})([/.-])(?P<m>\d{1,2})\3(?P<day>\d{1,2}))(?![\d/.-])",
        _iso,
    ),
    _rule(
        rf"(?<![\d/.-])(?P<d>(?P<a>\d{{1,2}})([/.])(?P<b>\d{{1,2}})\3{_YEAR})(?![\d/.])", _numeric
    ),
)


def _month_rules(month: str) -> tuple[_Rule, ...]:
    """The rules that name a month, for a given month-name pattern."""
    return (
        _rule(
            rf"\b(?P<d>{_LEAD_WEEKDAY}(?P<month>{month})\s+(?:the\s+)?{_DAY}"
            rf"(?:,?\s+{_YEAR_OF})?)",
            _month_day,
        ),
        _rule(
            rf"\b(?P<d>{_LEAD_WEEKDAY}(?:the\s+)?{_DAY}(?:\s+of)?[\s-]+(?P<month>{month})"
            rf"(?:,?[\s-]+{_YEAR_OF})?)",
            _month_day,
        ),
        _rule(rf"\b(?P<d>(?:{_MONTH_MOD})?(?P<month>{month}),?\s+{_YEAR_OF})", _month_only),
        _rule(rf"\b(?P<d>(?:{_MONTH_MOD})(?P<month>{month}))(?!\s*\d)", _month_only),
        _rule(rf"\b{_MONTH_PREP}\s+(?P<d>(?P<month>{month}))(?!\s*\d)", _month_only),
    )


_RELATIVE_RULES: tuple[_Rule, ...] = (
    _rule(
        r"\b(?P<d>(?P<word>the\s+day\s+(?:before\s+yesterday|after\s+tomorrow)|yesterday|"
        r"today|tonight|tomorrow|last\s+night|this\s+(?:morning|afternoon|evening)|"
        r"(?:earlier|later)\s+today))\b",
        _relative_day,
    ),
    _rule(
        rf"\b(?P<d>(?P<after>in\s+)?(?P<n>{_NUM})\s+(?P<unit>days?|weeks?|fortnights?|"
        rf"months?|years?)(?(after)|\s+ago))\b",
        _ago,
    ),
    _rule(
        r"\b(?P<d>(?:(?:earlier|later)\s+)?(?P<mod>this|last|next)\s+"
        r"(?P<unit>week|month|year))\b",
        _period,
    ),
    _rule(
        r"\b(?P<d>(?:the\s+)?(?:end|beginning|start|middle)\s+of\s+the\s+"
        r"(?P<unit>week|month|year))\b",
        _period,
    ),
    _rule(
        r"\b(?P<d>(?:(?P<mod>last|next|this(?:\s+coming)?|coming|past)\s+)?"
        rf"(?P<weekday>{_WEEKDAY}){_PART})\b",
        _weekday,
    ),
    _rule(r"\b(?P<d>(?P<mod>the|this|last|next|past)\s+weekend)\b", _weekend),
    _rule(rf"\b(?:{_PREP}|(?:early|late|mid)[\s-])\s*(?P<d>{_YEAR})\b(?![-–/]\d)", _bare_year),
)

# Rules for finding expressions inside a sentence, where a lower-case "may" is a verb...
_RULES = (*_NUMERIC_RULES, *_month_rules(_MONTH), *_RELATIVE_RULES)
# ...and for reading an expression already known to be a date (lower-cased text included).
_EXPRESSION_RULES = (*_NUMERIC_RULES, *_month_rules(_ANY_CASE_MONTH), *_RELATIVE_RULES)

# Whole-expression forms that are too risky to look for inside a sentence.
_LOOSE_RULES = (
    _rule(rf"^(?:{_PREP}\s+)?(?P<d>(?P<month>{_BARE_MONTH}))$", _month_only),
    _rule(rf"^(?:{_PREP}\s+|the\s+year\s+|(?:about|around|circa)\s+)?(?P<d>{_YEAR})$", _bare_year),
    _rule(r"^(?P<d>(?P<mod>)weekend)$", _weekend),
)
_YEAR_HINT = re.compile(r"\b(?:1[89]|20)\d\d\b")
_MONTH_HINT = re.compile(_MONTH)


# ----------------------------------------------------------------- matching


def _candidates(text: str, rules: tuple[_Rule, ...]) -> list[tuple[int, int, _Rule, re.Match[str]]]:
    """Non-overlapping rule matches, leftmost first and longest at a tie."""
    found = [
        (m.start("d"), m.end("d"), rule, m) for rule in rules for m in rule.pattern.finditer(text)
    ]
    found.sort(key=lambda item: (item[0], item[0] - item[1]))
    kept: list[tuple[int, int, _Rule, re.Match[str]]] = []
    for item in found:
        if not kept or item[0] >= kept[-1][1]:
            kept.append(item)
    return kept


def find_date_expressions(sentence: str) -> list[tuple[int, int, str]]:
    """Character spans ``(start, end, text)`` of the date expressions in a sentence."""
    return [(start, end, sentence[start:end]) for start, end, _, _ in _candidates(sentence, _RULES)]


# ----------------------------------------------------------------- tense

_FUTURE_CUE = re.compile(
    r"\b(?:will|shall|won't|going\s+to|(?:is|are)\s+(?:to|due\s+to|set\s+to)|"
    r"expected\s+to|plans?\s+to|planning\s+to|scheduled\s+(?:to|for)|set\s+to|"
    r"next(?!\s+to)|tomorrow|upcoming|later\s+this)\b|\w['’]ll\b",
    re.IGNORECASE,
)
_PAST_WORDS = frozenset((
    "was", "were", "had", "did", "said", "told", "yesterday", "last", "ago", "earlier",
    "met", "held", "took", "gave", "made", "went", "came", "saw", "left", "won", "lost",
    "fought", "struck", "shot", "fled", "sent", "began", "led", "spoke", "wrote", "broke",
    "sought", "brought", "thought", "felt", "kept", "drew", "threw", "stood", "got", "became",
))  # fmt: skip
# Words ending in -ed that are no past-tense cue (adjectives, nouns, base forms).
_ED_NOT_PAST = frozenset((
    "united", "armed", "alleged", "based", "related", "limited", "so-called", "advanced",
    "concerned", "interested", "detailed", "expected", "proposed", "planned", "scheduled",
    "indeed", "proceed", "exceed", "succeed", "embed", "hundred", "breed", "creed", "greed",
))  # fmt: skip


def _is_past_word(word: str) -> bool:
    """A past-tense cue: a listed word or a regular ``-ed`` verb."""
    if word in _PAST_WORDS:
        return True
    return len(word) > 4 and word.endswith("ed") and word not in _ED_NOT_PAST


def infer_tense(sentence: str) -> str:
    """Guess ``past``, ``present`` or ``future`` from simple cues in a sentence."""
    if _FUTURE_CUE.search(sentence):
        return "future"
    words = re.findall(r"[a-z][a-z'-]*", sentence.lower())
    return "past" if any(_is_past_word(w) for w in words) else "present"


def _tense_of(tense: str | None, context: str | None, expression: str) -> str | None:
    """The tense given, or the one read from the context, else from the expression's own
    cues ("next", "ago"...); None when nothing tells."""
    known = _TENSES.get((tense or "").lower())
    if known is not None:
        return known
    if context:
        return infer_tense(context)
    cued = infer_tense(expression)
    return None if cued == "present" else cued


# ----------------------------------------------------------------- public


def _fallback(expression: str, published: date, tense: str | None) -> Resolved | None:
    """Let dateparser read an explicit full date (day, month and year) the rules missed."""
    if not (_YEAR_HINT.search(expression) and _MONTH_HINT.search(expression)):
        return None
    prefer = {"past": "past", "future": "future"}.get(tense or "", "current_period")
    settings = {
        "RELATIVE_BASE": datetime(published.year, published.month, published.day),
        "PREFER_DATES_FROM": prefer,
        "REQUIRE_PARTS": ["day", "month", "year"],
        "STRICT_PARSING": True,
    }
    parsed = dateparser.parse(expression, languages=["en"], settings=settings)
    return None if parsed is None else _day(parsed.date())


def resolve_date(
    expression: str,
    published: date,
    tense: str | None = None,
    context: str | None = None,
) -> Resolved | None:
    """Resolve a date expression against the publication date.

    ``tense`` is ``past``, ``present``, ``future`` or None; when None it is read
    from ``context`` (the sentence), else from cues in the expression. Returns
    ``(value, precision)`` or None when the expression is no date we can resolve.
    """
    text = " ".join(expression.split())
    mood = _tense_of(tense, context, text)
    for _, _, rule, match in _candidates(text, _EXPRESSION_RULES):
        resolved = rule.resolve(match, published, mood)
        if resolved is not None:
            return resolved
    for rule in _LOOSE_RULES:
        loose = rule.pattern.match(text)
        if loose is not None:
            return rule.resolve(loose, published, mood)
    return _fallback(text, published, mood)


def publication_date(published: date) -> tuple[str, Precision]:
    """The fallback value when a mention has no resolvable date expression."""
    return published.isoformat(), "publication"
