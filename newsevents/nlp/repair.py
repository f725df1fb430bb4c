"""Repairs of parses the small English model gets wrong in news leads.

"Farmers in Punjab *blocked* highways", "Dock workers in Gdansk *downed* tools": with a
name just before the verb, the model reads the verb as an adjective of its object and makes
the subject the sentence's root, leaving the sentence with no verb at all. When a sentence
has no verb but one such past tense or participle between two nouns, the verb is made the
root again, with the root noun as its subject and the noun after it as its object.

"Prime Minister Jean Dupont *Friday* promised ...": with a weekday between a name and its
verb (agency style), the model makes the name a compound of the weekday, leaving the verb
without a subject. The name is made the verb's subject and the weekday its time again.

"*Ignoring* appeals from Senegal, Gambia's junta has refused ...": a sentence that opens with
a participle clause is read with that clause as the verb's subject and the real subject
buried inside it. The one noun phrase between the comma and the verb is made the subject
again, and the opening clause a clause of the verb.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

PAST_TAGS = frozenset({"VBD", "VBN"})
NOUN_TAGS = frozenset({"NOUN", "PROPN"})
WEEKDAYS = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"})
SUBJECTS = frozenset({"nsubj", "nsubjpass"})
PARTICIPLE_TAGS = frozenset({"VBG", "VBN"})
NOMINAL_TAGS = frozenset({"NOUN", "PROPN", "PRON"})


def repair_parse(doc: Doc) -> None:
    """All the repairs below, in place, in order."""
    repair_verbless_sentences(doc)
    repair_weekday_subjects(doc)
    repair_fronted_participles(doc)
    repair_nouns_read_as_verbs(doc)


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


def repair_weekday_subjects(doc: Doc) -> None:
    """Give the name before "Friday" in "Jean Dupont Friday promised" back to the verb as its
    subject, in place, where the verb has no subject of its own."""
    for day in doc:
        name = _name_before_day(day)
        if name is None:
            continue
        verb = day.head
        for child in list(day.children):
            if child.i < name.i:
                child.head = name  # "Jean" of "Jean Dupont"
        name.head, name.dep_ = verb, "nsubj"
        day.dep_ = "npadvmod"


def _name_before_day(day: Token) -> Token | None:
    """The name word right before a weekday that sits right before its subjectless verb."""
    verb = day.head
    if day.text.lower() not in WEEKDAYS or day.dep_ not in ("npadvmod", "nsubj") or day.i == 0:
        return None
    if verb.i != day.i + 1 or verb.pos_ != "VERB" or day.nbor(-1).head != day:
        return None
    if any(c.dep_ in SUBJECTS for c in verb.children if c != day):
        return None
    name = day.nbor(-1)
    return name if name.pos_ in NOUN_TAGS and name.dep_ in ("compound", "nmod") else None


def repair_fronted_participles(doc: Doc) -> None:
    """Give the verb after an opening participle clause its subject back, in place."""
    for sentence in list(doc.sents):
        opening = sentence[0]
        subject, comma = None, None
        for comma in _commas(opening):  # the first comma, else the last ("of French, Russian
            subject = _buried_subject(opening, comma)  # and US mediators, X held talks")
            if subject is not None:
                break
        if comma is None or subject is None:
            continue
        verb, old_head = opening.head, subject.head
        for child in list(subject.lefts):
            if child.i < comma.i:
                child.head, child.dep_ = old_head, "pobj"  # "appeals from *neighbouring Thailand*"
        subject.head, subject.dep_ = verb, "nsubjpass" if _is_passive(verb) else "nsubj"
        opening.dep_ = "advcl"


def repair_nouns_read_as_verbs(doc: Doc) -> None:
    """Give "to" back its noun where the parser read a noun as an infinitive verb ("bowed
    *to pressure* from donors", "pressure" tagged a noun yet hung as a clause with "to" as its
    auxiliary), in place: "to" becomes the verb's preposition and the noun its object."""
    for word in doc:
        noun = word.head
        if word.text.lower() != "to" or word.dep_ != "aux" or noun.tag_ not in ("NN", "NNS"):
            continue
        if noun.dep_ not in ("advcl", "xcomp") or noun.head == noun:
            continue
        word.head, word.dep_ = noun.head, "prep"
        noun.head, noun.dep_ = word, "pobj"


def _buried_subject(opening: Token, comma: Token) -> Token | None:
    """The one noun phrase between the comma that closes an opening participle clause read
    as its verb's subject (a clause subject, or a gerund: "*Meeting* in Prague under ...,
    X held talks") and that verb, when it hangs inside the clause."""
    verb = opening.head
    read_as_subject = opening.dep_ == "csubj" or opening.dep_ == "nsubj" and opening.tag_ == "VBG"
    if opening.tag_ not in PARTICIPLE_TAGS or not read_as_subject or verb.i < opening.i:
        return None
    if any(c.dep_ in SUBJECTS and c != opening for c in verb.children):
        return None
    between = range(comma.i + 1, verb.i)
    heads = [t for t in opening.doc[comma.i + 1:verb.i] if t.head.i not in between and t.head != verb]
    if len(heads) != 1 or heads[0].pos_ not in NOMINAL_TAGS:
        return None
    return heads[0]


def _commas(opening: Token) -> list[Token]:
    """The first and the last comma between an opening word and its head."""
    commas = [t for t in opening.doc[opening.i:opening.head.i] if t.text == ","]
    return commas[:1] + commas[-1:] if len(commas) > 1 else commas


def _is_passive(verb: Token) -> bool:
    return any(c.dep_ == "auxpass" for c in verb.children)
