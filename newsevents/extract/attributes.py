"""Per-trigger attributes: polarity, modality, tense, claimant, date and place phrases."""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Span, Token

from newsevents.extract import syntax
from newsevents.extract.lexicon import in_class
from newsevents.models import Modality, Polarity

HYPOTHETICAL_AUX = frozenset({"might", "may", "could", "should"})
FUTURE_AUX = frozenset({"will", "shall", "'ll", "wo"})
FUTURE_ADJ = frozenset({"planned", "upcoming", "proposed", "scheduled", "forthcoming", "expected"})
CONDITION_MARKS = frozenset({"if", "unless", "whether", "until"})
PLACE_PREPS = frozenset({"in", "at", "near", "inside", "outside", "across", "along", "into", "throughout",
                         "through", "around", "off", "within"})
# Nouns that place an event "on" them by what follows: "on the outskirts *of Mogadishu*",
# "deployed on the streets *of Harare*".
EDGE_NOUNS = frozenset({"outskirts", "outskirt", "edge", "edges", "fringe", "fringes", "periphery",
                        "streets"})
# Measures laid "on" a place, which is where they hold: "a curfew *on Lhasa*".
LAID_ON_NOUNS = frozenset({"curfew", "blockade", "siege"})
# Directions that place what lies off a named place: "villages *south of* Algiers".
DIRECTION_WORDS = frozenset({"north", "south", "east", "west", "northeast", "northwest", "southeast",
                             "southwest", "north-east", "north-west", "south-east", "south-west"})
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
SAME_TIME_MARKS = frozenset({"when", "as", "while"})
# Nouns whose name modifier is their owner, not where they are ("the US embassy").
# Nouns a place names without placing anyone there ("the Taif agreement", "the Oslo talks");
# a summit or a conference is the host's, so those stay places.
DEAL_NOUNS = frozenset({
    "agreement", "accord", "accords", "treaty", "pact", "talks", "process", "protocol",
    "declaration", "deal", "plan", "framework", "roadmap", "format",
})
OWNED_NOUNS = frozenset({"embassy", "consulate", "mission", "legation", "government", "ministry",
                         "army", "force", "troop", "navy", "official", "envoy", "delegation"})
NOT_PLACE_LABELS = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY"})


def anchors(trigger: Token) -> list[Token]:
    """The trigger and the verbs that carry its tense, mood and negation."""
    found = [trigger]
    if not syntax.is_verbal(trigger):
        head = syntax.clause_head(trigger)
        if head.i != trigger.i:
            found.append(head)
        found.extend(c for c in trigger.children if c.dep_ in ("relcl", "acl") and syntax.is_verbal(c))
    return found


def polarity(trigger: Token) -> Polarity:
    """Negative when the trigger or its verb is negated ("will not meet", "no talks")."""
    for token in anchors(trigger) + _willingness(trigger):
        if syntax.children(token, "neg"):
            return "negative"
    if any(c.dep_ == "det" and c.lower_ == "no" for c in trigger.children):
        return "negative"
    return "positive"


def _willingness(trigger: Token) -> list[Token]:
    """"Is not *ready to* meet": the adjective an infinitive hangs on, and its copula."""
    head = trigger.head
    if trigger.dep_ != "xcomp" or head.pos_ != "ADJ":
        return []
    return [head, head.head] if head.dep_ == "acomp" else [head]


def _auxes(token: Token) -> set[str]:
    return {c.lower_ for c in token.children if c.dep_ in ("aux", "auxpass")}


def modality(trigger: Token) -> Modality:
    """``hypothetical`` for may/might/if, ``future`` for will/expected/planned, else asserted."""
    chain = anchors(trigger)
    if syntax.speaker_joined(syntax.clause_head(trigger)) is None:  # not "X said, and urged"
        chain += list(syntax.ancestors_within_clause(trigger))[:3]
    for token in chain:
        if _auxes(token) & HYPOTHETICAL_AUX or any(
            c.dep_ == "mark" and c.lower_ in CONDITION_MARKS for c in token.children
        ):
            return "hypothetical"
    reported = any(in_class(t, "report") for t in syntax.ancestors_within_clause(trigger)) or any(
        t.dep_ == "ccomp" and in_class(t.head, "report") for t in [trigger, *chain]
    )  # "said they would *hold talks*": the light verb is the reported clause
    for token in chain:
        if "would" in _auxes(token):
            return "future" if reported else "hypothetical"
    for token in chain:
        if _auxes(token) & FUTURE_AUX or _intends(token, trigger) or syntax.is_scheduled(token):
            return "future"
    if any(c.dep_ == "amod" and c.lower_ in FUTURE_ADJ for c in trigger.children) or syntax.planned(trigger):
        return "future"
    return "asserted"


def _intends(token: Token, trigger: Token) -> bool:
    """"Plans to / is seeking to *meet*": an intent verb above the trigger (never the trigger
    itself: "is seeking the extradition" is asked now), through its infinitive when it is
    also a light or founding verb ("is set to hold talks", not "set up an inquiry")."""
    if token.i == trigger.i or not syntax.is_verbal(token) or not in_class(token, "intent"):
        return False
    return not (in_class(token, "light") or in_class(token, "found")) or any(
        c.dep_ in ("xcomp", "ccomp") and trigger in c.subtree for c in token.children)


def tense(trigger: Token, mood: Modality) -> str:
    """``future``, ``past`` or ``present`` for date resolution."""
    if mood == "future":
        return "future"
    for token in anchors(trigger):
        if token.tag_ in ("VBD", "VBN") or _auxes(token) & {"had", "has", "have", "did", "was", "were"}:
            return "past"
    return "present"


def speaker(verb: Token) -> Token | None:
    """Who a reporting verb attributes the statement to ("X said", "said X")."""
    subjects = syntax.children(verb, "nsubj")
    if subjects:
        return syntax.antecedent(subjects[0])
    after = [c for c in verb.rights if c.dep_ in ("dobj", "attr", "nsubj", "npadvmod")]
    return after[0] if after else None


def claimant(trigger: Token, sentence: Span) -> Token | None:
    """The source of a reported statement that contains the trigger, if any."""
    token = trigger
    while token.head.i != token.i:
        if token.dep_ in ("ccomp", "parataxis") and in_class(token.head, "report"):
            return speaker(token.head)
        token = token.head
    if syntax.speaker_joined(syntax.clause_head(trigger)) is not None:
        return according_to(sentence)  # "X said, and *urged*": the speaker acts, reports nothing
    for child in token.children:
        if child.dep_ == "parataxis" and in_class(child, "report"):
            return speaker(child)
    return according_to(sentence)


def according_to(sentence: Span) -> Token | None:
    """The object of "according to X" in the sentence."""
    for token in sentence:
        if token.lower_ == "according":
            for prep in token.children:
                objects = syntax.children(prep, "pobj")
                if prep.lower_ == "to" and objects:
                    return objects[0]
    return None


def _ent_in(tokens: set[int], ents: Sequence[Span], labels: frozenset[str]) -> list[Span]:
    return [e for e in ents if e.label_ in labels and e.root.i in tokens]


def date_phrase(trigger: Token, ents: Sequence[Span]) -> Span | None:
    """The DATE entity attached to the trigger's own clause ("met on Monday")."""
    scope = {t.i for a in anchors(trigger) for t in syntax.clause_tokens(a)}
    found = _ent_in(scope, ents, frozenset({"DATE"}))
    return min(found, key=lambda e: abs(e.root.i - trigger.i)) if found else None


def place_candidates(trigger: Token, ents: Sequence[Span]) -> list[Span]:
    """Place phrases of the event clause, best first, for the resolver to geocode; then
    those of clauses that describe the same event or its actors (``_side_clauses``)."""
    scope: set[int] = set()
    for token in anchors(trigger) + _modified_nouns(trigger):
        scope.update(t.i for t in syntax.clause_tokens(token) if _is_place_slot(t))
    side = {t.i for c in _side_clauses(trigger) for t in syntax.clause_tokens(c) if _is_place_slot(t)}
    reported = _attribution(trigger)
    scope, side = scope - reported, side - reported
    doc = trigger.doc
    ranked: list[Span] = []
    other: list[Span] = []
    for tokens in (scope, side - scope):
        ranked += sorted(_ent_in(tokens, ents, PLACE_LABELS), key=lambda e: abs(e.root.i - trigger.i))
        other += [_propn_phrase(doc[i]) for i in sorted(tokens) if _bare_name(doc[i])]
    return ranked + [o for o in other if all(o.start != n.start for n in ranked)]


def _attribution(trigger: Token) -> set[int]:
    """Tokens of an "according to" phrase: where its sources are ("according to officials
    *in Geneva*") is no place of the event."""
    source = according_to(trigger.sent)
    return {t.i for t in source.head.head.subtree} if source is not None else set()


def _side_clauses(trigger: Token) -> list[Token]:
    """Clauses that place the event without being its own: the clause a participle or a purpose
    hangs on ("exploded *in X*, killing 200"), a "when/as/while" clause ("killed 23 *when* they blew
    themselves up in X") and a participle describing an actor ("guerrillas *operating in X*")."""
    found = []
    for verb in anchors(trigger):
        participle = verb.tag_ == "VBG" or syntax.is_infinitive(verb)  # "poured into London *to oppose*"
        if verb.dep_ == "advcl" and participle and not syntax.children(verb, "nsubj"):
            found.append(verb.head)  # "exploded *in Nairobi*, killing 200": the main clause's place
        for clause in syntax.children(verb, "advcl"):
            if any(c.dep_ in ("mark", "advmod") and c.lower_ in SAME_TIME_MARKS for c in clause.children):
                found.append(clause)
        for actor in syntax.children(verb, "nsubj", "nsubjpass", "dobj"):
            found += [c for c in syntax.children(syntax.group_member(actor), "acl")
                      if not syntax.children(c, "nsubj") and not syntax.is_infinitive(c)]
    return found


def _bare_name(token: Token) -> bool:
    """A name with no entity label that may be a place; never a lower-case word the model
    tagged as a name ("a *coast* guard cutter") in a text that capitalises names."""
    return (token.pos_ == "PROPN" and syntax.written_as_name(token) and token.ent_type_ not in NOT_PLACE_LABELS
            and not _body_named_of(token))


def _body_named_of(token: Token) -> bool:
    """A word of an organisation named "X of Y" ("the *Chamber of Deputies*", "the *Court of
    Appeal*"): the model's ORG label holds for such names, and no word of them is a town."""
    if token.ent_type_ != "ORG":
        return False
    head = token.head if token.dep_ == "pobj" and token.head.lower_ == "of" else None
    return any(c.lower_ == "of" for c in token.children) or (
        head is not None and head.head.ent_type_ == "ORG" and head.head.pos_ == "PROPN")


def _propn_phrase(token: Token) -> Span:
    start = token.i
    while start > 0 and token.doc[start - 1].pos_ == "PROPN" and token.doc[start - 1].dep_ == "compound":
        start -= 1
    return token.doc[start : token.i + 1]


def names_a_deal(token: Token) -> bool:
    """Whether a word only names an accord or a meeting ("the *Taif* agreement")."""
    return token.dep_ in ("compound", "amod", "nmod") and token.head.lemma_.lower() in DEAL_NOUNS


def _is_place_slot(token: Token) -> bool:
    if token.dep_ == "compound" and token.head.pos_ == "NOUN":
        if token.head.lemma_.lower() in OWNED_NOUNS | DEAL_NOUNS:
            return False  # "outside the *US* embassy", "under the *Minsk* protocol": no place
        if token.head.dep_ == "pobj" and token.head.head.dep_ == "agent":
            return False  # "killed by a *United States* airstrike": the attacker, not the place
        return token.head.dep_ not in ("nsubj", "nsubjpass", "dobj", "poss")
    if token.dep_ == "pobj" and token.head.lower_ == "of" and token.head.head.lower_ in DIRECTION_WORDS:
        return True  # "villages *south of Algiers*"
    if token.dep_ == "pobj" and token.head.lower_ == "of" and token.head.head.i != token.head.i:
        return _is_place_slot(token.head.head)  # "in the northern city *of Kirkuk*"
    if token.dep_ == "pobj" and token.head.lower_ == "on":
        laid = token.head.head.lemma_.lower() in LAID_ON_NOUNS and token.pos_ == "PROPN"
        return laid or token.lemma_.lower() in EDGE_NOUNS or token.lower_ in EDGE_NOUNS
    if token.dep_ == "appos" and token.pos_ == "PROPN" and token.head.pos_ == "NOUN":
        return _is_place_slot(token.head)  # "in the Somali capital *Mogadishu*"
    if token.dep_ == "poss" and token.pos_ == "PROPN" and token.head.lemma_.lower() not in OWNED_NOUNS:
        return _is_place_slot(token.head)  # "outside *Cairo's* museum", "in *Beirut's* suburbs"
    return token.dep_ == "pobj" and token.head.lower_ in PLACE_PREPS


def _modified_nouns(trigger: Token) -> list[Token]:
    """Nouns whose relative clause contains the trigger ("the clash in which X attacked Y")."""
    found = []
    for token in syntax.ancestors_within_clause(trigger):
        if token.dep_ in ("relcl", "acl") and not syntax.is_verbal(token.head):
            found.append(token.head)
    return found
