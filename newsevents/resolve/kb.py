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
``valid_from``/``valid_to`` dates (``lookup(text, on=day)``); outside them the name behaves
as if the user row were absent.

The built-in people (``data/actors_people.csv``, rows whose ``origin`` is that file) get two
extras that user files do not:

- Nationality does not expire: a person named outside all of his terms ("Mitterrand" in
  2000) takes the country of his nearest-in-time national row (ISO3 code; IGO rows such as
  a NATO secretary general's are skipped) and that row's sector; an undated article takes
  his latest national row. When the name belongs to several people of different countries
  the fallback gives nothing; a bare surname falls back only from 4 years before his first
  term to 20 years after his last (surnames are distinctive for a period only).
- Spelling variants: Arabic articles and hyphens are ignored ("El Bashir", "Omar Bashir"
  for "Omar al-Bashir"; a bare surname only where the row lists it alone), and one
  spelling edit (a doubled letter, an "h", a vowel in full names...: ``_spelling_edit``) is
  tolerated in capitalised names of 8 letters or more: full names of two words or more,
  or bare surnames listed alone; the edit must be inside a word of 6 letters or more, not
  its first letter, and the name must be one edit from no other person's name. The keys
  are indexed once per set of rows (a deletion-neighbourhood index, ``_people_index``).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date
from functools import lru_cache
from importlib import resources
from pathlib import Path
from types import MappingProxyType

import countrynames
import pycountry

from newsevents.datafiles import parse_tsv, read_tsv
from newsevents.models import UserActor

__all__ = [
    "USER",
    "ActorKB",
    "KBEntry",
    "builtin_people_path",
    "fold_name",
    "load_kb",
    "parse_tsv",
    "read_rows",
]

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


_ARTICLES = frozenset({"al", "el"})
"""Arabic articles dropped when they stand alone before another word ("El Bashir")."""
_ARTICLE_PREFIXES = _ARTICLES | frozenset({"ad", "ar", "as", "ash", "at", "az", "an", "ud", "ul"})
"""Arabic articles (with their assimilated forms) dropped before a hyphen ("ash-Sharaa")."""
_FUZZY_NAME_LETTERS = 8
_FUZZY_WORD_LETTERS = 6
_FUZZY_MAX_WORDS = 4
_VOWELS = frozenset("aeiouy")
_SAME_SOUND = frozenset(frozenset(pair) for pair in ("ck", "kq", "cq", "jy", "vw", "sz", "fv", "iy"))
_SURNAME_WORD = 5
_SURNAME_BEFORE = 4 * 365
"""Days before his first term that a bare surname still names a built-in person."""
_SURNAME_AFTER = 20 * 365
"""Days after his last term that a bare surname still names a built-in person."""
_SHORT_PARTICLE = 3
"""Lower-case words this short ("bin", "de") may sit inside a capitalised name."""


@dataclass(frozen=True)
class _PeopleIndex:
    """Spelling-variant keys of the built-in people, built once per set of rows.

    ``bare`` maps article-free, hyphen-free word tuples to the rows they name; ``fuzzy``
    maps each eligible key (words joined by spaces) and its one-letter deletions to the
    eligible keys they come from.
    """

    bare: Mapping[tuple[str, ...], tuple[UserActor, ...]]
    fuzzy: Mapping[str, frozenset[str]]


_NO_PEOPLE = _PeopleIndex(MappingProxyType({}), MappingProxyType({}))


@dataclass(frozen=True)
class _UserTable:
    """User actor names indexed like ``_Table``; each key keeps its entries in load order."""

    exact: Mapping[str, tuple[UserActor, ...]]
    folded: Mapping[str, tuple[UserActor, ...]]
    longest: Mapping[str, int]
    people: _PeopleIndex = _NO_PEOPLE


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


@lru_cache(maxsize=1)
def builtin_people_path() -> str:
    """The packaged people file, ``data/actors_people.csv``, as a path."""
    return str(resources.files(DATA_PACKAGE).joinpath("data", "actors_people.csv"))


@lru_cache(maxsize=1)
def _builtin_origin() -> str:
    """The ``UserActor.origin`` of the built-in people rows (the resolved file path)."""
    return str(Path(builtin_people_path()).resolve())


def _bare_words(tokens: Sequence[str]) -> tuple[tuple[str, ...], bool]:
    """The words of a name without Arabic articles or hyphens, and whether an article went.

    "Omar el-Bashir" -> (("Omar", "Bashir"), True); "El Bashir" -> (("Bashir",), True);
    "Boutros-Ghali" -> (("Boutros", "Ghali"), False). A lone "al"/"el" is an article only
    before another word; case is kept.
    """
    words: list[str] = []
    dropped = False
    for index, token in enumerate(tokens):
        parts = [part for part in token.split("-") if part]
        if len(parts) == 1 and parts[0].casefold() in _ARTICLES and index < len(tokens) - 1:
            dropped = True
            continue
        for at, part in enumerate(parts):
            if at < len(parts) - 1 and part.casefold() in _ARTICLE_PREFIXES:
                dropped = True
            else:
                words.append(part)
    return tuple(words), dropped


def _deletions(key: str) -> set[str]:
    """``key`` less one letter, inside a word of ``_FUZZY_WORD_LETTERS`` or more, never
    its first letter."""
    found: set[str] = set()
    start = 0
    for word in key.split(" "):
        if len(word) >= _FUZZY_WORD_LETTERS:
            found.update(key[: start + i] + key[start + i + 1 :] for i in range(1, len(word)))
        start += len(word) + 1
    return found


def _one_edit(a: str, b: str) -> bool:
    """Whether ``a`` becomes ``b`` by one insertion, deletion, substitution or swap of
    two neighbouring letters."""
    if len(a) == len(b):
        diff = _differences(a, b)
        return len(diff) == 1 or (
            len(diff) == 2 and diff[1] == diff[0] + 1 and a[diff[0]] == b[diff[1]]
            and a[diff[1]] == b[diff[0]])
    if abs(len(a) - len(b)) != 1:
        return False
    short, long, at = _insertion(a, b)
    return short[at:] == long[at + 1 :]


def _differences(a: str, b: str) -> list[int]:
    """The positions where two strings of one length differ."""
    return [i for i, (x, y) in enumerate(zip(a, b, strict=True)) if x != y]


def _insertion(a: str, b: str) -> tuple[str, str, int]:
    """The shorter and the longer string, and where the longer first has a letter more."""
    short, long = (a, b) if len(a) < len(b) else (b, a)
    return short, long, next((i for i, ch in enumerate(short) if ch != long[i]), len(short))


def _spelling_edit(a: str, b: str, surname: bool) -> bool:
    """Whether ``a`` and ``b`` (one edit apart, same first letter) differ as spellings of
    one name do.

    Always: a doubled or single letter ("Musharaf"), an "h" or a "y" more or less
    ("Yuschenko", "Zelenskyy"), an umlaut "e" ("Schroder"), "i"/"y" or two letters of one
    sound swapped ("Soleymani", "Miqati"), two neighbouring letters in the other order.
    In a full name also any vowel changed, added or dropped ("Hilary", "Mahmud"). Never a
    consonant for another ("John Curtis" is not John Curtin), nor, in a bare ``surname``,
    a vowel change ("Compare", "Cristiano", "Bachelot", "Kaczynski" are other words and
    names) or a change of its last letter ("Sikorsky", "Marzouk").
    """
    if len(a) == len(b):
        diff = _differences(a, b)
        if len(diff) == 2:
            return True
        pair = frozenset((a[diff[0]], b[diff[0]]))
        if surname and diff[0] == len(a) - 1:
            return False
        return pair in _SAME_SOUND or (not surname and pair <= _VOWELS)
    _, long, at = _insertion(a, b)
    extra, before = long[at], long[at - 1]
    if extra == before or extra == long[at + 1 : at + 2] or extra in "hy":
        return True
    if extra == "e" and before in "aou":
        return True
    return not surname and extra in _VOWELS


def _near(query: tuple[str, ...], key: tuple[str, ...]) -> bool:
    """One spelling edit (``_spelling_edit``) in one word of 6 letters or more (not its
    first letter), the rest equal; in a full name the other words must hold one of 5
    letters or more ("Mohammed Omar" is too common to correct)."""
    if len(query) != len(key):
        return False
    pairs = [(q, k) for q, k in zip(query, key, strict=True) if q != k]
    if len(pairs) != 1:
        return False
    q, k = pairs[0]
    rest = [word for word in key if word != k]
    return (q[0] == k[0] and len(k) >= _FUZZY_WORD_LETTERS and _one_edit(q, k)
            and _spelling_edit(q, k, surname=len(key) == 1)
            and (len(key) == 1 or any(len(word) >= _SURNAME_WORD for word in rest)))


def _fuzzy_eligible(words: tuple[str, ...]) -> bool:
    """Long enough names: 8 letters or more in at most 4 words, one of 6 letters or more."""
    return (len(words) <= _FUZZY_MAX_WORDS
            and sum(len(word) for word in words) >= _FUZZY_NAME_LETTERS
            and any(len(word) >= _FUZZY_WORD_LETTERS for word in words))


def _fuzzy_lookup(index: Mapping[str, frozenset[str]], words: tuple[str, ...]) -> set[str]:
    """The eligible keys one edit away from ``words`` (lower-case)."""
    query = " ".join(words)
    found = set(index.get(query, ()))
    for deleted in _deletions(query):
        found.update(index.get(deleted, ()))
    return {key for key in found if _near(words, tuple(key.split(" ")))}


def _fuzzy_index(bare: Mapping[tuple[str, ...], tuple[UserActor, ...]],
                 surnames: frozenset[str]) -> Mapping[str, frozenset[str]]:
    """Deletion-neighbourhood index of the eligible keys that name one person and are not
    one edit away from another person's name; a one-word key only if listed as it is
    (``surnames``: "Bashir", not "al-Bashir")."""
    owner = {" ".join(words): actors[0].name for words, actors in bare.items()
             if _fuzzy_eligible(words) and len({a.name for a in actors}) == 1
             and (len(words) > 1 or words[0] in surnames)}
    index = _deletion_index(owner)
    people: dict[tuple[str, ...], set[str]] = {}
    for words, actors in bare.items():
        people.setdefault(words, set()).update(actor.name for actor in actors)
        for word in words:  # "Kuczynski" is one letter from the "Kaczynski" of a full name
            people.setdefault((word,), set()).update(actor.name for actor in actors)
    clashes = {key for words, names in people.items() for key in _fuzzy_lookup(index, words)
               if names - {owner[key]}}
    return _deletion_index({key: name for key, name in owner.items() if key not in clashes})


def _deletion_index(keys: Iterable[str]) -> Mapping[str, frozenset[str]]:
    """Each key and its one-letter deletions -> the keys."""
    index: dict[str, set[str]] = {}
    for key in keys:
        for variant in (key, *_deletions(key)):
            index.setdefault(variant, set()).add(key)
    return MappingProxyType({variant: frozenset(found) for variant, found in index.items()})


@lru_cache(maxsize=4)
def _people_index(actors: tuple[UserActor, ...]) -> _PeopleIndex:
    """The spelling-variant index of the built-in people rows (acronyms left out)."""
    bare: dict[tuple[str, ...], dict[UserActor, None]] = {}
    surnames: set[str] = set()
    for actor in actors:
        for name in dict.fromkeys([actor.name, *actor.aliases]):
            tokens = _tokens(name)
            found, dropped = _bare_words(tokens)
            words = tuple(word.casefold() for word in found)
            if words and not _is_exact(tokens):
                bare.setdefault(words, {})[actor] = None
                if len(tokens) == 1 and not dropped:
                    surnames.add(words[0])
    table = MappingProxyType({words: tuple(rows) for words, rows in bare.items()})
    return _PeopleIndex(table, _fuzzy_index(table, frozenset(surnames)))


def _capitalised(words: Sequence[str]) -> bool:
    """Whether every word of a name starts with a capital (short particles aside)."""
    return all(word[0].isupper() or (len(word) <= _SHORT_PARTICLE and word.islower())
               for word in words) and words[0][0].isupper()


def _distance(actor: UserActor, on: date) -> int:
    """Days from ``on`` to the nearest day of ``actor``'s term (0 inside it)."""
    if actor.valid_from is not None and on < actor.valid_from:
        return (actor.valid_from - on).days
    if actor.valid_to is not None and on > actor.valid_to:
        return (on - actor.valid_to).days
    return 0


def _latest(actor: UserActor) -> tuple[date, date]:
    """Sort key of a term by its end, then its start (open ends last)."""
    return (actor.valid_to or date.max, actor.valid_from or date.min)


def _may_start_name(token: str) -> bool:
    """Whether a spelling variant of a person may start at ``token`` (capitalised, or an
    Arabic article)."""
    head, _, rest = token.partition("-")
    return token[0].isupper() or head.casefold() in (_ARTICLE_PREFIXES if rest else _ARTICLES)


def _user_table(actors: Iterable[UserActor], people: _PeopleIndex = _NO_PEOPLE) -> _UserTable:
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
        people,
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
        """This knowledge base with user actors laid over it (later actors beat earlier).

        Rows of the built-in people file (``builtin_people_path()``) also get the
        nationality fallback and the spelling variants described in the module docstring.
        """
        rows = tuple(actors)
        builtin = tuple(actor for actor in rows if actor.origin == _builtin_origin())
        return replace(self, _user=_user_table(rows, _people_index(builtin)))

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

    def is_country_name(self, text: str) -> bool:
        """Whether ``text`` as written is a country's name or alias ("Malawi", "U.S.")."""
        entry = self._whole(self._countries, text)
        return entry is not None and entry.kind == "country"

    def is_demonym(self, text: str) -> bool:
        """Whether ``text`` as written names a country's people ("Turkish Cypriot", "Bosnian Serb")."""
        entry = self._whole(self._countries, text)
        return entry is not None and entry.kind == "demonym"

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
        fallback. A built-in person also matches outside his terms (his nationality) and
        under a spelling variant, after the KB's own names for the same words.
        """
        tokens = _tokens(text)
        found, entry = self._whole_name(tokens, on)
        if found:
            return entry
        entry = self._search(tokens, on)
        if entry is None and any("-" in token for token in tokens):
            entry = self._search(_split_hyphens(tokens), on)
        return entry or self._fallback(text)

    def named_exactly(self, text: str, on: date | None = None) -> KBEntry | None:
        """The actor whose whole name is ``text`` (user actor, organisation, IGO, capital or
        country, as ``lookup`` tries them first), never a name found inside it."""
        found, entry = self._whole_name(_tokens(text), on)
        return entry if found else self._fallback(text)

    def _whole_name(self, tokens: Sequence[str], on: date | None) -> tuple[bool, KBEntry | None]:
        """Whether the whole token run is a user or built-in name, and its entry."""
        entry = self._user_probe(tokens, on)
        if entry is not None:
            return True, entry
        return self._probe(self._combined, tokens)

    def user_actor(self, text: str, on: date | None = None) -> KBEntry | None:
        """The user actor named by exactly ``text`` (valid ``on`` that day), else ``None``."""
        return self._user_probe(_tokens(text), on)

    def sector(self, words: Sequence[str]) -> str | None:
        """The sector of an actor phrase from its words or lemmas, else ``None``.

        Multi-word terms match before the words inside them; of several matches the one
        with the highest priority wins, and on a tie the right-most (the head noun).
        """
        tokens = self._plural_peoples(_sector_words(words))
        best: _SectorTerm | None = None
        start = 0
        while start < len(tokens):
            term = self._sector_term(tokens, start)
            start += len(term.words) if term else 1
            if term and (best is None or term.priority >= best.priority):
                best = term
        return best.sector if best else None

    def is_sector_term(self, words: Sequence[str]) -> bool:
        """Whether the words are one sector term as a whole ("military council")."""
        tokens = self._plural_peoples(_sector_words(words))
        term = self._sector_term(tokens, 0) if tokens else None
        return term is not None and len(term.words) == len(tokens)

    def _plural_peoples(self, tokens: tuple[str, ...]) -> tuple[str, ...]:
        """"Kashmiris", "Somalis": a plural in -is (which ``_singular`` keeps, for "crisis")
        that is a known term without its s."""
        return tuple(t[:-1] if t.endswith("is") and t not in self._sectors and t[:-1] in self._sectors else t
                     for t in tokens)

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
        """The valid user entry for exactly these tokens (case-sensitive keys first).

        A name listed but not valid ``on`` that day falls back to a built-in person's
        nationality; a name not listed at all is tried as a spelling variant.
        """
        if not self._user.longest or not tokens:
            return None
        key = " ".join(tokens)
        exact = self._user.exact.get(key, ())
        folded = self._user.folded.get(key.casefold(), ())
        entry = _user_entry(exact, on) or _user_entry(folded, on)
        if entry is not None:
            return entry
        if exact or folded:
            return self._nationality((*exact, *folded), on, surname=len(tokens) == 1)
        return self._variant(tokens, on)

    def _variant(self, tokens: Sequence[str], on: date | None) -> KBEntry | None:
        """A built-in person named by a spelling variant, unless the KB knows the words.

        Without articles and hyphens the words must name a listed key: a bare surname
        only when an article was dropped ("El Bashir" for "al-Bashir"/"Bashir"), a longer
        name in any case ("Omar Bashir"). Else one edit in a long capitalised name, when it
        leads to one person only.
        """
        people = self._user.people
        if not people.bare or self._probe(self._combined, tokens)[0]:
            return None
        words, dropped = _bare_words(tokens)
        folded = tuple(word.casefold() for word in words)
        rows = people.bare.get(folded, ()) if dropped or len(folded) > 1 else ()
        if not rows and words and _capitalised(words) and len(words) <= _FUZZY_MAX_WORDS:
            keys = sorted(_fuzzy_lookup(people.fuzzy, folded))
            rows = tuple(row for key in keys for row in people.bare[tuple(key.split(" "))])
            rows = rows if len({row.name for row in rows}) == 1 else ()
        if not rows:
            return None
        return _user_entry(rows, on) or self._nationality(rows, on, surname=len(words) == 1)

    def _nationality(self, actors: Sequence[UserActor], on: date | None,
                     surname: bool = False) -> KBEntry | None:
        """A built-in person's country outside his terms: his national row nearest ``on``
        (his latest when ``on`` is None), with that row's sector.

        Only rows with an ISO3 country count (an IGO head falls back to his national
        career). ``ELI`` is not used for former office holders: it is no sector of this
        knowledge base, and the row's own sector is what PLOVER-era coders give a leader
        named before or after his term. Several people of different countries behind one
        name give ``None``. A bare ``surname`` names the person only for his period: it
        falls back at most ``_SURNAME_BEFORE`` before his first term and
        ``_SURNAME_AFTER`` after his last (the athlete "Pistorius" of 2013 is not the
        German minister of 2023).
        """
        rows = [actor for actor in actors if actor.origin == _builtin_origin()
                and actor.country is not None and self._is_state(actor.country)]
        if not rows or (len({row.name for row in rows}) > 1
                        and len({row.country for row in rows}) > 1):
            return None
        if on is None:
            row = max(rows, key=_latest)
        else:
            day = on
            row = min(reversed(rows), key=lambda actor: _distance(actor, day))
            if surname and _distance(row, day) > (
                    _SURNAME_BEFORE if row.valid_from and day < row.valid_from
                    else _SURNAME_AFTER):
                return None
        return KBEntry(row.country, row.sector, USER, row.name)

    def _is_state(self, code: str) -> bool:
        """Whether ``code`` is a country (ISO3, Kosovo's XKX), not an IGO or org code."""
        return code in self._country_rows or pycountry.countries.get(alpha_3=code) is not None

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
        variants = len(tokens) if self._user.people.bare else 0
        longest = [
            max(self._combined.longest.get(token.casefold(), 0),
                self._user.longest.get(token.casefold(), 0),
                variants if _may_start_name(token) else 0)
            for token in tokens
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
