"""Repairs of one parse the small English model gets wrong in news leads.

"Farmers in Punjab *blocked* highways", "Dock workers in Gdansk *downed* tools": with a
name just before the verb, the model reads the verb as an adjective of its object and makes
the subject the sentence's root, leaving the sentence with no verb at all. When a sentence
has no verb but one such past tense or participle between two nouns, the verb is made the
root again, with the root noun as its subject and the noun after it as its object.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

PAST_TAGS = frozenset({"VBD", "VBN"})
NOUN_TAGS = frozenset({"NOUN", "PROPN"})


def repair_verbless_sentences(doc: Doc) -> None:
    """Give each verbless sentence with a misread main verb its verb back, in place."""
    for sentence in list(doc.sents):
        verb = _misread_verb(sentence)
        if verb is not None:
            _promote(verb, sentence.root)


def _misread_verb(sentence: Span) -> Token | None:
    """The one past tense read as an adjective after a name ("Punjab *blocked* highways")
    in a sentence whose root is a noun and which has no other verb."""
    root = sentence.root
    if root.pos_ not in NOUN_TAGS or root.i > sentence.end - 3:
        return None
    found = [t for t in sentence if _candidate(t, root)]
    if len(found) != 1 or any(t.pos_ in ("VERB", "AUX") and t != found[0] for t in sentence):
        return None
    return found[0]


def _candidate(token: Token, root: Token) -> bool:
    before = token.doc[token.i - 1] if token.i > 0 else None
    return (token.tag_ in PAST_TAGS and token.dep_ == "amod" and token.i > root.i
            and token.head.i == token.i + 1 and token.head.pos_ == "NOUN"
            and before is not None and (before.pos_ in NOUN_TAGS or before.text.istitle()))


def _promote(verb: Token, root: Token) -> None:
    obj, before = verb.head, verb.doc[verb.i - 1]
    if before.head == obj and obj.dep_ == "pobj":
        before.head, before.dep_ = obj.head, "pobj"  # "in *Punjab*": the name keeps its preposition
    verb.head, verb.dep_ = verb, "ROOT"
    root.head, root.dep_ = verb, "nsubj"
    obj.head, obj.dep_ = verb, "dobj"
    for child in list(root.children):
        if child.i > verb.i and child.dep_ in ("prep", "npadvmod", "punct", "advmod"):
            child.head = verb  # "on Tuesday", the full stop: the clause's, not the subject's
