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
from newsevents.extract.syntax import (
    children,
    coordinated_modifiers,
    names_a_body,
    phrase,
    stance_of,
)
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
# Words for states as such, which act though they name no one state ("donor *nations*").
STATE_WORDS = frozenset({"nation", "country", "power"})
# Red Cross and Red Crescent codes that a country's own society shares with the movement.
SOCIETY_CODES = frozenset({"IRC", "RCR", "CRC"})
# Words for a state that its "of" phrase names ("the republic *of Macedonia*").
STATE_HEADS = frozenset({"republic", "kingdom", "state", "emirate", "sultanate", "principality"})
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
        found = self._national_society(referent, self._describe(referent))
        for describe in (self._possessor, self._affiliated, self._appositive, self._named_in_apposition,
                         self._located):
            if found.country is not None:
                break
            owner = describe(referent)
            if owner is not None and (owner.country or found.sector is None):
                found = Resolved(owner.country, found.sector or owner.sector)
        return Actor(found.name or span.text, found.country, found.sector)

    def _national_society(self, head: Token, found: Resolved) -> Resolved:
        """A country's own Red Cross or Red Crescent society ("an *Iranian* Red Crescent plane",
        "the *Kenya* Red Cross"), not the international committee or federation."""
        words = phrase(head)
        if found.country not in SOCIETY_CODES or any(t.lower_ == "international" for t in words):
            return found
        for word in words:
            entry = self.kb.country(word.text) if word.dep_ in ("amod", "compound", "poss") else None
            if entry is not None and entry.kind in ("country", "demonym"):
                return Resolved(entry.country, found.sector)
        return found

    def names_someone(self, head: Token) -> bool:
        """Whether the phrase's head itself denotes an actor (not "election results")."""
        referent = self._referent(head, depth=0)
        if referent is None:
            return False
        if referent.pos_ in ("PROPN", "PRON") or referent.ent_type_ in NAME_LABELS:
            return True
        if self.kb.sector([referent.lemma_.lower()]) is not None or referent.lemma_.lower() in STATE_WORDS:
            return True  # "a group of donor *nations*", "Western *powers*"
        return self._term_with_head(referent)

    def _term_with_head(self, head: Token) -> bool:
        """A sector term that ends in the head ("*civil servants*", "*trade unionists*"): its
        modifiers alone give another sector or none ("*opposition* meetings" names no one),
        or the two words are one term ("the *military council*")."""
        mods = [c.lower_ for c in head.lefts if c.dep_ in ("amod", "compound") and c.i == head.i - 1]
        if not mods:
            return False
        words = [*mods, head.lemma_.lower()]
        whole = self.kb.sector(words)
        return whole is not None and (whole != self.kb.sector(mods) or self.kb.is_sector_term(words))

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
            return self._previous_person(head) or self._speaker(head)
        if lower in ("its", "their"):
            return self._argument_before(head, depth) or self._previous_actor(head)
        if lower in ("they", "them", "it"):
            return self._previous_subject(head, plural=lower != "it")
        if lower in REFLEXIVES and head.dep_ == "nsubj":  # not "blew *himself* up": no other party
            owner = _reflexive_owner(head)
            return self._referent(owner, depth + 1) if owner is not None else None
        return None

    def _speaker(self, token: Token) -> Token | None:
        """"Hungary's prime minister said *he* would meet ...": "he" or "she" as the subject of
        a clause a person's verb reports stands for that person (the subject of the verb),
        when it is one person named by a title, not a pronoun, and no other person comes
        between them; never inside a quotation (whose "he" is someone the speaker names).
        A possessive "his" or "her" on that subject counts too ("said *his* government would")."""
        subject = token.head if token.dep_ == "poss" and token.lower_ in ("his", "her") else token
        verb = subject.head
        if subject.dep_ not in ("nsubj", "nsubjpass") or verb.dep_ != "ccomp" or verb.head.i == verb.i:
            return None
        if quote_at(self.quotes, token.idx) is not None or any(
                _one_person(t) for t in self.doc[verb.head.i + 1 : token.i]):
            return None
        speaker = next((c for c in _reporter(verb.head).children if c.dep_ == "nsubj"), None)
        if speaker is None or speaker.pos_ == "PRON" or speaker.tag_ not in ("NN", "NNP"):
            return None
        return speaker if _one_person(speaker) else None

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
            agrees = many == plural or names_a_body(subject)  # "Honduras ... It"
            if subject.pos_ != "PRON" and agrees and self._describe(subject).country is not None:
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

    def _argument_before(self, token: Token, depth: int) -> Token | None:
        """"Indonesia regretted the shooting of two Malaysian fishermen by *its* troops": a
        possessive "its"/"their" stands for the nearest subject, object or prepositional
        object before it in its sentence that names a country, not a name that only modifies
        another phrase ("Malaysian fishermen") or sits in an "of" phrase; "their" stands for a plural
        common noun ("the Thai authorities ... *their* police"), "its" for anything else."""
        owned = token.head
        if owned.dep_ == "conj" and owned.head.i < token.i:  # "the United States and *its* allies"
            partner = self._referent(owned.head, depth + 1)
            if partner is not None and self._describe(partner).country is not None:
                return partner
        plural = token.lower_ == "their"
        for candidate in reversed(token.sent[: token.i - token.sent.start]):
            if not _argument(candidate) or candidate.head.i == token.head.i:
                continue
            if (candidate.tag_ == "NNS") != plural:
                continue  # "its" is no "rebels", "their" no "Turkey" (nor "the United States")
            if any(c.i < token.i for c in candidate.conjuncts):
                return None  # "Peru and Bolivia put *their* ...": both, left to the nearest name
            referent = self._referent(candidate, depth + 1)
            if referent is not None and self._describe(referent).country is not None:
                return referent
        return None

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
        state = self._state_of(head)
        if state is not None:
            return Resolved(state, "GOV")  # a state named as such, as its name alone would be
        return self._remembered(head, full_only=found.country is not None) or found

    def _state_of(self, head: Token) -> str | None:
        """The country a state word names in its "of" phrase, over what describes it ("the
        former Yugoslav *republic of Macedonia*", "the *kingdom of Nepal*")."""
        if head.lemma_.lower() not in STATE_HEADS:
            return None
        places = [o for p in head.children if p.dep_ == "prep" and p.lower_ == "of"
                  for o in p.children if o.dep_ == "pobj" and o.ent_type_ == "GPE"]
        entries = [self.kb.country(self._joined([t for t in self.doc[o.left_edge.i:o.i + 1] if t.dep_ != "det"]))
                   for o in places]
        return next((e.country for e in entries if e is not None and e.kind == "country"), None)

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
        others = _other_sides(span)
        words = [t for t in span if t.lower_ not in SKIP_WORDS and t.pos_ != "PRON"
                 and not (_stance_word(t) and t.i != span.root.i) and t.i not in others]
        sector = self.kb.sector([t.lemma_.lower() for t in words]) if words else None
        natives = {i for t in words if native_people(t) for i in (t.i - 1, t.i)}
        if natives:  # "Mapuche Indian activists": a people, not India's
            words = [t for t in words if t.i not in natives]
            sector = sector or ("CVL" if any(t.i in natives for t in span[-1:]) else None)
        text = self._joined(words)
        if not text:
            return Resolved(None, sector)
        user = self.kb.user_actor(text, self.day)
        if user is not None:
            return Resolved(user.country, user.sector or sector, USER)
        entry = self.kb.lookup(text, self.day)
        if (len(words) == 1 and words[0].pos_ == "PROPN" and is_place(text, countries=False)
                and self.kb.capital(text) is None and (entry is None or entry.kind != "igo")):
            return Resolved(None, sector)  # a town, unless the name is a body's ("Commonwealth")
        if entry is None and others:  # "the EPA and U.S. attorneys": the first side is unknown
            entry = self.kb.lookup(self._joined([t for t in span if t.i not in natives
                                                 and t.lower_ not in SKIP_WORDS]), self.day)
        if entry is not None and entry.kind == "igo" and len(words) == 1 and _of_a_name(span.root):
            entry = None  # "the Commonwealth of Virginia" is no Commonwealth of Nations
        if entry is not None and entry.kind in ("igo", "org") and len(words) == 1 and text.islower():
            entry = None  # "rejected the *amnesty*": a common word is no body's name (Amnesty)
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
        """"Our proposals" stand for their owner when the noun itself names nobody; "their
        stalls" take only the country of the traders "their" stands for, not their sector
        (a common noun's sector is what its people are, not what they own)."""
        owners = [c for c in head.children if c.dep_ == "poss"]
        owners += [o for p in head.children if p.dep_ == "prep" and p.lower_ in ("of", "for", "from")
                   for o in p.children if o.dep_ == "pobj" and self._owner(head, p, o)]
        for owner in owners:
            child = _named_by(owner)
            referent = self._referent(child, depth=0)
            if referent is not None and referent.i != head.i:
                found = self._describe(referent)
                if child.lower_ in ("its", "their") and not referent.ent_type_:
                    return Resolved(found.country, None, found.via)
                if found.country is None and found.sector is None and child.i != owner.i:
                    return self._describe(owner)  # "the *Aum Shinrikyo* sect": the name is unknown, the sect is not
                return found
        return None

    def _affiliated(self, head: Token) -> Resolved | None:
        """"Hackers *linked to* Russian military intelligence", "gunmen *loyal to* the warlord
        X", "militiamen *tied to* the army": people named by whom they belong to take that
        group's country. Never "backed by" or "supported by" (the backer is someone else)."""
        if not self._names_people(head):
            return None
        for owner in _affiliations(head):
            referent = self._referent(_named_by(owner), depth=0)
            if referent is not None and referent.i != head.i:
                found = self._describe(referent)
                if found.country is not None:
                    return Resolved(found.country, None)
        return None

    def _names_people(self, head: Token) -> bool:
        """A noun for people: a sector word ("hackers") or a member or group word."""
        lemma = head.lemma_.lower()
        return (head.pos_ == "NOUN" and (self.kb.sector([lemma]) is not None
                or lemma in MEMBER_WORDS | COLLECTIVE_WORDS | SENT_GROUPS))

    def _owner(self, head: Token, prep: Token, owner: Token) -> bool:
        """"The president *of Armenia*"; for a person or a sector word also "a spokesman *for
        the Kenyan army*" (a common noun whose own words place it), and for a member or envoy
        word ("*members of* the Nepali Congress party", "*negotiators for* the Philippine
        government", and "*members of* the Aum Shinrikyo sect", a group called by a name).
        "Proposals for U.N. action" or "the minister of defence" take nothing
        from the phrase."""
        if owner.pos_ == "PROPN" and prep.lower_ == "of":
            return True
        if prep.lower_ == "from":  # "a delegation from the IMF", "deputies from the ANC"
            return self._names_people(head) and _proper(owner)
        member = (self._names_people(head) and prep.lower_ == "of") or head.lemma_.lower() in SENT_GROUPS
        actor_word = head.ent_type_ == "PERSON" or self.kb.sector([head.lemma_.lower()]) is not None or member
        return actor_word and owner.pos_ in ("NOUN", "PROPN") and any(
            c.dep_ in ("amod", "compound", "poss") and c.ent_type_ in ("NORP", "GPE", "ORG")
            or member and c.pos_ == "PROPN" and c.dep_ in ("compound", "nmod") for c in owner.children)

    def _located(self, head: Token) -> Resolved | None:
        """"The foreign ministry *in Tokyo*", "students *in Lima*", "*Lahore* police": an actor
        word whose own phrase places it in a known city or country."""
        compounds = [c.lemma_.lower() for c in head.children if c.dep_ == "compound"]
        amods = [c.lemma_.lower() for c in head.lefts if c.dep_ == "amod"]
        words = [head.lemma_.lower(), *compounds]
        if (all(self.kb.sector([w]) is None for w in words) and head.lemma_.lower() not in COLLECTIVE_WORDS
                and self.kb.sector([*compounds, head.lemma_.lower()]) is None  # "the *town council*"
                and not (amods and head.lemma_.lower() in BODY_WORDS and self.kb.sector(amods) is not None)):
            # ("the *military council* in Niger", "a *parliamentary commission* in Brazil")
            return None  # "*opposition* deputies in Kiev" is placed, "the hotel in Kabul" is not
        if is_foreign(phrase(head).text):
            return None  # "*foreign* journalists in Baghdad" are not Iraqi
        places = [o for p in head.children if p.dep_ == "prep" and p.lower_ in ("in", "from")
                  for o in p.children if o.dep_ == "pobj" and o.pos_ == "PROPN"]
        places += [c for c in head.children if c.dep_ == "compound" and c.ent_type_ in ("GPE", "NORP", "LOC")
                   and c.i == head.i - 1]  # "*Lahore* police" (the tagger may call it a nationality)
        for place in places:
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
            heads = [o for p in other.children if p.dep_ == "prep" and p.lower_ in ("of", "for")
                     for o in p.children if o.dep_ == "pobj"]
            nouns = [t.lemma_.lower() for t in span if t.pos_ in ("NOUN", "PROPN")]
            country = next(filter(None, map(self._country_cue, [span, *map(phrase, heads)])), None)
            found = Resolved(country, self.kb.sector(nouns) if nouns else None)
            if found.country is None:
                found = self._body_of(heads, found.sector)
            if found.country is not None or found.sector is not None:
                return found
        return None

    def _named_in_apposition(self, head: Token) -> Resolved | None:
        """A group a common noun describes and an apposition names ("the militant group
        *Hamas*", "the rebel movement *UNITA*"): the named group's country and sector."""
        if head.pos_ != "NOUN":
            return None
        for name in (c for c in head.children if c.dep_ == "appos" and c.pos_ == "PROPN"):
            found = self.resolve(name)
            if found.country is not None:
                return Resolved(found.country, found.sector)
        return None

    def _body_of(self, heads: list[Token], sector: str | None) -> Resolved:
        """The country of the named body an apposition's title belongs to ("vice-chairman *of
        the Standing Committee of China's parliament*", "a member *of the Politburo*"), and
        its sector when the title gives none."""
        queue = list(heads)
        while queue:
            owner = queue.pop(0)
            found = self.resolve(owner) if owner.pos_ in ("PROPN", "NOUN") else None
            if found is not None and found.country is not None and (owner.pos_ == "PROPN" or found.sector):
                return Resolved(found.country, sector or found.sector)
            queue += [o for p in owner.children if p.dep_ == "prep" and p.lower_ == "of"
                      for o in p.children if o.dep_ == "pobj"]  # "of the committee *of X*"
        return Resolved(None, sector)

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
            if _stance_word(token) or native_people(token):
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
            if ent.label_ in ("NORP", "GPE") and not native_people(ent.root):
                entry = self.kb.country(ent.text)
                if entry is not None and entry.country and len(entry.country) == 3:
                    counts[entry.country] += 1
        return counts


# Words that place a phrase's actors outside any one home country ("Western governments").
ABROAD_WORDS = frozenset({
    "western", "foreign", "international", "world", "global", "allied", "coalition", "arab",
    "european", "african", "asian", "latin", "gulf", "overseas", "neighbouring", "neighboring",
    "regional", "multinational",
})

# Words that say a phrase's people are strangers where they are ("foreign journalists").
FOREIGN_WORDS = frozenset({"foreign", "international", "overseas", "western", "expatriate"})
# Words after "foreign" that make it a title, not a stranger ("the Foreign Ministry").
OFFICE_WORDS = frozenset({"ministry", "minister", "ministers", "office", "affairs", "secretary",
                          "service", "policy", "relations", "committee", "legion"})


def is_foreign(text: str) -> bool:
    """"*Foreign* journalists", "*international* monitors": people the place where they are
    ("in Baghdad") does not make its own; not "the Foreign Ministry"."""
    words = text.lower().replace("-", " ").split()
    return any(word in FOREIGN_WORDS and (i + 1 == len(words) or words[i + 1] not in OFFICE_WORDS)
               for i, word in enumerate(words))


# Nouns for groups of people that a place can locate ("protesters in Lima" have sectors).
# Nouns for one person's role, who can be "he" or "she" ("the prime minister said she ...").
PERSON_ROLES = frozenset({
    "minister", "president", "premier", "chancellor", "leader", "spokesman", "spokeswoman",
    "spokesperson", "official", "secretary", "governor", "ambassador", "envoy", "general",
    "commander", "chief", "king", "queen", "prince", "emir", "sheikh", "mayor", "senator",
    "lawmaker", "judge", "prosecutor", "negotiator", "diplomat", "candidate", "chairman",
    "chairwoman", "head", "director", "dictator", "ruler", "monarch", "sultan", "pope", "cleric",
    "imam", "ayatollah", "bishop", "archbishop", "mediator", "deputy", "adviser", "advisor",
    "aide", "officer", "colonel", "commissioner", "representative", "delegate", "activist",
    "dissident", "editor", "lawyer", "attorney", "counterpart",
})
COLLECTIVE_WORDS = frozenset({"group", "crowd", "people", "member", "party", "coalition", "movement"})
# Bodies whose adjective says which branch they are ("the *military* council").
BODY_WORDS = frozenset({"council", "commission", "committee", "court", "tribunal", "panel", "board",
                        "junta", "authority", "command", "government", "administration", "leadership"})
# Nouns for people sent by someone, whose "from X" names who sent them.
SENT_GROUPS = frozenset({
    "delegation", "team", "mission", "envoy", "emissary", "representative", "official",
    "diplomat", "expert", "inspector", "monitor", "observer", "troop", "soldier", "force",
    "contingent", "peacekeeper", "negotiator", "mediator", "minister", "leader",
})


# Dependencies of a verb's own arguments: its subject, its object, a passive's agent.
ARGUMENT_DEPS = frozenset({"nsubj", "nsubjpass", "dobj"})
# Nouns a group's name may follow ("the militant group Hamas").
GROUP_NAMED = frozenset({"group", "movement", "organisation", "organization", "faction", "militia",
                         "party", "network"})
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


def _reporter(verb: Token) -> Token:
    """The verb whose subject speaks: past a clause whose subject is a bare "it" ("X let *it*
    be known that he would", "X made *it* known that")."""
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    if [s.lower_ for s in subjects] == ["it"] and verb.dep_ == "ccomp" and verb.head.i != verb.i:
        return verb.head
    return verb


def _one_person(token: Token) -> bool:
    """A person's name or a singular noun for a person's role ("minister", "spokeswoman")."""
    return token.ent_type_ == "PERSON" or (
        token.tag_ in ("NN", "NNP") and token.lemma_.lower() in PERSON_ROLES)


def _capitalised(token: Token) -> bool:
    return token.text[:1].isupper()


def _own_country_first(own: Resolved, known: Resolved) -> Resolved:
    """A person's remembered description, unless the phrase itself names another country:
    "*Jordan's* King Hussein" after "Iraqi President Saddam Hussein" is Jordan's."""
    if own.country is not None and own.country != known.country and own.via not in ("title", "words"):
        return Resolved(own.country, known.sector or own.sector, own.via)
    return known


# Words that tie people to the group they belong to: "linked / tied / loyal *to* X".
TIE_WORDS = frozenset({"link", "linked", "tie", "tied", "affiliate", "affiliated", "loyal",
                       "allied", "ally", "connect", "connected", "belong", "belonging"})


def _affiliations(head: Token) -> list[Token]:
    """The objects of "to"/"with" after a tie word that modifies ``head`` ("hackers *linked
    to* X", "gunmen *loyal to* X"), also when the parser made the participle the verb of
    which ``head`` is the subject ("Hackers linked to X attacked ...": "linked" with no
    object of its own)."""
    ties = [c for c in head.children if c.dep_ in ("acl", "amod", "relcl") and c.lower_ in TIE_WORDS]
    verb = head.head
    if (head.dep_ == "nsubj" and verb.lower_ in TIE_WORDS and verb.tag_ in ("VBD", "VBN")
            and not any(c.dep_ in ("dobj", "nsubjpass", "auxpass", "aux") for c in verb.children)):
        ties.append(verb)
    return [o for tie in ties for p in tie.children if p.dep_ == "prep" and p.lower_ in ("to", "with")
            for o in p.children if o.dep_ == "pobj"]


def _argument(token: Token) -> bool:
    """A verb's subject or object, or a preposition's object ("pressure *on the regime*",
    "attacks *by* X") other than an "of" phrase's ("the shooting *of villagers*")."""
    return token.dep_ in ARGUMENT_DEPS or (token.dep_ == "pobj" and token.head.lower_ != "of")


def _other_sides(span: Span) -> set[int]:
    """"*Indian and Sri Lankan* navies": the tokens of the sides after the first (and the
    words joining them), which the coder takes as the partner; the phrase is the first's."""
    sides = coordinated_modifiers(span.root)
    if len(sides) < 2:
        return set()
    return {t.i for side in sides[1:] for t in side.subtree} | {
        c.i for c in sides[0].children if c.dep_ in ("cc", "punct")}


def _proper(owner: Token) -> bool:
    """A name, or a common noun named by one ("the militant group *Hamas*")."""
    return _named_by(owner).pos_ == "PROPN"


def _named_by(owner: Token) -> Token:
    """The name a common noun carries ("the militant group *Hamas*"), else the noun."""
    if owner.pos_ == "PROPN":
        return owner
    named = next((c for c in owner.children if c.dep_ in ("appos", "compound") and c.pos_ == "PROPN"), None)
    if named is None and owner.lemma_.lower() in GROUP_NAMED and owner.i + 1 < len(owner.doc):
        after = owner.doc[owner.i + 1]  # "the militant group Hamas", the name parsed away
        named = after if after.pos_ == "PROPN" and after.ent_iob_ == "B" and after.ent_type_ == "ORG" else None
    return named or owner


def _reflexive_owner(token: Token) -> Token | None:
    """"Ethiopia declared *itself* ready to": the subject of the nearest verb above the
    reflexive pronoun (itself the subject of a small clause) that has a subject of its own."""
    verb = token.head
    while verb.head.i != verb.i and not children(verb.head, "nsubj"):
        verb = verb.head
    subjects = [s for s in children(verb.head, "nsubj") if s.i != token.i]
    return subjects[0] if subjects else None


def _stance_word(token: Token) -> bool:
    """"pro-Iranian", "anti-Syria": a stance towards a country, not membership of it."""
    doc, i = token.doc, token.i
    if token.lower_ in ("pro", "anti") and i + 1 < len(doc) and doc[i + 1].text == "-":
        return True
    if token.text == "-" and i > 0 and doc[i - 1].lower_ in ("pro", "anti"):
        return True
    return stance_of(token) is not None and token.lower_ not in STANCE_CAUSES  # "pro-*democracy* groups" are a camp


REFLEXIVES = frozenset({"itself", "themselves", "himself", "herself"})
# What a "pro-" word may stand for that is a cause, not a country: its groups are a camp.
STANCE_CAUSES = frozenset({"democracy"})
# The India of "Indian(s)": words before it that still mean India's people ("North Indian
# farmers"), unlike a people's name ("Mohawk Indians") or "indigenous Indians".
INDIA_MODIFIERS = frozenset({"north", "south", "northern", "southern", "east", "eastern", "central",
                             "non", "resident", "overseas"})
NATIVE_MODIFIERS = frozenset({"indigenous", "native", "tribal", "aboriginal", "amerindian"})


def native_people(token: Token) -> bool:
    """"*Mapuche Indian* activists", "*Mohawk Indians*", "*American Indians*", "*indigenous*
    Indians": an "Indian(s)" right after a proper name, nationality or native-people word
    names a native people of the Americas (or an Indian diaspora), not India; a place in
    India before it ("the Mumbai Indians") does not."""
    if token.lower_ not in ("indian", "indians") or token.i == 0:
        return False
    before = token.doc[token.i - 1]
    if before.lower_ in NATIVE_MODIFIERS:
        return True
    if before.lower_ in INDIA_MODIFIERS or not before.is_alpha or not _capitalised(before):
        return False
    if before.pos_ != "PROPN" and before.ent_type_ != "NORP":
        return False
    place = load_gazetteer().lookup(before.text)  # "the Mumbai Indians" are India's
    return place is None or place.country != "IND"


def _of_a_name(head: Token) -> bool:
    """Whether the noun has an "of" phrase with a name ("the Commonwealth *of Virginia*")."""
    return any(p.dep_ == "prep" and p.lower_ == "of" and any(o.pos_ == "PROPN" for o in p.children)
               for p in head.children)
