"""Corpus memory: what an article teaches, how later articles use it, how conflicts settle.

Docs are built by hand (no model), so the rules are tested on fixed parses.
"""

from __future__ import annotations

from datetime import date

import pytest
from spacy.lang.en import English
from spacy.tokens import Doc

from newsevents.models import Actor, ActorFact, Span, UserActor
from newsevents.resolve.actors import ArticleActors
from newsevents.resolve.kb import ActorKB, load_kb
from newsevents.resolve.memory import CorpusMemory, person_key

VOCAB = English().vocab
Row = tuple[str, str, str, str, int, str]

# "Moldovan Foreign Minister Ilinca Varescu accused Ukraine ."
DEFINING: list[Row] = [
    ("Moldovan", "moldovan", "ADJ", "compound", 2, "B-NORP"),
    ("Foreign", "foreign", "PROPN", "compound", 2, "O"),
    ("Minister", "minister", "PROPN", "compound", 4, "O"),
    ("Ilinca", "ilinca", "PROPN", "compound", 4, "B-PERSON"),
    ("Varescu", "varescu", "PROPN", "nsubj", 5, "I-PERSON"),
    ("accused", "accuse", "VERB", "ROOT", 5, "O"),
    ("Ukraine", "ukraine", "PROPN", "dobj", 5, "B-GPE"),
    (".", ".", "PUNCT", "punct", 5, "O"),
]
# "Varescu met Romanian diplomats ." (the parser calls the bare surname an ORG)
BARE: list[Row] = [
    ("Varescu", "varescu", "PROPN", "nsubj", 1, "B-ORG"),
    ("met", "meet", "VERB", "ROOT", 1, "O"),
    ("Romanian", "romanian", "ADJ", "amod", 3, "B-NORP"),
    ("diplomats", "diplomat", "NOUN", "dobj", 1, "O"),
    (".", ".", "PUNCT", "punct", 1, "O"),
]
# "Ilinca Varescu met Romanian diplomats ."
FULL: list[Row] = [
    ("Ilinca", "ilinca", "PROPN", "compound", 1, "B-PERSON"),
    ("Varescu", "varescu", "PROPN", "nsubj", 2, "I-PERSON"),
    *[(w, lemma, pos, dep, head + 1, ent) for w, lemma, pos, dep, head, ent in BARE[1:]],
]
# "Dorin Varescu met Romanian diplomats ." (another Varescu)
OTHER: list[Row] = [("Dorin", "dorin", "PROPN", "compound", 1, "B-PERSON"), *FULL[1:]]
# "Mr Varescu met Romanian diplomats ."
TITLED: list[Row] = [("Mr", "mr", "PROPN", "compound", 1, "O"), *FULL[1:]]


def build(rows: list[Row]) -> Doc:
    spaces = [i + 1 < len(rows) and rows[i + 1][2] != "PUNCT" for i in range(len(rows))]
    return Doc(VOCAB, words=[r[0] for r in rows], spaces=spaces, lemmas=[r[1] for r in rows],
               pos=[r[2] for r in rows], deps=[r[3] for r in rows], heads=[r[4] for r in rows],
               ents=[r[5] for r in rows])


@pytest.fixture(scope="module")
def kb() -> ActorKB:
    return load_kb()


def _fact(name: str, country: str, published: date, article: str = "a1", start: int = 0,
          title: str | None = "Foreign Minister") -> ActorFact:
    return ActorFact(name, country, "GOV", title, article, published,
                     Span(name, start, start + len(name)), Span(name + " spoke.", start, 99))


def _subject(doc: Doc, kb: ActorKB, memory: CorpusMemory | None, day: date) -> Actor:
    actors = ArticleActors(doc, kb, [], day, memory)
    return actors.resolve(next(t for t in doc if t.dep_ == "nsubj"))


def test_a_defining_mention_teaches_name_country_sector_title_and_evidence(kb: ActorKB) -> None:
    doc = build(DEFINING)
    facts = ArticleActors(doc, kb, [], date(2022, 3, 1)).facts("a1", date(2022, 3, 1))
    assert facts == (
        ActorFact(
            name="Ilinca Varescu", country="MDA", sector="GOV", title="Foreign Minister",
            article_id="a1", published=date(2022, 3, 1),
            mention=Span("Moldovan Foreign Minister Ilinca Varescu", 0, 40),
            sentence=Span(doc.text, 0, len(doc.text)),
        ),
    )


def test_bare_mentions_in_a_later_article_resolve_from_memory(kb: ActorKB) -> None:
    day = date(2022, 3, 8)
    first = build(DEFINING)
    memory = CorpusMemory(ArticleActors(first, kb, [], day).facts("a1", date(2022, 3, 1)))
    assert len(memory) == 1
    for rows in (BARE, FULL, TITLED):
        assert _subject(build(rows), kb, None, day).country is None
        found = _subject(build(rows), kb, memory, day)
        assert (found.country, found.sector) == ("MDA", "GOV"), rows
    # Another Varescu named in full in the article: the bare surname is not ours.
    assert _subject(build(OTHER), kb, memory, day).country is None
    # A later article that only uses the memory teaches nothing new.
    assert ArticleActors(build(FULL), kb, [], day, memory).facts("a2", day) == ()


def test_a_user_actor_beats_the_memory_and_is_not_taught(kb: ActorKB) -> None:
    day = date(2022, 3, 8)
    memory = CorpusMemory([_fact("Ilinca Varescu", "MDA", date(2022, 3, 1))])
    user = kb.with_user_actors(
        [UserActor("Ilinca Varescu", (), "ROU", "OPP", None, None, "/x.csv", 2)])
    found = _subject(build(FULL), user, memory, day)
    assert (found.country, found.sector) == ("ROU", "OPP")
    assert ArticleActors(build(DEFINING), user, [], day).facts("a3", day) == ()


def test_latest_fact_on_or_before_the_article_date_wins() -> None:
    memory = CorpusMemory([
        _fact("Ilinca Varescu", "MDA", date(2020, 1, 10), "a1"),
        _fact("Ilinca Varescu", "ROU", date(2022, 6, 1), "a3", title="Ambassador"),
    ])
    memory.learn([_fact("Ilinca Varescu", "MDA", date(2021, 2, 1), "a2", title=None)])
    names = ["Ilinca", "Varescu"]
    assert memory.by_name(names, date(2021, 12, 31)).article_id == "a2"  # type: ignore[union-attr]
    assert memory.by_name(names, date(2022, 6, 1)).country == "ROU"  # type: ignore[union-attr]
    assert memory.by_name(names, date(2019, 5, 5)).article_id == "a1"  # before all: earliest
    assert memory.by_name(names, None).article_id == "a3"  # type: ignore[union-attr]
    # Insertion order does not matter, and the same evidence is learned once.
    again = CorpusMemory(reversed([_fact("Ilinca Varescu", "MDA", date(2020, 1, 10), "a1"),
                                   _fact("Ilinca Varescu", "ROU", date(2022, 6, 1), "a3")]))
    assert again.by_name(names, date(2021, 1, 1)).country == "MDA"  # type: ignore[union-attr]
    assert again.learn([_fact("Ilinca Varescu", "MDA", date(2020, 1, 10), "a1")]) == 0


def test_surnames_resolve_only_when_they_pick_out_one_person() -> None:
    memory = CorpusMemory([_fact("Ilinca Varescu", "MDA", date(2022, 1, 1)),
                           _fact("Tomas Lindqvist", "SWE", date(2022, 1, 1), "a2")])
    day = date(2022, 2, 1)
    assert memory.by_surname("Varescu", day).country == "MDA"  # type: ignore[union-attr]
    assert memory.by_surname("Varescu", day, {"dorin varescu"}) is None
    assert memory.by_surname("Varescu", day, {"ilinca varescu", "dorin varescu"}) is not None
    memory.learn([_fact("Dorin Varescu", "ROU", date(2022, 1, 5), "a4")])
    assert memory.by_surname("Varescu", day) is None  # two remembered Varescus
    assert memory.by_surname("Varescu", day, {"dorin varescu"}).country == "ROU"  # type: ignore[union-attr]
    assert person_key("The Ilinca Varescu's") == "ilinca varescu" and person_key("Varescu") is None


@pytest.mark.parametrize(
    "rows",
    [
        # "Moldovan Ilinca Varescu accused Ukraine ." : a country but no office
        [DEFINING[0], *[(w, lm, p, d, h - 2, e) for w, lm, p, d, h, e in DEFINING[3:]]],
        # "Indian Lok Sabha accused Ukraine ." : the parser's PERSON is a body the KB knows
        [("Indian", "indian", "ADJ", "amod", 2, "B-NORP"),
         ("Lok", "lok", "PROPN", "compound", 2, "B-PERSON"),
         ("Sabha", "sabha", "PROPN", "nsubj", 3, "I-PERSON"),
         ("accused", "accuse", "VERB", "ROOT", 3, "O"),
         ("Ukraine", "ukraine", "PROPN", "dobj", 3, "B-GPE"),
         (".", ".", "PUNCT", "punct", 3, "O")],
    ],
)
def test_weak_or_wrong_definitions_teach_nothing(kb: ActorKB, rows: list[Row]) -> None:
    doc = build(rows)
    assert ArticleActors(doc, kb, [], date(2022, 3, 1)).facts("a1", date(2022, 3, 1)) == ()
