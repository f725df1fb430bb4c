"""Built-in actor knowledge base: countries, capitals, organisations, IGOs and sector nouns.

All lists are TSV files in ``newsevents/resolve/data`` (``actors_*.tsv``), read once by
``load_kb``. Names match case-insensitively after folding accents, curly quotes, a leading
"the", possessives ("China's") and dotted acronyms ("U.S." -> "US"); names written in capitals
in the data ("US", "WHO", "PLA") and mixed-case acronyms ("LeT") match case-sensitively so the
pronoun "us" is not the United States. Matching is by whole words only: "Indiana" is not India.

``KBEntry.country`` is an ISO 3166 alpha-3 code for countries, capitals and national
organisations, and the CAMEO organisation code (``UNO``, ``NAT``, ``EEC``...) for IGOs and
international NGOs; none of those codes is an ISO alpha-3 code. Sector codes are listed with
their meanings at the top of ``actors_sectors.tsv``.

User actors (``--actors`` files, see ``newsevents.resolve.actorfile``) are laid over the
built-in lists with ``ActorKB.with_user_actors``: a user name beats a built-in name for the
same words, is matched the same way, and only for articles published between its
``valid_from``/``valid_to`` dates (``lookup(text, on=day)``).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date
from functools import lru_cache
from types import MappingProxyType

import countrynames
import pycountry

from newsevents.datafiles import parse_tsv, read_tsv
from newsevents.models import UserActor

__all__ = ["USER", "ActorKB", "KBEntry", "fold_name", "load_kb", "parse_tsv", "read_rows"]

DATA_PACKAGE = "newsevents.resolve"
USER = "user"
"""``KBEntry.kind`` of an entry from a user actor file."""
Row = Mapping[str, str]

_PUNCT = str.maketrans(
    {
        "\u2019": "'",
        "\u2018": "'",
        "\u02bc": "'",
        "\u00b4": "'",
        "\u2010": "-",
        "\u2011": "-",
        "\u2013": "-",
        "\u2014": " ",
    }
)
_ACRONYM = re.compile(r"\b(?:[A-Za-z]\.){2,}")
_TOKEN = re.compile(r"[^\W_]+(?:['\-][^\W_]+)*'?")
_SECTOR_SPLIT = re.compile(r"[\s\-/]+")
_STATE_WORD = re.compile(
    r"\b(republic|kingdom|states?|federation|union|emirates|islands|principality|sultanate"
    r"|commonwealth|confederation|federal|democratic|people's)\b",
    re.IGNORECASE,
)
_IRREGULAR = MappingProxyType(
    {
        "people": "people",
        "media": "media",
        "medium": "media",
        "police": "police",
        "corps": "corps",
        "news": "news",
        "children": "child",
        "thieves": "thief",
        "personnel": "personnel",
        "clergy": "clergy",
    }
)
_NO_PLURAL = ("s", "sh", "ch", "ese", "x", "z")
_FALLBACK_CHARS = 60
_PREPOSITIONS = frozenset(
    [
        "in",
        "at",
        "to",
        "of",
        "for",
        "from",
        "on",
        "near",
        "with",
        "against",
        "over",
        "outside",
        "inside",
        "across",
        "by",
        "into",
        "under",
    ]
)


@dataclass(frozen=True)
class KBEntry:
    """One knowledge-base answer: country (ISO3 or CAMEO IGO code), sector, kind, name."""

    country: str | None
    sector: str | None
    kind: str
    name: str


@dataclass(frozen=True)
class _Table:
    """Keys of one name list: ``exact`` keys are case-sensitive, ``folded`` lower-cased.

    A value of ``None`` marks a blocked phrase ("New Mexico") that is no actor.
    """

    exact: Mapping[str, KBEntry | None]
    folded: Mapping[str, KBEntry | None]
    longest: Mapping[str, int]


@dataclass(frozen=True)
class _UserTable:
    """User actor names indexed like ``_Table``; each key keeps its entries in load order."""

    exact: Mapping[str, tuple[UserActor, ...]]
    folded: Mapping[str, tuple[UserActor, ...]]
    longest: Mapping[str, int]


_NO_USERS = _UserTable(MappingProxyType({}), MappingProxyType({}), MappingProxyType({}))


@dataclass(frozen=True)
class _SectorTerm:
    """A sector noun or phrase in canonical (lower-case, singular) words."""

    words: tuple[str, ...]
    sector: str
    priority: int


# --------------------------------------------------------------------------- text


def _ascii(text: str) -> str:
    """Fold curly quotes, dashes and accents to plain ASCII-like text."""
    text = unicodedata.normalize("NFKD", text.translate(_PUNCT))
    return "".join(ch for ch in text if not unicodedata.combining(ch))


def _strip_possessive(token: str) -> str:
    """``China's`` -> ``China``, ``Philippines'`` -> ``Philippines``."""
    if token[-2:] in ("'s", "'S"):
        return token[:-2]
    return token.rstrip("'")


def _tokens(text: str) -> tuple[str, ...]:
    """Word tokens of a name, original case, without a leading "the"."""
    if not text.isascii():
        text = _ascii(text)
    text = _ACRONYM.sub(lambda m: m.group().replace(".", ""), text.replace("&", " and "))
    tokens = [t for t in (_strip_possessive(t) for t in _TOKEN.findall(text)) if t]
    if tokens and tokens[0].casefold() == "the":
        del tokens[0]
    return tuple(tokens)


def fold_name(text: str) -> tuple[str, ...]:
    """The words of a name as the knowledge base compares them (folded, lower case)."""
    return tuple(token.casefold() for token in _tokens(text))


def _split_hyphens(tokens: Sequence[str]) -> tuple[str, ...]:
    """Split hyphenated tokens: ``US-led`` -> ``US``, ``led``."""
    return tuple(part for token in tokens for part in token.split("-") if part)


def _is_exact(tokens: Sequence[str]) -> bool:
    """Whether a data key is an acronym matched case-sensitively ("US", "LeT")."""
    if not any(ch.islower() for token in tokens for ch in token):
        return True
    return len(tokens) == 1 and sum(ch.isupper() for ch in tokens[0]) >= 2


def _plurals(demonym: str) -> list[str]:
    """The demonym and, unless it ends like "Chinese" or "Swiss", its plural."""
    if demonym.casefold().endswith(_NO_PLURAL):
        return [demonym]
    return [demonym, demonym + "s"]


def _singular(word: str) -> str:
    """A crude singular for sector nouns, applied alike to data and input."""
    if word in _IRREGULAR:
        return _IRREGULAR[word]
    if word.endswith("men"):
        return word[:-3] + "man"
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith(("sses", "ches", "shes", "xes")):
        return word[:-2]
    if word.endswith("s") and not word.endswith(("ss", "us", "is")) and len(word) > 2:
        return word[:-1]
    return word


def _sector_words(words: Sequence[str] | str) -> tuple[str, ...]:
    """Canonical sector words: lower case, no punctuation, hyphens split, singular."""
    text = " ".join([words] if isinstance(words, str) else words).casefold().translate(_PUNCT)
    parts = (_strip_possessive(part) for part in _SECTOR_SPLIT.split(text))
    cleaned = ("".join(ch for ch in part if ch.isalnum()) for part in parts)
    return tuple(_singular(word) for word in cleaned if word)


# --------------------------------------------------------------------------- data


def read_rows(name: str) -> list[dict[str, str]]:
    """Rows of one of this stage's packaged TSV files."""
    return read_tsv(DATA_PACKAGE, name)


def _split(value: str) -> list[str]:
    """The ``|``-separated names of one TSV cell."""
    return [part.strip() for part in value.split("|") if part.strip()]


def _country_names(rows: Iterable[Row]) -> list[tuple[str, KBEntry]]:
    """(name, entry) pairs for country names, aliases and demonyms (with plurals)."""
    pairs = []
    for row in rows:
        iso, canonical = row["iso3"], row["name"]
        country = KBEntry(iso, None, "country", canonical)
        demonym = KBEntry(iso, None, "demonym", canonical)
        pairs += [(name, country) for name in [canonical, *_split(row["aliases"])]]
        pairs += [(p, demonym) for name in _split(row["demonyms"]) for p in _plurals(name)]
    return pairs


def _capital_names(rows: Iterable[Row]) -> list[tuple[str, KBEntry]]:
    """(name, entry) pairs for capitals and seats of government."""
    return [
        (row["name"], KBEntry(row["code"], row["sector"], "capital", row["name"])) for row in rows
    ]


def _org_names(rows: Iterable[Row], code: str, kind: str) -> list[tuple[str, KBEntry]]:
    """(name, entry) pairs for organisations (``kind`` "org") or IGOs/NGOs (``kind`` "igo")."""
    pairs = []
    for row in rows:
        entry = KBEntry(row[code] or None, row["sector"] or None, kind, row["name"])
        pairs += [(name, entry) for name in [row["name"], *_split(row["aliases"])]]
    return pairs


def _build_table(pairs: Iterable[tuple[str, KBEntry | None]], origin: str) -> _Table:
    """Index names; the first list wins a key, two meanings within one list are an error."""
    exact: dict[str, KBEntry | None] = {}
    folded: dict[str, KBEntry | None] = {}
    longest: dict[str, int] = {}
    owners: dict[str, str] = {}
    for name, entry in pairs:
        tokens = _tokens(name)
        index, key = (
            (exact, " ".join(tokens))
            if _is_exact(tokens)
            else (folded, " ".join(tokens).casefold())
        )
        source = entry.kind if entry else origin
        if key in index and owners[key] == source and index[key] != entry:
            raise ValueError(f"{source}: {name!r} is given two different meanings")
        if key not in index:
            index[key], owners[key] = entry, source
            longest[tokens[0].casefold()] = max(longest.get(tokens[0].casefold(), 0), len(tokens))
    return _Table(MappingProxyType(exact), MappingProxyType(folded), MappingProxyType(longest))


def _user_table(actors: Iterable[UserActor]) -> _UserTable:
    """Index each user actor under its name and aliases (acronyms case-sensitively)."""
    exact: dict[str, list[UserActor]] = {}
    folded: dict[str, list[UserActor]] = {}
    longest: dict[str, int] = {}
    for actor in actors:
        for name in dict.fromkeys([actor.name, *actor.aliases]):
            tokens = _tokens(name)
            if not tokens:
                continue
            index, key = (exact, " ".join(tokens)) if _is_exact(tokens) else (
                folded, " ".join(tokens).casefold())
            index.setdefault(key, []).append(actor)
            first = tokens[0].casefold()
            longest[first] = max(longest.get(first, 0), len(tokens))
    return _UserTable(
        MappingProxyType({k: tuple(v) for k, v in exact.items()}),
        MappingProxyType({k: tuple(v) for k, v in folded.items()}),
        MappingProxyType(longest),
    )


def _user_entry(actors: Sequence[UserActor], on: date | None) -> KBEntry | None:
    """The last of ``actors`` valid on ``on`` as a knowledge-base entry."""
    for actor in reversed(actors):
        if actor.valid_on(on):
            return KBEntry(actor.country, actor.sector, USER, actor.name)
    return None


def _sector_index(rows: Iterable[Row]) -> Mapping[str, tuple[_SectorTerm, ...]]:
    """Sector terms by first word, longest first."""
    by_first: dict[str, list[_SectorTerm]] = {}
    for row in rows:
        term = _SectorTerm(_sector_words(row["term"]), row["sector"], int(row["priority"]))
        by_first.setdefault(term.words[0], []).append(term)
    return MappingProxyType(
        {
            first: tuple(sorted(terms, key=lambda t: -len(t.words)))
            for first, terms in by_first.items()
        }
    )


def _alpha2_map(codes: Iterable[str]) -> Mapping[str, str]:
    """ISO alpha-2 -> alpha-3 for the given alpha-3 codes (Kosovo ``XK`` -> ``XKX``)."""
    result = {"XK": "XKX"} if "XKX" in codes else {}
    for code in codes:
        country = pycountry.countries.get(alpha_3=code)
        if country is not None:
            result[country.alpha_2] = code
    return MappingProxyType(result)


def _pycountry_names(codes: Iterable[str]) -> Mapping[str, str]:
    """pycountry's English names (lower case) -> alpha-3, for the given codes only."""
    result: dict[str, str] = {}
    for code in codes:
        country = pycountry.countries.get(alpha_3=code)
        for attr in ("name", "official_name", "common_name"):
            name = getattr(country, attr, None)
            if name:
                result[_ascii(name).casefold()] = code
    return MappingProxyType(result)


# --------------------------------------------------------------------------- knowledge base


@dataclass(frozen=True, repr=False)
class ActorKB:
    """Read-only actor lookups; build with ``load_kb()`` (or ``ActorKB.from_rows`` in tests)."""

    _countries: _Table
    _capitals: _Table
    _orgs: _Table
    _igos: _Table
    _combined: _Table
    _sectors: Mapping[str, tuple[_SectorTerm, ...]]
    _country_rows: Mapping[str, Row]
    _alpha2: Mapping[str, str]
    _pycountry: Mapping[str, str]
    _codes: frozenset[str] = frozenset()
    _sector_codes: frozenset[str] = frozenset()
    _user: _UserTable = _NO_USERS

    @classmethod
    def from_rows(
        cls,
        countries: Sequence[Row],
        capitals: Sequence[Row],
        orgs: Sequence[Row],
        igos: Sequence[Row],
        sectors: Sequence[Row],
        nonactors: Sequence[Row],
    ) -> ActorKB:
        """Build the indexes from parsed TSV rows."""
        org_names = _org_names(orgs, "iso3", "org")
        igo_names = _org_names(igos, "code", "igo")
        capital_names = _capital_names(capitals)
        country_names = _country_names(countries)
        blocked: list[tuple[str, KBEntry | None]] = [(r["phrase"], None) for r in nonactors]
        everything = [*org_names, *igo_names, *capital_names, *country_names, *blocked]
        by_iso = {row["iso3"]: row for row in countries}
        return cls(
            _countries=_build_table(country_names, "countries"),
            _capitals=_build_table(capital_names, "capitals"),
            _orgs=_build_table(org_names, "orgs"),
            _igos=_build_table(igo_names, "igos"),
            _combined=_build_table(everything, "nonactors"),
            _sectors=_sector_index(sectors),
            _country_rows=MappingProxyType(by_iso),
            _alpha2=_alpha2_map(by_iso),
            _pycountry=_pycountry_names(by_iso),
            _codes=frozenset([*by_iso, *(r["iso3"] for r in orgs), *(r["code"] for r in igos)])
            - {""},
            _sector_codes=frozenset(
                r["sector"] for rows in (sectors, orgs, igos, capitals) for r in rows
            ) - {""},
        )

    def with_user_actors(self, actors: Iterable[UserActor]) -> ActorKB:
        """This knowledge base with user actors laid over it (later actors beat earlier)."""
        return replace(self, _user=_user_table(actors))

    def knows_country(self, code: str) -> bool:
        """Whether ``code`` is an ISO alpha-3 code or one of our IGO/organisation codes."""
        return code in self._codes or pycountry.countries.get(alpha_3=code) is not None

    def knows_sector(self, code: str) -> bool:
        """Whether ``code`` is a sector code used by the knowledge base (GOV, MIL, ...)."""
        return code in self._sector_codes

    def sector_codes(self) -> tuple[str, ...]:
        """The known sector codes, sorted."""
        return tuple(sorted(self._sector_codes))

    def country(self, text: str) -> KBEntry | None:
        """A country by name, alias or demonym ("U.S.", "Britain", "Indians"), else ``None``."""
        return self._whole(self._countries, text) or self._fallback(text)

    def capital(self, text: str) -> KBEntry | None:
        """A capital or seat of government used for its state ("Beijing", "the Kremlin")."""
        return self._whole(self._capitals, text)

    def org(self, text: str) -> KBEntry | None:
        """A national organisation ("PLA", "Xinhua", "Hamas"), else ``None``."""
        return self._whole(self._orgs, text)

    def igo(self, text: str) -> KBEntry | None:
        """An international organisation or NGO ("UN", "NATO", "Amnesty"), else ``None``."""
        return self._whole(self._igos, text)

    def lookup(self, text: str, on: date | None = None) -> KBEntry | None:
        """The actor named by ``text``: the whole text, then the longest name inside it.

        The whole text is tried as user actor (valid ``on`` that day; undated ones only when
        ``on`` is None), organisation, IGO, capital and country (in that order); then the
        longest name inside it wins, the leftmost on a tie, names that start before the
        first preposition first, a user name before a built-in one for the same words; then
        the same with hyphenated words split ("US-led"); last the pycountry/countrynames
        fallback.
        """
        tokens = _tokens(text)
        entry = self._user_probe(tokens, on)
        if entry is not None:
            return entry
        found, entry = self._probe(self._combined, tokens)
        if found:
            return entry
        entry = self._search(tokens, on)
        if entry is None and any("-" in token for token in tokens):
            entry = self._search(_split_hyphens(tokens), on)
        return entry or self._fallback(text)

    def user_actor(self, text: str, on: date | None = None) -> KBEntry | None:
        """The user actor named by exactly ``text`` (valid ``on`` that day), else ``None``."""
        return self._user_probe(_tokens(text), on)

    def sector(self, words: Sequence[str]) -> str | None:
        """The sector of an actor phrase from its words or lemmas, else ``None``.

        Multi-word terms match before the words inside them; of several matches the one
        with the highest priority wins, and on a tie the right-most (the head noun).
        """
        tokens = _sector_words(words)
        best: _SectorTerm | None = None
        start = 0
        while start < len(tokens):
            term = self._sector_term(tokens, start)
            start += len(term.words) if term else 1
            if term and (best is None or term.priority >= best.priority):
                best = term
        return best.sector if best else None

    def _sector_term(self, tokens: tuple[str, ...], start: int) -> _SectorTerm | None:
        """The longest sector term that starts at ``tokens[start]``."""
        for term in self._sectors.get(tokens[start], ()):
            if tokens[start : start + len(term.words)] == term.words:
                return term
        return None

    def _whole(self, table: _Table, text: str) -> KBEntry | None:
        """``table``'s entry for the whole of ``text``."""
        return self._probe(table, _tokens(text))[1]

    @staticmethod
    def _probe(table: _Table, tokens: Sequence[str]) -> tuple[bool, KBEntry | None]:
        """(found, entry) for exactly these tokens; found with ``None`` means blocked."""
        key = " ".join(tokens)
        if key in table.exact:
            return True, table.exact[key]
        key = key.casefold()
        if key in table.folded:
            return True, table.folded[key]
        return False, None

    def _user_probe(self, tokens: Sequence[str], on: date | None) -> KBEntry | None:
        """The valid user entry for exactly these tokens (case-sensitive keys first)."""
        if not self._user.longest or not tokens:
            return None
        key = " ".join(tokens)
        return _user_entry(self._user.exact.get(key, ()), on) or _user_entry(
            self._user.folded.get(key.casefold(), ()), on)

    def _search(self, tokens: tuple[str, ...], on: date | None = None) -> KBEntry | None:
        """The name inside ``tokens``, preferring one that starts before a preposition.

        "Chinese Embassy in New Delhi" is Chinese although "New Delhi" is longer;
        "President of the United States" still finds the United States.
        """
        cut = next(
            (i for i, token in enumerate(tokens) if i and token.casefold() in _PREPOSITIONS),
            len(tokens),
        )
        found = self._longest(tokens, cut, on)
        if found is None and cut < len(tokens):
            found = self._longest(tokens, len(tokens), on)
        return found

    def _longest(self, tokens: tuple[str, ...], starts: int, on: date | None) -> KBEntry | None:
        """The longest (then leftmost) name starting before ``starts``; blocked phrases hide theirs."""
        longest = [
            max(self._combined.longest.get(key, 0), self._user.longest.get(key, 0))
            for key in (token.casefold() for token in tokens)
        ]
        blocked: set[int] = set()
        for size in range(len(tokens), 0, -1):
            for start in range(min(starts, len(tokens) - size + 1)):
                span = range(start, start + size)
                if longest[start] < size or blocked.intersection(span):
                    continue
                user = self._user_probe(tokens[start : start + size], on)
                if user is not None:
                    return user
                found, entry = self._probe(self._combined, tokens[start : start + size])
                if entry is not None:
                    return entry
                if found:
                    blocked.update(span)
        return None

    def _fallback(self, text: str) -> KBEntry | None:
        """A country name missing from our TSV, from pycountry or countrynames.

        countrynames is asked only for short official forms ("Kingdom of ..."): it also maps
        cities ("New York" -> US), which are no actors here.
        """
        code = self._pycountry.get(_ascii(text).strip().casefold())
        if code is None and len(text) <= _FALLBACK_CHARS and _STATE_WORD.search(text):
            code = self._alpha2.get(countrynames.to_code(text) or "")
        if code is None:
            return None
        return KBEntry(code, None, "country", self._country_rows[code]["name"])


@lru_cache(maxsize=1)
def load_kb() -> ActorKB:
    """The packaged knowledge base, read and indexed once per process."""
    return ActorKB.from_rows(
        countries=read_rows("actors_countries.tsv"),
        capitals=read_rows("actors_capitals.tsv"),
        orgs=read_rows("actors_orgs.tsv"),
        igos=read_rows("actors_igos.tsv"),
        sectors=read_rows("actors_sectors.tsv"),
        nonactors=read_rows("actors_nonactors.tsv"),
    )
