"""Future commitments: what an actor says it will do is coded as a promise or a threat.

The PLOVER manual codes cooperation that an actor commits to as ``AGREE`` (future
``SUPPORT``/``COOPERATE``/``AID``; offers and stated willingness to cooperate in any
way; announced meetings and visits, "will meet", "would hold talks"), and announced
coercion or violence as ``THREATEN`` with the content of the threat as its mode; so is a
protest a side says it will stage or vows ("would go on strike", "vowed to boycott"; the
manual's THREATEN covers strikes and boycotts), while one it only plans, or keeps up until
it is heeded, stays a ``PROTEST`` to come. For
announced releases, returns, easings and other concessions the manual's text ("left as
CONCEDE") and the CAMEO->PLOVER table (03x "express intent to release / ease / allow":
``AGREE``) disagree; we follow the table, as the PLOVER gold set does, except for announced
troop withdrawals, which stay ``CONCEDE`` as in the manual's own example. A stated refusal
of cooperation ("would not release them") is ``REJECT``. Two things are left as they are,
on purpose: a refused meeting ("will not be meeting": ``CONSULT``, negated, future), so
that it stays comparable with a reported expectation of the meeting, and a third party's
expectation ("talks are expected", ``CONSULT`` future), which is no actor's commitment.
"""

from __future__ import annotations

from spacy.tokens import Token

from newsevents.extract import syntax
from newsevents.extract.lexicon import Trigger, in_class

# Words whose infinitive complement is the subject's own commitment ("ready to send").
COMMIT_WORDS = frozenset({
    "willing", "ready", "prepared", "determined", "eager", "offer", "promise", "pledge", "vow",
    "plan", "intend", "commit", "undertake", "propose", "set", "poise",
})
MODAL_WORDS = frozenset({"will", "shall", "'ll", "would"})
# Commitments that press a demand when what is committed to is a protest ("vowed to boycott").
VOW_WORDS = frozenset({"vow", "pledge", "threaten"})
# Verbs whose negation commits ("would not hesitate to", "will not shrink from").
HESITATE_WORDS = frozenset({"hesitate", "flinch", "shrink", "balk", "baulk"})
PROMISED = {"SUPPORT": "AGREE", "COOPERATE": "AGREE", "AID": "AGREE", "RETREAT": "AGREE",
            "CONCEDE": "AGREE", "CONSULT": "AGREE"}
# Cooperation an actor says it will not give is a refusal ("would not release them"), with the
# REJECT mode of what is refused. Meetings stay negated CONSULT (see above).
REFUSED_MODES: dict[str, str | None] = {
    "AGREE": None, "SUPPORT": None, "COOPERATE": "assist", "AID": "assist", "RETREAT": "yield",
    "CONCEDE": "yield", "MOBILIZE": "assist",  # "would not send more troops"
}
# An offer or stated willingness ("ready to", "offered to") is AGREE for any cooperation.
OFFERED = frozenset({"CONSULT", "SUPPORT", "COOPERATE", "AID", "RETREAT", "CONCEDE"})
THREAT_MODES = {
    ("COERCE", "arrest"): "arrest", ("COERCE", "deport"): "expel", ("SANCTION", "expel"): "expel",
    ("SANCTION", "discontinue"): "relations", ("SANCTION", "withdraw"): "relations",
    ("COERCE", "seize"): "territory",
}
THREATENED = frozenset({"SANCTION", "COERCE", "ASSAULT"})
# Acts that help the other side: done "unless" it acts, they are no threat.
COOPERATIVE = frozenset({"AGREE", "CONSULT", "SUPPORT", "COOPERATE", "AID", "CONCEDE"})
# Modals of a guess: "we may have to wait", "said it might expel them".
GUESS_WORDS = frozenset({"might", "may", "could"})
PLAN_NOUNS = frozenset({"plan", "intention", "intent", "desire", "wish"})
FORCE_WORDS = frozenset({"force", "attack", "action", "strike", "invasion", "war", "retaliation",
                         "intervention", "option", "bomb", "invade", "retaliate", "intervene"})
SPEAKER_PRONOUNS = frozenset({"it", "they", "we", "i", "he", "she"})
# Nouns that name the other party of a conditional threat ("if *the two sides* do not halt").
PARTY_WORDS = frozenset({"side", "government", "rebel", "guerrilla", "militant", "army", "regime",
                         "neighbour", "neighbor", "authority", "opposition", "union", "leader"})


def committed(trigger: Token, entry: Trigger) -> Trigger:
    """The entry as coded when its actor commits to it (or refuses it); else ``entry``."""
    if (entry.type == "REJECT" or entry.lemma == "renounce") and _not_ruled_out(trigger):  # "would not rule out force"
        return Trigger(entry.lemma, entry.pos, "THREATEN", "violence", entry.needs)
    if entry.type in REFUSED_MODES and refused(trigger):
        return Trigger(entry.lemma, entry.pos, "REJECT", REFUSED_MODES[entry.type], entry.needs)
    how = commitment(trigger)
    if how is None:
        threatening = entry.type in THREATENED or entry.type == "PROTEST"
        return threat(entry) if threatening and (_warned(trigger) or _guessed_condition(trigger)) else entry
    if entry.type not in COOPERATIVE | {"THREATEN"} and _conditional(trigger, ("unless",), joined=True):
        return threat(entry)  # "will quit the government *unless* Abidjan agrees"
    if how == "word" and entry.type in OFFERED:  # "ready to withdraw", "offered talks"
        return Trigger(entry.lemma, entry.pos, "AGREE", None, entry.needs)
    if (entry.type, entry.mode) == ("RETREAT", "withdraw"):  # the manual's own example
        return Trigger(entry.lemma, entry.pos, "CONCEDE", None, entry.needs)
    if entry.type in PROMISED:
        return Trigger(entry.lemma, entry.pos, PROMISED[entry.type], None, entry.needs)
    if entry.type in THREATENED or entry.type == "PROTEST" and _pressing(trigger, how) or (
            entry.type in ("PROTEST", "ACCUSE") and _conditional(trigger)):
        return threat(entry)  # "will block the roads", "will go to court *unless* the bill is dropped"
    return entry


def _pressing(trigger: Token, how: str) -> bool:
    """A protest a side says it will stage ("would block the roads", "vowed to boycott") is a
    threat; one it plans ("planning to hold nightly demonstrations") or keeps up until it is
    heeded is a protest to come."""
    vowed = any(s.lemma_.lower() in VOW_WORDS for s in _purpose_chain(syntax.clause_head(trigger))[1:])
    return (how == "modal" or vowed) and not _kept_up(trigger)


def _kept_up(trigger: Token) -> bool:
    """"Vowed to refuse food *until* the government agrees", "the marches would go on
    *until* ...": a protest pledged to last until it is heeded is kept up, not threatened."""
    verb = syntax.clause_head(trigger)
    return any(c.lower_ == "until" for v in (verb, trigger) for c in v.children if c.dep_ == "prep") or any(
        syntax.is_condition(c, ("until",)) for c in syntax.children(verb, "advcl"))


def _not_ruled_out(trigger: Token) -> bool:
    """"Did not rule out military action / attacking Taiwan", "has never renounced the use of
    force": force kept open is a threat."""
    if trigger.lemma_.lower() not in ("rule", "renounce") or not _negated(trigger):
        return False
    kept = [t for c in syntax.children(trigger, "dobj", "xcomp", "pcomp", "prep") for t in c.subtree]
    return any(t.lemma_.lower() in FORCE_WORDS for t in kept)


def _guessed_condition(trigger: Token) -> bool:
    """"X may halt its mediation *unless* both sides show flexibility", "could downgrade ties
    *if Algiers* keeps arming the rebels": a possible act made to hang on another party's
    conduct is a threat ("Israel could strike *if* talks fail" is only a guess)."""
    verb = syntax.clause_head(trigger)  # the trigger itself when it is a verb
    guessed = syntax.auxiliaries(verb) & GUESS_WORDS
    if not guessed or syntax.children(verb, "neg"):
        return False
    return _conditional(trigger, ("unless",)) or any(
        syntax.is_condition(c, ("if",)) and any(_names_a_party(s) for s in syntax.children(c, "nsubj"))
        for c in syntax.children(verb, "advcl"))


def _names_a_party(subject: Token) -> bool:
    """A condition's subject that is another party ("could downgrade ties *if Algiers* keeps
    arming the rebels"), not a state of affairs ("if *talks* fail")."""
    named = subject.pos_ == "PROPN" and subject.ent_type_ not in ("DATE", "TIME", "EVENT", "LAW")
    return named or subject.ent_type_ in ("GPE", "NORP", "ORG", "PERSON") or subject.lemma_.lower() in PARTY_WORDS


def _conditional(trigger: Token, marks: tuple[str, ...] = ("unless", "if"), joined: bool = False) -> bool:
    """Whether the trigger's clause (with ``joined``, or a clause joined to it: "will quit
    and take up arms *unless* ...") hangs on a condition marked by ``marks``."""
    verb = syntax.clause_head(trigger)  # the trigger itself when it is a verb
    verbs = [verb, *verb.conjuncts] if joined else [verb]
    return any(syntax.is_condition(c, marks) for v in verbs for c in syntax.children(v, "advcl"))


def threat(entry: Trigger) -> Trigger:
    mode = THREAT_MODES.get((entry.type, entry.mode or ""), _threat_mode(entry))
    return Trigger(entry.lemma, entry.pos, "THREATEN", mode, entry.needs)


def _threat_mode(entry: Trigger) -> str:
    if entry.type == "ASSAULT":
        return "violence"
    if entry.type == "PROTEST":
        return "relations"  # CAMEO 133, threaten with political dissent
    return "restrict" if entry.type == "COERCE" or entry.mode is None else "relations"


def commitment(trigger: Token) -> str | None:
    """``word`` for "ready/offered/pledged to X", ``modal`` for "will/would X", else None."""
    verb = _sharing(syntax.clause_head(trigger))  # the trigger itself when it is a verb
    if not syntax.is_verbal(verb) or syntax.children(verb, "neg", "nsubjpass", "auxpass"):
        return None
    chain = _purpose_chain(verb)
    for step in chain[1:]:
        if step.lemma_.lower() in COMMIT_WORDS:
            return None if _negated(step) else "word"
        if step.lemma_.lower() in HESITATE_WORDS and _negated(step) and _modal(step):
            return "modal"  # "would not hesitate to strike": as sure as "would strike"
    if _modal_reaches(trigger) and any(_modal(s) and not syntax.children(s, "neg") for s in chain):
        return "modal"  # "will lend them money *to help*": the help is promised too
    return None


def refused(trigger: Token) -> bool:
    """"Would not / will never release", "is not ready to withdraw": a stated refusal."""
    verb = _sharing(syntax.clause_head(trigger))  # the trigger itself when it is a verb
    if not syntax.is_verbal(verb) or syntax.children(verb, "nsubjpass", "auxpass"):
        return False
    chain = _purpose_chain(verb)
    if _modal_reaches(trigger) and _negated(verb) and (_modal(verb) or _said_unable(verb)) or _no_plans(verb):
        return True
    return any(s.lemma_.lower() in COMMIT_WORDS and _negated(s) for s in chain[1:])


def _sharing(verb: Token) -> Token:
    """The first verb of a coordination whose subject and auxiliaries a later one shares
    ("would visit Haiti and *meet* officials": the meeting is promised too); a verb in a
    tense of its own ("would not send troops but *offered* talks") shares nothing."""
    while verb.dep_ == "conj" and verb.tag_ == "VB" and syntax.is_verbal(verb.head) and not (
            syntax.children(verb, "aux", "nsubj", "nsubjpass", "neg")):
        verb = verb.head
    return verb


def _negated(verb: Token) -> bool:
    """"Will not go", and "is *not* ready to go" (the "not" hangs on the copula)."""
    if syntax.children(verb, "neg"):
        return True
    return verb.dep_ == "acomp" and bool(syntax.children(verb.head, "neg"))


def _warned(trigger: Token) -> bool:
    """"Khartoum said *it might* expel the staff": a speaker's own possible coercion is a
    threat (a third party's "Israel could strike" is only a guess)."""
    verb = syntax.clause_head(trigger)  # the trigger itself when it is a verb
    guessed = syntax.auxiliaries(verb) & GUESS_WORDS
    subjects = syntax.children(verb, "nsubj")
    own = bool(subjects) and subjects[0].lower_ in SPEAKER_PRONOUNS
    return bool(guessed) and own and verb.dep_ == "ccomp" and in_class(verb.head, "report")


def _modal_reaches(trigger: Token) -> bool:
    """Whether a "will / would" of the clause is the event's: a verb trigger's own, or that
    of the light verb an event noun is the object of ("will *impose* a curfew"); not that of
    any verb above a noun ("would rethink *its ban*" promises no ban)."""
    if syntax.is_verbal(trigger) or trigger.dep_ not in ("dobj", "pobj"):
        return True
    return in_class(trigger.head, "light")


def _no_plans(verb: Token) -> bool:
    """"Had *no plans / no intention* to lift the embargo"."""
    noun = verb.head
    return verb.dep_ == "acl" and noun.lemma_.lower() in PLAN_NOUNS and any(
        c.dep_ == "det" and c.lower_ == "no" for c in noun.children)


def _purpose_chain(verb: Token) -> list[Token]:
    """The verb and the verbs it is the infinitive or purpose of ("ready *to lend*")."""
    chain = [verb]
    while _purpose(chain[-1]) and chain[-1].head.i != chain[-1].i:
        chain.append(chain[-1].head)
    return chain


def _purpose(clause: Token) -> bool:
    """An infinitive ("ready *to send*", "lent money *to help*"), not a condition or a time
    ("vowed to fast *until he stepped down*")."""
    return clause.dep_ == "xcomp" or clause.dep_ == "advcl" and syntax.is_infinitive(clause)


def _said_unable(verb: Token) -> bool:
    """"Nigeria said it *could not* send more troops": a state's reported inability is its
    refusal (not "rescuers could not reach the village", told as a fact)."""
    reported = verb.dep_ == "ccomp" and in_class(verb.head, "report")
    return reported and bool(syntax.auxiliaries(verb) & {"can", "could", "ca"})


def _modal(verb: Token) -> bool:
    return bool(syntax.auxiliaries(verb) & MODAL_WORDS) or syntax.is_scheduled(verb)

