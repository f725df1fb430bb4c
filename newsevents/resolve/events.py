"""Turn extracted mentions into resolved, scored events (``kb.v1``)."""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date
from itertools import pairwise
from typing import TypeVar

from spacy.tokens import Doc, Span, Token

from newsevents.config import Config
from newsevents.extract import plover, syntax
from newsevents.extract.attributes import NOT_PLACE_LABELS, names_a_deal
from newsevents.extract.coder import MUTUAL_TYPES, TALK_NOUNS
from newsevents.extract.lexicon import noun_classes, offtopic_words
from newsevents.extract.quotes import Quote, find_quotes
from newsevents.extract.syntax import phrase
from newsevents.models import (
    Actor,
    ActorFile,
    Article,
    CodedArticle,
    Event,
    Location,
    Mention,
    Precision,
)
from newsevents.models import Span as TextSpan
from newsevents.resolve import history
from newsevents.resolve.actorfile import load_actor_files, load_builtin_people
from newsevents.resolve.actors import (
    ABROAD_WORDS,
    NAME_LABELS,
    ArticleActors,
    is_foreign,
    native_people,
)
from newsevents.resolve.dateline import dateline_country, home_country, place_counts
from newsevents.resolve.dates import publication_date, resolve_date
from newsevents.resolve.kb import ActorKB, load_kb
from newsevents.resolve.memory import CorpusMemory
from newsevents.resolve.places import Gazetteer, load_gazetteer

COUNTERPART = "counterpart"
# Entity labels of proper names that never name an unplaced actor: countries and regions
# (one the gazetteer misses is still a place: "Afganistan"), numbers and dates; a proper
# name names an actor only as a person, organisation or group (or a facility the tagger
# took a group for), or when the tagger gave it no label.
UNPLACED_NOT_NAMES = NOT_PLACE_LABELS | {"GPE", "LOC"}
UNPLACED_NAME_LABELS = frozenset({"PERSON", "ORG", "NORP", "FAC", ""})
# Sectors whose unnamed members are taken to belong where the event happens.
A = TypeVar("A", Actor, Actor | None)
# Collective nouns that name actors through their modifier ("opposition groups").
COLLECTIVES = frozenset({"group", "member", "people", "crowd", "faction", "wing", "coalition",
                         "movement", "alliance", "front", "bloc", "camp", "delegation", "unit", "squad",
                         "detachment", "column", "contingent", "band", "agent"})
# Nouns that name a group when a proper name goes with them ("the Mungiki sect").
GROUP_NOUNS = COLLECTIVES | {"sect", "party", "organisation", "organization", "union", "militia",
                             "clan", "tribe", "gang", "network", "association", "society", "league",
                             "council", "committee", "brigade", "guard", "newspaper", "paper", "daily", "cell"}
# Nouns for a people or part of one ("the ethnic Albanian *population*"), never a thing owned.
PEOPLE_NOUNS = COLLECTIVES | {"population", "community", "minority", "majority", "diaspora", "public"}
# Nouns for anyone at all: such people act where the event happens ("a young man hurled a
# grenade at X in Khujand"), but unplaced they name no actor ("the men were away fighting").
ANYONE = frozenset({"man", "woman", "person", "parent"})
# The source of an agentless event ("two soldiers were killed"): no text, country or sector.
UNNAMED = Actor("")
# Sectors that stand against their own state: the target of a hostile act of the source's
# country in one of these is another side, not the source's own ("the Sudanese government
# accused Darfur rebels").
CHALLENGER_SECTORS = frozenset({"REB", "OPP", "UAF", "CRM", "PTY"})
BROKER_VERBS = frozenset({"broker", "mediate", "sponsor", "negotiate"})
TRUCES = frozenset({"truce", "ceasefire", "cease-fire", "armistice"})
LOCAL_SECTORS = frozenset({"CVL", "COP", "REB", "UAF", "CRM", "LAB", "EDU", "AGR", "OPP", "PTY",
                           "ELI", "JUD", "LEG", "MED", "REL", "BUS", "SOC"})
# Trigger words that leave a body ("pulled out of", "quit", "withdrew from", "left").
LEAVING_STEMS = ("pull", "quit", "withdr", "leav", "left", "resign", "exit")
# Types whose unnamed target is the place where they happen: a protest is aimed at its
# authorities (GOV); a curfew, a shelling, an eased restriction or a deployment at its people.
PLACE_TARGETS: dict[str, str | None] = {
    "PROTEST": "GOV", "COERCE": None, "ASSAULT": None, "CONCEDE": None, "RETREAT": None,
    "MOBILIZE": None,
}

# Types about what may come (threats, readiness): kept when told as possible and agentless
# ("a force *could be deployed* within days"); other agentless possibilities are no event.
FORWARD_TYPES = frozenset({"THREATEN", "MOBILIZE"})
# Types (or type and mode) aimed at home when they name no target, no place and no other
# country: a protest at the protesters' own government; any coercion (a curfew, martial law,
# a seizure, a closure, a cut-off), threatened restrictions, a concession and an investigation
# at the actor's own people ("Hanoi confiscated pagodas", "authorities closed a newspaper").
HOME_TARGETS: dict[str | tuple[str, str], str | None] = {
    "PROTEST": "GOV", "COERCE": None, ("THREATEN", "restrict"): None, "CONCEDE": None,
    ("ACCUSE", "investigate"): None, "ASSAULT": None,
}

# Types aimed at the own government when people outside the state make them and name no one
# ("church leaders demanded an end to one-party rule", "farmers vowed to block the roads").
CIVIL_HOME_TARGETS = {"REQUEST": "GOV", "REJECT": "GOV", "THREATEN": "GOV"}
# Types aimed at their own state when rebels make them and name no one ("the rebels
# declared a ceasefire", "offered talks", "rejected the amnesty").
REBEL_HOME_TYPES = frozenset({"RETREAT", "AGREE", "REJECT", "THREATEN", "REQUEST", "CONCEDE"})
# Types aimed at the state's own people when its agents make them and name no one else
# ("the president promised to overhaul the election laws", "the police warned they would
# impose a curfew", "the government rejected calls for multiparty politics"); not by a
# foreign minister ("called for the fighting to end" may address anyone).
STATE_HOME_TYPES = frozenset({"AGREE", "REJECT", "THREATEN", "REQUEST"})
STATE_SECTORS = frozenset({"GOV", "COP", "MIL", "JUD", "LEG"})
# Players of domestic politics, their hostile or demanding acts, and the political figures
# those acts aim at (``_rival_at_home``).
RIVAL_SECTORS = frozenset({"COP", "OPP", "JUD", "LEG", "PTY", "REL", "LAB", "EDU", "CVL"})
RIVAL_TYPES = frozenset({"ACCUSE", "PROTEST", "COERCE", "ASSAULT", "THREATEN", "REJECT", "REQUEST",
                         "SANCTION"})
FIGURE_SECTORS = frozenset({"GOV", "OPP", "PTY", "JUD", "LEG"})
CIVIL_SECTORS = frozenset({"OPP", "CVL", "LAB", "EDU", "REL", "PTY", "AGR"})
# The people a state's soldiers fire on at home (parties aside; the press and refugees too).
CIVILIAN_SECTORS = CIVIL_SECTORS - {"PTY"} | {"MED", "REF"}

# The unnamed actor of an agentless event, by type and mode, as a sector of the country where
# it happens: an attacker is an unidentified armed force, an arrest is the police's, an
# investigation or a conviction the judiciary's, a curfew or martial law the government's.
AGENTLESS_SOURCES: dict[str | tuple[str, str], str] = {
    "ASSAULT": "UAF", ("COERCE", "arrest"): "COP", ("ACCUSE", "investigate"): "JUD",
    ("SANCTION", "convict"): "JUD", ("COERCE", "curfew"): "GOV", ("COERCE", "martial-law"): "GOV",
}

# Verbs of a concession that, granted to an international body, let it in.
ACCESS_VERBS = frozenset({"allow", "permit", "let", "authorize", "authorise"})
INTERNATIONAL_SECTORS = frozenset({"IGO", "NGO"})
# What the body is let in to do: come, stay and work there ("allowed monitors to enter").
ENTRY_VERBS = frozenset({
    "enter", "land", "deploy", "visit", "tour", "inspect", "operate", "work", "deliver",
    "distribute", "monitor", "observe", "travel", "fly", "come", "go", "return", "reach",
    "cross", "station", "base", "investigate", "meet", "see", "open", "resume", "stay",
    "remain", "evacuate", "help", "feed", "treat", "bring", "use", "access", "take",
})
# Verbs of starting whose infinitive is the act ("allowed the Red Cross to *begin visiting*").
ASPECT_VERBS = frozenset({"begin", "start", "resume", "continue"})
# Words that make a force or team an international one ("troops of a *multinational* force").
INTERNATIONAL_WORDS = frozenset({"multinational", "international", "peacekeeping", "peacekeeper",
                                 "un", "u.n.", "nato"})

# Types whose object, when a place, is where they happen ("blockaded the port of X").
OBJECT_PLACE_TYPES = frozenset({"PROTEST", "COERCE", "ASSAULT"})
# A divided country's plural name ("the two Koreas") and its two states.
DIVIDED = {"koreas": ("KOR", "PRK"), "sudans": ("SDN", "SSD"), "congos": ("COD", "COG")}
# Entity labels of places, for a place name tagged as a common noun.
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
# Nouns for places that their "of X" names ("the port of Calais", "the town of Kuito").
PLACE_NOUNS = frozenset({"port", "town", "city", "village", "capital", "airport", "harbour",
                         "harbor", "border", "province", "region", "district", "valley",
                         "island", "outskirts", "suburb", "streets", "centre", "center"})
# Places that stand for the people who hold them when a modifier names those people
# ("shelled *rebel positions*", "bombed *Kurdish villages*", "*government-held* towns").
HELD_PLACES = frozenset({
    "position", "village", "town", "camp", "base", "stronghold", "hideout", "area", "district",
    "neighbourhood", "neighborhood", "territory", "enclave", "home", "house", "office",
    "headquarters", "post", "outpost", "trench", "bunker", "line",
})

# Demonyms of one state that end in a regional word ("South *African*").
STATE_DEMONYMS = frozenset({"south african", "central african"})
# A country's missions abroad: a protest at one is aimed at that country.
MISSION_NOUNS = frozenset({"embassy", "consulate", "legation", "chancery"})
# Armed forces named with no agent are the actor of a deployment ("troops were deployed")
# or a withdrawal ("were pulled back"), but not of a disarmament ("rebels were disarmed").
WITHDRAWALS = ("withdr", "pull", "evacuat", "redeploy")
# Triggers of forces sent somewhere ("peacekeepers were deployed / dispatched / flown in").
DEPLOYMENTS = ("deploy", "dispatch", "station", "sent", "flown", "airlift")
ARMED_SECTORS = frozenset({"MIL", "COP", "REB", "UAF", "SPY"})
# What a state boycotts as a protest rather than as a cut in relations.
GATHERINGS = frozenset({"conference", "summit", "meeting", "session", "talks", "talk", "election",
                        "poll", "vote", "referendum", "ceremony", "games", "olympics", "parade",
                        "celebration", "forum", "assembly", "debate", "inauguration", "funeral",
                        "festival", "event", "opening", "tournament", "cup", "fair", "exhibition"})
# People who stand for a market ("investors shrugged off the comments").
# (Not traders: market traders who shut their stalls in protest are protesters.)
MARKET_ACTORS = frozenset({"investors", "investor", "speculators", "markets", "shareholders"})
# Sectors of political actors: an event of theirs on the sports pages is still theirs
# ("police clashed with fans after the match").
POLITICAL_SECTORS = frozenset({"GOV", "MIL", "COP", "REB", "UAF", "SPY", "JUD", "LEG", "OPP", "PTY",
                               "IGO", "CRM", "NGO"})


@dataclass(frozen=True)
class Resolver:
    """The knowledge sources resolution reads from, loaded once per process."""

    kb: ActorKB
    gazetteer: Gazetteer
    config: Config
    actor_files: tuple[ActorFile, ...] = ()

    @classmethod
    def load(cls, config: Config) -> Resolver:
        """The built-in knowledge sources with ``config.actor_files`` laid over the KB.

        Raises:
            ConfigError: NE502/NE503 for an unreadable actor file or a bad row in one.
        """
        kb = load_kb()
        people = load_builtin_people(kb)  # user files come later, so they beat these rows
        files = load_actor_files(config.actor_files, kb)
        kb = kb.with_user_actors([*people.actors, *(a for f in files for a in f.actors)])
        return cls(kb, load_gazetteer(), config, files)

    def code(self, article: Article, doc: Doc, mentions: list[Mention],
             quotes: Sequence[Quote] | None = None,
             memory: CorpusMemory | None = None) -> CodedArticle:
        """The article's events and the people it defines (``ActorFact``s for the memory)."""
        actors = ArticleActors(doc, self.kb, list(find_quotes(doc) if quotes is None else quotes),
                               article.date, memory)
        named = actors.countries + place_counts(doc.ents, self.gazetteer, self.kb)
        home = home_country(dateline_country(doc.text, self.gazetteer, self.kb), named)
        events = [e for m in mentions if (e := self._event(article, doc, actors, m, home)) is not None]
        events = _state_boycotts(doc, _international_access(doc, events))
        facts = actors.facts(article.id, article.date)
        return CodedArticle(article, tuple(deduplicate(events)), facts)

    def events(self, article: Article, doc: Doc, mentions: list[Mention],
               quotes: Sequence[Quote] | None = None,
               memory: CorpusMemory | None = None) -> list[Event]:
        """Resolved events of one article, one per distinct who-did-what in a sentence."""
        return list(self.code(article, doc, mentions, quotes, memory).events)

    def _event(self, article: Article, doc: Doc, actors: ArticleActors, m: Mention,
               home: str | None = None) -> Event | None:
        if m.source_root is None and m.target_root is None:
            return None
        between = _talks_between_sides(doc, m)
        source, target = _forces_moved(m, *self._pair(doc, actors, m, between))
        moved = m.source_root is None and source != UNNAMED
        unplaced = self._unplaced(doc, actors, m) if target is None and not moved else None
        if m.source_root is None:
            target = target or self._people_of_place(doc, m)
            if target is None and unplaced is None and source == UNNAMED:
                return None  # an agentless event is kept only when we know whom it hit
            if m.modality == "hypothetical" and m.type not in FORWARD_TYPES and source == UNNAMED:
                return None  # "a deal with Jordan *could be* reached": no one, and not even done
        elif source.country is None and not (
            _named_source(actors, doc[m.source_root], source) and not self._is_place(source)
        ):
            return None
        named = self._sentence_countries(doc, m)
        place = self._place(m, self._actor_countries(doc, m))
        location = _settled(place or self._object_place(doc, m, home), named | self._places_countries(m), home)
        source = _at_home(_placed_source(m, source, location, target), home, named)
        source = _at_home(source, self._sole_country(doc, m, named) if home is None else None, named)
        source = _rival_at_home(m.type, source, target, named)
        if _anyone_unplaced(doc, m, source):
            return None
        venue = None if between else location  # talks abroad place neither side
        target = _local_target(m.type, m.mode, source, target or unplaced, venue)
        target = _at_home(_domestic_target(m.type, m.mode, source, target, named), home, named)
        if target is None and _state_act_at_home(m.type, source, named) and not self._names_others(doc, actors, m, source):
            target = Actor("", source.country, None)
        if m.type == "PROTEST":
            target = self._embassy(doc, m, source) or target
        side = {source.country} | ({actors.resolve(c).country for c in doc[m.source_root].conjuncts}
                                   if m.source_root is not None else set())
        if source != UNNAMED and target is not None and _forum(m.type, source, target):
            target = self._clause_target(doc, m, side, states_only=True) or target  # not its seat
        elif source != UNNAMED and (target is None or _unplaced_here(target)
                                    or _own_possession(doc, m, side, target) or _own_forces(m, source, target)):
            target = (None if between else self._clause_target(doc, m, side)) or target
        if unplaced is not None and target is not None and target.country is None:
            if m.source_root is None:
                return None
            target = None  # a name that nothing places is no target
        source, target = self._state(source), self._state(target)
        if _business_only(source, target) or _sporting(doc, m, source, _unless_place(target, location)) or _private_trip(m, source):
            return None
        kind, mode = _civil_blockade(*_left_body(m, target), source)
        source, target, location = _as_of(article.date, source, target, location)
        info = plover.info(kind, mode)
        date_value, precision = self._date(article, m)
        return Event(
            id=event_id(article.id, m),
            article_id=article.id,
            type=kind,
            mode=mode,
            quad=info.quad,
            score=info.score,
            source=source,
            target=target,
            date=date_value,
            date_precision=precision,
            location=location,
            polarity=m.polarity,
            modality=m.modality,
            claimant=actors.resolve(doc[m.claimant_root]) if m.claimant_root is not None else None,
            evidence=m.sentence,
            trigger=m.trigger,
            extractor=m.extractor or self.config.extractor,
            resolver=self.config.resolver,
        )

    def _pair(self, doc: Doc, actors: ArticleActors, m: Mention,
              between: bool) -> tuple[Actor, Actor | None]:
        """Source and target, with "his Chinese counterpart" tied to the other side; with
        ``between`` (``_talks_between_sides``), the talks' venue is no candidate target."""
        source = actors.resolve(doc[m.source_root]) if m.source_root is not None else UNNAMED
        target = actors.resolve(doc[m.target_root]) if m.target_root is not None else None
        halves = _divided(doc[m.source_root], m.type) if m.source_root is not None else None
        if halves is not None and (target is None or target.country is None):
            return halves
        if target is not None and doc[m.target_root or 0].lemma_ == COUNTERPART:
            target = Actor(target.text, target.country, target.sector or source.sector)
            if source.country is None:
                hint = actors.resolve(doc[m.claimant_root]).country if m.claimant_root else None
                source = Actor(source.text, actors.home_country(target.country, hint), source.sector)
        if target is not None and not _is_actor(actors, doc[m.target_root or 0], target):
            target = None
        own_side = (target is not None and target.country is not None and target.country == source.country
                    and not (target.sector in CHALLENGER_SECTORS and plover.info(m.type, m.mode).quad >= 3)
                    and not _challenges_state(source, target) and m.mode != "investigate")
        # (a hostile act on challengers at home is no act on one's own side: "accused *rebels*";
        # nor is a challenger's act on the state: "rebels surrendered *to Burmese troops*";
        # an inquiry into one's own troops is into them)
        for index in m.target_alternatives if target is None or own_side else ():
            if (_joint_sides(doc, m) and _venue(doc[index])) or (m.type != "CONSULT" and _meeting_venue(doc[index])):
                continue  # "A and B held talks *in Nairobi*", "threatened to quit talks *in Kenya*"
                # (a lone visitor's talks abroad are with the host: "held talks *in Baghdad*")
            candidate = actors.resolve(doc[index])
            same_side = (candidate.country, candidate.sector) == (source.country, source.sector)
            if own_side and candidate.country in (None, source.country):
                continue  # "withdrew *its troops* from Lebanon": only another country replaces it
            if not same_side and _is_actor(actors, doc[index], candidate):
                return source, candidate
        return source, target

    def _unplaced(self, doc: Doc, actors: ArticleActors, m: Mention) -> Actor | None:
        """A target named but not placed ("the Kifaya group", "candidate Ouattara"), for
        ``_local_target`` or ``_domestic_target`` to place (it is dropped if neither can);
        None when no candidate names anyone."""
        heads = [m.target_root] if m.target_root is not None else []
        for index in [*heads, *m.target_alternatives]:
            actor = actors.resolve(doc[index])
            if index != m.source_root and actor.country is None and self._names_unplaced(
                    actors, doc[index], actor):
                return actor
        return None

    def _names_unplaced(self, actors: ArticleActors, head: Token, actor: Actor) -> bool:
        """Whether a phrase with no country still names someone: a sector word, a proper
        name that is no place, date or number, or a group called by one ("the Mungiki sect")."""
        if actor.sector is None and (head.ent_type_ in UNPLACED_NOT_NAMES or self._is_place(actor)):
            return False
        if _named_source(actors, head, actor):
            return True
        if head.pos_ == "PROPN":
            return head.ent_type_ in UNPLACED_NAME_LABELS
        return head.lemma_.lower() in GROUP_NOUNS and any(
            c.dep_ in ("compound", "nmod", "appos") and c.pos_ == "PROPN"
            and c.ent_type_ not in UNPLACED_NOT_NAMES for c in head.children)

    def _sentence_countries(self, doc: Doc, m: Mention) -> frozenset[str]:
        """The countries the mention's sentence names (nationalities, countries, places),
        but not a place that only names an accord or a meeting ("the *Taif* agreement",
        "the *Dayton* accords", "the *Oslo* talks")."""
        return frozenset(c for ent in _sentence_ents(doc, m)
                         if not _names_a_deal(ent) and not self._reporters_seat(doc, m, ent) and not _backer(ent.root)
                         and (c := self._ent_country(ent)) is not None)

    def _reporters_seat(self, doc: Doc, m: Mention, ent: Span) -> bool:
        """A town that names the claimant's seat ("the rebels' *London* office said", "the
        *Paris*-based group said") is where the reporter sits, not a country of the event;
        a country there still counts ("*Kenyan* officials said"), and so does a town the
        reporter is in ("diplomats *in Rangoon* said")."""
        if m.claimant_root is None or ent.root.i not in {t.i for t in doc[m.claimant_root].subtree}:
            return False
        if ent.root.dep_ not in ("compound", "nmod", "npadvmod") and ent.root.head.lower_ != "based":
            return False
        entry = self.kb.lookup(ent.text, None)
        return entry is None or entry.kind not in ("country", "demonym")

    def _actor_countries(self, doc: Doc, m: Mention) -> frozenset[str]:
        """The countries the sentence names by nationality or country name (not by a town)."""
        return frozenset(c for ent in _sentence_ents(doc, m) if ent.label_ in ("NORP", "GPE")
                         and (entry := self.kb.lookup(ent.text, None)) is not None
                         and entry.kind in ("country", "demonym") and (c := entry.country))

    def _names_others(self, doc: Doc, actors: ArticleActors, m: Mention, source: Actor) -> bool:
        """Whether the sentence names a party outside the source's country: a foreign or an
        international actor ("the *U.N.* envoy", "the *European* proposal")."""
        inside = {t.i for t in doc[m.source_root].subtree} if m.source_root is not None else set()
        for ent in _sentence_ents(doc, m):
            if ent.root.i in inside or ent.label_ not in ("ORG", "NORP", "GPE", "PERSON"):
                continue
            actor = actors.resolve(ent.root)
            if actor.sector == "IGO" or actor.country not in (None, source.country):
                return True
        return False

    def _embassy(self, doc: Doc, m: Mention, source: Actor) -> Actor | None:
        """"Protested outside *the Danish embassy* in Islamabad": a protest at a foreign
        mission is aimed at the country the mission represents."""
        for noun in _trigger_clause(doc, m):
            if noun.lemma_.lower() not in MISSION_NOUNS:
                continue
            owners = [c for c in noun.children if c.dep_ in ("amod", "compound", "poss", "nmod")]
            owners += syntax.prep_objects(noun, "of")
            for owner in owners:
                entry = self.kb.country(owner.text) or self.kb.capital(owner.text)
                if entry is not None and entry.country not in (None, source.country):
                    return Actor(phrase(noun).text, entry.country, "GOV")
        return None

    def _sole_country(self, doc: Doc, m: Mention, named: frozenset[str]) -> str | None:
        """With no home country for the article, the only country the sentence names is home
        to its unplaced local actors ("the government", "the federal minister"), unless only
        the target's phrase names it as a country or nationality: "welcomed *the South
        African leader*" or "sanctions *against Nigeria*" says the source is foreign to it."""
        if len(named) != 1:
            return None
        country = next(iter(named))
        heads = [*([m.target_root] if m.target_root is not None else []), *m.target_alternatives]
        inside = {t.i for head in heads for t in doc[head].subtree}
        for ent in _sentence_ents(doc, m):
            if self._ent_country(ent) == country and (
                    ent.root.i not in inside or self.kb.country(ent.text) is None):
                return country
        return None

    def _ent_country(self, ent: Span) -> str | None:
        """The country a named entity names: a country, nationality or known place."""
        if _currency(ent) or native_people(ent.root):
            return None
        entry = self.kb.country(ent.text) if ent.label_ in ("NORP", "GPE") else None
        place = self.gazetteer.lookup(ent.text) if ent.label_ in ("GPE", "LOC") else None
        country = entry.country if entry is not None else place.country if place else None
        return country if country is not None and len(country) == 3 else None

    def _clause_target(self, doc: Doc, m: Mention, side: set[str | None],
                       states_only: bool = False) -> Actor | None:
        """With no target found, the one country outside the acting ``side`` (the source and
        the sources coordinated with it) that the trigger's own clause names ("rejected a call
        to deploy troops *in East Timor*", "opened an embassy *in Tehran*"), outside the
        source's and the reporting clause's phrases; None when it names none or several. With
        ``states_only``, a town names no one ("the court *in The Hague*" is its seat)."""
        if side <= {None}:
            return None
        clause = {t.i for t in _trigger_clause(doc, m)}
        for root in (m.source_root, m.claimant_root):
            clause -= {t.i for t in doc[root].subtree} if root is not None else set()
        found = {c: ent for ent in doc.ents if ent.root.i in clause and not _names_a_deal(ent) and not _backer(ent.root)
                 and not syntax.names_a_language(ent.root) and not _meeting_venue(ent.root)
                 and not (states_only and ent.label_ == "GPE" and not self.kb.is_country_name(ent.text))
                 and (c := self._ent_country(ent)) is not None and c not in side}
        if len(found) != 1:
            return None
        country, ent = next(iter(found.items()))
        return Actor(ent.text, country, "GOV" if ent.label_ == "GPE" else None)

    def _state(self, actor: A) -> A:
        """A country or its capital named as an actor is its government ("Albania denounced");
        a people named by a plural demonym are its civilians ("Kenyans protested",
        "thousands of Palestinians")."""
        if actor is None or actor.sector is not None or actor.country is None:
            return actor
        name = actor.text.removeprefix("the ").removeprefix("The ")
        entry = self.kb.country(name)
        if entry is None and self.kb.capital(name) is None:
            return actor
        if entry is not None and entry.kind == "demonym" and name.endswith("s") and not name.endswith("ss"):
            return Actor(actor.text, actor.country, "CVL")
        return Actor(actor.text, actor.country, "GOV")

    def _people_of_place(self, doc: Doc, m: Mention) -> Actor | None:
        """"A curfew was imposed *in Srinagar*": a restriction laid on a town by no one named
        is laid on its people, of the country the gazetteer places the town in."""
        if m.type != "COERCE" or m.target_root is None:
            return None
        found = self.gazetteer.lookup(doc[m.target_root].text, self._sentence_countries(doc, m))
        return Actor("", found.country, None) if found is not None and found.country else None

    def _is_place(self, actor: Actor) -> bool:
        """A bare place name ("Liverpool") that the knowledge base does not make an actor."""
        return actor.sector is None and self.gazetteer.lookup(actor.text) is not None

    def _date(self, article: Article, m: Mention) -> tuple[str, Precision]:
        if m.date_expr is not None:
            found = resolve_date(m.date_expr.text, article.date, m.tense, m.sentence.text)
            if found is not None:
                return found
        return publication_date(article.date)

    def _object_place(self, doc: Doc, m: Mention, home: str | None = None) -> Location | None:
        """"Blockaded *the ports of Calais and Dunkirk*", "occupied *the town of Kuito*": with
        no place phrase, a blockade, seizure or attack happens where the place it acts on is;
        not a country ("attacked Georgia"), nor a place in another country than those the
        sentence names (a small town's namesake abroad). A name the tagger calls a person
        ("shelled *Misrata*") counts only when no actor has that name and its place is in a
        country the sentence names or the article's home (``home``): "attacked Obama" is
        no attack on a Japanese town."""
        trigger = _trigger_root(doc, m.trigger)
        if m.type not in OBJECT_PLACE_TYPES or trigger is None:
            return None
        named = self._sentence_countries(doc, m)
        names = _acted_on_names(trigger)
        persons = [t for t in _acted_on_names(trigger, with_persons=True) if t not in names]
        for name in names + persons:
            text = phrase(name).text
            found = self.gazetteer.lookup(text)
            if found is None or found.country is None or self.kb.country(text) is not None:
                continue
            if name not in persons:
                if not named or found.country in named:
                    return found
            elif found.country in named | {home} and self.kb.named_exactly(text) is None:
                return found
        return None

    def _places_countries(self, m: Mention) -> frozenset[str]:
        """The countries of the mention's place phrases that the gazetteer places ("the chief
        minister *in Chandigarh*"), whatever the tagger calls them."""
        found = (self.gazetteer.lookup(span.text) for span in m.places)
        return frozenset(p.country for p in found if p is not None and p.country is not None)

    def _place(self, m: Mention, near: frozenset[str] = frozenset()) -> Location | None:
        """The first of the mention's place phrases the gazetteer knows, skipping those the
        knowledge base names as an organisation ("the *Red Cross*" is no town); a town
        found in several countries is taken in one that ``near`` holds."""
        for span in m.places:
            known = self.kb.named_exactly(span.text.removeprefix("the "))
            if known is not None and known.kind in ("org", "igo"):
                continue
            found = self.gazetteer.lookup(span.text, near)
            if found is not None:
                return found
        return None


def _divided(head: Token, kind: str) -> tuple[Actor, Actor] | None:
    """"*The two Koreas* agreed", "*both Koreas* held talks": a divided country's plural
    name as the one actor of a mutual act is its two states, the first (``DIVIDED``) the
    source and the other its partner."""
    halves = DIVIDED.get(head.lower_) if kind in MUTUAL_TYPES and head.tag_ == "NNPS" else None
    if halves is None or syntax.with_conjuncts(head)[1:]:
        return None
    text = phrase(head).text
    return Actor(text, halves[0], "GOV"), Actor(text, halves[1], "GOV")


def _as_of(day: date | None, source: Actor, target: Actor | None,
           location: Location | None) -> tuple[Actor, Actor | None, Location | None]:
    """The event's countries as they stood on the article's day ("Pristina" in 1989: Serbia)."""
    return (history.as_of(source, day), target and history.as_of(target, day),
            location and history.as_of(location, day))


def _named_source(actors: ArticleActors, head: Token, actor: Actor) -> bool:
    """A source with no country is kept when it is a sector word ("rebels") or a proper name
    ("Putin", "UNITA"): who acted is known even when the knowledge base cannot place them."""
    if head.lemma_.lower() in COLLECTIVES:  # "opposition groups", "the UNITA wing"
        named = any(c.dep_ in ("compound", "nmod", "appos") and c.pos_ == "PROPN" for c in head.children)
        named = named or any(o.pos_ == "PROPN" and o.ent_type_ in NAME_LABELS  # "members *of the X Front*"
                             for p in head.children if p.dep_ == "prep" and p.lower_ == "of"
                             for o in p.children if o.dep_ == "pobj")
        return actor.sector is not None or named
    if not actors.names_someone(head):
        return False
    return actor.sector is not None or head.pos_ == "PROPN" and head.ent_type_ in NAME_LABELS


def _backer(token: Token) -> bool:
    """A name inside a hyphenated "-backed" or "-funded" that describes a thing ("a *US*-backed
    eradication campaign"): who stands behind it, not whom an act is aimed at (a "*US*-led
    war" is the US's own)."""
    backing = token.head.dep_ == "amod" and token.head.lemma_.lower() in BACKING_WORDS
    return token.dep_ in ("npadvmod", "compound", "nmod") and backing


def _names_a_deal(ent: Span) -> bool:
    """A place name that modifies an accord or a meeting ("the *Taif* agreement")."""
    return ent.label_ in ("GPE", "LOC") and names_a_deal(ent.root)


def _is_actor(actors: ArticleActors, head: Token, actor: Actor) -> bool:
    """A country, or a sector carried by a word that names someone (not "election results")
    or by the owner of a held place ("*rebel* positions", "*Kurdish* villages"); never a place
    that only names an accord or a meeting ("the *Taif* agreement")."""
    if names_a_deal(head) or _brokered(head):
        return False  # "the *Taif* agreement" names no party to it
    if actor.country is not None:
        return True
    return bool(actor.sector and (actors.names_someone(head) or head.lemma_.lower() in HELD_PLACES))


def _brokered(head: Token) -> bool:
    """"Broke a *Russian-brokered* truce": a truce named by its broker names no party to it (a
    plan named by its drafter is the drafter's: "rejected a *UN-drafted* plan")."""
    return head.lemma_.lower() in TRUCES and any(
        c.dep_ == "amod" and c.lemma_.lower() in BROKER_VERBS for c in head.children)


def _placed_source(m: Mention, source: Actor, location: Location | None, target: Actor | None) -> Actor:
    """Where the event happens says who an unplaced local actor is: "students in Lima" are
    Peruvian, "government soldiers near Kidal" Mali's, "ethnic Albanians in Serbia" are
    Serbia's, and an unnamed attacker ("killed in a bomb blast in Basra") is an unidentified
    armed force (UAF) of that country, while the unnamed arresting or investigating side ("was
    arrested / put under investigation in Italy") is that country's police or judiciary
    (``AGENTLESS_SOURCES``)."""
    if location is None or location.country is None:
        return source
    if m.source_root is None and not source.text:
        sector = AGENTLESS_SOURCES.get(m.type) or AGENTLESS_SOURCES.get((m.type, m.mode or ""))
        return Actor("", location.country, sector) if sector is not None else source
    local = source.sector in LOCAL_SECTORS or _government_side(source) or _home_force(m, source, location, target)
    if source.country is None and local and not is_foreign(source.text):
        return Actor(source.text, location.country, source.sector)
    if _ethnic(source) and source.country != location.country:
        return Actor(source.text, location.country, source.sector or "CVL")
    return source


def _home_force(m: Mention, source: Actor, location: Location, target: Actor | None) -> bool:
    """"*Authorities* clamped a curfew on Amritsar", "*soldiers* opened fire on protesters in
    Bamako": a state's agents coercing the place they act in, or its own people, are that
    place's (a visit, a talk or an aid pledge happens abroad as often as at home)."""
    if m.type not in ("COERCE", "ASSAULT") or source.sector not in ("GOV", "MIL"):
        return False
    if source.sector == "GOV":
        return True
    return target is not None and target.country == location.country and target.sector in CIVILIAN_SECTORS


def _government_side(actor: Actor) -> bool:
    """"*Government* soldiers", "the *government's* forces": a state's side named only as the
    government is the government of the place where it acts."""
    return actor.sector in ("GOV", "MIL", "COP") and "government" in actor.text.lower()


def _international_access(doc: Doc, events: list[Event]) -> list[Event]:
    """A concession that lets an international body in ("allowed UN relief flights to
    land", "permitted Red Cross delegates to visit the camps") is RETREAT ``access``, the
    manual's entry of observers, peacekeepers and aid workers, with every event of its
    trigger; letting one's own people do something ("allowed the opposition to hold its
    rally") stays CONCEDE."""
    granted = {e.trigger.start for e in events if _lets_in(doc, e)}
    info = plover.info("RETREAT", "access")
    return [replace(e, type="RETREAT", mode="access", quad=info.quad, score=info.score)
            if e.type == "CONCEDE" and e.trigger.start in granted else e for e in events]


def _state_boycotts(doc: Doc, events: list[Event]) -> list[Event]:
    """A boycott of another country by a government ("a boycott by Israel and the United
    States", "Arab states boycotted Israeli goods") reduces relations: SANCTION, not the
    civilian PROTEST ``boycott`` of the manual. A state staying away from a gathering
    ("boycotted the conference in Doha") is still a protest."""
    info = plover.info("SANCTION", None)
    return [replace(e, type="SANCTION", mode=None, quad=info.quad, score=info.score)
            if _state_boycott(doc, e) else e for e in events]


def _state_boycott(doc: Doc, e: Event) -> bool:
    if (e.type, e.mode) != ("PROTEST", "boycott") or e.source.sector not in ("GOV", "IGO"):
        return False
    if e.target is None or e.target.country in (None, e.source.country):
        return False
    trigger = _trigger_root(doc, e.trigger)
    shunned = syntax.children(trigger, "dobj") if trigger is not None else []
    return not any(o.lemma_.lower() in GATHERINGS for o in shunned)


def _lets_in(doc: Doc, e: Event) -> bool:
    """Whether a concession lets in an international body (a home NGO is not one)."""
    if e.type != "CONCEDE" or e.target is None:
        return False
    trigger = _trigger_root(doc, e.trigger)
    if trigger is None or trigger.lemma_.lower() not in ACCESS_VERBS or not _international(trigger, e.target):
        return False
    if e.target.sector == "NGO" and e.target.country in (None, e.source.country):
        return False
    acts = [c for c in trigger.children if c.dep_ in ("xcomp", "ccomp")]
    acts = [next(iter(syntax.children(a, "xcomp")), a) if a.lemma_.lower() in ASPECT_VERBS else a for a in acts]
    return all(act.lemma_.lower() in ENTRY_VERBS for act in acts)  # not "to begin bombing"


def _international(trigger: Token, target: Actor) -> bool:
    """An international body ("UN monitors", "the Red Cross"), or a force its own words call
    one ("the first troops of a *multinational* force", "a battalion of *U.N.* peacekeepers")."""
    if target.sector in INTERNATIONAL_SECTORS or target.country == "UNO":
        return True
    let_in = syntax.children(trigger, "dobj") + [  # "allowed *troops* to land", read as a clause
        s for c in syntax.children(trigger, "ccomp") for s in syntax.children(c, "nsubj")]
    return any(t.lower_ in INTERNATIONAL_WORDS for o in let_in for t in o.subtree)


def _local_target(kind: str, mode: str | None, source: Actor, target: Actor | None,
                  location: Location | None) -> Actor | None:
    """An unplaced target belongs where the event happens ("met the president in Harare");
    failing that, unnamed local people ("demonstrators") belong to the acting side's
    country (an international body has no local people). With no named target, some types
    are aimed at the place where they happen (``PLACE_TARGETS``), and a visit is to the
    government of the place visited."""
    place = location.country if location is not None else None
    if target is not None and place is not None and _ethnic(target):
        return Actor(target.text, place, target.sector)  # "ethnic Albanians in Macedonia"
    if target is not None and target.country is None:
        if place is not None:  # "met the president in Harare": Zimbabwe's president
            return Actor(target.text, place, target.sector)
        if target.sector in LOCAL_SECTORS and source.sector != "IGO":
            return Actor(target.text, source.country, target.sector)
    if target is None and location is not None and place is not None and kind in PLACE_TARGETS:
        return Actor(location.name, place, PLACE_TARGETS[kind])
    if target is None and place is not None and (kind, mode) == ("CONSULT", "visit"):
        return Actor(location.name if location else "", place, "GOV")  # "arrived in Amman"
    return target


def _left_body(m: Mention, target: Actor | None) -> tuple[str, str | None]:
    """Leaving an international body ("pulled out of the Commonwealth", "quit OPEC",
    "withdrew its soldiers from the UN force") ends cooperation with it: SANCTION/withdraw,
    as the manual codes leaving an organisation, not a retreat of forces (control handed
    over under a UN resolution leaves no body)."""
    leaving = m.trigger.text.lower().startswith(LEAVING_STEMS)
    if m.type == "RETREAT" and leaving and target is not None and target.sector == "IGO":
        return "SANCTION", "withdraw"
    return m.type, m.mode


def _talks_between_sides(doc: Doc, m: Mention) -> bool:
    """"Negotiators from *A and B* resumed talks in Mexico City": where two sides the subject
    names meet is a venue, not the target of their talks."""
    return m.type == "CONSULT" and _joint_sides(doc, m)


def _joint_sides(doc: Doc, m: Mention) -> bool:
    """Two sides the subject names in a meeting, deal or joint act ("*A and B* agreed to
    resume talks in X"): a place named is no third side they deal with."""
    if m.type not in MUTUAL_TYPES or m.source_root is None:
        return False
    return any(t.dep_ == "conj" for t in doc[m.source_root].subtree)


def _venue(token: Token) -> bool:
    """A place named as where something happens ("*in* Nairobi", "*at* Camp David", "*in the
    Zambian capital*")."""
    placed = token.ent_type_ in PLACE_LABELS or token.lemma_.lower() in VENUE_NOUNS
    return token.dep_ == "pobj" and token.head.lower_ in ("in", "at") and placed


# Participles of backing in "a *US-backed* campaign".
BACKING_WORDS = frozenset({"back", "fund", "finance", "sponsor", "support", "arm", "train", "bankroll"})
# Common nouns for a town as a place ("talks in *the Zambian capital*").
VENUE_NOUNS = frozenset({"capital", "city", "town", "port", "resort"})
# Gatherings whose place is only where they are held ("peace talks *in Oslo*"): the coder's
# talk nouns, the lexicon's @talks class, and rounds and sessions of either.
MEETING_NOUNS = TALK_NOUNS | frozenset(noun_classes()["talks"]) | {"round", "session"}


def _meeting_venue(token: Token) -> bool:
    """Where talks or a meeting are held ("return to peace talks *in Oslo*", "resume talks
    *in Nairobi*"): no side to them."""
    held = token.head.head
    gatherings = [held, *syntax.children(held, "dobj")] if syntax.is_verbal(held) else [held]
    return _venue(token) and any(g.lemma_.lower() in MEETING_NOUNS for g in gatherings)


def _civil_blockade(kind: str, mode: str | None, source: Actor) -> tuple[str, str | None]:
    """"*Fishermen* blocked the ports of Calais and Boulogne": people outside the state who
    close off a place obstruct in protest; only a state's blockade restricts."""
    if (kind, mode) == ("COERCE", "restrict") and source.sector in CIVIL_SECTORS:
        return "PROTEST", "obstruct"
    return kind, mode


def _settled(location: Location | None, named: frozenset[str], home: str | None) -> Location | None:
    """A place the gazetteer leaves in no country and unmapped (a region two countries
    share, "Punjab", or a bare direction, "the north") is in the one country its sentence
    names ("in Punjab ... in *Chandigarh*": India), else in the article's home country when
    the sentence names none; with several countries named it stays unplaced. A sea or a
    strait (mapped, but of no one country: "the Taiwan Strait") stays of none."""
    if location is None or location.country is not None or location.lat is not None:
        return location
    country = next(iter(named)) if len(named) == 1 else home if not named else None
    return replace(location, country=country) if country is not None else location


def _acted_on_names(verb: Token, with_persons: bool = False) -> list[Token]:
    """The place names a verb acts on: its object when a name the tagger calls no person
    (unless ``with_persons``), group or organisation (a proper noun, or a common noun it
    tags as a place: "shelled *Homs*"), or the "of X", compound and possessive names of a
    place noun object ("the ports *of Calais and Dunkirk*", "*Jalalabad* airport",
    "*Sirte's* port"), each with its conjuncts."""
    found = []
    shunned = ("ORG", "NORP") if with_persons else ("ORG", "NORP", "PERSON")
    for obj in syntax.children(verb, "dobj"):
        if obj.lemma_.lower() in PLACE_NOUNS:
            names = [*syntax.prep_objects(obj, "of"), *syntax.children(obj, "compound", "poss")]
        else:
            names = [obj] if obj.ent_type_ not in shunned else []
        found += [t for n in names for t in syntax.with_conjuncts(n)
                  if t.pos_ == "PROPN" or t.ent_type_ in PLACE_LABELS]
    return found


def _sentence(doc: Doc, m: Mention) -> Span | None:
    """The mention's sentence in the parsed document."""
    return doc.char_span(m.sentence.start, m.sentence.end, alignment_mode="expand")


def _sentence_ents(doc: Doc, m: Mention) -> tuple[Span, ...]:
    """The named entities of the mention's sentence."""
    sentence = _sentence(doc, m)
    return tuple(sentence.ents) if sentence is not None else ()


def _trigger_clause(doc: Doc, m: Mention) -> list[Token]:
    """The tokens of the clause that governs the mention's trigger (its light verb's clause
    for a noun trigger); none when the trigger's offsets fit no tokens."""
    trigger = _trigger_root(doc, m.trigger)
    return list(syntax.clause_head(trigger).subtree) if trigger is not None else []


def _trigger_root(doc: Doc, trigger: TextSpan) -> Token | None:
    """The head token of a trigger's offsets; None when they fit no tokens."""
    found = doc.char_span(trigger.start, trigger.end, alignment_mode="expand")
    return found.root if found is not None else None


def _forces_moved(m: Mention, source: Actor, target: Actor | None) -> tuple[Actor, Actor | None]:
    """"Riot police were deployed", "troops were pulled back", "3,000 fighters were
    demobilised": with no agent, armed forces that are mobilised, withdrawn or disarmed are
    the side that acts, not its target."""
    moves = m.type == "MOBILIZE" or m.type == "RETREAT" and (
        m.trigger.text.lower().startswith(WITHDRAWALS) or m.mode == "disarm") or m.type == "AID" and (
        m.trigger.text.lower().startswith(DEPLOYMENTS))  # "peacekeepers were deployed"
    if m.source_root is None and target is not None and moves and target.sector in ARMED_SECTORS:
        return target, None
    return source, target


def _unplaced_here(target: Actor) -> bool:
    """A target nothing placed ("both sides", "a battalion"): the one other country its
    event's clause names ("contribute a battalion to a force *for Liberia*") replaces it."""
    return target.country is None and not _abroad(target)


def _business_only(source: Actor, target: Actor | None) -> bool:
    """"Tata Steel agreed to buy Corus", "two airlines held merger talks": companies acting
    on companies (or on no one, or on no one but their home's people) are business news,
    not political events."""
    words = source.text.lower().split()
    if words and words[-1] in MARKET_ACTORS:
        return True  # "investors shrugged off the governor's comments": markets are no actor
    if source.sector != "BUS":
        return False
    if target is None or target.sector == "BUS":
        return True
    return target.sector is None and (target.country is None or not target.text)


def _anyone_unplaced(doc: Doc, m: Mention, source: Actor) -> bool:
    """"The men were away fighting": people named only as men or women, whom nothing
    places, are no actor (armed men, placed or not, are attackers)."""
    return (m.source_root is not None and source.country is None and source.sector == "CVL"
            and doc[m.source_root].lemma_.lower() in ANYONE)


def _private_trip(m: Mention, source: Actor) -> bool:
    """"A young man who travels to Cairo", "tourists flocked to Goa", "refugees arriving in
    Turkey": a trip by private people or refugees is no visit between political actors."""
    return m.type == "CONSULT" and m.mode == "visit" and source.sector in ("CVL", "REF")


def _unless_place(target: Actor | None, location: Location | None) -> Actor | None:
    """The target, unless it is only the place where the event happened."""
    if target is None or location is None or target.text != location.name:
        return target
    return None


def _sporting(doc: Doc, m: Mention, source: Actor, target: Actor | None) -> bool:
    """"Ferguson signed Saha from Fulham", "Jones withdrew on the eve of the race": in a
    sentence about sport or the arts, an event without a political actor on either side (as
    the sentence names them, not the place it happened) is sport or culture."""
    sides = [source] if target is None else [source, target]
    if any(a.sector in POLITICAL_SECTORS for a in sides):
        return False
    sentence = _sentence(doc, m)
    return sentence is not None and _on_sports_pages(sentence)


def _on_sports_pages(sentence: Span) -> bool:
    """Whether a common noun, or two nouns in a row ("World Cup"), of the sentence is a sports
    word; not a tool ("beat two men to death *with clubs*", "armed with bats")."""
    sport = offtopic_words("sport", "sports-page", "culture-page")
    words = [t.lemma_.lower() for t in sentence if t.pos_ == "NOUN" and not _wielded(t)]
    names = [t.lemma_.lower() for t in sentence if t.pos_ in ("NOUN", "PROPN") and not _wielded(t)]
    return not sport.isdisjoint(words) or not sport.isdisjoint(f"{a} {b}" for a, b in pairwise(names))


def _wielded(token: Token) -> bool:
    """"With clubs", "with clubs and iron bars": the object of "with" (or its conjunct)."""
    head = token.head if token.dep_ == "conj" else token
    return head.dep_ == "pobj" and head.head.lower_ == "with"


def _own_forces(m: Mention, source: Actor, target: Actor) -> bool:
    """"Britain mobilised *army reservists* for a war against Iraq": the forces an actor
    deploys or withdraws (of no other country) are its own, not the side it acts on; but
    rebels who surrender *to Burmese troops* act on the state's forces."""
    return (m.type in ("MOBILIZE", "RETREAT") and target.sector in ARMED_SECTORS
            and target.country in (None, source.country) and source.country is not None
            and not _challenges_state(source, target))


def _challenges_state(source: Actor, target: Actor) -> bool:
    """A challenger (rebels, opposition, gangs) acting on the state's bodies at home."""
    return source.sector in CHALLENGER_SECTORS and target.sector in STATE_SECTORS


def _forum(kind: str, source: Actor, target: Actor) -> bool:
    """An international body a state acts through or before ("vetoed a *Security Council*
    resolution to send observers to Guatemala", "took Honduras to *the World Court*"): the
    one country the clause names besides the acting side is whom the act is aimed at (an
    appeal is still addressed to the forum: "urged the Security Council to lift X")."""
    if kind == "REQUEST" or target.sector != "IGO" or source.sector == "IGO" or source.country is None:
        return False
    return bool(FORUM_WORDS & set(target.text.lower().split()))


# Words of an international forum or of what it passes, not of a body that acts itself
# ("the Security *Council*", "the World *Court*", "a U.N. *resolution*", "the U.N. *force* in X").
FORUM_WORDS = frozenset({"court", "tribunal", "council", "resolution", "draft", "force"})


def _own_possession(doc: Doc, m: Mention, side: set[str | None], target: Actor) -> bool:
    """"withdrew *its troops* from Basra", "A, B and C recalled *their ambassadors* from Doha":
    a target the acting side owns (a possessive pronoun of a country on that side, the
    source's or a coordinated source's, or that side's name on a thing: "banned *American*
    investment in Myanmar") is no other side."""
    if m.target_root is None or target.country is None or target.country not in side:
        return False
    head = doc[m.target_root]
    if any(c.dep_ == "poss" and c.tag_ == "PRP$" for c in head.children):
        return True
    thing = head.text in target.text.split() and head.lemma_.lower() not in PEOPLE_NOUNS
    return thing and target.sector is None and head.pos_ == "NOUN" and any(  # "a ban on *American* investment in X"
        c.dep_ in ("amod", "compound") and c.ent_type_ in ("NORP", "GPE") for c in head.children)


def _currency(ent: Span) -> bool:
    """"US $50 million", "Hong Kong $": a country's name that only marks a currency."""
    doc = ent.doc
    return ent.end < len(doc) and (doc[ent.end].tag_ == "$" or doc[ent.end].ent_type_ == "MONEY")


def _abroad(actor: Actor) -> bool:
    """"Western governments", "foreign troops", "Arab leaders": a phrase that says its
    actors are not (only) of any one home country ("*South African* police" are of one)."""
    words = actor.text.lower().replace("-", " ").split()
    return any(word in ABROAD_WORDS and " ".join(words[max(i - 1, 0):i + 1]) not in STATE_DEMONYMS
               for i, word in enumerate(words))


def _at_home(actor: A, home: str | None, named: frozenset[str]) -> A:
    """An actor of some sector but no country ("the police", "the chief minister") is of
    the article's home country (``dateline.py``) when the sentence names no other country;
    IGOs and NGOs are never placed this way."""
    if actor is None or home is None or actor.country is not None or not named <= {home}:
        return actor
    if _abroad(actor):
        return actor
    if actor.sector is None or actor.sector in ("IGO", "NGO"):
        return actor
    return Actor(actor.text, home, actor.sector)


def _domestic_target(kind: str, mode: str | None, source: Actor, target: Actor | None,
                     named: frozenset[str]) -> Actor | None:
    """A target still unplaced belongs at home: to the source's country (not an
    international body's) when the sentence names no other ("Nigerian authorities jailed
    members of group X"), else to the one country the sentence names. With no target, no
    place and no other country named, a protest is aimed at the protesters' own government,
    and any coercion ("confiscated pagodas"), threatened restrictions, a concession
    ("lifted the ban on opposition rallies") or an inquiry ("opened an inquiry into missing
    funds") at the actor's own people (``HOME_TARGETS``), and a demand, refusal or threat by
    people outside the state ("church leaders demanded an end to one-party rule") at their
    own government (``CIVIL_HOME_TARGETS``), as is a truce, offer, refusal, threat or
    demand by rebels (``REBEL_HOME_TYPES``)."""
    at_home = source.country is not None and source.sector != "IGO" and named <= {source.country}
    if target is None:
        key = (kind, mode) if (kind, mode) in HOME_TARGETS else kind
        if at_home and kind in CIVIL_HOME_TARGETS and source.sector in CIVIL_SECTORS:
            return Actor("", source.country, CIVIL_HOME_TARGETS[kind])
        if at_home and kind in REBEL_HOME_TYPES and source.sector == "REB":
            return Actor("", source.country, "GOV")  # "ETA declared a ceasefire": to Madrid
        return Actor("", source.country, HOME_TARGETS[key]) if at_home and key in HOME_TARGETS else None
    if _kin_abroad(source, target):
        return Actor(target.text, source.country, target.sector)  # "demands by an *ethnic Indian* group"
    if target.country is not None or _abroad(target) or target.sector == "IGO":
        return target  # "the Security Council" is no one's home body
    if at_home:
        return Actor(target.text, source.country, target.sector)
    if len(named) == 1:
        return Actor(target.text, next(iter(named)), target.sector)
    return target


def _rival_at_home(kind: str, source: Actor, target: Actor | None, named: frozenset[str]) -> Actor:
    """An unplaced domestic player (the police, the opposition, a court, a party, a
    parliament, a church body, a union, students or a civic group; soldiers when they use
    force) who acts against a country's political figure is of that country when the
    sentence names no other: "opposition leader Kizza Besigye accused *President Yoweri
    Museveni*", "was detained by *police*", "the *Bishops' Conference* urged President
    Marcos", "*mutinous soldiers* gave the president 48 hours"."""
    if source.country is not None or target is None or target.country is None or _abroad(source):
        return source
    if target.sector not in FIGURE_SECTORS or not named <= {target.country}:
        return source
    if source.sector in RIVAL_SECTORS and kind in RIVAL_TYPES or (
            source.sector == "MIL" and kind in ("COERCE", "ASSAULT", "THREATEN")):
        return Actor(source.text, target.country, source.sector)
    return source


def _state_act_at_home(kind: str, source: Actor, named: frozenset[str]) -> bool:
    """A promise, refusal, threat or appeal by a state's agents, in a sentence that names no
    other country, is aimed at their own people ("the president promised to overhaul the
    election laws", "the police warned they would impose a curfew")."""
    return (kind in STATE_HOME_TYPES and source.sector in STATE_SECTORS and source.country is not None
            and named <= {source.country} and "foreign" not in source.text.lower().split())


def _ethnic(actor: Actor) -> bool:
    """"Ethnic Albanians", "an ethnic Indian group": people named by a descent, not a state."""
    return "ethnic " in actor.text.lower()


def _kin_abroad(source: Actor, target: Actor | None) -> bool:
    """"Malaysia rejected demands by *ethnic Indian* groups": an ethnic group named by a
    nationality, with no place of its own, lives in the acting state's country."""
    return (target is not None and _ethnic(target) and source.country is not None
            and source.sector not in ("IGO", None) and target.country not in (None, source.country))


def event_id(article_id: str, m: Mention) -> str:
    """A stable id from the article, trigger and actor positions."""
    key = f"{article_id}|{m.trigger.start}|{m.source_root}|{m.target_root}|{m.type}"
    return "ev:" + hashlib.sha1(key.encode("utf-8")).hexdigest()[:20]


def _key(e: Event) -> tuple[object, ...]:
    source = (e.source.country, e.source.sector)
    target = (e.target.country, e.target.sector) if e.target else None
    return (e.evidence.start, e.type, e.polarity, source, target)


def deduplicate(events: list[Event]) -> list[Event]:
    """One event per sentence, type, polarity and actor pair; drop a twin with no target, or
    only an inferred one, when another has a better one ("pledged a crackdown *on the
    rioters*" keeps the rioters), and a
    target on the source's own side ("offered *its troops* to Lebanon") when the same
    trigger has one on another side (not in an inquiry, often into one's own)."""
    seen: dict[tuple[object, ...], Event] = {}
    for event in events:
        held = seen.get(_key(event))
        if held is None or _target_rank(event) > _target_rank(held):
            seen[_key(event)] = event  # a named target over an inferred one of the same country
    best: dict[tuple[object, ...], int] = {}
    for e in seen.values():
        best[_twin(e)] = max(best.get(_twin(e), 0), _target_rank(e))
    foreign = {_twin(e) for e in seen.values() if _crosses(e)}
    kept = [e for e in seen.values()
            if _target_rank(e) == best[_twin(e)]
            and (_crosses(e) or e.target is None or _twin(e) not in foreign or e.mode == "investigate")]
    return [e for e in kept if not _part_of_sibling(e, kept)]


def _part_of_sibling(e: Event, events: list[Event]) -> bool:
    """"Exchanged fire with *Pakistani* soldiers": a target that is only a word of a twin's
    target of the same country ("Pakistani soldiers") is that twin."""
    if e.target is None or not e.target.text:
        return False
    return any(o is not e and _twin(o) == _twin(e) and o.target is not None
               and o.target.country == e.target.country and e.target.text in o.target.text
               and len(o.target.text) > len(e.target.text) for o in events)


def _crosses(e: Event) -> bool:
    """Whether the target is on another side than the source (a different country; not when
    the source's country is unknown)."""
    return e.target is not None and None not in (e.target.country, e.source.country) and (
        e.target.country != e.source.country)


def _target_rank(e: Event) -> int:
    """2 for a target that names someone, 1 for one only inferred from the actor's home
    (``_state_act_at_home``, ``_domestic_target``: no words of its own), 0 for none."""
    if e.target is None:
        return 0
    return 2 if e.target.text else 1


def _twin(e: Event) -> tuple[object, ...]:
    return (e.evidence.start, e.type, e.polarity, e.source.text)
