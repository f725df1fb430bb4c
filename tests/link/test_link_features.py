"""What the linker compares, word by word: counts written in words or digits, and verb
endings that differ between outlets (sentences written for these tests)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from builders import article, event, store_all

from newsevents.link import link_pending
from newsevents.link.features import content_words, normalise, numbers
from newsevents.store import Store

DAY = date(2021, 3, 9)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("nine people", {"9"}),
        ("at least 1,200 troops", {"1200"}),
        ("Twenty-five soldiers", {"25"}),
        ("a dozen guards", {"12"}),
        ("dozens of civilians", {"dozens"}),
        ("Eighty-nine deputies and 3 senators", {"89", "3"}),
        ("pro-government fighters", set()),
        ("someone who was gone", set()),  # "one" inside a word is not a number
    ],
)
def test_numbers_in_words_and_digits(text: str, expected: set[str]) -> None:
    assert numbers(text) == expected


@pytest.mark.parametrize(
    ("a", "b"),
    [("recalled", "recalling"), ("recall", "recalled"), ("agreed", "agree"),
     ("imposed", "imposes"), ("bombing", "bombed"), ("Gadhafi's", "gaddafi")],
)
def test_inflections_of_one_word_meet(a: str, b: str) -> None:
    assert normalise(a) == normalise(b)


@pytest.mark.parametrize(("a", "b"), [("talks", "told"), ("seed", "send"), ("bring", "bred")])
def test_different_words_stay_apart(a: str, b: str) -> None:
    assert normalise(a) != normalise(b)


def test_short_words_keep_their_endings() -> None:
    assert content_words("The red sled sing") == {"red", "sled", "sing"}


def test_one_recall_told_with_two_inflections_links(tmp_path: Path) -> None:
    kw = {"type": "SANCTION", "source": ("NOR", "GOV"), "target": ("SWE", "GOV"),
          "source_text": "Norway", "target_text": "Sweden"}
    one = event("m1", "a1", "Norway recalled its ambassador to Sweden, protesting fishing "
                "quota cuts in the Skagerrak.", trigger="recalled", **kw)  # type: ignore[arg-type]
    two = event("m2", "a2", "Norway is recalling its ambassador from Sweden in protest at "
                "cuts to Skagerrak fishing quotas.", trigger="recalling",
                **kw)  # type: ignore[arg-type]
    with Store.open(tmp_path / "link.duckdb") as store:
        store_all(store, (article("a1", DAY, "Nordic Post"), [one]),
                  (article("a2", DAY, "Baltic Wire"), [two]))
        link_pending(store)
        [linked] = store.links.events()
    assert (linked.n_mentions, linked.n_sources) == (2, 2)
