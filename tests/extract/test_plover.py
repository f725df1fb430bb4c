"""The PLOVER table as loaded from data/plover_types.tsv."""

import pytest

from newsevents.extract import plover


def test_sixteen_types_in_four_quads() -> None:
    types = plover.event_types()
    assert len(types) == 16
    quads = {t: plover.info(t).quad for t in types}
    assert quads["CONSULT"] == 1 and quads["AID"] == 2
    assert quads["REQUEST"] == 3 and quads["ASSAULT"] == 4


@pytest.mark.parametrize(
    ("type_", "mode", "score"),
    [("CONSULT", "visit", 4.0), ("ASSAULT", "aerial", -9.5), ("REJECT", "meet", -2.0),
     ("ACCUSE", None, -3.0), ("AID", None, 10.0), ("REQUEST", None, 0.0)],
)
def test_scores(type_: str, mode: str | None, score: float) -> None:
    assert plover.info(type_, mode).score == score


def test_unknown_mode_falls_back_and_unknown_type_fails() -> None:
    assert plover.info("PROTEST", "no-such-mode").mode is None
    with pytest.raises(KeyError):
        plover.info("PARTY")


def test_every_trigger_names_a_known_type_and_mode() -> None:
    from newsevents.extract.lexicon import triggers

    for entries in triggers().values():
        for entry in entries:
            assert entry.type in plover.event_types()
            assert entry.mode is None or entry.mode in plover.modes(entry.type)
