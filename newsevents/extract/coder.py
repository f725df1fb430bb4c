"""The rule-based PLOVER coder (``rules.v1``): triggers and dependency patterns.

For each sentence it finds trigger words from the lexicon, keeps the top-most
trigger of a chain ("agreed to hold talks" is one AGREE), and reads source,
target, polarity, modality, claimant, date and place from the parse. The
claimant of a report is never an actor of the reported event.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, replace

from spacy.tokens import Doc, Span, Token

from newsevents.extract import attributes, syntax
from newsevents.extract.commitments import committed
from newsevents.extract.lexicon import Trigger, in_class, match, offtopic_words
from newsevents.extract.quotes import Quote, find_quotes, quote_at
from newsevents.models import Mention
from newsevents.models import Span as TextSpan

SUPPRESS_DEPS = ("xcomp", "dobj", "pobj", "prep", "ccomp", "nsubjpass", "acl", "amod", "compound")
TARGET_PREPS = ("with", "against", "to", "on", "at", "toward", "towards")
TOPIC_TYPES = frozenset({"REQUEST", "ACCUSE"})
# Types where coordinated subjects with no target act on each other ("A and B held talks").
MUTUAL_TYPES = frozenset({"CONSULT", "COOPERATE", "AGREE"})
# Types whose trigger governs a clause that is their content (what is asked, promised, refused,
# threatened or alleged), never a separate event.
CONTENT_TYPES = frozenset({"REQUEST", "AGREE", "REJECT", "THREATEN", "ACCUSE"})
OBLIGATION_WORDS = frozenset({"must", "should", "ought"})
ACTOR_POS = frozenset({"PROPN", "NOUN", "PRON", "NUM"})
REQUEST_MODES = {"RETREAT": "yield", "CONCEDE": "yield", "CONSULT": "meet", "AID": "assist"}


@dataclass(frozen=True)
class Frame:
    """Where the actors of a trigger are read from: the trigger or its light verb."""

    trigger: Token
    entry: Trigger
    actor_verb: Token | None
    reversed: bool = False
    lexical_type: str | None = None  # the lexicon's type before a commitment recoded it


@dataclass(frozen=True)
class Context:
    """What every rule in one sentence may read: the sentence, its entities, the quotations."""

    article_id: str
    sentence: Span
    ents: tuple[Span, ...]
    quotes: tuple[Quote, ...]


def extract_mentions(article_id: str, doc: Doc, quotes: Sequence[Quote] | None = None) -> list[Mention]:
    """All event mentions in a parsed article, in text order (``quotes`` found if not given)."""
    quotes = tuple(find_quotes(doc) if quotes is None else quotes)
    sentences = list(doc.sents)
    starts = [s.start for s in sentences]
    ents: list[list[Span]] = [[] for _ in sentences]
    for ent in doc.ents:
        ents[bisect_right(starts, ent.start) - 1].append(ent)
    mentions: list[Mention] = []
    for sentence, own in zip(sentences, ents, strict=True):
        mentions.extend(sentence_mentions(Context(article_id, sentence, tuple(own), quotes)))
    return mentions


def sentence_mentions(ctx: Context) -> list[Mention]:
    """Mentions in one sentence."""
    sentence = ctx.sentence
    if sentence.text.rstrip().rstrip("\"'”’)").endswith("?"):
        return []  # a question asserts no event ("Will the two leaders meet?")
    found = {t.i: e for t in sentence if (e := match(t)) is not None}
    mentions: list[Mention] = []
    for index, entry in found.items():
        token = sentence.doc[index]
        if _suppressed(token, found) or _off_topic(token):
            continue
        frame = replace(_frame(token, committed(token, entry)), lexical_type=entry.type)
        mentions.extend(_mentions(ctx, frame))
    mentions.extend(_conveyed_requests(ctx, found))
    return _without_protest_topics(mentions)


def _without_protest_topics(mentions: list[Mention]) -> list[Mention]:
    """The manual: a protest's topic ("rallied *to demand* reforms") is not a separate event."""
    protesters = {m.source_root for m in mentions if m.type == "PROTEST" and m.source_root is not None}
    return [m for m in mentions if not (m.type in TOPIC_TYPES and m.source_root in protesters)]


def _suppressed(token: Token, found: dict[int, Trigger]) -> bool:
    """A trigger governed by another trigger ("agreed to *meet*") is part of that event."""
    current = token
    while (current.dep_ in SUPPRESS_DEPS or _content_clause(current, found)) and current.head.i != current.i:
        current = current.head
        if current.i in found:
            return True
        if current.dep_ == "ccomp" and in_class(current.head, "convey") and _is_obligation(current):
            return True
        if current.dep_ == "ccomp" and in_class(current.head, "report"):
            return False
    return False


def _off_topic(trigger: Token) -> bool:
    """Sport or market news ("beat Arsenal 3-0", "warned of lower profits") codes no event."""
    clause = syntax.clause_tokens(syntax.clause_head(trigger))
    return any(t.lower_ in offtopic_words() or t.lemma_.lower() in offtopic_words() for t in clause)


def _content_clause(clause: Token, found: dict[int, Trigger]) -> bool:
    """"A call for X *to withdraw*": the clause is what is asked, not an event of its own."""
    head = found.get(clause.head.i)
    return clause.dep_ in ("advcl", "acl", "ccomp") and head is not None and head.type in CONTENT_TYPES


def _frame(token: Token, entry: Trigger) -> Frame:
    """Find the verb that carries a noun trigger's actors ("held talks", "talks he held")."""
    if syntax.is_verbal(token):
        return Frame(token, entry, token)
    head = token.head
    if token.dep_ == "dobj" and in_class(head, "receive"):
        return Frame(token, entry, head, reversed=True)
    if token.dep_ in ("dobj", "nsubjpass") and in_class(head, "light"):
        return Frame(token, entry, head)
    measure = head.head if token.dep_ == "pobj" and head.lower_ == "of" else None
    if measure is not None and measure.dep_ == "dobj" and in_class(measure.head, "light"):
        return Frame(token, entry, measure.head)  # "gave Chad $5m of aid"
    for child in token.children:
        if child.dep_ in ("relcl", "acl") and in_class(child, "light"):
            return Frame(token, entry, child)
    if token.dep_ == "compound" and head.dep_ in ("dobj", "nsubjpass") and in_class(head.head, "light"):
        return Frame(token, entry, head.head)  # "undertook a *mediation* mission"
    return Frame(token, entry, None)


def _actor_heads(frame: Frame) -> tuple[list[Token], list[Token]]:
    """Source and target head tokens (each with its coordinated conjuncts)."""
    trigger, verb = frame.trigger, frame.actor_verb
    pair = _between(trigger)
    if pair:
        return pair
    source = syntax.subject(verb) if verb is not None else _noun_source(trigger)
    targets = _targets(frame)
    if verb is not None and syntax.children(verb, "auxpass") and not syntax.is_stative(verb):
        targets = syntax.children(verb, "nsubjpass") + targets  # "X was attacked (by Y)"
    if source is not None and _is_weapon(source):
        source = None  # "killed by a roadside bomb", "an explosion killed": the attacker is unnamed
    if frame.reversed:
        source, targets = (targets[0] if targets else None), ([source] if source else [])
    sources = syntax.with_conjuncts(syntax.group_member(source)) if source is not None else []
    heads = [t for head in targets for t in syntax.with_conjuncts(syntax.group_member(head))]
    return sources, list({t.i: t for t in heads}.values())[:4]


def _unnamed_attacker(frame: Frame) -> bool:
    """An agentless passive ("X was killed") or a weapon as subject ("a blast killed X")."""
    verb = frame.actor_verb or frame.trigger
    if syntax.children(verb, "auxpass"):
        return True
    subjects = syntax.children(verb, "nsubj")
    return bool(subjects) and _is_weapon(subjects[0])


def _is_weapon(token: Token) -> bool:
    """A bomb or a blast, not "Turkish artillery" (a country's weapon is its military)."""
    owned = any(c.dep_ in ("amod", "compound", "poss") and c.ent_type_ in ("NORP", "GPE")
                for c in token.children)
    return in_class(token, "weapon") and not owned


def _speaker_itself(source: Token) -> Token:
    """"Norway said *it* is ready": "it" in a reported clause is the reporter itself."""
    if source.lower_ != "it" or source.dep_ != "nsubj":
        return source
    clause = source.head
    while clause.dep_ in ("xcomp", "conj") and clause.head.i != clause.i:
        clause = clause.head
    if clause.dep_ == "ccomp" and in_class(clause.head, "report"):
        speakers = syntax.children(clause.head, "nsubj")
        if speakers and speakers[0].pos_ in ("PROPN", "NOUN"):
            return speakers[0]
    return source


def _between(trigger: Token) -> tuple[list[Token], list[Token]] | None:
    """"A meeting between A and B": A acts, B is the target."""
    objects = syntax.prep_objects(trigger, "between", "among")
    if not objects:
        return None
    parties = syntax.with_conjuncts(objects[0])
    return ([parties[0]], parties[1:2]) if len(parties) > 1 else None


def _noun_source(trigger: Token) -> Token | None:
    """Actor of a bare event noun: "China's attack", "an attack by rebels"."""
    by = syntax.prep_objects(trigger, "by")
    if by:
        return by[0]
    owners = syntax.children(trigger, "poss")
    return owners[0] if owners else None


def _targets(frame: Frame) -> list[Token]:
    """Candidate targets: the object, then "with/against/to/on X" phrases."""
    found: list[Token] = []
    for node in (frame.actor_verb, frame.trigger):
        if node is None:
            continue
        if frame.reversed:
            found.extend(syntax.prep_objects(node, "from"))
            continue
        if node == frame.actor_verb and node != frame.trigger:
            found.extend(syntax.children(node, "dative", "iobj"))  # "gave *Chad* aid"
            found.extend(syntax.prep_objects(node, *TARGET_PREPS))
            continue
        objects = [c for c in node.children if c.dep_ in ("dobj", "dative", "iobj")]
        found.extend(objects)
        found.extend(syntax.prep_objects(node, *TARGET_PREPS))
        for obj in objects:
            found.extend(syntax.prep_objects(obj, "against", "on", "to", "with"))
        for clause in syntax.children(node, "xcomp"):
            found.extend(syntax.prep_objects(clause, "to", "against", "with"))
    return [t for t in found if t.pos_ in ACTOR_POS and t.ent_type_ not in attributes.NOT_PLACE_LABELS]


def _fallback_targets(frame: Frame) -> list[Token]:
    """Where else the target may be named: inside the committed-to clause ("threatened to cut
    ties *with X*", "refused to meet *X*"), the subject of a demanded clause ("demanded that
    *X* leave"), or the giver of what was received or rejected ("rejected an offer *from X*")."""
    node = frame.actor_verb or frame.trigger
    found: list[Token] = []
    for clause in _complements(node):
        objects = syntax.children(clause, "dobj", "dative")
        found += objects + syntax.prep_objects(clause, *TARGET_PREPS)
        for obj in objects:
            found += syntax.prep_objects(obj, "with", "against", "to", "on", "from", "of", "in")
        found += syntax.prep_objects(clause, "in", "into")  # "to resume attacks *in X*"
    if frame.entry.type == "REQUEST":  # "demanded that X leave", "a call for X to leave"
        for clause in syntax.children(node, "ccomp") + syntax.children(frame.trigger, "acl", "advcl", "ccomp"):
            found += syntax.children(clause, "nsubj")
    for obj in syntax.children(node, "dobj") + syntax.children(frame.trigger, "dobj"):
        found += syntax.prep_objects(obj, "from", "by", "of") + syntax.children(obj, "poss")
    if not syntax.is_verbal(frame.trigger):  # "the invasion of X", "an inquiry into X"
        found += syntax.prep_objects(frame.trigger, "of", "into", "in")
    if (frame.lexical_type or frame.entry.type) in ("RETREAT", "SANCTION"):  # "withdrew *from X*"
        found += syntax.prep_objects(node, "from") + syntax.prep_objects(frame.trigger, "from")
    return [t for t in found if t.pos_ in ACTOR_POS and t.ent_type_ not in attributes.NOT_PLACE_LABELS]


def _complements(node: Token, depth: int = 2) -> list[Token]:
    """The infinitive clauses under ``node`` ("to impose", "to break off"), two levels deep."""
    found = []
    purposes = [c for c in syntax.children(node, "advcl") if syntax.is_infinitive(c)]
    for clause in syntax.children(node, "xcomp") + purposes:  # "to impose", "fired to disperse"
        found.append(clause)
        if depth > 1:
            found += _complements(clause, depth - 1)
    return found


def _accused_first(frame: Frame, targets: list[Token]) -> list[Token]:
    """"Complained *to the UN* *over Israeli raids*": the accused comes before the addressee."""
    if frame.entry.type != "ACCUSE":
        return targets
    node = frame.actor_verb or frame.trigger
    heads = [node] + syntax.children(node, "dobj")  # "expressed concern *over X*"
    accused = [o for h in heads for o in syntax.prep_objects(h, "over", "about", "against")]
    return accused + [t for t in targets if t.i not in {a.i for a in accused}]


def _mentions(ctx: Context, frame: Frame) -> list[Mention]:
    sources, targets = _actor_heads(frame)
    targets = _accused_first(frame, targets)
    claim = _claimant(frame.trigger, ctx.sentence, ctx.quotes)
    sources = [_speaker_itself(s) for s in sources if claim is None or s.i != claim.i]
    if not sources and not (targets and _unnamed_attacker(frame)):
        return []
    base = _base_mention(ctx, frame, claim)
    taken = {t.i for t in sources + targets} | ({claim.i} if claim is not None else set())
    others = tuple(dict.fromkeys(t.i for t in _fallback_targets(frame) if t.i not in taken))
    base = replace(base, target_alternatives=others)
    options: list[Token | None] = list(targets[:3]) or [None]
    if not sources:  # an agentless passive: one event, its source unnamed
        return [_with_actors(base, None, targets[0])]
    pairs = [(s, t) for s in sources[:3] for t in options if t is None or t.i != s.i]
    mutual = frame.entry.type in MUTUAL_TYPES or frame.trigger.lemma_ in ("sign", "ratify")
    if len(sources) > 1 and mutual:  # "A and B met", "A and B signed a treaty": each with the other
        return [_with_partners(_with_actors(base, s, t), s, sources[:3]) for s, t in pairs]
    return [_with_actors(base, s, t) for s, t in pairs]


def _with_partners(mention: Mention, source: Token, sources: list[Token]) -> Mention:
    partners = tuple(p.i for p in sources if p.i != source.i)
    return replace(mention, target_alternatives=mention.target_alternatives + partners)


def _claimant(trigger: Token, sentence: Span, quotes: Sequence[Quote]) -> Token | None:
    found = attributes.claimant(trigger, sentence)
    if found is not None:
        return found
    quote = quote_at(quotes, trigger.idx)
    return quote.speaker if quote is not None else None


def _base_mention(ctx: Context, frame: Frame, claim: Token | None) -> Mention:
    trigger = frame.trigger
    mood = attributes.modality(trigger)
    return Mention(
        article_id=ctx.article_id,
        type=frame.entry.type,
        mode=frame.entry.mode,
        trigger=_text_span(trigger.doc[trigger.i : trigger.i + 1]),
        sentence=_sentence_span(ctx.sentence),
        source=None,
        target=None,
        claimant=_text_span(syntax.phrase(claim)) if claim is not None else None,
        claimant_root=claim.i if claim is not None else None,
        polarity=attributes.polarity(trigger),
        modality=mood,
        tense=attributes.tense(trigger, mood),
        date_expr=_optional(attributes.date_phrase(trigger, ctx.ents)),
        places=tuple(_text_span(p) for p in attributes.place_candidates(trigger, ctx.ents)),
    )


def _with_actors(base: Mention, source: Token | None, target: Token | None) -> Mention:
    return replace(
        base,
        source=_text_span(syntax.phrase(source)) if source is not None else None,
        source_root=source.i if source is not None else None,
        target=_text_span(syntax.phrase(target)) if target is not None else None,
        target_root=target.i if target is not None else None,
    )


def _conveyed_requests(ctx: Context, found: dict[int, Trigger]) -> list[Mention]:
    """"A told B that C must/need to do X" is a REQUEST from A to B (mode from X)."""
    mentions: list[Mention] = []
    for verb in ctx.sentence:
        if not in_class(verb, "convey"):
            continue
        for clause in syntax.children(verb, "ccomp"):
            if _is_obligation(clause):
                entry = _embedded_request(clause, found)
                mentions.extend(_mentions(ctx, Frame(verb, entry, verb)))
    return mentions


def _is_obligation(clause: Token) -> bool:
    """"must/should/ought to go", "need to/have to go"."""
    words = {t.lower_ for t in clause.children if t.dep_ == "aux"}
    if words & OBLIGATION_WORDS:
        return True
    return clause.lemma_ in ("need", "have") and any(syntax.is_infinitive(c) for c in clause.children)


def _embedded_request(clause: Token, found: dict[int, Trigger]) -> Trigger:
    embedded = [found[t.i] for t in clause.subtree if t.i in found]
    mode = REQUEST_MODES.get(embedded[0].type, "change") if embedded else "change"
    return Trigger(clause.lemma_, "VERB", "REQUEST", mode, "")


def _text_span(span: Span) -> TextSpan:
    return TextSpan(span.text, span.start_char, span.end_char)


def _sentence_span(sentence: Span) -> TextSpan:
    text = sentence.text
    stripped = text.strip()
    start = sentence.start_char + (len(text) - len(text.lstrip()))
    return TextSpan(stripped, start, start + len(stripped))


def _optional(span: Span | None) -> TextSpan | None:
    return _text_span(span) if span is not None else None
