"""Actor resolution inside one article: knowledge base plus in-article coreference.

A person's first full mention with a title or nationality defines them; later
short mentions ("Singh") and pronouns inherit it. A title without a country
("Defence minister X") takes the country of the first mention of the same title
that has one ("Indian Defence Minister"). First-person words inside a quotation
are the quotation's speaker.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections import Counter
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from newsevents.extract.quotes import Quote, quote_at
from newsevents.extract.syntax import phrase
from newsevents.models import Actor
from newsevents.resolve.kb import ActorKB
from newsevents.resolve.places import is_place

FIRST_PERSON = frozenset(["i", "me", "my", "mine", "we", "us", "our", "ours"])
THIRD_PERSON = frozenset(["he", "him", "his", "she", "her", "hers"])
SKIP_WORDS = frozenset(["the", "a", "an", "his", "her", "their", "its", "our", "my", "your", "this", "that", "these", "those", "such"])
NAME_LABELS = frozenset({"PERSON", "GPE", "ORG", "NORP"})
LOOKBACK_TOKENS = 400


@dataclass(frozen=True)
class Resolved:
    """Country and sector found for a phrase, with how they were found."""

    country: str | None
    sector: str | None


class ArticleActors:
    """Resolves actor head tokens of one parsed article to ``Actor`` records."""

    def __init__(self, doc: Doc, kb: ActorKB, quotes: list[Quote]) -> None:
        self.doc = doc
        self.kb = kb
        self.quotes = quotes
        self.ents = list(doc.ents)
        self.ent_ends = [e.end for e in self.ents]
        self.titles = self._title_memory()
        self.people = self._person_memory()
        self.countries = self._country_counts()

    def resolve(self, head: Token) -> Actor:
        """The actor named by the phrase headed by ``head``."""
        referent = self._referent(head, depth=0)
        span = phrase(head)
        if referent is None:
            return Actor(span.text)
        found = self._describe(referent)
        if found.country is None:
            owner = self._possessor(referent)
            if owner is not None and (owner.country or found.sector is None):
                found = Resolved(owner.country, found.sector or owner.sector)
        return Actor(span.text, found.country, found.sector)

    def names_someone(self, head: Token) -> bool:
        """Whether the phrase's head itself denotes an actor (not "election results")."""
        referent = self._referent(head, depth=0)
        if referent is None:
            return False
        if referent.pos_ in ("PROPN", "PRON") or referent.ent_type_ in NAME_LABELS:
            return True
        return self.kb.sector([referent.lemma_.lower()]) is not None

    def home_country(self, exclude: str | None, hint: str | None = None) -> str | None:
        """``hint`` (e.g. the claimant's country), else the article's most named country."""
        if hint is not None and hint != exclude:
            return hint
        for country, _ in self.countries.most_common():
            if country != exclude:
                return country
        return None

    def _referent(self, head: Token, depth: int) -> Token | None:
        """Follow pronouns to the token they stand for."""
        lower = head.lower_
        if head.pos_ != "PRON" or depth > 2:
            return head
        if lower in FIRST_PERSON:
            quote = quote_at(self.quotes, head.idx)
            speaker = quote.speaker if quote is not None else None
            return self._referent(speaker, depth + 1) if speaker is not None else None
        if lower in THIRD_PERSON:
            return self._previous_person(head)
        if lower in ("its", "their"):
            return self._previous_actor(head)
        return None

    def _previous_actor(self, token: Token) -> Token | None:
        for ent in self._entities_before(token):
            if ent.label_ in ("GPE", "ORG", "NORP") and self.kb.lookup(ent.text) is not None:
                return ent.root
        return None

    def _entities_before(self, token: Token) -> list[Span]:
        """Entities that end before ``token``, nearest first, within the look-back window."""
        stop = bisect_right(self.ent_ends, token.i)
        first = bisect_left(self.ent_ends, token.i - LOOKBACK_TOKENS)
        return self.ents[first:stop][::-1]

    def _previous_person(self, token: Token) -> Token | None:
        for ent in self._entities_before(token):
            if ent.label_ == "PERSON" or self._person_key(ent.root) is not None:
                return ent.root
        return None

    def _describe(self, head: Token) -> Resolved:
        span = phrase(head)
        person = self._person_key(head)
        if person is not None:
            return self.people[person]
        return self._from_words(span)

    def _from_words(self, span: Span) -> Resolved:
        words = [t for t in span if t.lower_ not in SKIP_WORDS and t.pos_ != "PRON"]
        text = " ".join(t.text for t in words)
        sector = self.kb.sector([t.lemma_.lower() for t in words]) if words else None
        if not text or (len(words) == 1 and words[0].pos_ == "PROPN" and is_place(text, countries=False)
                        and self.kb.capital(text) is None):
            return Resolved(None, sector)
        entry = self.kb.lookup(text)
        if entry is None:
            return Resolved(self._title_country(span), sector)
        return Resolved(entry.country, entry.sector or sector)

    def _possessor(self, head: Token) -> Resolved | None:
        """"Our proposals" stand for their owner when the noun itself names nobody."""
        for child in head.children:
            if child.dep_ == "poss":
                referent = self._referent(child, depth=0)
                if referent is not None and referent.i != head.i:
                    return self._describe(referent)
        return None

    # --- article memories -------------------------------------------------

    def _title_key(self, span: Span) -> str | None:
        words = [
            t.lower_ for t in span
            if t.pos_ in ("NOUN", "PROPN") and t.ent_type_ not in ("PERSON", "NORP", "GPE")
        ]
        key = " ".join(words[-2:])
        return key if key and self.kb.sector([w for w in words[-2:]]) else None

    def _title_memory(self) -> dict[str, str]:
        """Title -> country, from the first mention of each title with a country cue."""
        memory: dict[str, str] = {}
        for chunk in self.doc.noun_chunks:
            key = self._title_key(chunk)
            if key is None or key in memory:
                continue
            entry = self._country_cue(chunk)
            if entry is not None:
                memory[key] = entry
        return memory

    def _country_cue(self, span: Span) -> str | None:
        for token in span:
            if token.ent_type_ in ("NORP", "GPE") or token.pos_ == "ADJ":
                entry = self.kb.country(token.text)
                if entry is not None:
                    return entry.country
        return None

    def _title_country(self, span: Span) -> str | None:
        key = self._title_key(span)
        return self.titles.get(key) if key is not None else None

    def _person_memory(self) -> dict[str, Resolved]:
        """Full and last names -> the description of their first defining mention."""
        memory: dict[str, Resolved] = {}
        for ent in self.doc.ents:
            if ent.label_ != "PERSON" or len(ent) < 2:
                continue
            found = self._from_words(phrase(ent.root))
            if found.country is None and found.sector is None:
                continue
            names = [t.text for t in ent if t.pos_ == "PROPN"]
            for key in (ent.text, " ".join(names[-2:]), ent[-1].text):
                memory.setdefault(key, found)
        return memory

    def _person_key(self, head: Token) -> str | None:
        if head.pos_ != "PROPN":
            return head.text if head.is_title and head.text in self.people else None
        names = [t.text for t in phrase(head) if t.pos_ == "PROPN"]
        for key in (" ".join(names[-2:]), head.text):
            if key in self.people:
                return key
        return None

    def _country_counts(self) -> Counter[str]:
        counts: Counter[str] = Counter()
        for ent in self.doc.ents:
            if ent.label_ in ("NORP", "GPE"):
                entry = self.kb.country(ent.text)
                if entry is not None and entry.country and len(entry.country) == 3:
                    counts[entry.country] += 1
        return counts
