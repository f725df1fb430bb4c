"""Reader-comment threads appended to scraped articles are not parsed (``nlp/body.py``)."""

from __future__ import annotations

from datetime import date

import pytest

from newsevents.nlp.body import body, body_end

ARTICLE = "Kenya and Ethiopia signed a border pact in Nairobi on Monday.\nThe pact ends a long dispute.\n"
COMMENTS = (
    "Great news for the region! May 4, 2021 at 3:03 pm | Reply\n"
    "I think Kenya should attack Ethiopia now. May 4, 2021 at 5:46 pm | Report abuse |\n"
    "Posted by: reader7 | May 5, 2021 10:19 PM | Report abuse Somalia must withdraw.\n"
)


@pytest.mark.parametrize("stamp", [
    "March 21, 2011 at 1:20 pm |", "Mar. 21, 2011 at 11:05 a.m. |", "October 13, 2008 10:19 PM |",
    "Sept 3, 2010, at 9:00 am EST |",
])
def test_two_comment_stamps_end_the_body_at_the_line_of_the_first(stamp: str) -> None:
    text = ARTICLE + "First comment " + stamp + " Reply\nSecond comment " + stamp + "\n"
    assert body_end(text) == len(ARTICLE)
    assert body(text) == ARTICLE


def test_text_without_a_thread_is_kept_whole() -> None:
    one = ARTICLE + "The talks ended on May 4, 2021 at 3:03 pm | Reply\n"  # a single stamp is no thread
    prose = ARTICLE + "The vote was held on May 4, 2021 at 3:03 pm, officials said.\n"
    for text in (ARTICLE, one, prose, ""):
        assert body(text) == text


def test_a_thread_from_the_first_line_leaves_nothing_to_parse() -> None:
    assert body(COMMENTS) == ""


@pytest.mark.slow
def test_the_pipeline_codes_the_article_and_not_its_comments() -> None:
    from newsevents.pipeline import Coder

    coder = Coder()
    events = coder.code(ARTICLE + COMMENTS, date(2021, 5, 4))
    assert [e.type for e in events] and all(e.evidence.end <= len(ARTICLE) for e in events)
    commented = coder.code(COMMENTS.replace("Great news", "Kenya attacked Somalia"), date(2021, 5, 4))
    assert commented == []
    bare = coder.code("Kenya attacked Somalia on Monday.\n" + COMMENTS, date(2021, 5, 4))
    assert [e.type for e in bare] == ["ASSAULT"]
