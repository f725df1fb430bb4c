"""Date expressions resolved against the publication date and the tense."""

from __future__ import annotations

from datetime import date

import pytest

from newsevents.resolve.dates import (
    find_date_expressions,
    infer_tense,
    publication_date,
    resolve_date,
)

TUE = date(2020, 6, 23)  # a Tuesday
SAT = date(2020, 6, 27)  # a Saturday
NEW_YEAR = date(2021, 1, 3)  # a Sunday, ISO week 2020-W53
YEAR_END = date(2020, 12, 30)  # a Wednesday

CASES = [
    # expression, published, tense, value, precision
    # --- weekdays in a Tuesday article
    ("met on Tuesday", TUE, "past", "2020-06-23", "day"),
    ("on Tuesday", TUE, "future", "2020-06-23", "day"),
    ("Tuesday", TUE, None, "2020-06-23", "day"),
    ("on Monday", TUE, "past", "2020-06-22", "day"),
    ("on Monday", TUE, "present", "2020-06-22", "day"),
    ("on Monday", TUE, None, "2020-06-22", "day"),
    ("on Monday", TUE, "future", "2020-06-29", "day"),
    ("will meet on Wednesday", TUE, "future", "2020-06-24", "day"),
    ("on Wednesday", TUE, "past", "2020-06-17", "day"),
    ("on Sunday", TUE, "past", "2020-06-21", "day"),
    ("on Saturday", TUE, "future", "2020-06-27", "day"),
    ("Friday", TUE, "past", "2020-06-19", "day"),
    ("Friday", TUE, "Future", "2020-06-26", "day"),
    ("last Tuesday", TUE, None, "2020-06-16", "day"),
    ("last Monday", TUE, "future", "2020-06-22", "day"),
    ("next Tuesday", TUE, None, "2020-06-30", "day"),
    ("next Friday", TUE, "past", "2020-06-26", "day"),
    ("this Wednesday", TUE, "future", "2020-06-24", "day"),
    ("this Tuesday", TUE, "past", "2020-06-23", "day"),
    ("this coming Sunday", TUE, None, "2020-06-28", "day"),
    ("Monday night", TUE, "past", "2020-06-22", "day"),
    ("late on Thursday", TUE, "past", "2020-06-18", "day"),
    ("10 am on Monday", TUE, "past", "2020-06-22", "day"),
    ("Saturday", SAT, "past", "2020-06-27", "day"),
    ("on Friday", SAT, "future", "2020-07-03", "day"),
    # --- relative days
    ("yesterday", TUE, None, "2020-06-22", "day"),
    ("today", TUE, None, "2020-06-23", "day"),
    ("tomorrow", TUE, None, "2020-06-24", "day"),
    ("tonight", TUE, None, "2020-06-23", "day"),
    ("this morning", TUE, None, "2020-06-23", "day"),
    ("last night", TUE, None, "2020-06-22", "day"),
    ("earlier today", TUE, None, "2020-06-23", "day"),
    ("the day before yesterday", TUE, None, "2020-06-21", "day"),
    ("the day after tomorrow", TUE, None, "2020-06-25", "day"),
    ("two days ago", TUE, None, "2020-06-21", "day"),
    ("3 days ago", TUE, None, "2020-06-20", "day"),
    ("a week ago", TUE, None, "2020-06-16", "day"),
    ("two weeks ago", TUE, None, "2020-06-09", "day"),
    ("in two days", TUE, None, "2020-06-25", "day"),
    ("yesterday", date(2021, 1, 1), None, "2020-12-31", "day"),
    # --- weeks, months, years
    ("earlier this week", TUE, None, "2020-W26", "week"),
    ("this week", TUE, None, "2020-W26", "week"),
    ("last week", TUE, None, "2020-W25", "week"),
    ("next week", TUE, None, "2020-W27", "week"),
    ("last week", NEW_YEAR, None, "2020-W52", "week"),
    ("this week", NEW_YEAR, None, "2020-W53", "week"),
    ("the weekend", TUE, "past", "2020-W25", "week"),
    ("last month", TUE, None, "2020-05", "month"),
    ("this month", TUE, None, "2020-06", "month"),
    ("next month", TUE, None, "2020-07", "month"),
    ("earlier this month", TUE, None, "2020-06", "month"),
    ("last month", date(2021, 1, 15), None, "2020-12", "month"),
    ("three months ago", TUE, None, "2020-03", "month"),
    ("last year", TUE, None, "2019", "year"),
    ("this year", TUE, None, "2020", "year"),
    ("next year", TUE, None, "2021", "year"),
    ("earlier this year", TUE, None, "2020", "year"),
    ("a year ago", TUE, None, "2019", "year"),
    # --- explicit dates
    ("June 22", TUE, None, "2020-06-22", "day"),
    ("22 June", TUE, None, "2020-06-22", "day"),
    ("June 22, 2020", TUE, None, "2020-06-22", "day"),
    ("22 June 2019", TUE, None, "2019-06-22", "day"),
    ("the 22nd of June", TUE, None, "2020-06-22", "day"),
    ("Sept. 11, 2001", TUE, None, "2001-09-11", "day"),
    ("Jan. 5", TUE, "past", "2020-01-05", "day"),
    ("Tuesday, June 23, 2020", TUE, None, "2020-06-23", "day"),
    ("2020-06-22", TUE, None, "2020-06-22", "day"),
    ("2020/06/22", TUE, None, "2020-06-22", "day"),
    ("22/06/2020", TUE, None, "2020-06-22", "day"),
    ("06/22/2020", TUE, None, "2020-06-22", "day"),
    ("22-Jun-2020", TUE, None, "2020-06-22", "day"),
    ("JUNE 22, 2020", TUE, None, "2020-06-22", "day"),
    ("June, 22 2020", TUE, None, "2020-06-22", "day"),  # via the dateparser fallback
    ("on March 24", TUE, "past", "2020-03-24", "day"),
    ("since March 24", TUE, None, "2020-03-24", "day"),
    ("on March 24 due to the lockdown", TUE, None, "2020-03-24", "day"),
    ("on July 2", TUE, "future", "2020-07-02", "day"),
    ("on July 2", TUE, "past", "2019-07-02", "day"),
    ("on March 24", TUE, "future", "2021-03-24", "day"),
    ("on December 30", NEW_YEAR, "past", "2020-12-30", "day"),
    ("on December 30", NEW_YEAR, None, "2020-12-30", "day"),
    ("on January 5", YEAR_END, "future", "2021-01-05", "day"),
    ("on January 5", YEAR_END, "past", "2020-01-05", "day"),
    ("February 29", date(2021, 3, 1), "past", "2020-02-29", "day"),
    # --- months and years
    ("in May", TUE, None, "2020-05", "month"),
    ("May", TUE, "past", "2020-05", "month"),
    ("early May", TUE, None, "2020-05", "month"),
    ("mid-May", TUE, None, "2020-05", "month"),
    ("late May", TUE, "past", "2020-05", "month"),
    ("the end of May", TUE, None, "2020-05", "month"),
    ("in December", TUE, "past", "2019-12", "month"),
    ("in December", TUE, "future", "2020-12", "month"),
    ("in March", YEAR_END, "future", "2021-03", "month"),
    ("in December", date(2021, 1, 10), None, "2020-12", "month"),
    ("last May", TUE, None, "2020-05", "month"),
    ("next May", TUE, None, "2021-05", "month"),
    ("May 2019", TUE, None, "2019-05", "month"),
    ("late May 2019", TUE, None, "2019-05", "month"),
    ("in 2019", TUE, None, "2019", "year"),
    ("mid-2019", TUE, None, "2019", "year"),
    ("by 2030", TUE, None, "2030", "year"),
    ("2020", TUE, None, "2020", "year"),
    # --- months and days anchored on this/last/next year
    ("January of this year", TUE, "past", "2020-01", "month"),
    ("December last year", TUE, None, "2019-12", "month"),
    ("the April next year's", TUE, "future", "2021-04", "month"),
    ("mid-January next year", TUE, None, "2021-01", "month"),
    ("December 14 last year", TUE, None, "2019-12-14", "day"),
    # --- lower-cased text (whole expressions only)
    ("june 22", TUE, "past", "2020-06-22", "day"),
    ("march 15", TUE, "future", "2021-03-15", "day"),
    ("may 1, 1999", TUE, None, "1999-05-01", "day"),
    ("june, 2001", TUE, None, "2001-06", "month"),
    ("february", TUE, "past", "2020-02", "month"),
    ("mid-july", TUE, "past", "2019-07", "month"),
    # --- more relative forms
    ("the end of the year", TUE, "future", "2020", "year"),
    ("the beginning of the month", TUE, None, "2020-06", "month"),
    ("twenty years ago", TUE, None, "2000", "year"),
    ("fifteen days ago", TUE, None, "2020-06-08", "day"),
    ("in 25 years", TUE, "future", "2045", "year"),
    ("weekend", TUE, "past", "2020-W25", "week"),
    ("about 1918", TUE, "past", "1918", "year"),
]

FALSE_FRIENDS = [
    "the summer",
    "last summer",
    "the 75th anniversary",
    "the 1990s",
    "1,000 people",
    "400 km",
    "S-400",
    "14 Corps",
    "11 hour",
    "Covid-19",
    "2 million",
    "the 22nd",
    "10 am",
    "75",
    "may",
    "Theresa May",
    "06/07/2020",
    "31/02/2020",
    "2020-13-01",
    "",
    # spans, anaphora and idioms seen in the corpus
    "in 41 years",
    "in three days",
    "in a day",
    "the end of the day",
    "the end of the decade",
    "the previous November",
    "Fridays",
    "weekends",
    "twenty years",
]


@pytest.mark.parametrize(("expression", "published", "tense", "value", "precision"), CASES)
def test_resolve_date(
    expression: str, published: date, tense: str | None, value: str, precision: str
) -> None:
    assert resolve_date(expression, published, tense) == (value, precision)


@pytest.mark.parametrize("expression", FALSE_FRIENDS)
def test_false_friends_are_not_dates(expression: str) -> None:
    assert resolve_date(expression, TUE, "past") is None


@pytest.mark.parametrize(
    ("expression", "context", "value"),
    [
        ("Wednesday", "The ministers will meet on Wednesday in Geneva.", "2020-06-24"),
        ("Wednesday", "The ministers met on Wednesday in Geneva.", "2020-06-17"),
        ("Wednesday", "She said they'll sign the deal on Wednesday.", "2020-06-24"),
        ("Friday", "The president is to visit Paris on Friday.", "2020-06-26"),
        ("Friday", "Talks are expected to resume Friday.", "2020-06-26"),
        ("Friday", "Police arrested 20 protesters on Friday.", "2020-06-19"),
        ("Friday", "Talks are held on Friday.", "2020-06-19"),
        ("on July 2", "The vote was held on July 2.", "2019-07-02"),
        ("on July 2", "The vote is going to take place on July 2.", "2020-07-02"),
    ],
)
def test_tense_from_context(expression: str, context: str, value: str) -> None:
    assert resolve_date(expression, TUE, context=context) == (value, "day")


@pytest.mark.parametrize("tense", ["past", "present"])
def test_in_n_units_is_a_span_outside_the_future(tense: str) -> None:
    assert resolve_date("in 70 years", TUE, tense) is None
    assert resolve_date("in two days", TUE, "future") == ("2020-06-25", "day")


def test_explicit_tense_wins_over_context() -> None:
    context = "The ministers will meet on Wednesday."
    assert resolve_date("Wednesday", TUE, "past", context) == ("2020-06-17", "day")


@pytest.mark.parametrize(
    ("sentence", "tense"),
    [
        ("Troops will withdraw next week.", "future"),
        ("He said the talks would go on.", "past"),
        ("Rebels attacked the town.", "past"),
        ("The United Nations is concerned.", "present"),
        ("Armed men are in the streets.", "present"),
        ("The minister plans to travel to Delhi.", "future"),
    ],
)
def test_infer_tense(sentence: str, tense: str) -> None:
    assert infer_tense(sentence) == tense


def test_publication_date() -> None:
    assert publication_date(TUE) == ("2020-06-23", "publication")


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Indian and Chinese troops clashed in the Galwan valley on Monday night.",
            ["Monday night"],
        ),
        (
            "The deal, signed on June 22, 2020 in Moscow, covers S-400 missiles and 1,000 jobs.",
            ["June 22, 2020"],
        ),
        (
            "Theresa May will visit Paris next Friday and return in May 2021.",
            ["next Friday", "May 2021"],
        ),
        (
            "Since 2019 Covid-19 cases rose by 2 million, two days ago, officials said.",
            ["2019", "two days ago"],
        ),
        ("Protesters march again at 10 am; the 14 Corps marked its 75th anniversary.", []),
        ("Talks stalled in early May and resumed last week.", ["early May", "last week"]),
        ("Hundreds died since December last year.", ["December last year"]),
        ("Dividends stop until the end of the year.", ["the end of the year"]),
        ("the puja on march 15 may go ahead.", []),
    ],
)
def test_find_date_expressions(sentence: str, expected: list[str]) -> None:
    spans = find_date_expressions(sentence)
    assert [text for _, _, text in spans] == expected
    assert all(sentence[start:end] == text for start, end, text in spans)


def test_found_expressions_resolve() -> None:
    sentence = "Officials met on Tuesday and will meet again on Friday."
    texts = [text for _, _, text in find_date_expressions(sentence)]
    assert texts == ["Tuesday", "Friday"]
    assert resolve_date(texts[0], TUE, context=sentence) == ("2020-06-23", "day")
