"""When two mentions report the same real event (``link.v2``).

Two mentions may link only when they are *compatible*: same type family, same actor
countries (either order for meetings and cooperation), actor sectors of the same kind
(state, armed groups, civilians, IGOs), overlapping date windows, and places no further
apart than ``LinkRules.max_km``. Compatible mentions link when their *score* reaches the
threshold: the overlap (Dice) of the evidence sentences' content words plus small bonuses
for the same type, trigger word, place, stated day and sectors. Evidence words are weighted
by rarity (inverse document frequency over the linked mentions), and words of the actors'
own phrases are left out (the dyad already compares them). Within one article the bar is
lower and needs no word overlap: a second sentence about the same actors, type and days
is usually the same event told again, or contradicted.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping
from dataclasses import dataclass

from newsevents.link.features import (
    COARSE,
    Features,
    normalise,
    sector_group,
    sides,
)
from newsevents.models import Actor, Location

LINKER = "link.v2"


@dataclass(frozen=True)
class LinkRules:
    """Thresholds of one linker version; ``name`` is recorded on every link it makes."""

    name: str = LINKER
    # Score two compatible mentions need when both actors have a country...
    threshold: float = 0.4
    # ...and more for each side whose country is unknown ("civilians were killed").
    unknown_side: float = 0.1
    # Mentions dated only to a month or year need more: their window fits many events.
    coarse: float = 0.1
    # Evidence two articles need whatever the bonuses (type and trigger are not enough):
    # this weighted overlap, and this many shared words besides actors and trigger.
    min_overlap: float = 0.2
    min_shared: int = 2
    # Within one article a second sentence about the same actors, type and days is usually
    # the same event told again (or contradicted): it needs less, and no word overlap.
    same_article_threshold: float = 0.25
    # Places of two mentions of one event are at most this far apart.
    max_km: float = 100.0
    same_type_bonus: float = 0.1
    same_trigger_bonus: float = 0.1
    same_place_bonus: float = 0.1
    same_day_bonus: float = 0.1
    same_sectors_bonus: float = 0.05


def overlap(a: Features, b: Features) -> bool:
    """Whether the date windows of two mentions share a day."""
    return a.start <= b.end and b.start <= a.end


def _sectors_agree(a: Actor | None, b: Actor | None) -> bool:
    if a is None or b is None:
        return a is None and b is None
    ga, gb = sector_group(a.sector), sector_group(b.sector)
    return ga is None or gb is None or ga == gb


def _same_sectors(a: Features, b: Features) -> bool:
    ea, eb = a.mention.event, b.mention.event
    sa, ta = sides(a.family, ea.source, ea.target)
    sb, tb = sides(b.family, eb.source, eb.target)
    return all(x is not None and y is not None and x.sector == y.sector
               for x, y in ((sa, sb), (ta, tb)))


def _km(a: Location, b: Location) -> float | None:
    if None in (a.lat, a.lon, b.lat, b.lon):
        return None
    lat1, lon1, lat2, lon2 = map(math.radians, (a.lat or 0.0, a.lon or 0.0, b.lat or 0.0,
                                                b.lon or 0.0))
    h = (math.sin((lat2 - lat1) / 2) ** 2
         + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2)
    return 6371.0 * 2 * math.asin(math.sqrt(min(1.0, h)))


def places_agree(a: Location | None, b: Location | None, max_km: float) -> bool:
    """Unknown places agree with anything; known ones must share country and be close."""
    if a is None or b is None or a.name == b.name:
        return True
    if a.country and b.country and a.country != b.country:
        return False
    distance = _km(a, b)
    return distance is None or distance <= max_km


def compatible(a: Features, b: Features, rules: LinkRules) -> bool:
    """Whether two mentions could report one event (before looking at their words)."""
    if a.family != b.family or a.dyad != b.dyad or not overlap(a, b):
        return False
    ea, eb = a.mention.event, b.mention.event
    sa, ta = sides(a.family, ea.source, ea.target)
    sb, tb = sides(b.family, eb.source, eb.target)
    if not (_sectors_agree(sa, sb) and _sectors_agree(ta, tb)):
        return False
    if a.numbers and b.numbers and not a.numbers & b.numbers:
        return False  # "nine people were killed" and "15 civilians were killed"
    return places_agree(ea.location, eb.location, rules.max_km)


class Weights:
    """Inverse document frequency of evidence words: rare words ("Misrata", "32") weigh
    more than words in every report ("killed", "forces").

    ``df`` counts the linked mentions whose evidence has the word, out of ``total``.
    """

    def __init__(self, df: Mapping[str, int], total: int) -> None:
        self._df = df
        self._total = total

    def __call__(self, word: str) -> float:
        return math.log((self._total + 1) / (self._df.get(word, 0) + 1)) + 1.0


def weighted_dice(a: frozenset[str], b: frozenset[str], weight: Callable[[str], float]) -> float:
    """Dice overlap of two word sets with each word weighted (0 when either is empty)."""
    if not a or not b:
        return 0.0
    total = sum(map(weight, a)) + sum(map(weight, b))
    return 2 * sum(map(weight, a & b)) / total


def score(a: Features, b: Features, rules: LinkRules, weight: Callable[[str], float]) -> float:
    """How strongly two compatible mentions look like one event."""
    ea, eb = a.mention.event, b.mention.event
    total = weighted_dice(a.words, b.words, weight)
    if ea.article_id != eb.article_id and (
            total < rules.min_overlap or len(a.words & b.words) < rules.min_shared):
        return 0.0
    if ea.type == eb.type:
        total += rules.same_type_bonus
    if normalise(ea.trigger.text) == normalise(eb.trigger.text):
        total += rules.same_trigger_bonus
    if ea.location and eb.location and ea.location.name == eb.location.name:
        total += rules.same_place_bonus
    if ea.date_precision == eb.date_precision == "day" and ea.date == eb.date:
        total += rules.same_day_bonus
    if _same_sectors(a, b):
        total += rules.same_sectors_bonus
    return total


def needed(a: Features, b: Features, rules: LinkRules) -> float:
    """The score two mentions need to link: more for unknown countries and coarse dates."""
    ea, eb = a.mention.event, b.mention.event
    base = rules.same_article_threshold if ea.article_id == eb.article_id else rules.threshold
    coarse = {ea.date_precision, eb.date_precision} & COARSE
    return base + a.dyad.count("-") * rules.unknown_side + (rules.coarse if coarse else 0.0)
