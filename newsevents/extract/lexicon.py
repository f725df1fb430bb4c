"""The trigger lexicon and verb classes, loaded from ``data/*.tsv``."""

from __future__ import annotations

from dataclasses import dataclass, replace
from functools import lru_cache

from spacy.tokens import Token

from newsevents.datafiles import read_tsv


@dataclass(frozen=True)
class Trigger:
    """A lexicon entry: a word that signals a PLOVER event of ``type`` and ``mode``."""

    lemma: str
    pos: str
    type: str
    mode: str | None
    needs: str


def _rows(name: str) -> list[dict[str, str]]:
    return read_tsv("newsevents.extract", name)


@lru_cache(maxsize=1)
def noun_classes() -> dict[str, tuple[str, ...]]:
    """Shared noun classes that trigger conditions name as ``@class`` (``data/noun_classes.tsv``):
    ``weapons``, ``relief``, ``money``, ``diplomats`` ..., each a tuple of lemmas."""
    return {row["class"]: tuple(row["words"].split("|")) for row in _rows("noun_classes.tsv")}


def expand_needs(needs: str, classes: dict[str, tuple[str, ...]], where: str) -> str:
    """A row's condition with each ``@class`` in a word list replaced by the class's lemmas
    ("dobj=@weapons|vehicle" -> "dobj=weapon|arm|...|vehicle"), done once at load time.

    Raises:
        ValueError: a named class is not in ``noun_classes.tsv``; the message names ``where``
            (the row) so the misspelling can be fixed.
    """
    parts = []
    for part in needs.split("&") if needs else []:
        key, sign, words = part.rpartition("=")
        expanded: list[str] = []
        for word in words.split("|"):
            if word.startswith("@") and word[1:] not in classes:
                raise ValueError(f"triggers.tsv row {where!r}: unknown noun class {word!r} "
                                 f"(noun_classes.tsv defines {', '.join(sorted(classes))})")
            expanded += classes[word[1:]] if word.startswith("@") else [word]
        parts.append(key + sign + "|".join(dict.fromkeys(expanded)))
    return "&".join(parts)


@lru_cache(maxsize=1)
def triggers() -> dict[tuple[str, str], tuple[Trigger, ...]]:
    """All triggers keyed by ``(lemma, pos)``; conditional entries come first. A ``@class``
    in a condition's word list stands for the words of that noun class."""
    table: dict[tuple[str, str], list[Trigger]] = {}
    classes = noun_classes()
    for row in _rows("triggers.tsv"):
        where = " ".join(row[k] for k in ("lemma", "pos", "type", "mode", "needs") if row[k])
        needs = expand_needs(row["needs"] or "", classes, where)
        entry = Trigger(row["lemma"], row["pos"], row["type"], row["mode"] or None, needs)
        table.setdefault((entry.lemma, entry.pos), []).append(entry)
    return {k: tuple(sorted(v, key=lambda t: t.needs == "")) for k, v in table.items()}


@lru_cache(maxsize=1)
def verb_classes() -> dict[str, frozenset[str]]:
    """Verb lemmas by class (``light``, ``receive``, ``report``, ``intent``, ``convey``)."""
    classes: dict[str, set[str]] = {}
    for row in _rows("verbs.tsv"):
        classes.setdefault(row["class"], set()).add(row["word"])
    return {k: frozenset(v) for k, v in classes.items()}


@lru_cache(maxsize=4)
def offtopic_words(*domains: str) -> frozenset[str]:
    """Lemmas that mark sport or market news (``data/offtopic.tsv``), of the given domains
    (default: ``sport`` and ``market``, the words that silence any trigger of their clause)."""
    wanted = domains or ("sport", "market")
    return frozenset(row["word"] for row in _rows("offtopic.tsv") if row["domain"] in wanted)


def in_class(token: Token, name: str) -> bool:
    """Whether the token's lemma belongs to the verb class ``name``."""
    return token.lemma_.lower() in verb_classes().get(name, frozenset())


# Particles the parser can strand inside a verb's object ("set *free* the hostages").
STRANDED_PARTICLES = frozenset({"free", "back"})
# Words that stand before "of" for what they count or group ("hundreds of fighters").
QUANTITY_HEADS = frozenset({
    "all", "any", "some", "most", "many", "none", "part", "half", "bulk", "rest", "number",
    "dozen", "dozens", "hundred", "hundreds", "thousand", "thousands", "million", "millions",
    "team", "group", "contingent", "batch", "consignment", "shipment", "convoy", "unit",
    "truck", "truckload", "lorry", "lorryload", "planeload", "shipload", "boatload", "cargo",
    "tonne", "ton",
})


# Nouns that stand for the act they name in an infinitive or a compound ("efforts *to mediate*").
EFFORT_NOUNS = frozenset({"effort", "attempt", "bid", "role", "mission", "initiative"})
# Nouns that measure what a verb moves ("20 *truckloads* of wheat", "a *shipment* of arms").
# A level or state stands for what it grades ("the alert status", "its state of preparedness").
LEVEL_NOUNS = frozenset({"level", "status", "state", "degree", "rule"})  # ("*emergency* rule")
MEASURE_NOUNS = frozenset({"truckload", "planeload", "shipload", "boatload", "lorryload",
                           "shipment", "consignment", "cargo", "load", "tonne", "ton", "batch",
                           "quantity", "supply", "package",
                           # a run of acts stands for the acts ("its campaign *of strikes*")
                           "campaign", "wave", "series", "spate", "string",
                           # a count stands for what it counts ("*hundreds of* police were drafted")
                           "hundred", "thousand", "dozen", "score", "number", "handful",
                           # a span of time stands for what fills it ("ended two *years of*
                           # emergency rule", "gave in to *weeks of* protests")
                           "day", "week", "month", "year", "decade"})


def _pos_class(token: Token) -> str | None:
    if token.pos_ in ("VERB", "AUX") or token.tag_.startswith("VB"):
        return "VERB"
    if token.pos_ == "NOUN" or (token.pos_ == "PROPN" and token.text.islower()):
        return "NOUN"
    return None


def _raised(verb: Token, conjunct: Token) -> bool:
    """"Raided and ransacked X": a verb with no complement of its own, joined by "and" to the
    very next verb, shares that verb's object (not "trained as a pilot and commanded X")."""
    doc = verb.doc
    return (conjunct.dep_ == "conj" and conjunct.pos_ == "VERB" and conjunct.i == verb.i + 2
            and doc[verb.i + 1].dep_ == "cc" and not any(c.dep_ in ("prep", "dobj", "xcomp", "ccomp", "prt")
                                                        for c in verb.children))


def _reporter(clause: Token) -> Token:
    """"The union said *it* would strike": the subject of the reporting verb a pronoun in
    its reported clause stands for (the pronoun itself when there is none)."""
    pronoun = next(c for c in clause.children if c.dep_ == "nsubj")
    if clause.dep_ != "ccomp" or not in_class(clause.head, "report"):
        return pronoun
    return next((head_noun(c) for c in clause.head.children if c.dep_ == "nsubj"), pronoun)


def _infinitive_form(clause: Token) -> bool:
    """"told them *to leave*", "made them *leave*": an infinitive, not a participle the parser
    hung on the object ("told reporters *travelling* with him")."""
    return clause.tag_ == "VB" or any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children)


def _mandative(clause: Token) -> bool:
    """A that-clause that states what someone must do: its verb in the bare form with a
    subject of its own ("that Russia *share* the cost", "that X *should* leave"), not a
    report ("that it *was* innocent", "that they *would* win")."""
    auxiliaries = {c.lower_ for c in clause.children if c.dep_ == "aux"}
    subjects = [c for c in clause.children if c.dep_ == "nsubj"]
    singular = bool(subjects) and subjects[0].tag_ in ("NN", "NNP")
    bare = clause.tag_ == "VB" or (  # "insisted that Russia *share*": a past report keeps no present
        clause.tag_ == "VBP" and singular and clause.lemma_ != "be" and clause.head.tag_ == "VBD")
    return bare and bool(subjects) and auxiliaries <= {"should", "must"}


def _satisfied(entry: Trigger, token: Token) -> bool:
    if not entry.needs:
        return True
    if "&" in entry.needs:  # "off&dobj=strike": every part must hold
        return all(_satisfied(replace(entry, needs=part), token) for part in entry.needs.split("&"))
    key, _, words = entry.needs.rpartition("=")
    if key.endswith("!"):  # "dobj!=deadline": holds unless the plain condition does
        return not _satisfied(replace(entry, needs=f"{key[:-1]}={words}"), token)
    wanted = set(words.split("|"))
    if key == "pobj":  # the object of the verb's own preposition ("took *to the streets*")
        preps = [c for c in token.children if c.dep_ in ("prep", "dative", "prt")]  # "put *on* alert" as a particle
        preps += [p for a in token.children if a.dep_ in ("advmod", "prt", "prep") and a.lower_ in ("away", "out")
                  for p in a.children if p.dep_ == "prep"]  # "stayed away *from* the polls", "pulled out *of*"
        objects = [o for p in preps for o in p.children if o.dep_ == "pobj"]
        objects += [o for p in preps for g in p.children if g.dep_ == "pcomp" and g.tag_ == "VBG"
                    for o in g.children if o.dep_ == "dobj"]  # "despite *mounting calls*"
        return any(w.lemma_.lower() in wanted for o in objects for w in object_words(o))  # "on its highest *state of alert*"
    if key == "advcl":  # a participle saying what a crowd wants ("gathered, *calling on* X")
        clauses = [c for c in token.children if c.dep_ == "advcl" and c.tag_ == "VBG"]
        return any(c.lemma_.lower() in wanted for c in clauses)
    if key == "xcomp":  # the verb's infinitive ("sought *to oust* him" is an attempt); "*": any
        told = any(c.dep_ == "dobj" for c in token.children)  # "pressed *X* on Monday to go"
        clauses = [c for c in token.children if c.pos_ in ("VERB", "AUX") and (
            c.dep_ == "xcomp" or told and c.dep_ == "advcl" and any(a.lower_ == "to" for a in c.children))]
        return any("*" in wanted and _infinitive_form(c) or c.lemma_.lower() in wanted for c in clauses)
    if key == "ccomp":  # "ccomp=bare": "insisted *that Russia share* the cost", a clause in the bare form
        return any(_mandative(c) for c in token.children if c.dep_ == "ccomp")
    if key == "compound":
        return any(c.dep_ == "compound" and c.lower_ in wanted for c in token.children)
    if key == "amod":  # also on a compound: "a *joint* counter-terrorism drill"
        nouns = [token, *(c for c in token.children if c.dep_ == "compound")]
        return any(c.dep_ == "amod" and c.lower_ in wanted for n in nouns for c in n.children)
    if key == "voice":  # "voice=active": "X was held responsible" names no blamer
        return _voice(token) in wanted
    if key == "oprd":  # what the object is declared to be ("found X *guilty*", "held X *responsible*")
        return any(c.lower_ in wanted and not _negated(c) for c in predicates(token))
    if key == "nsubj":  # the subject decides ("troops arrived" is a deployment, not a visit)
        owner = token.head if token.dep_ in ("xcomp", "conj") and not any(c.dep_ == "nsubj" for c in token.children) else token
        subjects = [head_noun(c) for c in owner.children if c.dep_ == "nsubj"]  # "troops *began arriving*", "police stormed and *ransacked*"
        subjects = [_reporter(owner) if c.lower_ in ("it", "they") else c for c in subjects]
        return any(w.lemma_.lower() in wanted for c in subjects for w in (c, *_titles(c)))
    if key == "dobj":  # the verb's own object decides ("accepted the demands", "blocked roads")
        objects = [head_noun(c) for c in token.children if c.dep_ in ("dobj", "nsubjpass")]
        if not objects and _passive_participle(token):
            objects = [head_noun(token.head)]  # "a *report* released by X": what X released
        objects = objects or [head_noun(c) for c in clause_patients(token)]  # "after *being beaten*"
        if not objects:  # "raided *and ransacked* the offices": the next verb's object is shared
            objects = [head_noun(c) for v in token.children if _raised(token, v)
                       for c in v.children if c.dep_ == "dobj"][:1]
        if token.lemma_.lower() in ("let", "allow", "permit"):  # "let *relief agencies* work": the clause's subject
            objects += [head_noun(s) for c in token.children if c.dep_ == "ccomp" for s in c.children
                        if s.dep_ == "nsubj"]
        if "*" in wanted:  # "dobj!=*": the verb has no object ("called *for* talks")
            return bool(objects)
        if "dollar" in wanted and any(_sum_of_money(c) for c in objects):
            return True  # "granted Pakistan *$500 million*": a row that takes dollars takes any sum
        return any(o.lemma_.lower() in wanted for c in objects for o in (*object_words(c), *c.conjuncts, *_titles(c)))
    if any(c.dep_ in ("prt", "prep", "advmod", "intj") and c.lower_ in wanted and not _temporal(c)
           for c in token.children):
        return True
    if _shifted_prep(token, wanted) or _stranded_particle(token, wanted) or _partner_on_object(token, wanted):
        return True
    clauses = [c for c in token.children if c.dep_ in ("advcl", "acl", "relcl")]
    return any(m.dep_ == "mark" and m.lower_ in wanted for c in clauses for m in c.children)


def clause_patients(verb: Token) -> list[Token]:
    """Who undergoes a passive with no subject of its own in an adverbial clause: the main
    clause's subject ("the leader was hospitalised after *being beaten* by police": the
    leader was beaten)."""
    if verb.dep_ not in ("pcomp", "advcl") or not any(c.dep_ == "auxpass" for c in verb.children):
        return []
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return []
    if verb.dep_ == "pcomp" and verb.head.lower_ not in ("after", "before", "while", "when"):
        return []
    governor = verb.head.head if verb.dep_ == "pcomp" else verb.head
    return [c for c in governor.children if c.dep_ in ("nsubj", "nsubjpass")][:1]


def _passive_participle(verb: Token) -> bool:
    """"a report *released by* X": a participle with its doer describes a thing done to its
    noun (without one it may be a misread main verb: "the party *called* on X to resign")."""
    return verb.dep_ == "acl" and verb.tag_ == "VBN" and any(
        c.dep_ == "agent" or (c.dep_ == "prep" and c.lower_ == "by") for c in verb.children)


def _titles(name: Token) -> list[Token]:
    """The title words before a person's name ("Foreign *Minister* Pik Botha" was received)."""
    if name.ent_type_ != "PERSON":
        return []
    return [c for c in name.children if c.dep_ == "compound" and c.ent_type_ != "PERSON"]


def predicates(verb: Token) -> list[Token]:
    """What a verb declares its object to be, as the parser hangs it: "held X *responsible*"
    (oprd), "found X *guilty*" (a small clause: ccomp), "declared X persona non *grata*" (a
    small clause taken as the object: its last word, with X as a subject inside it, or an
    apposition to an object that X modifies)."""
    found = [c for c in verb.children if c.dep_ in ("oprd", "acomp") or (
        c.dep_ in ("ccomp", "xcomp") and c.pos_ in ("ADJ", "NOUN"))]
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    found += [o for o in objects if _small_clause_subjects(o)]
    return found + [a for o in objects for a in o.children if a.dep_ == "appos"]  # "X persona, non *grata*"


def _small_clause_subjects(noun: Token) -> list[Token]:
    """Subjects the parser hung inside an object noun ("the diplomat" under "persona" under
    "grata"); not those of a relative clause on it."""
    words = [noun, *(c for c in noun.children if c.dep_ == "compound")]
    return [c for w in words for c in w.children if c.dep_ == "nsubj" and c.i < noun.i]


def _of_objects(noun: Token, preposition: str = "of") -> list[Token]:
    """The objects of the noun's own "of" ("truckloads *of wheat*", "a state *of alert*")."""
    return [o for p in noun.children if p.dep_ == "prep" and p.lower_ == preposition
            for o in p.children if o.dep_ == "pobj"]


def _negated(word: Token) -> bool:
    """"Found X *not* guilty": an acquittal, not a conviction."""
    return any(c.dep_ == "neg" or c.lower_ == "not" for c in word.children)


def needed_words(entry: Trigger, key: str) -> frozenset[str] | None:
    """The words a row's ``key=`` condition asks for ("@captives" of "back&dobj=@captives",
    classes expanded), or None when the row has no such condition."""
    for part in entry.needs.split("&") if entry.needs else []:
        name, _, words = part.partition("=")
        if name == key:
            return frozenset(words.split("|"))
    return None


def particles(entry: Trigger) -> frozenset[str]:
    """The bare words a row asks to be attached ("up" and "for" of "up&for"), as opposed to
    its ``key=`` conditions (``needed_words``)."""
    parts = entry.needs.split("&") if entry.needs else []
    return frozenset(w for part in parts if "=" not in part for w in part.split("|"))


def _sum_of_money(noun: Token) -> bool:
    """A sum written with a currency sign ("*$500 million*", "£2m")."""
    return noun.ent_type_ == "MONEY" and any(t.tag_ == "$" for t in noun.subtree)


def object_words(noun: Token) -> list[Token]:
    """An object and, for an effort or a role, what it is made of: "abandoned its efforts *to
    mediate*", "ended its *mediation* role", "gave up its role *as broker*", "dropped its bid
    *to broker* a truce"; for a measure, what it measures ("sent 20 truckloads *of wheat and
    fuel*")."""
    if noun.lemma_.lower() in MEASURE_NOUNS or noun.ent_type_ == "MONEY":  # "$2bn *of debt*"
        spent = _of_objects(noun, "in") if noun.ent_type_ == "MONEY" else []  # "$1bn *in loans*"
        measured = [w for o in _of_objects(noun) + spent for w in (o, *o.conjuncts)]
        return [noun, *(x for w in measured for x in (object_words(w) if w.lemma_.lower() in LEVEL_NOUNS else [w]))]
    if noun.lemma_.lower() in LEVEL_NOUNS:  # "raised the *alert* status", "a state *of alert*"
        named = [c for c in noun.children if c.dep_ in ("compound", "amod")]
        return [noun, *named, *_of_objects(noun)]
    if noun.lemma_.lower() not in EFFORT_NOUNS:
        return [noun]
    clauses = [c for c in noun.children if c.dep_ == "acl" and any(a.lower_ == "to" for a in c.children)]
    roles = [o for p in noun.children if p.dep_ == "prep" and p.lower_ == "as"  # "its role *as broker*"
             for o in p.children if o.dep_ == "pobj"]
    return [noun, *clauses, *roles, *(c for c in noun.children if c.dep_ == "compound")]


def _voice(verb: Token) -> str:
    """``attributive`` for a participle that describes a noun ("members *found* guilty of X
    were jailed", which the parser may read as an active verb with no object before its
    complement), ``passive`` or ``active``."""
    deps = {c.dep_ for c in verb.children}
    if verb.dep_ == "acl" and verb.tag_ == "VBN" or "oprd" in deps and not deps & {"dobj", "auxpass", "nsubjpass"}:
        return "attributive"
    return "passive" if deps & {"auxpass", "nsubjpass"} else "active"


def _temporal(prep: Token) -> bool:
    """"On Monday", "in March": a preposition that only dates the verb."""
    return prep.lower_ in ("on", "in", "at", "during") and any(
        o.dep_ == "pobj" and o.ent_type_ in ("DATE", "TIME") for o in prep.children)


def head_noun(token: Token) -> Token:
    """The noun a quantity or group word stands for: "hundreds *of fighters*", "all *of
    the debt*", "a team *of doctors*"."""
    if token.lemma_.lower() not in QUANTITY_HEADS:
        return token
    nouns = of_members(token)
    return head_noun(nouns[0]) if nouns else token


def of_members(token: Token) -> list[Token]:
    """What "of" after a quantity or group word names: "hundreds *of fighters*"; also
    "hundreds *of villagers* sheltering there", which the parser reads as a clause."""
    ofs = [p for p in token.children if p.dep_ == "prep" and p.lower_ == "of"]
    nouns = [o for p in ofs for o in p.children if o.dep_ == "pobj"]
    clauses = [c for p in ofs for c in p.children if c.dep_ == "pcomp"]
    return nouns + [s for c in clauses for s in c.children if s.dep_ == "nsubj"]


def _shifted_prep(noun: Token, wanted: set[str]) -> bool:
    """"Opened a hearing on Monday *into* X": the parser hangs the noun's own preposition on
    the verb whose object the noun is; only one after the noun counts."""
    if noun.dep_ != "dobj" or _pos_class(noun) != "NOUN":
        return False
    return any(c.dep_ == "prep" and c.i > noun.i and c.lower_ in wanted for c in noun.head.children)


def _partner_on_object(verb: Token, wanted: set[str]) -> bool:
    """"Shared interrogation reports *with* X": the verb's "with" partner that the parser
    hung on its object."""
    return "with" in wanted and any(p.dep_ == "prep" and p.lower_ == "with" and p.i > o.i
                                    for o in verb.children if o.dep_ == "dobj" for p in o.children)


def _stranded_particle(verb: Token, wanted: set[str]) -> bool:
    """"*Set free* 22 soldiers", "sent the crew of eight *back*": a verb's particle that the
    parser hung inside its object (as a modifier of the object or of a word in it)."""
    words = wanted & STRANDED_PARTICLES
    if not words or _pos_class(verb) != "VERB":
        return False
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    return any(t.lower_ in words and t.dep_ in ("amod", "advmod") and t.i > verb.i
               for o in objects for t in o.subtree)


def _stems(token: Token) -> list[str]:
    """Base forms of an inflected verb read from its spelling, for when the lemmatizer is
    wrong ("raped" -> "rap"): "raped" -> "rap", "rape"; "stopped" -> "stop"; "carries" ->
    "carry"; "sharing" -> "shar", "share"."""
    word = token.lower_
    for suffix in ("ing", "ed", "es", "s"):
        if token.tag_ in ("VBD", "VBN", "VBG", "VBZ") and word.endswith(suffix) and len(word) > len(suffix) + 2:
            stem = word[: -len(suffix)]
            forms = [stem, stem + "e"]
            if suffix in ("ed", "es") and stem.endswith("i"):
                forms.append(stem[:-1] + "y")
            if len(stem) > 3 and stem[-1] == stem[-2]:
                forms.append(stem[:-1])
            return forms
    return []


def _hyphenated(token: Token, pos: str) -> list[tuple[str, str]]:
    """Keys of a hyphenated verb that the tokenizer split ("tear-gassed" -> "tear", "-",
    "gassed"): the whole lemma, with and without its hyphen ("tear-gas", "teargas"), tried
    before the last part's own ("baton-charged" is no accusation)."""
    if pos != "VERB" or token.i < 2:
        return []
    hyphen, first = token.doc[token.i - 1], token.doc[token.i - 2]
    if hyphen.text != "-" or hyphen.whitespace_ or first.whitespace_ or not first.is_alpha:
        return []
    lemma = token.lemma_.lower()
    return [(f"{first.lower_}-{lemma}", pos), (f"{first.lower_}{lemma}", pos)]


def _mended_lemma(token: Token) -> str | None:
    """The lemma of a form that spells two verbs, where its particle tells which: "*wound*
    up the protests" is "wind up", not "wound" (injure); None for any other token."""
    if token.lower_ == "wound" and any(c.dep_ == "prt" and c.lower_ == "up" for c in token.children):
        return "wind"
    return None


def match(token: Token) -> Trigger | None:
    """The lexicon entry that ``token`` triggers in its context, if any."""
    pos = _pos_class(token)
    if pos is None:
        return None
    mended = _mended_lemma(token)
    words = [mended] if mended is not None else [token.lemma_.lower(), token.lower_]
    keys = [*_hyphenated(token, pos), *((word, pos) for word in words)]
    if not any(key in triggers() for key in keys):
        keys += [(stem, pos) for stem in _stems(token)]
    for key in dict.fromkeys(keys):
        for entry in triggers().get(key, ()):
            if _satisfied(entry, token):
                return entry
    return None
