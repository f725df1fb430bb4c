"""Actor resolution inside one article: knowledge base plus in-article coreference.

A person's first full mention with a title or nationality defines them; later
short mentions ("Singh") and pronouns inherit it. A title without a country
("Defence minister X") takes the country of the first mention of the same title
that has one ("Indian Defence Minister"). First-person words inside a quotation
are the quotation's speaker.

User actors (``--actors`` files) are looked up as of the article's publication date and
beat the built-in knowledge base. A named person the article does not describe is looked
up in the corpus memory (``resolve/memory.py``): people defined in earlier articles. The
article's own direct definitions ("Indian Defence Minister Rajnath Singh") are what it
teaches that memory (``ArticleActors.facts``); definitions taken from a user file, the
memory itself or another mention's title are not taught.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections import Counter
from dataclasses import dataclass
from datetime import date
from itertools import pairwise

from spacy.tokens import Doc, Span, Token

from newsevents.extract.quotes import Quote, quote_at
from newsevents.extract.syntax import phrase
from newsevents.models import Actor, ActorFact
from newsevents.models import Span as TextSpan
from newsevents.nlp.truecase import is_lower_case, truecase
from newsevents.resolve.kb import USER, ActorKB
from newsevents.resolve.memory import CorpusMemory, person_key
from newsevents.resolve.places import is_place, load_gazetteer

FIRST_PERSON = frozenset(["i", "me", "my", "mine", "we", "us", "our", "ours"])
THIRD_PERSON = frozenset(["he", "him", "his", "she", "her", "hers"])
SKIP_WORDS = frozenset(["the", "a", "an", "his", "her", "their", "its", "our", "my", "your", "this", "that", "these", "those", "such"])
NAME_LABELS = frozenset({"PERSON", "GPE", "ORG", "NORP"})
HONORIFICS = frozenset(["mr", "mrs", "ms", "dr", "sir", "dame", "shri", "smt", "sri"])
LOOKBACK_TOKENS = 400
# How a description was found: knowledge-base kinds that come from the words of the mention
# itself, so a person described this way may be taught to the corpus memory.
TEXT_KINDS = frozenset({"country", "demonym", "capital", "org", "igo"})
MEMORY = "memory"


@dataclass(frozen=True)
class Resolved:
    """Country and sector found for a phrase, with how they were found."""

    country: str | None
    sector: str | None
    # A KBEntry kind ("country", "org", "user"...), "title", "memory" or "words".
    via: str = "words"
    # The whole name when it reaches past the phrase ("the Group of Seven" for "Seven").
    name: str | None = None


@dataclass(frozen=True)
class _Definition:
    """A person's defining mention in this article: entity, its phrase, what it says."""

    ent: Span
    phrase: Span
    found: Resolved


class ArticleActors:
    """Resolves actor head tokens of one parsed article to ``Actor`` records.

    ``day`` is the publication date (user actors' validity); ``memory`` the corpus memory.
    """

    def __init__(self, doc: Doc, kb: ActorKB, quotes: list[Quote], day: date | None = None,
                 memory: CorpusMemory | None = None) -> None:
        self.doc = doc
        self.kb = kb
        self.quotes = quotes
        self.day = day
        self.memory = memory if memory is not None and len(memory) else None
        # A lower-case text is looked up in the KB as the parser read it ("the bjp" -> "BJP").
        self.cased = truecase(doc.text) if is_lower_case(doc.text) else None
        self.ents = list(doc.ents)
        self.ent_ends = [e.end for e in self.ents]
        self.titles = self._title_memory()
        self.definitions = self._definitions()
        self.people = self._person_memory()
        self.countries = self._country_counts()
        self.full_names = self._full_names() if self.memory is not None else frozenset()

    def resolve(self, head: Token) -> Actor:
        """The actor named by the phrase headed by ``head``."""
        referent = self._referent(head, depth=0)
        span = phrase(head)
        if referent is None:
            return Actor(span.text)
        found = self._describe(referent)
        for describe in (self._possessor, self._appositive, self._located):
            if found.country is not None:
                break
            owner = describe(referent)
            if owner is not None and (owner.country or found.sector is None):
                found = Resolved(owner.country, found.sector or owner.sector)
        return Actor(found.name or span.text, found.country, found.sector)

    def names_someone(self, head: Token) -> bool:
        """Whether the phrase's head itself denotes an actor (not "election results")."""
        referent = self._referent(head, depth=0)
        if referent is None:
            return False
        if referent.pos_ in ("PROPN", "PRON") or referent.ent_type_ in NAME_LABELS:
            return True
        if self.kb.sector([referent.lemma_.lower()]) is not None:
            return True
        return self._term_with_head(referent)

    def _term_with_head(self, head: Token) -> bool:
        """A sector term that ends in the head ("*civil servants*", "*trade unionists*"): its
        modifiers alone give another sector or none ("*opposition* meetings" names no one)."""
        mods = [c.lower_ for c in head.lefts if c.dep_ in ("amod", "compound") and c.i == head.i - 1]
        if not mods:
            return False
        whole = self.kb.sector([*mods, head.lemma_.lower()])
        return whole is not None and whole != self.kb.sector(mods)

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
        if lower in ("they", "them", "it"):
            return self._previous_subject(head, plural=lower != "it")
        return None

    def _previous_subject(self, token: Token, plural: bool) -> Token | None:
        """"They" or "it" opening a sentence stands for the previous sentence's subject when
        that names an actor of the same number ("EU ministers met… They urged…")."""
        sentence = token.sent
        if sentence.start == 0 or any(t.dep_.startswith("nsubj") for t in sentence if t.i < token.i):
            return None  # not the first subject of its sentence: leave it to the parse
        previous = self.doc[sentence.start - 1].sent
        for subject in (t for t in previous if t.dep_ in ("nsubj", "nsubjpass") and t.head.dep_ == "ROOT"):
            many = subject.tag_ in ("NNS", "NNPS") or self.kb.sector([subject.lemma_.lower()]) in (
                "GOV", "MIL", "COP") and subject.tag_ not in ("NN", "NNP")
            if subject.pos_ != "PRON" and many == plural and self._describe(subject).country is not None:
                return subject
        return None

    def facts(self, article_id: str, published: date) -> tuple[ActorFact, ...]:
        """What this article teaches the corpus memory: each person's first direct definition.

        Only definitions with a country and a sector, found in the words before the name
        ("Indian Defence Minister"); a "name" the knowledge base knows ("Lok Sabha") is no
        person's name.
        """
        facts: dict[str, ActorFact] = {}
        for definition in self.definitions:
            fact = self._fact(definition, article_id, published)
            key = person_key(fact.name) if fact is not None else None
            if fact is not None and key is not None:
                facts.setdefault(key, fact)
        return tuple(facts.values())

    def _previous_actor(self, token: Token) -> Token | None:
        for ent in self._entities_before(token):
            if (ent.label_ in ("GPE", "ORG", "NORP")
                    and self.kb.lookup(ent.text, self.day) is not None):
                return ent.root
        return None

    def _entities_before(self, token: Token) -> list[Span]:
        """Entities that end before ``token``, nearest first, within the look-back window."""
        stop = bisect_right(self.ent_ends, token.i)
        first = bisect_left(self.ent_ends, token.i - LOOKBACK_TOKENS)
        return self.ents[first:stop][::-1]

    def _previous_person(self, token: Token) -> Token | None:
        for ent in self._entities_before(token):
            if (ent.label_ == "PERSON" or self._person_key(ent.root) is not None
                    or self._remembered(ent.root, full_only=True) is not None):
                return ent.root
        return None

    def _describe(self, head: Token) -> Resolved:
        span = phrase(head)
        person = self._person_key(head)
        found = self._from_words(span)
        if person is not None:
            return _own_country_first(found, self.people[person])
        if found.via == USER:
            return found
        whole = self._whole_name(head, span)
        if whole is not None:
            return whole
        return self._remembered(head, full_only=found.country is not None) or found

    def _whole_name(self, head: Token, span: Span) -> Resolved | None:
        """A name the phrase cuts short, when the KB knows it whole: the named entity around
        the head when it reaches past the phrase ("the Democratic People's Republic *of
        Korea*"; an entity the model ran over two names, "Niger urged *Nigeria*", is no
        name), else the phrase with its name-like "of"/"without" phrase ("the Group *of
        Seven*", "Reporters *Without Borders*")."""
        bounds = (self._entity_bounds(head), self._named_prep_end(head, span),
                  _named_owner_bounds(head, span))
        for start, end in bounds:
            if start < span.start or end > span.end:
                name = self.doc[start:end]
                entry = self.kb.named_exactly(self._joined(list(name)), self.day)
                if entry is not None:
                    return Resolved(entry.country, entry.sector, entry.kind, name.text)
        return None

    def _entity_bounds(self, head: Token) -> tuple[int, int]:
        """Start and end of the named entity around ``head`` (the head alone if none)."""
        start, end = head.i, head.i + 1
        if head.ent_iob_ == "O" or head.ent_type_ not in NAME_LABELS:
            return start, end
        while start > 0 and self.doc[start].ent_iob_ == "I":
            start -= 1
        while end < len(self.doc) and self.doc[end].ent_iob_ == "I":
            end += 1
        return start, end

    def _named_prep_end(self, head: Token, span: Span) -> tuple[int, int]:
        """The phrase reaching through the head's first preposition when both sides are
        capitalised ("Group of Seven"); the phrase itself otherwise."""
        prep = next((c for c in head.rights if c.dep_ == "prep" and c.i == span.end), None)
        obj = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep else None
        if obj is None or not _capitalised(obj) or not _capitalised(head):
            return span.start, span.end
        return span.start, phrase(obj).end

    def _from_words(self, span: Span) -> Resolved:
        words = [t for t in span if t.lower_ not in SKIP_WORDS and t.pos_ != "PRON"
                 and not _stance_word(t)]
        text = self._joined(words)
        sector = self.kb.sector([t.lemma_.lower() for t in words]) if words else None
        if not text:
            return Resolved(None, sector)
        user = self.kb.user_actor(text, self.day)
        if user is not None:
            return Resolved(user.country, user.sector or sector, USER)
        if (len(words) == 1 and words[0].pos_ == "PROPN" and is_place(text, countries=False)
                and self.kb.capital(text) is None):
            return Resolved(None, sector)
        entry = self.kb.lookup(text, self.day)
        if entry is None:
            country = self._title_country(span)
            return Resolved(country, sector, "title" if country else "words")
        return Resolved(entry.country, entry.sector or sector, entry.kind)

    def _joined(self, words: list[Token]) -> str:
        """The words as written: adjacent tokens keep their own spacing ("Non-Aligned"),
        words with a gap between them are joined by one space."""
        parts = [self._cased(words[0])] if words else []
        for before, word in pairwise(words):
            parts += [before.whitespace_ if word.i == before.i + 1 else " ", self._cased(word)]
        return "".join(parts)

    def _cased(self, token: Token) -> str:
        """The token's text, truecased when the article is written in lower case."""
        return token.text if self.cased is None else self.cased[token.idx : token.idx + len(token)]

    def _remembered(self, head: Token, full_only: bool) -> Resolved | None:
        """The corpus memory's description of the person named by ``head``'s phrase."""
        if self.memory is None or not (head.pos_ == "PROPN" or head.is_title):
            return None
        first = self.doc[head.i - 1] if head.i > phrase(head).start else None
        if first is not None and self._is_name_part(first):
            # A full name ("Ajit Singh") is never taken for another one ("Amar Singh").
            fact = self.memory.by_name([first.text, head.text], self.day)
        else:
            fact = None if full_only else self.memory.by_surname(head.text, self.day,
                                                                 self.full_names)
        return Resolved(fact.country, fact.sector, MEMORY) if fact is not None else None

    def _possessor(self, head: Token) -> Resolved | None:
        """"Our proposals" stand for their owner when the noun itself names nobody."""
        owners = [c for c in head.children if c.dep_ == "poss"]
        owners += [o for p in head.children if p.dep_ == "prep" and p.lower_ in ("of", "for", "from")
                   for o in p.children if o.dep_ == "pobj" and self._owner(head, p, o)]
        for child in map(_named_by, owners):
            referent = self._referent(child, depth=0)
            if referent is not None and referent.i != head.i:
                return self._describe(referent)
        return None

    def _owner(self, head: Token, prep: Token, owner: Token) -> bool:
        """"The president *of Armenia*"; for a person or a sector word also "a spokesman *for
        the Kenyan army*" (a common noun whose own words place it). "Proposals for U.N.
        action" or "the minister of defence" take nothing from the phrase."""
        if owner.pos_ == "PROPN" and prep.lower_ == "of":
            return True
        if prep.lower_ == "from":  # "a delegation from the IMF", "a bomber from Hamas"
            return head.lemma_.lower() in SENT_GROUPS | MEMBER_WORDS and _proper(owner)
        actor_word = head.ent_type_ == "PERSON" or self.kb.sector([head.lemma_.lower()]) is not None
        return actor_word and owner.pos_ in ("NOUN", "PROPN") and any(
            c.dep_ in ("amod", "compound", "poss") and c.ent_type_ in ("NORP", "GPE", "ORG")
            for c in owner.children)

    def _located(self, head: Token) -> Resolved | None:
        """"The foreign ministry *in Tokyo*", "students *in Lima*": an actor word whose own
        phrase places it in a known city or country."""
        words = [head.lemma_.lower()] + [c.lemma_.lower() for c in head.children if c.dep_ == "compound"]
        if all(self.kb.sector([w]) is None for w in words) and head.lemma_.lower() not in COLLECTIVE_WORDS:
            return None  # "*opposition* deputies in Kiev" is placed, "the hotel in Kabul" is not
        for place in (o for p in head.children if p.dep_ == "prep" and p.lower_ in ("in", "from")
                      for o in p.children if o.dep_ == "pobj" and o.pos_ == "PROPN"):
            name = phrase(place).text.removeprefix("the ")
            found = load_gazetteer().lookup(name) if is_place(name) else None
            if found is not None and found.country is not None and len(found.country) == 3:
                return Resolved(found.country, None)
        return None

    def _appositive(self, head: Token) -> Resolved | None:
        """What an apposition says of a person ("Ahmed Salih, *a spokesman for the Kenyan
        army*"; "*the Kenyan army's spokesman*, Ahmed Salih"): its sector words and the
        country its words name."""
        if head.pos_ != "PROPN" and head.ent_type_ != "PERSON":
            return None
        others = [c for c in head.children if c.dep_ == "appos"]
        others += [head.head] if head.dep_ == "appos" and head.head.i != head.i else []
        for other in others:
            span = phrase(other)  # the apposition's own words and its "of/for X", no clauses
            owners = [phrase(o) for p in other.children if p.dep_ == "prep" and p.lower_ in ("of", "for")
                      for o in p.children if o.dep_ == "pobj"]
            nouns = [t.lemma_.lower() for t in span if t.pos_ in ("NOUN", "PROPN")]
            country = next(filter(None, map(self._country_cue, [span, *owners])), None)
            found = Resolved(country, self.kb.sector(nouns) if nouns else None)
            if found.country is not None or found.sector is not None:
                return found
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
            if _stance_word(token):
                continue
            if token.ent_type_ in ("NORP", "GPE") or token.pos_ == "ADJ":
                entry = self.kb.country(token.text)
                if entry is not None:
                    return entry.country
        return None

    def _title_country(self, span: Span) -> str | None:
        key = self._title_key(span)
        return self.titles.get(key) if key is not None else None

    def _definitions(self) -> list[_Definition]:
        """Mentions of full-named people whose phrase says something about them."""
        found = []
        for ent in self.ents:
            if ent.label_ != "PERSON" or len(ent) < 2:
                continue
            span = phrase(ent.root)
            described = self._from_words(span)
            if described.country is not None or described.sector is not None:
                found.append(_Definition(ent, span, described))
        return found

    def _person_memory(self) -> dict[str, Resolved]:
        """Full and last names -> the description of their first defining mention."""
        memory: dict[str, Resolved] = {}
        for definition in self.definitions:
            ent = definition.ent
            names = [t.text for t in ent if t.pos_ == "PROPN"]
            for key in (ent.text, " ".join(names[-2:]), ent[-1].text):
                memory.setdefault(key, definition.found)
        return memory

    def _full_names(self) -> frozenset[str]:
        """Person keys of the multi-word names in this article (they narrow bare surnames)."""
        names = (ent.text for ent in self.ents if len(ent) >= 2 and ent[-1].pos_ == "PROPN")
        return frozenset(key for key in map(person_key, names) if key is not None)

    def _fact(self, definition: _Definition, article_id: str, published: date) -> ActorFact | None:
        found = definition.found
        name = self._bare_name(definition.ent)
        if (found.country is None or found.sector is None or found.via not in TEXT_KINDS
                or name is None or self.kb.lookup(name.text, self.day) is not None):
            return None
        span, sentence = definition.phrase, definition.ent.sent
        return ActorFact(
            name=name.text, country=found.country, sector=found.sector,
            title=self._title_words(self.doc[span.start : max(span.start, name.start)]),
            article_id=article_id, published=published,
            mention=TextSpan(span.text, span.start_char, span.end_char),
            sentence=TextSpan(sentence.text, sentence.start_char, sentence.end_char),
        )

    def _bare_name(self, ent: Span) -> Span | None:
        """The person's name without leading title or country words; two words at least."""
        start = ent.start
        for token in ent[:-1]:
            if self._is_title_word(token):
                start = token.i + 1
        name = self.doc[start : ent.end]
        if len(name) < 2 or not all(any(ch.isalpha() for ch in t.text) for t in name):
            return None
        return name

    def _is_name_part(self, token: Token) -> bool:
        """Whether ``token`` may be a first name: not "Minister", "Indian", "Mr" or "former"."""
        if not token.is_alpha or token.lower_ in SKIP_WORDS or token.lower_ in HONORIFICS:
            return False
        if not (token.pos_ in ("PROPN", "NOUN", "X") or token.is_title):
            return False
        return (self.kb.sector([token.lemma_.lower()]) is None
                and self.kb.country(token.text) is None)

    def _is_title_word(self, token: Token) -> bool:
        """Whether ``token`` comes before a name rather than in it ("Indian", "Minister")."""
        if not (token.pos_ == "PROPN" or token.is_title):
            return True
        return (self.kb.sector([token.lemma_.lower()]) is not None
                or self.kb.country(token.text) is not None)

    def _title_words(self, span: Span) -> str | None:
        """"Defence Minister" of "Indian Defence Minister": the office words before a name."""
        words = [
            t for t in span
            if t.is_alpha and t.lower_ not in SKIP_WORDS and t.ent_type_ not in ("NORP", "GPE")
            and self.kb.country(t.text) is None
        ]
        if not words or self.kb.sector([t.lemma_.lower() for t in words]) is None:
            return None
        return " ".join(t.text for t in words)

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


# Nouns for groups of people that a place can locate ("protesters in Lima" have sectors).
COLLECTIVE_WORDS = frozenset({"group", "crowd", "people", "member", "party", "coalition", "movement"})
# Nouns for people sent by someone, whose "from X" names who sent them.
SENT_GROUPS = frozenset({
    "delegation", "team", "mission", "envoy", "emissary", "representative", "official",
    "diplomat", "expert", "inspector", "monitor", "observer", "troop", "soldier", "force",
    "contingent", "peacekeeper", "negotiator", "mediator", "minister", "leader",
})


# People named by what they do for a group: "a suicide bomber *from Hamas*", "gunmen from X".
MEMBER_WORDS = frozenset({
    "bomber", "gunman", "man", "militant", "fighter", "member", "supporter", "activist",
    "guerrilla", "rebel", "attacker", "assailant", "militiaman", "commando", "tribesman",
    "youth", "worker", "student", "volunteer",
})


def _named_owner_bounds(head: Token, span: Span) -> tuple[int, int]:
    """The phrase of the capitalised noun whose preposition the head's phrase ends (the
    "Group" of "Group *of Seven*", when the rules read the member as the actor); the
    phrase itself otherwise."""
    prep = head.head
    if head.dep_ != "pobj" or prep.dep_ != "prep" or prep.i + 1 != span.start:
        return span.start, span.end
    owner = prep.head
    if not _capitalised(owner) or not _capitalised(head) or owner.i >= head.i:
        return span.start, span.end
    return phrase(owner).start, span.end


def _capitalised(token: Token) -> bool:
    return token.text[:1].isupper()


def _own_country_first(own: Resolved, known: Resolved) -> Resolved:
    """A person's remembered description, unless the phrase itself names another country:
    "*Jordan's* King Hussein" after "Iraqi President Saddam Hussein" is Jordan's."""
    if own.country is not None and own.country != known.country and own.via not in ("title", "words"):
        return Resolved(own.country, known.sector or own.sector, own.via)
    return known


def _proper(owner: Token) -> bool:
    """A name, or a common noun named by one ("the militant group *Hamas*")."""
    return _named_by(owner).pos_ == "PROPN"


def _named_by(owner: Token) -> Token:
    """The name a common noun carries ("the militant group *Hamas*"), else the noun."""
    if owner.pos_ == "PROPN":
        return owner
    return next((c for c in owner.children if c.dep_ in ("appos", "compound") and c.pos_ == "PROPN"), owner)


def _stance_word(token: Token) -> bool:
    """"pro-Iranian", "anti-Syria": a stance towards a country, not membership of it."""
    doc, i = token.doc, token.i
    if token.lower_ in ("pro", "anti") and i + 1 < len(doc) and doc[i + 1].text == "-":
        return True
    if token.text == "-" and i > 0 and doc[i - 1].lower_ in ("pro", "anti"):
        return True
    return i > 1 and doc[i - 1].text == "-" and doc[i - 2].lower_ in ("pro", "anti")
