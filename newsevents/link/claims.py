"""Claims: each mention says, on someone's word, that an event happened, will, might, or not.

A mention's *stance* comes from its polarity and modality: ``denied`` for a negated
event ("will not be meeting"), else ``asserted`` / ``expected`` (future) / ``possible``
(hypothetical). Its *claimant* is the reported speaker ("Global Times reported that...")
or, for the article's own voice, the outlet (the article when the outlet is unknown).

An event's status follows from its claims (``possible`` ones count for nothing):

* ``disputed``: someone asserts or expects it and someone else denies it;
* ``denied``: it is only denied, or only asserted by claimants who also deny it;
* ``confirmed``: asserted or expected by two independent claimants and denied by none
  (claims with the same evidence sentence, e.g. one wire story syndicated twice, count once);
* ``single_source``: otherwise.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from newsevents.models import Claim, EventStatus, Stance, StoredMention

_ARTICLE_WORDS = re.compile(r"^(the|a|an)\s+", re.IGNORECASE)
_SPACE = re.compile(r"\s+")
POSITIVE: frozenset[Stance] = frozenset({"asserted", "expected"})


def stance(mention: StoredMention) -> Stance:
    """How the mention presents its event."""
    event = mention.event
    if event.modality == "hypothetical":
        return "possible"
    if event.polarity == "negative":
        return "denied"
    return "expected" if event.modality == "future" else "asserted"


def claimant(mention: StoredMention) -> tuple[str, str]:
    """``(name, key)`` of who makes the claim: the reported speaker, else the outlet/article."""
    who = mention.event.claimant
    if who is not None and who.text.strip():
        name = _SPACE.sub(" ", who.text.strip())
        key = _ARTICLE_WORDS.sub("", name).casefold()
        return name, f"said:{key}|{who.country or '-'}"
    if mention.outlet:
        return mention.outlet, f"outlet:{mention.outlet.casefold()}"
    return f"article {mention.event.article_id}", f"article:{mention.event.article_id}"


def make_claim(mention: StoredMention, event_id: str, similarity: float, linker: str) -> Claim:
    """The claim a mention makes about the real event ``event_id``."""
    name, key = claimant(mention)
    e = mention.event
    return Claim(e.id, event_id, e.article_id, mention.outlet, mention.published, name, key,
                 stance(mention), e.evidence, similarity, linker)


def _independent(claims: Iterable[Claim]) -> set[str]:
    """Claimant keys, counting claims with one evidence sentence (syndicated copies) once."""
    first_by_text: dict[str, str] = {}
    for claim in sorted(claims, key=lambda c: (c.published, c.article_id, c.quote.start)):
        first_by_text.setdefault(_SPACE.sub(" ", claim.quote.text.strip()).casefold(),
                                 claim.claimant_key)
    return set(first_by_text.values())


def status(claims: Sequence[Claim]) -> EventStatus:
    """The status of an event from all its claims (see the module docstring)."""
    positive = [c for c in claims if c.stance in POSITIVE]
    negative = [c for c in claims if c.stance == "denied"]
    denying = {c.claimant_key for c in negative}
    if negative and any(c.claimant_key not in denying for c in positive):
        return "disputed"
    if negative:
        return "denied"
    return "confirmed" if len(_independent(positive)) >= 2 else "single_source"
