"""Country names the small English model misreads ("*Malawi* agreed", tagged as a person,
or "*Senegal* threatened", tagged as nothing): a one-word country name that is no entity,
or an entity of its own with a label a country never has, is relabelled a place (GPE).

A country name inside a longer entity ("the Bank of *Thailand*", "the *Palestine*
Liberation Organisation") keeps that entity. Which words name a country is the caller's
knowledge (the resolver's knowledge base), passed in as ``is_country``.
"""

from __future__ import annotations

from collections.abc import Callable
from itertools import pairwise

from spacy.tokens import Doc, Span, Token

# Labels the model gives country names by mistake; ORG, NORP, LOC and GPE are left alone.
MISREAD_LABELS = frozenset({"PERSON", "PRODUCT", "EVENT", "FAC", "WORK_OF_ART", "LAW", "LANGUAGE"})


def relabel_countries(doc: Doc, is_country: Callable[[str], bool]) -> None:
    """Relabel the doc's misread one-word country names as GPE, in place."""
    entities = {token.i: ent for ent in doc.ents for token in ent}
    _relabel(doc, {t.i for t in doc if _misread(t, entities.get(t.i), is_country)}, "GPE")


def relabel_peoples(doc: Doc, is_nationality: Callable[[str], bool]) -> None:
    """Relabel the doc's misread one-word nationality words as NORP ("*Azerbaijani*
    artillery", tagged as a person), in place; a word with no entity, or tagged as a
    language ("*Russian*-speaking"), is left as it is."""
    entities = {token.i: ent for ent in doc.ents for token in ent}
    _relabel(doc, {t.i for t in doc if t.i in entities and entities[t.i].label_ != "LANGUAGE"
                   and _misread(t, entities[t.i], is_nationality, ("ADJ", "PROPN"))}, "NORP")


def _relabel(doc: Doc, fixed: set[int], label: str) -> None:
    """Make each token of ``fixed`` a one-word entity labelled ``label``, in place."""
    if fixed:
        kept = [ent for ent in doc.ents if ent.start not in fixed]
        doc.ents = sorted([*kept, *(Span(doc, i, i + 1, label=label) for i in fixed)], key=lambda s: s.start)


def _misread(token: Token, ent: Span | None, is_country: Callable[[str], bool],
             tags: tuple[str, ...] = ("PROPN",)) -> bool:
    if token.pos_ not in tags or not token.text[:1].isupper():
        return False
    if ent is not None and (len(ent) != 1 or ent.label_ not in MISREAD_LABELS):
        return False
    return is_country(token.text)


def join_nationalities(doc: Doc, is_nationality: Callable[[str], bool]) -> None:
    """Join two nationality words the model tagged apart ("*Turkish* *Cypriot* leader",
    "*Bosnian* *Serb* forces") into one entity when together they name a people the caller
    knows (Turkish Cypriots are Cyprus's, not Turkey's), in place."""
    ents = list(doc.ents)
    pairs: list[tuple[Span, Span]] = []
    for a, b in pairwise(ents):
        free = not pairs or pairs[-1][1].start != a.start  # three in a row: the first two only
        if free and a.label_ == b.label_ == "NORP" and a.end == b.start and is_nationality(f"{a.text} {b.text}"):
            pairs.append((a, b))
    if not pairs:
        return
    joined = {a.start for a, _ in pairs} | {b.start for _, b in pairs}
    kept = [e for e in ents if e.start not in joined]
    doc.ents = sorted([*kept, *(Span(doc, a.start, b.end, label="NORP") for a, b in pairs)], key=lambda s: s.start)
