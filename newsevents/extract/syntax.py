"""Dependency-tree helpers shared by the coder: subjects, objects, phrases, clauses."""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Span, Token

from newsevents.extract.lexicon import in_class, of_members

SUBJECT_DEPS = ("nsubj", "nsubjpass", "csubj")
OBJECT_DEPS = ("dobj", "iobj", "dative", "attr", "oprd")
CLAUSE_DEPS = ("ccomp", "advcl", "xcomp", "relcl", "acl", "csubj", "parataxis", "pcomp")
INHERIT_DEPS = ("xcomp", "advcl", "conj", "acl", "pcomp")
# Prepositions whose -ing clause is done by the subject of the verb they hang on ("resorted
# *to* throwing", "persisted *in* blocking", "responded *by* shelling"); not "for" ("arrested
# X for attacking": X attacked).
MANNER_PREPS = ("to", "in", "by")
RELATIVE_WORDS = ("who", "which", "that", "whom", "whose")
# Pronouns that may name an actor; others ("it", "this", "what") never do.
ACTOR_PRONOUNS = frozenset(
    ["he", "she", "him", "her", "his", "hers", "they", "them", "their", "theirs", "we", "us", "our", "ours", "i", "me", "my", "mine"]
)


# Ranks that make "the first X to do Y" say who did it.
RANKS = frozenset({"first", "second", "third", "last", "only", "latest", "next"})

def children(token: Token, *deps: str) -> list[Token]:
    """Children of ``token`` whose dependency label is one of ``deps``."""
    return [c for c in token.children if c.dep_ in deps]


def auxiliaries(verb: Token) -> set[str]:
    """The verb's auxiliaries, lower-cased ("would", "may")."""
    return {c.lower_ for c in children(verb, "aux")}


def is_condition(clause: Token, marks: tuple[str, ...] = ("if", "unless")) -> bool:
    """Whether the clause is an adverbial condition ("*if* the talks fail", "*unless* X
    withdraws")."""
    return clause.dep_ == "advcl" and any(m.lower_ in marks for m in children(clause, "mark"))


REDUCED_CLAUSES = ("advcl", "acl", "relcl", "ccomp", "conj")


def prep_objects(token: Token, *preps: str) -> list[Token]:
    """Objects of the prepositions ``preps`` attached to ``token`` ("with X", "to X")."""
    found = []
    for prep in children(token, "prep", "agent", "dative"):
        if prep.lower_ in preps or (prep.dep_ == "agent" and "by" in preps):
            found.extend(children(prep, "pobj") or _stranded_object(prep))
    return found


def _stranded_object(prep: Token) -> list[Token]:
    """The object the parser took for the subject of a reduced clause after an empty
    preposition ("granted asylum to *officers* holed up in ..." read as "officers holed up")."""
    if any(c.dep_ != "punct" for c in prep.children):
        return []
    subjects = [t for t in prep.doc[prep.i + 1 : prep.sent.end]
                if t.dep_ in ("nsubj", "nsubjpass") and t.left_edge.i == prep.i + 1]
    return [s for s in subjects if s.head.head == prep.head and s.head.dep_ in REDUCED_CLAUSES][:1]


def quantity_objects(verb: Token) -> list[Token]:
    """Objects the parser hung under a quantity's "up to" ("kidnapped *up to* 16 advisers")."""
    ups = [c for c in verb.children if c.lower_ == "up" and c.dep_ in ("prt", "advmod", "prep")]
    return [o for up in ups for o in prep_objects(up, "to") if o.i > up.i + 1]


def with_conjuncts(token: Token) -> list[Token]:
    """The token followed by the heads it is coordinated with ("A and B")."""
    return [token, *[c for c in token.conjuncts if c.i > token.i]]


def coordinated_modifiers(token: Token) -> list[Token]:
    """"*Ethiopian and Eritrean* officials": the coordinated words before a noun that each
    name a side; none when only one word modifies it."""
    for mod in token.lefts:
        if mod.dep_ in ("amod", "compound", "nmod") and mod.pos_ in ("ADJ", "PROPN"):
            others = [c for c in mod.conjuncts if c.i > mod.i and c.i < token.i]
            if others:
                return [mod, *others]
    return []


def is_verbal(token: Token) -> bool:
    return token.pos_ in ("VERB", "AUX") or token.tag_.startswith("VB")


def antecedent(token: Token) -> Token | None:
    """For a relative pronoun subject ("troops who attacked"), the noun it stands for."""
    if token.lower_ not in RELATIVE_WORDS:
        return token
    clause = token.head
    while clause.dep_ not in ("relcl", "acl") and clause.head.i != clause.i:
        clause = clause.head
    return clause.head if clause.dep_ in ("relcl", "acl") else None


# Passives whose subject is the doer of their infinitive ("X is *set* / *poised* to act").
RAISING_PASSIVES = frozenset({"set", "poise"})


def subject(verb: Token) -> Token | None:
    """The acting subject of ``verb``: its own, a passive agent, or one inherited upward."""
    if is_stative(verb):
        return antecedent(children(verb, "nsubjpass")[0])
    if verb.dep_ in ("advcl", "xcomp") and verb.head.lemma_.lower() in RAISING_PASSIVES and is_infinitive(verb):
        held = children(verb.head, "nsubjpass")  # "Washington *is set to* expel ten diplomats"
        if held:
            return antecedent(held[0])
    hung = [s for aux in children(verb, "aux", "auxpass") for s in children(aux, "nsubj")]  # "X has, ..., said"
    passive = bool(children(verb, "nsubjpass")) or bool(children(verb, "auxpass")) and not (
        children(verb, "nsubj") or hung)  # "Bolivia *is prepared* to accept": an adjective, not a passive
    agents = prep_objects(verb, "by") if passive else []
    if agents or passive:
        return agents[0] if agents else None  # "it is attacked": the attacker is unnamed
    own = _nearest_first(verb, children(verb, "nsubj", "csubj")) or hung
    if own and not _destination(verb):
        return antecedent(_misread_participle(own[0]))
    speaker = speaker_joined(verb)
    if speaker is not None:
        return antecedent(speaker)
    held = children(verb.head, "nsubjpass")
    if verb.dep_ == "advcl" and verb.tag_ in ("VBG", "VBN") and verb.i < verb.head.i and held:
        return antecedent(held[0])  # "*Arriving* in Hanoi, Li Peng was greeted by ...": Li Peng arrives
    if verb.dep_ in INHERIT_DEPS and verb.head.i != verb.i and is_verbal(verb.head):
        return subject(verb.head)
    if verb.dep_ == "xcomp" and verb.head.dep_ == "acomp" and is_verbal(verb.head.head):
        return subject(verb.head.head)  # "X is ready to send": X sends
    if verb.dep_ == "xcomp" and verb.head.pos_ == "ADJ" and children(verb.head, "nsubj", "nsubjpass"):
        return antecedent(children(verb.head, "nsubj", "nsubjpass")[0])  # "declared *itself* ready to send"
    prep = verb.head
    if verb.dep_ == "pcomp" and prep.lower_ in MANNER_PREPS and prep.head.i != prep.i and is_verbal(prep.head):
        return subject(prep.head)  # "resorted to throwing stones", "responded by shelling X"
    auxiliary = _split_perfect(verb)
    if auxiliary is not None:
        return subject(auxiliary)  # "X has, in a statement, called on Y": X calls
    doers = by_doers(verb)
    if verb.dep_ == "acl" and verb.tag_ == "VBN" and doers:
        return doers[0]  # "blankets *donated by Riyadh*": Riyadh donates
    if verb.dep_ in ("relcl", "acl") and not children(verb, "nsubjpass"):
        return _infinitive_subject(verb) if is_infinitive(verb) else _author(verb.head) or verb.head
    return None


# Nouns after "by" that say how something was done, not who did it ("discussed *by telephone*").
BY_MEANS_NOUNS = frozenset({"telephone", "phone", "letter", "mail", "email", "fax", "video", "videolink",
                         "satellite", "radio", "decree", "force", "hand", "road", "air", "sea", "rail",
                         "train", "boat", "plane", "helicopter", "car", "bus", "truck", "ship",
                         "courier", "majority", "vote", "margin", "referendum"})


def written_as_name(token: Token) -> bool:
    """Whether a word is capitalised as a name is, or stands in a sentence written all in
    lower case (some archives lower-case whole articles), where no word is."""
    return token.text[:1].isupper() or not any(c.isupper() for c in token.sent.text)


def by_doers(token: Token) -> list[Token]:
    """Who did what ``token`` names, after "by" ("donated *by Riyadh*", "the killing *by
    soldiers*"), not how it was done ("discussed *by telephone*")."""
    return [a for a in prep_objects(token, "by") if a.lemma_.lower() not in BY_MEANS_NOUNS]


def _nearest_first(verb: Token, subjects: list[Token]) -> list[Token]:
    """A verb's subjects, in order; but when the first is a sentence's opening participle
    phrase and another follows the comma after it, that one first ("*Waving placards* ...,
    thousands of *Azeris* rallied")."""
    before = [s for s in subjects if s.i < verb.i]
    opening = before[0].left_edge if before else None
    if len(before) < 2 or opening is None or not opening.is_sent_start or opening.tag_ not in ("VBG", "VBN"):
        return subjects
    if not any(t.text == "," for t in verb.doc[before[0].i:before[-1].left_edge.i]):
        return subjects
    return [before[-1]] + [s for s in subjects if s != before[-1]]


# Participles that describe the people who act ("*fleeing* rebels", "*rampaging* soldiers");
# the parser sometimes reads them as a gerund clause with those people as its object.
MOVING_PARTICIPLES = frozenset({"flee", "rampage", "retreat", "advance", "maraud", "rove", "roam",
                                "mutiny", "riot", "withdraw", "escape", "fight"})


def _misread_participle(subject: Token) -> Token:
    """"*Fleeing* RUF rebels hacked ...": the people a participle the parser took for a
    gerund clause describes, not the clause."""
    if subject.dep_ != "csubj" or subject.tag_ != "VBG" or subject.lemma_.lower() not in MOVING_PARTICIPLES:
        return subject
    objects = children(subject, "dobj")
    return objects[0] if len(objects) == 1 and objects[0].i > subject.i else subject


def _author(document: Token) -> Token | None:
    """"X issued *a statement* condemning Y", "X signed *an open letter* urging Y": what a
    document issued by someone does, its author does."""
    if not in_class(document, "document") or document.dep_ != "dobj" or not in_class(document.head, "issue"):
        return None  # "received letters cancelling X", "heard the petition": not its author
    return subject(document.head)


# Verbs whose object or passive subject, a bare nationality word, is a language ("allowed
# *Hungarian* to be used").
LANGUAGE_VERBS = frozenset({"use", "speak", "teach", "ban", "learn", "broadcast", "print", "publish"})


def names_a_language(token: Token) -> bool:
    """A nationality word that names a language, not a people or its state: "schooling *in
    Hungarian*", "allowed *Kurdish* to be taught" (the model tags some as LANGUAGE itself)."""
    if token.ent_type_ == "LANGUAGE":
        return True
    if token.ent_type_ != "NORP" or token.pos_ != "PROPN" or token.lower_.endswith("s"):
        return False
    head = token.head
    return (token.dep_ == "pobj" and head.lower_ == "in") or (
        token.dep_ in ("nsubjpass", "dobj") and head.lemma_.lower() in LANGUAGE_VERBS)


def stance_of(token: Token) -> str | None:
    """"pro" or "anti" when the token is the word after "pro-" or "anti-" ("anti-*Turkish*",
    "pro-*Iranian*"), else None."""
    doc, i = token.doc, token.i
    if i > 1 and doc[i - 1].text == "-" and doc[i - 2].lower_ in ("pro", "anti"):
        return doc[i - 2].lower_
    return None


def names_a_body(token: Token) -> bool:
    """A capitalised country or organisation name, one actor whatever its number
    ("Honduras", "the Philippines", "the United Nations", "the Taliban")."""
    return token.ent_type_ in ("GPE", "ORG") and token.text[:1].isupper()


def speaker_joined(verb: Token) -> Token | None:
    """"Growth will slow, *the bank said, and urged* reforms": a verb joined after a
    speech tag is the speaker's (the parse joins it to the reported clause)."""
    if verb.dep_ != "conj":
        return None
    tags = [c for c in verb.head.children
            if c.dep_ == "parataxis" and verb.head.i < c.i < verb.i and in_class(c, "report")]
    subjects = [s for tag in tags[-1:] for s in children(tag, "nsubj")]
    return subjects[0] if subjects else None


DEPART_VERBS = frozenset({"depart", "leave", "fly", "head", "sail", "travel", "board"})


def _destination(verb: Token) -> bool:
    """"Lawmakers were to depart *for Havana to meet* officials": the parse reads "for
    Havana to meet" as "for X to do", but Havana is where they go, and they meet."""
    return verb.dep_ == "advcl" and verb.head.lemma_.lower() in DEPART_VERBS and any(
        c.dep_ == "mark" and c.lower_ == "for" for c in verb.children)


def _split_perfect(verb: Token) -> Token | None:
    """The "has" of a perfect split by a phrase between commas, which the parser reads as a
    main verb with the participle hanging off the phrase ("X *has*, in a statement, *called*
    on Y"), else ``None``."""
    noun = verb.head
    if verb.dep_ != "acl" or verb.tag_ != "VBN" or noun.dep_ != "pobj" or noun.head.dep_ != "prep":
        return None
    have = noun.head.head
    if have.lemma_.lower() != "have" or children(have, "dobj") or not children(have, "nsubj"):
        return None
    commas = [t for t in have.doc[have.i + 1 : verb.i] if t.text == ","]
    return have if len(commas) >= 2 and have.doc[verb.i - 1].text == "," else None


def is_stative(verb: Token) -> bool:
    """"X is opposed to Y", "X is committed to Y": a passive form whose subject acts."""
    return bool(children(verb, "nsubjpass")) and not prep_objects(verb, "by") and in_class(verb, "stative")


def is_infinitive(verb: Token) -> bool:
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


AIM_NOUNS = frozenset({"aim", "goal", "purpose", "idea", "task", "objective", "job", "mission",
                       "challenge", "problem", "priority", "plan", "intention", "strategy", "way",
                       "move", "step", "response", "reaction", "hope", "wish", "desire", "dream",
                       "duty", "role", "decision", "option", "answer", "solution", "target"})


def is_scheduled(verb: Token) -> bool:
    """"Chirac and Talabani *are to* discuss", "the premier *is to* visit": "be" with an
    infinitive complement says what is arranged (not "the aim is to reach a deal")."""
    if verb.lemma_ != "be" or not any(c.dep_ == "xcomp" and is_infinitive(c) for c in verb.children):
        return False
    if children(verb, "mark", "attr", "acomp") or verb.lower_ == "were" and children(verb, "advmod"):
        return False  # "if Washington were ever to lift": a condition; "were part of a team to"
    subjects = children(verb, "nsubj")
    return bool(subjects) and subjects[0].lemma_.lower() not in AIM_NOUNS


PLANNED_NOUNS = frozenset({"plan", "bid", "attempt", "offer", "promise", "pledge", "threat", "vow",
                           "readiness", "willingness", "determination", "intention", "effort",
                           "commitment"})
INTENT_NOUNS = PLANNED_NOUNS | {"decision", "move"}  # not "refusal to", "failure to": undone


def planned(verb: Token) -> bool:
    """"Iraq's *offer to* let inspectors in": an act that an intent noun holds out."""
    return verb.dep_ == "acl" and is_infinitive(verb) and verb.head.lemma_.lower() in PLANNED_NOUNS


def _infinitive_subject(verb: Token) -> Token | None:
    """"X broke the plan to attack Y": the actor is the subject of the verb above the noun;
    "*Iran's* decision to halt", "a bid *by Iran* to halt": an intent's owner acts on it;
    "X became *the first state to* recognise Y": the copula's subject."""
    token = verb.head
    if token.lemma_.lower() in INTENT_NOUNS:  # (not "*her* intention to": the verb's subject)
        owners = [o for o in children(token, "poss") + prep_objects(token, "by") if o.tag_ != "PRP$"]
        if owners:
            return antecedent(owners[0])
    while token.dep_ in ("conj", "dobj", "pobj", "prep", "appos") or _first_to(token):
        if token.head.i == token.i:
            break
        token = token.head
        if is_verbal(token):
            return subject(token)
    return None


def _first_to(noun: Token) -> bool:
    """"X became *the first state* to recognise Y": a ranked complement of a copula ("first",
    "only", "latest"), not "it was *an urgent task* to" nor "*the responsibility* to"."""
    return noun.dep_ == "attr" and any(c.dep_ == "amod" and c.lower_ in RANKS for c in noun.children)


def phrase(head: Token) -> Span:
    """The noun phrase of ``head`` without clauses, appositions or trailing modifiers."""
    doc = head.doc
    start = head.i
    for child in head.lefts:
        if child.dep_ not in ("punct", "cc", "prep") and not _is_clause(child):
            start = min(start, child.left_edge.i)
    end = head.i + 1
    for child in head.rights:
        if child.i != end or child.dep_ not in ("compound", "flat", "nummod"):
            break
        end = child.i + 1
    while start < head.i and doc[start].is_punct:
        start += 1
    return doc[start:end]


def _is_clause(token: Token) -> bool:
    return token.dep_ in CLAUSE_DEPS


def clause_tokens(trigger: Token) -> Iterator[Token]:
    """Tokens of the trigger's own clause: its subtree minus nested clauses."""
    stack = [trigger]
    while stack:
        token = stack.pop()
        yield token
        stack.extend(c for c in token.children if not (_is_clause(c) and is_verbal(c)))


def clause_head(trigger: Token) -> Token:
    """The verb that governs a noun trigger's clause ("held" for "the meeting he held")."""
    token = trigger
    while not is_verbal(token) and token.head.i != token.i:
        if token.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj", "attr", "conj", "prep", "appos"):
            token = token.head
        else:
            break
    return token


def ancestors_within_clause(token: Token) -> Iterator[Token]:
    """Heads above ``token`` up to, not across, a reported-speech boundary."""
    while token.head.i != token.i and token.dep_ not in ("ccomp", "parataxis"):
        token = token.head
        yield token


GROUP_WORDS = frozenset(
    ["thousands", "hundreds", "dozens", "scores", "millions", "tens", "group", "groups", "number", "crowd", "crowds",
     "third", "half", "quarter", "majority", "part", "deployment", "contingent", "batch", "patch", "detachment",
     "unit", "column", "convoy", "team", "squad", "section", "sections", "segment", "segments",
     "units", "columns", "teams", "squads", "wave", "waves", "agents", "elements", "remnants", "band", "bands"]
)


def group_member(token: Token) -> Token:
    """"Thousands of protesters" acts through "protesters", "members of the X sect" through
    the sect (not "*American* members of the team" nor "*opposition* members of parliament")."""
    if token.lower_ in GROUP_WORDS or token.pos_ == "NUM" or _bare_members(token):
        members = of_members(token)
        if members:
            return members[0]
    return token


def _bare_members(token: Token) -> bool:
    """"Members", "40 members": members that no name or noun of their own qualifies."""
    return token.lemma_.lower() == "member" and not any(
        c.dep_ in ("amod", "compound") and (c.pos_ in ("NOUN", "PROPN") or c.ent_type_) for c in token.children)
