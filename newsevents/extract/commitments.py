"""Future commitments: what an actor says it will do is coded as a promise or a threat.

The PLOVER manual codes cooperation that an actor commits to as ``AGREE`` (future
``SUPPORT``/``COOPERATE``/``AID``; offers and stated willingness to cooperate in any
way), an announced future retreat as ``CONCEDE``, and announced coercion or violence as ``THREATEN`` with the content
of the threat as its mode. Two things are left as they are, on purpose: future
meetings (``CONSULT`` with modality ``future``), so that an expected meeting and
its denial stay comparable claims, and a third party's expectation ("talks are
expected"), which is no actor's commitment.
"""

from __future__ import annotations

from spacy.tokens import Token

from newsevents.extract import syntax
from newsevents.extract.lexicon import Trigger

# Words whose infinitive complement is the subject's own commitment ("ready to send").
COMMIT_WORDS = frozenset({
    "willing", "ready", "prepared", "determined", "eager", "offer", "promise", "pledge", "vow",
    "plan", "intend", "commit", "undertake", "propose",
})
MODAL_WORDS = frozenset({"will", "shall", "'ll", "would"})
PROMISED = {"SUPPORT": "AGREE", "COOPERATE": "AGREE", "AID": "AGREE", "RETREAT": "CONCEDE"}
# An offer or stated willingness ("ready to", "offered to") is AGREE for any cooperation.
OFFERED = frozenset({"CONSULT", "SUPPORT", "COOPERATE", "AID", "RETREAT", "CONCEDE"})
THREAT_MODES = {
    ("COERCE", "arrest"): "arrest", ("COERCE", "deport"): "expel", ("SANCTION", "expel"): "expel",
    ("SANCTION", "discontinue"): "relations", ("SANCTION", "withdraw"): "relations",
    ("COERCE", "seize"): "territory",
}
THREATENED = frozenset({"SANCTION", "COERCE", "ASSAULT"})


def committed(trigger: Token, entry: Trigger) -> Trigger:
    """The entry as coded when its actor commits to it; else ``entry`` unchanged."""
    how = commitment(trigger)
    if how is None:
        return entry
    if how == "word" and entry.type in OFFERED:  # "ready to withdraw", "offered talks"
        return Trigger(entry.lemma, entry.pos, "AGREE", None, entry.needs)
    if entry.type in PROMISED:
        return Trigger(entry.lemma, entry.pos, PROMISED[entry.type], None, entry.needs)
    if entry.type in THREATENED:
        mode = THREAT_MODES.get((entry.type, entry.mode or ""), _threat_mode(entry))
        return Trigger(entry.lemma, entry.pos, "THREATEN", mode, entry.needs)
    return entry


def _threat_mode(entry: Trigger) -> str:
    if entry.type == "ASSAULT":
        return "violence"
    return "restrict" if entry.type == "COERCE" or entry.mode is None else "relations"


def commitment(trigger: Token) -> str | None:
    """``word`` for "ready/offered/pledged to X", ``modal`` for "will/would X", else None."""
    verb = trigger if syntax.is_verbal(trigger) else syntax.clause_head(trigger)
    if not syntax.is_verbal(verb) or syntax.children(verb, "neg", "nsubjpass", "auxpass"):
        return None
    step = verb
    while step.dep_ in ("xcomp", "advcl") and step.head.i != step.i:
        step = step.head
        if step.lemma_.lower() in COMMIT_WORDS:
            return None if syntax.children(step, "neg") else "word"
    if {c.lower_ for c in syntax.children(verb, "aux")} & MODAL_WORDS:
        return "modal"
    return None
