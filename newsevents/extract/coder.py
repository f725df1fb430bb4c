"""The rule-based PLOVER coder (``rules.v1``): triggers and dependency patterns.

For each sentence it finds trigger words from the lexicon, keeps the top-most
trigger of a chain ("agreed to hold talks" is one AGREE), and reads source,
target, polarity, modality, claimant, date and place from the parse. The
claimant of a report is never an actor of the reported event.

A sentence where no trigger fired may still be coded by the type head
(``type_head.py``, MiniLM sentence vectors): it names the type, the rules read the
actors of the sentence's main verb, and the mention says so (``extractor``).
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, replace

from spacy.tokens import Doc, Span, Token

from newsevents.config import EXTRACTOR
from newsevents.extract import attributes, syntax
from newsevents.extract.commitments import (
    GUESS_WORDS,
    HESITATE_WORDS,
    MODAL_WORDS,
    SPEAKER_PRONOUNS,
    THREATENED,
    committed,
    threat,
)
from newsevents.extract.lexicon import (
    Trigger,
    clause_patients,
    head_noun,
    in_class,
    match,
    needed_words,
    noun_classes,
    object_words,
    offtopic_words,
    particles,
    predicates,
)
from newsevents.extract.quotes import Quote, find_quotes, quote_at
from newsevents.extract.type_head import HEAD_VERSION, NONE, TypeHead
from newsevents.models import Mention
from newsevents.models import Span as TextSpan

SUPPRESS_DEPS = ("xcomp", "dobj", "pobj", "prep", "ccomp", "nsubjpass", "acl", "amod", "compound")
TARGET_PREPS = ("with", "against", "to", "on", "at", "toward", "towards")
# Verbs whose passive subject is a side stirred to disapproval ("Japan was *angered by* X").
STIRRING_VERBS = frozenset({"disappoint", "dismay", "anger", "outrage", "upset", "irritate",
                            "annoy", "displease", "incense", "infuriate", "enrage", "offend"})
# Verbs of breaking up a crowd ("used tear gas *to disperse* the marchers").
DISPERSING_VERBS = frozenset({"disperse", "break", "scatter", "quell", "crush", "suppress", "repel",
                              "control", "clear"})
# Where a bomb is set off: what stands there is what it hits.
BESIDE_PREPS = ("beside", "near", "outside", "under", "alongside", "underneath", "next")
# What an act done "despite" it defies ("despite *appeals* from X").
DEFIED_NOUNS = frozenset({"appeal", "call", "plea", "demand", "request", "warning", "objection",
                          "protest", "opposition", "pressure", "criticism", "ultimatum", "ban", "order"})
# What a protest is made at ("in protest *against* the plan", "*at* the law", "*over* the arrests").
PROTESTED_PREPS = ("against", "at", "over", "of")
TOPIC_TYPES = frozenset({"REQUEST", "ACCUSE"})
# Types where coordinated subjects with no target act on each other ("A and B held talks").
MUTUAL_TYPES = frozenset({"CONSULT", "COOPERATE", "AGREE"})
# Verbs of a go-between: the parties they come between are the target of an offer to do so.
MEDIATING_VERBS = frozenset({"mediate", "broker", "arbitrate", "host"})
# Roles a side offers to play between two others ("to act as a *broker* between X and Y").
MEDIATOR_NOUNS = frozenset({"broker", "mediator", "intermediary", "go-between", "peacemaker", "arbiter", "facilitator"})
# Fighting words that name no attacker apart from the sides ("A and B clashed").
FIGHT_LEMMAS = frozenset({"clash", "fight", "fighting", "battle", "skirmish", "gunbattle", "firefight"})
# Verbs whose fire the sides give each other ("traded fire", "exchanged shots"), and that fire.
EXCHANGE_LEMMAS = frozenset({"trade", "exchange"})
FIRE_OBJECTS = frozenset({"fire", "shot", "gunfire", "blow", "salvo"})
# Objects that are ties between the two sides ("restored *relations*").
TIE_WORDS = frozenset({"relation", "relations", "tie", "ties"})
# Types whose trigger governs a clause that is their content (what is asked, promised, refused,
# threatened or alleged), never a separate event.
CONTENT_TYPES = frozenset({"REQUEST", "AGREE", "REJECT", "THREATEN", "ACCUSE"})
OBLIGATION_WORDS = frozenset({"must", "should", "ought"})
# Participles whose agent is the doer of the event noun they describe ("a strike *called
# by* X", "raids *carried out by* Y"), unlike "a truce *brokered by*" or "a strike *condemned by*".
DOING_VERBS = frozenset({"call", "organise", "organize", "stage", "lead", "launch", "declare",
                         "mount", "conduct", "carry", "impose", "order", "spearhead", "hold"})
# Modals that make a warned clause a forecast ("may strike"), not a promise ("will strike").
GUESS_AUX = frozenset({"may", "might", "could"})
# What stays shut in a strike without taking part in it ("*shops* stayed shut in a strike").
SHUT_THINGS = frozenset({"shop", "office", "school", "business", "bank", "market", "factory", "store",
                         "street", "road", "city", "town", "port", "mine", "university", "college",
                         "traffic", "transport", "service", "life", "activity", "bazaar", "plant"})
# Nouns for a body of many: "a group *of* leaders said *they*" stands for the leaders.
GROUP_OF = frozenset({"group", "number", "band", "delegation", "team", "crowd", "body", "handful",
                      "dozen", "hundred", "thousand", "coalition", "alliance", "majority"})
ACTOR_POS = frozenset({"PROPN", "NOUN", "PRON", "NUM"})
# "With X's help", "with the backing of X": a means or a partner's share, never the target.
MEANS_NOUNS = frozenset({"help", "support", "assistance", "backing", "aid", "cooperation", "approval",
                         "consent", "blessing", "participation", "collaboration", "connivance"})
# "In protest at X", "in defiance of X": the act answers X, so X is its target.
STANCE_NOUNS = frozenset({"protest", "defiance", "opposition", "retaliation", "response", "reprisal",
                          "revenge", "reaction", "answer"})
SELF_POSSESSIVES = frozenset({"its", "their", "our", "my"})
# "Came *under* fire", "came in *for* criticism", "met *with* a rebuff": the verb each
# preposition needs for its subject to undergo the event.
UNDERGO_PREPS = {"under": "come", "for": "come", "with": "meet"}
# Verbs whose subject makes the statement named in their "with" phrase ("took command *with a
# call for talks*", "responded with a warning", "weighed in with criticism"), and the types of
# statement meant: those with a content, and praise.
WITH_STATEMENT_VERBS = frozenset({"respond", "react", "reply", "answer", "greet", "counter", "end",
                                  "close", "conclude", "open", "begin", "start", "follow", "wrap",
                                  "take", "mark", "weigh", "chime", "step", "hit"})
STATEMENT_TYPES = CONTENT_TYPES | {"SUPPORT"}
# Foretold to another as a threat: "X would *regret* it", "would *pay* dearly", "would *rue* the day".
DIRE_VERBS = frozenset({"regret", "pay", "rue"})
FORETELLING_AUX = frozenset({"will", "would", "shall", "'ll"})
# People whose violence is a riot ("protesters clashed with police").
RIOTERS = frozenset({"protester", "demonstrator", "rioter", "student", "crowd", "mob", "youth", "marcher",
                     "striker", "picket"})
ARMOUR = frozenset({"tank", "gunship", "warplane", "armour", "armor", "warship", "fighter", "bomber"})
CONCEDED_NOUNS = frozenset({"demand", "call", "condition", "grievance"})  # "*meeting* a key demand"
APPEAL_NOUNS = frozenset({"appeal", "call", "plea", "request", "demand", "order", "ultimatum", "instruction"})
CROWDS = RIOTERS - {"student", "youth", "striker"}  # crowds as such, whose opposition is a protest
# Killings: their victims report nothing ("X said *they* were killed" is someone else).
FATAL_WORDS = frozenset({"kill", "murder", "slay", "execute", "massacre", "assassinate", "behead",
                         "slaughter", "lynch"})
# Acts of rioters that stay assaults: killings, and attacks on private people.
KILLING_WORDS = frozenset({"kill", "murder", "stab", "behead", "hack", "beat", "rape", "shoot",
                           "massacre", "slaughter", "club", "bludgeon", "lynch", "pogrom", "killing",
                           "lynching"})
PRIVATE_VICTIMS = frozenset({"family", "villager", "people", "man", "woman", "child", "civilian",
                             "resident", "worker", "person", "tourist", "foreigner", "refugee",
                             "passenger", "driver", "shopkeeper", "trader", "neighbour",
                             "neighbor", "christian", "muslim", "hindu", "sikh", "jew", "migrant"})
# Verbs whose infinitive says whom a deployment is aimed at ("sent troops *to face* X").
FACING_VERBS = frozenset({"face", "confront", "counter", "repel", "fight", "deter", "engage"})
# Verbs that say what a craft carries, and the crafts and teams whose cargo is aid.
CARGO_VERBS = frozenset({"carry", "load"})
CARRIER_NOUNS = frozenset({"ship", "vessel", "boat", "plane", "aircraft", "flight", "transport", "truck", "lorry",
                           "convoy", "helicopter", "train", "team", "column", "freighter", "airlifter"})
# People named by a deed done before ("the *mastermind* of the bombing", "*victims* of the raid").
DEED_PEOPLE = frozenset({"mastermind", "suspect", "perpetrator", "architect", "organiser", "organizer", "planner",
                         "culprit", "ringleader", "instigator", "victim", "survivor", "witness", "accused"})
# A run of acts that stands for them ("a wave of strikes by X").
RUN_NOUNS = frozenset({"wave", "series", "spate", "string", "campaign", "round", "rash", "spree"})
# Spans of time a run of acts fills ("after *weeks* of protests").
SPAN_NOUNS = frozenset({"day", "week", "month", "year"})
# Modifiers that name who makes an act ("*student* protests", "*police* raids").
AGENT_MODIFIERS = frozenset({"student", "police", "army", "military", "rebel", "guerrilla", "worker",
                             "opposition", "government", "troop", "militia", "settler", "farmer",
                             "teacher", "doctor", "miner", "union", "navy", "insurgent", "militant"})
# What a side says something in ("said *in a statement* that it would ...").
STATEMENT_NOUNS = frozenset({"statement", "communique", "communiqué", "letter", "message", "interview",
                             "speech", "broadcast", "declaration", "announcement"})
# What a call goes over ("spoke *by telephone* with X").
CALL_MEANS = frozenset({"telephone", "phone", "videophone", "videoconference", "hotline", "line"})
# What marchers do to a flag or an effigy of those they protest against.
DEFILING_VERBS = frozenset({"burn", "trample", "tear", "desecrate", "deface"})
TALK_NOUNS = frozenset({"talk", "talks", "negotiation", "meeting", "summit", "conference", "consultation"})
# Events whose subject takes part when they sit in a verb's "in" phrase ("in a boycott").
ACTED_IN_TYPES = frozenset({"PROTEST", "MOBILIZE", "CONSULT"})
# Verbs that say an event happened, with its parties in their "between" phrase ("fighting
# broke out between A and B", "clashes erupted between A and B"; the model lemmatises "raged"
# as "rag").
OUTBREAK_VERBS = frozenset({"erupt", "break", "flare", "rage", "rag", "resume", "continue", "escalate",
                            "intensify", "occur", "spread", "begin", "start", "take"})
# Verbs whose subject came through an attack that happened ("survived / escaped / repelled
# an attack"); "faced an assault" in an ultimatum is only threatened.
ENDURED_VERBS = frozenset({"survive", "escape", "suffer", "endure", "repel"})
# Violence that befalls a place or a crowd, not an attack on whoever escaped it ("fled to
# escape the fighting", "survived the explosion").
SHARED_VIOLENCE = frozenset({"fighting", "fight", "war", "violence", "conflict", "explosion",
                             "blast", "clash", "unrest", "bloodshed", "shelling", "bombardment"})
# Modifiers that take a sport or market word out of the sports and business pages.
POLITICAL_MODIFIERS = frozenset({"military", "army", "rebel", "armed", "communist", "islamist",
                                 "hunger"})
# Journeys whose maker is the one "on" them ("X is on a visit to Y").
VISIT_NOUNS = frozenset({"visit", "tour", "trip", "mission"})
# States a party is "in" besides talks (the lexicon's @talks class): "remain in agreement";
# and the verbs of being.
HELD_STATE_NOUNS = frozenset({"agreement", "contact"})
COPULAS = frozenset({"be", "remain", "stay"})
# Verbs whose subject, an event noun, arrives from its actor ("calls came from X").
ARRIVAL_VERBS = frozenset({"come", "pour", "flood", "arrive"})
# "*Bowing to* X's demands", "*yielding to* X": who a concession is made to.
YIELD_VERBS = frozenset({"bow", "yield", "bend", "cave", "succumb", "accede", "submit", "relent", "give"})
# "An attempt / a plot to kill X": the act is named, its author may not be.
ATTEMPT_NOUNS = frozenset({"attempt", "bid", "plot", "plan", "conspiracy", "effort"})
MEDIATION_WORDS = frozenset({"mediate", "mediation", "mediator", "broker", "arbitrate", "arbitration"})
# Types whose conditioned object is the thing handed over, moved or lifted, never the
# target ("sent troops", "lifted the curfew", "threw stones"); for the others it is ("struck
# the village").
THEME_TYPES = frozenset({"AID", "MOBILIZE", "COOPERATE", "SANCTION", "RETREAT", "CONCEDE", "PROTEST"})
# What a warning names when it is a threat ("warned of grave consequences") ...
THREAT_NOUNS = frozenset({
    "consequence", "retaliation", "reprisal", "action", "war", "force", "measure", "countermeasure",
    "sanction", "response", "repercussion", "punishment", "crackdown", "attack", "strike", "step",
    "confrontation", "bloodshed", "intervention", "invasion", "offensive", "arrest",
})
# ... and conditions a warning is about when it threatens no one ("warned that rains would
# continue", "warned of weaker earnings").
WARNED_CONDITIONS = frozenset({
    "rain", "monsoon", "weather", "storm", "flood", "drought", "frost", "heat", "cold", "snow",
    "typhoon", "cyclone", "hurricane", "price", "inflation", "growth", "economy", "earnings",
    "profit", "demand", "supply", "market", "shortage", "threat", "risk", "danger", "disease",
    "epidemic", "virus", "outbreak", "pollution", "unemployment", "deficit", "debt", "recession",
    "temperature", "rate", "cost", "famine", "hunger", "starvation", "crisis", "slowdown",
})
# Verdicts of a speaker on another party's act ("is a positive step", "is unacceptable").
PRAISE_WORDS = frozenset({"positive", "constructive", "encouraging", "commendable", "laudable",
                          "praiseworthy", "welcome", "breakthrough", "milestone"})
PRAISE_STEPS = frozenset({"step", "move", "development", "sign", "signal", "gesture", "decision"})
PRAISE_GRADES = frozenset({"positive", "right", "important", "significant", "major", "good",
                           "welcome", "big", "historic", "constructive", "forward", "useful"})
# "could be illegal": a doubt, not a verdict.
HEDGE_WORDS = GUESS_WORDS | {"would", "should", "can"}
BLAME_WORDS = frozenset({"unacceptable", "illegal", "illegitimate", "provocation", "provocative",
                         "violation", "aggression", "interference", "unjustified", "unjustifiable",
                         "irresponsible", "outrageous", "deplorable", "mistake", "invalid"})
# Types whose past participle after a noun names whom it was done to ("soldiers *killed*",
# "men *charged*").
VICTIM_TYPES = frozenset({"ASSAULT", "COERCE", "ACCUSE"})
# Whom a statement is told to ("told *reporters*", "told *a rally*"): never its target.
AUDIENCE_NOUNS = frozenset({"conference", "briefing", "reporter", "journalist", "correspondent", "newsman",
                            "press", "rally", "crowd", "audience", "gathering", "supporter", "newspaper",
                            "daily", "television", "radio", "agency", "interviewer", "listener", "viewer"})
# Types whose participle describing a thing, with its doer, is no event of the doer's unless the
# row checks the thing ("packages *offered by* a firm", "an honour *conferred by* the president").
LOOSE_PARTICIPLE_TYPES = frozenset({"AGREE", "CONSULT", "SUPPORT", "COOPERATE", "CONCEDE", "MOBILIZE"})
# People a state sends abroad and may call home (``_recalled``).
RECALLED_NOUNS = frozenset(noun_classes()["diplomats"]) | {"negotiator", "delegation", "delegate"}
# Alerts and deployments aimed at whoever provoked them ("put troops on alert *after X* fired missiles").
RESPONSE_TYPES = frozenset({"MOBILIZE"})
# Types that answer what another side said: its maker is the target ("rejected *X's* offer").
ANSWER_TYPES = frozenset({"REJECT", "AGREE", "CONCEDE"})
# A release asked for, and how its people are held ("the release of hostages *held by* X").
RELEASE_NOUNS = frozenset({"release", "freedom", "freeing", "return", "handover"})
HOLDING_VERBS = frozenset({"hold", "detain", "kidnap", "abduct", "capture", "seize", "take", "jail", "imprison"})
# Types that judge a deed: its doer, named after "by", is the target ("condemned the killing
# of two students *by soldiers*", "welcomed the release of hostages *by the rebels*").
JUDGING_TYPES = frozenset({"ACCUSE", "SUPPORT"})
# Auxiliaries of a clause that says what will, may or must be done, not how things are.
COMMITTING_AUX = MODAL_WORDS | GUESS_WORDS | {"should", "must", "can"}
VIEW_VERBS = frozenset({"need", "require", "warrant", "justify", "welcome", "regard", "consider"})
VEHICLES = frozenset({"aircraft", "plane", "airplane", "airliner", "jet", "helicopter", "bus", "train",
                      "truck", "lorry", "car", "van", "ship", "boat", "ferry", "vessel", "tanker",
                      "vehicle", "minibus", "coach", "c-130", "boeing", "airbus"})
QUESTION_TAGS = frozenset({"WRB", "WP", "WDT", "WP$"})  # "why", "what", "which", "whose"
# A source that stays unnamed ("asked not to be *named*") or silent ("declined to *comment*")
# codes no event.
NO_COMMENT_VERBS = frozenset({"identify", "name", "comment", "elaborate", "speculate"})
NO_COMMENT_OBJECTS = frozenset({"name", "identity", "surname"})
# Subjects of "must / should / need to" that make no call on anyone: the speaker's own side
# ("we need to") or nobody in particular ("no one should").
NO_CALL_SUBJECTS = frozenset({"i", "we", "one", "nobody", "anyone", "anybody"})
# "Ready / willing / prepared to <act>": an offer, unless the act is no cooperation.
WILLING_WORDS = frozenset({"willing", "ready", "prepared"})
# What a plan may be about that makes it a matter of state ("introduce reforms").
STATE_MATTERS = frozenset({
    "reform", "election", "poll", "referendum", "court", "tribunal", "constitution", "amnesty",
    "power", "prisoner", "detainee", "hostage", "emergency", "law", "curfew",
    "embassy", "consulate", "dialogue", "claim", "independence", "system", "troop", "soldier",
    "observer", "inspector", "monitor", "refugee", "sovereignty", "territory", "settlement",
    "commission", "committee", "council", "cabinet", "parliament", "assembly",
})
# Who may plan an act of state: a country, people or person ("Israel", "he", "Menem")...
PLANNER_ENTS = frozenset({"GPE", "NORP", "PERSON"})
# ... or a state body.
STATE_BODIES = frozenset({
    "government", "army", "military", "police", "party", "rebel", "guerrilla", "junta",
    "opposition", "cabinet", "ministry", "administration", "parliament", "state", "country",
    "president", "minister", "premier", "leader", "king", "regime", "authority", "navy",
})
# Acts that two parties may do at once without cooperating ("together won", "jointly said").
UNSHARED_VERBS = frozenset({"be", "have", "say", "tell", "win", "lose", "play", "score", "beat",
                            "finish", "top", "lead", "own", "hold", "sing", "dance", "celebrate",
                            "perform", "cheer", "watch", "come", "live", "study", "stand",
                            "sit", "pray"}) | NO_COMMENT_VERBS
# A party's wish that another act ("wants Britain to return the tanker") is a request.
WANT_VERBS = frozenset({"want", "like", "wish", "prefer"})
# Verbs of wishing: what they govern is not done ("want to come together").
WISH_VERBS = frozenset({"want", "hope", "wish", "like", "need", "try", "long", "yearn"})
# People whose shared acts are no state's ("French and German *fans* sang together").
PRIVATE_PEOPLE = frozenset({"fan", "supporter", "spectator", "tourist", "player", "athlete",
                            "artist", "singer", "musician", "couple", "family", "student",
                            "scholar", "pupil", "child"})
# Words that make forces peacekeepers.
PEACEKEEPING_WORDS = frozenset({"peacekeeping", "peacekeeper", "peace-keeping", "peace-keeper"})
# ... and "blue helmets" / "blue-helmet", which the tokenizer splits at the hyphen (_blue_helmet).
# ... as does being part of a UN "force" or "mission".
FORCE_NOUNS = frozenset({"force", "mission", "contingent", "operation"})
# What troops are sent *to do* that makes them protectors, not a show of force.
GUARDING_VERBS = frozenset({"protect", "guard", "escort", "safeguard", "shield"})
# Military exercises, which two countries' forces may hold together.
EXERCISE_WORDS = frozenset({"exercise", "drill", "manoeuvre", "maneuver", "wargame", "game", "patrol"})
# Words that mark an act as shared by its parties.
JOINT_WORDS = frozenset({"joint", "jointly", "together"})
# Prepositions whose object is a party the planned act is done with or to.
PARTNER_PREPS = ("with", "against", "on", "to", "into", "for")
UNWILLING_VERBS = frozenset({
    "die", "fight", "defend", "resist", "retaliate", "respond", "face", "go", "leave", "wait",
    "vote", "use", "strike", "act", "do", "take", "continue", "pay", "sacrifice", "kill",
    "destroy", "crush", "confront", "punish", "intervene", "step", "move", "stand",
})
# Acts whose plan is no intent to cooperate or to refuse ("would continue to monitor",
# "would not comment", "will play Brazil", "will fly to Lagos", "will add flights").
INTENT_STOP_VERBS = frozenset({
    "be", "have", "remain", "stay", "keep", "become", "get", "make", "need", "want", "like",
    "try", "seek", "consider", "study", "review", "examine", "look", "see", "monitor", "watch",
    "follow", "decide", "know", "learn", "hear", "say", "tell", "ask", "win", "lose", "play",
    "beat", "lead", "run", "rise", "fall", "grow", "happen", "depend", "cost", "mean", "come",
    "wait", "disclose", "reveal", "confirm", "deny", "go", "fly", "travel", "return", "head",
    "arrive", "spend", "add", "sell", "buy", "prevent", "vie", "contest", "enjoy", "begin",
    "start", "thank", "replace", "succeed", "inform", "enforce",
}) | NO_COMMENT_VERBS | HESITATE_WORDS | UNWILLING_VERBS
PARTY_ENTS = frozenset({"GPE", "NORP", "ORG"})
EMERGENCY_VERBS = frozenset({"declare", "proclaim", "impose", "announce"})
UNREST_WORDS = frozenset({"violence", "unrest", "insurgency", "riot", "rioting", "bombing", "attack", "clash", "coup",
                          "militant", "rebel", "terrorism", "terrorist", "uprising", "protest", "demonstration",
                          "turmoil", "fighting", "separatist", "insurgent", "guerrilla", "mutiny", "killing",
                          "battle", "bloodshed", "strife", "looting", "disturbance"})
# Natural disasters, words of accidents too.
DISASTERS = frozenset({"landslide", "mudslide", "earthquake", "avalanche", "cyclone", "typhoon", "hurricane",
                       "tsunami", "lightning", "tornado"})
# Forces of nature that attack no one as a subject ("*drought* destroyed the crop").
NATURAL_FORCES = DISASTERS | {"drought", "flood", "floodwater", "rain", "storm", "quake", "famine", "epidemic",
                              "disease", "heatwave", "frost", "snow", "wildfire"}
BLASTS = frozenset({"explosion", "blast", "fire", "fireball"})
FUEL_WORDS = frozenset({"gas", "methane", "boiler", "firedamp", "fuel", "propane"})
WORKPLACES = frozenset({"mine", "colliery", "pit", "factory", "plant", "refinery", "warehouse", "depot", "mill",
                        "workshop", "shipyard", "pipeline", "oilfield", "rig", "quarry"})
# Words of accidents and disasters: with them an agentless death has no attacker.
ACCIDENT_WORDS = DISASTERS | {"crash", "collision", "collide", "accident", "derail", "derailment", "capsize",
                              "overturn", "stampede", "drown", "disaster", "blaze"}
# People who protest as a crowd ("thousands of *students*").
CROWD_WORDS = frozenset({
    "people", "protester", "demonstrator", "crowd", "student", "worker", "rioter", "youth",
    "villager", "farmer", "resident", "supporter", "activist", "marcher", "striker", "mob",
    "citizen", "woman", "man", "teacher", "miner", "peasant", "refugee", "prisoner", "inmate",
})
ADVERBIAL_MARKS = frozenset({"as", "while", "when", "after", "before", "since", "although", "though",
                             "because", "whereas", "once"})
UNDER_TYPES = frozenset({"ACCUSE", "COERCE", "SANCTION"})
# Prepositions of a complement's object that may name the target ("to voice anger *at X*").
OBJECT_PREPS = ("with", "against", "to", "on", "from", "of", "in", "for", "at", "over")
REQUEST_MODES = {"RETREAT": "yield", "CONCEDE": "yield", "CONSULT": "meet", "AID": "assist"}
CLASSIFIED = f"{EXTRACTOR}+{HEAD_VERSION}"
# Collective words that name a side when they modify a noun ("*opposition* demands").
SIDE_WORDS = CROWD_WORDS | {"opposition", "union", "rebel", "government", "army", "police", "military",
                            "party", "guerrilla", "militant", "insurgent", "junta"}
# The type head's answer is used only at or above this probability.
HEAD_THRESHOLD = 0.5
# Whom an event may be done by when the type head names it: a named party or person.
NAMED_ENTS = PARTY_ENTS | {"PERSON"}


@dataclass(frozen=True)
class Frame:
    """Where the actors of a trigger are read from: the trigger or its light verb."""

    trigger: Token
    entry: Trigger
    actor_verb: Token | None
    reversed: bool = False
    lexical_type: str | None = None  # the lexicon's type before a commitment recoded it


@dataclass(frozen=True)
class Context:
    """What every rule in one sentence may read: the sentence, its entities, the quotations."""

    article_id: str
    sentence: Span
    ents: tuple[Span, ...]
    quotes: tuple[Quote, ...]


def extract_mentions(article_id: str, doc: Doc, quotes: Sequence[Quote] | None = None,
                     head: TypeHead | None = None) -> list[Mention]:
    """All event mentions in a parsed article, in text order (``quotes`` found if not given);
    with a ``head``, sentences no rule coded are offered to it."""
    quotes = tuple(find_quotes(doc) if quotes is None else quotes)
    sentences = list(doc.sents)
    starts = [s.start for s in sentences]
    ents: list[list[Span]] = [[] for _ in sentences]
    for ent in doc.ents:
        ents[bisect_right(starts, ent.start) - 1].append(ent)
    contexts = [Context(article_id, s, tuple(own), quotes) for s, own in zip(sentences, ents, strict=True)]
    found = [sentence_mentions(ctx) for ctx in contexts]
    if head is not None:
        found = _with_classified(contexts, found, head)
    return [m for mentions in found for m in mentions]


def _with_classified(contexts: list[Context], found: list[list[Mention]],
                     head: TypeHead) -> list[list[Mention]]:
    """Code the sentences without a rule mention whose main verb has a named actor by the
    type the head gives them."""
    anchors = {i: verb for i, ctx in enumerate(contexts)
               if not found[i] and (verb := _classifiable(ctx.sentence)) is not None}
    labels = head.classify([contexts[i].sentence.text for i in anchors])
    coded = list(found)
    for (i, verb), label in zip(anchors.items(), labels, strict=True):
        if label.type != NONE and label.probability >= HEAD_THRESHOLD:
            coded[i] = _classified(contexts[i], verb, label.type)
    return coded


def _classifiable(sentence: Span) -> Token | None:
    """The verb whose actors a classified sentence's event has: the main verb, or the
    reported verb under "said"; None for a question or when no named party acts on it."""
    if _is_question(sentence):
        return None
    verb = sentence.root
    content = syntax.children(verb, "ccomp")
    if in_class(verb, "report") and content:
        verb = content[0]
    if verb.pos_ not in ("VERB", "AUX"):
        return None
    subject = syntax.subject(verb)
    if subject is None or not any(t.ent_type_ in NAMED_ENTS for t in syntax.phrase(subject)):
        return None
    return verb


def _classified(ctx: Context, verb: Token, type_: str) -> list[Mention]:
    entry = Trigger(verb.lemma_, "VERB", type_, None, "")
    return [replace(m, extractor=CLASSIFIED) for m in _mentions(ctx, Frame(verb, entry, verb))]


def sentence_mentions(ctx: Context) -> list[Mention]:
    """Mentions in one sentence."""
    sentence = ctx.sentence
    if _is_question(sentence):
        return []  # a question asserts no event ("Will the two leaders meet?")
    found = {t.i: e for t in sentence if (e := match(t)) is not None}
    found |= _willing(sentence, found)
    found |= _intents(sentence, found)
    found |= _joint_acts(sentence, found)
    found |= _wishes(sentence, found)
    found |= _pressed_acts(sentence, found)
    found |= _ultimatums(sentence) | _defiances(sentence)
    found |= _emergencies(sentence)
    dire = [verb for verb in sentence if _dire(verb)]
    found = {i: e for i, e in found.items() if sentence.doc[i] not in dire} | _dire_warnings(dire)
    mentions: list[Mention] = []
    for index, entry in found.items():
        token = sentence.doc[index]
        if _suppressed(token, found) or _off_topic(token) or _no_request(token, entry) or _bare_agreement(token, entry):
            continue
        if _idle_warning(token, entry) or _vehicle_accident(token, entry) or _natural_cause(token, entry):
            continue
        if _undergoes(token, found) or _trip_for(token, entry, found) or _armed_backing(token, entry) or _loose_cargo(token, entry):
            continue  # "met with a rebuff": the rebuff is the event, not a meeting
        if _protested_in(token, entry) and _acting_verb(token.head.head).i in found:
            continue  # "recalled its envoy in protest at X": the recall is the event
        if _defied_by_protest(token, entry, found):
            continue  # "defied a ban and rallied": the rally is the event
        coded = _crowd_demand(token, _yielded(token, committed(token, _peacekeeping(token, entry)), found))
        coded = _shared_exercise(token, _warning_shots(token, coded))
        frame = replace(_frame(token, coded), lexical_type=entry.type)
        verb = frame.actor_verb
        if verb is not None and verb.i != token.i and verb.i in found and found[verb.i].type == entry.type:
            continue  # "gave Chad millions of *aid*": the verb already codes this event
        mentions.extend(_as_protest(token, _as_riot(token, m)) for m in _mentions(ctx, frame))
    mentions.extend(_conveyed_requests(ctx, found))
    verdicts = _verdicts(ctx)
    return _without_judged_topics(_without_protest_topics(mentions), verdicts) + verdicts


def _as_protest(trigger: Token, mention: Mention) -> Mention:
    """"Demonstrators poured into London *to oppose* the war", "protesters *defied* a curfew":
    a crowd's rejection is its protest."""
    if mention.type != "REJECT" or mention.source_root is None or trigger.lemma_.lower() not in ("oppose", "defy"):
        return mention  # "the protesters *rejected* the offer of talks" stays a rejection
    crowd = trigger.doc[mention.source_root].lemma_.lower() in CROWDS
    asked = any(o.lemma_.lower() in APPEAL_NOUNS for o in syntax.children(trigger, "dobj"))  # "defying an *appeal*"
    return replace(mention, type="PROTEST", mode="demo") if crowd and not asked else mention


def _as_riot(trigger: Token, mention: Mention) -> Mention:
    """"Rock-throwing *protesters* clashed with police", "*students* set fire to cars": violence
    by protesters is a violent protest (PROTEST riot), not an armed assault."""
    if mention.type != "ASSAULT" or mention.source_root is None:
        return mention
    doc = trigger.doc
    if doc[mention.source_root].lemma_.lower() not in RIOTERS or _kills_or_hits_people(trigger, mention):
        return mention  # "an angry mob lynched two men", "youths attacked a Hutu family": an assault
    return replace(mention, type="PROTEST", mode="riot")


def _kills_or_hits_people(trigger: Token, mention: Mention) -> bool:
    """Whether an act of violence is a killing or aimed at private people (a person, a family,
    villagers), not at the authorities, a place or property."""
    if trigger.lemma_.lower() in KILLING_WORDS:
        return True
    if mention.target_root is None:
        return False
    victim = trigger.doc[mention.target_root]
    return victim.ent_type_ == "PERSON" or bool(
        {victim.lemma_.lower(), victim.lower_.removesuffix("s")} & PRIVATE_VICTIMS)


def _is_question(sentence: Span) -> bool:
    return sentence.text.rstrip().rstrip("\"'”’)").endswith("?")


def _crowd_demand(token: Token, entry: Trigger) -> Trigger:
    """"200,000 people filled the square *demanding* reforms", "students *demanding* their
    rights hurled stones": a crowd's demand in a participle is its protest (the demand is
    the protest's topic, not a separate request)."""
    if entry.type != "REQUEST" or token.tag_ != "VBG" or token.dep_ not in ("advcl", "acl"):
        return entry
    crowd = token.head if token.dep_ == "acl" else syntax.subject(token.head)
    if crowd is None or head_noun(crowd).lemma_.lower() not in CROWD_WORDS:
        return entry
    return Trigger(entry.lemma, entry.pos, "PROTEST", "demo", entry.needs)


def _peacekeeping(token: Token, entry: Trigger) -> Trigger:
    """"NATO peacekeeping troops arrived in Bosnia", "troops landed in Monrovia *as the
    vanguard of a peacekeeping force*", "took up positions *as part of the UN force*", "sent
    troops *to protect* civilians":
    forces sent to keep the peace are aid (AID; CAMEO 0743, "provide peacekeeping"), not a
    show of force. Peacekeepers pulled out ("withdrew its contingent from the peacekeeping
    force") are the manual's SANCTION ``withdraw`` (CAMEO 1661), not a military retreat."""
    withdrawn = entry.type == "RETREAT" and entry.mode == "withdraw"
    if entry.type != "MOBILIZE" and not withdrawn or not syntax.is_verbal(token):
        return entry
    parts = [c for c in token.children if c.dep_ not in ("advcl", "ccomp", "xcomp", "conj") or (
        c.dep_ == "advcl" and any(m.lower_ == "as" for m in syntax.children(c, "mark")))]
    words = [t for head in parts for t in head.subtree]  # the forces and their role
    named_force = any(t.lemma_.lower() in FORCE_NOUNS for t in words) and any(
        t.ent_type_ == "ORG" and t.lower_ in ("un", "u.n.", "united") for t in words)
    guarding = any(c.lemma_.lower() in GUARDING_VERBS and syntax.is_infinitive(c) for c in syntax.children(token, "advcl"))
    if not named_force and not guarding and not any(t.lemma_.lower() in PEACEKEEPING_WORDS or _blue_helmet(t) for t in words):
        return entry
    if withdrawn:  # the manual's SANCTION "withdraw": one's peacekeepers taken out of a mission
        return Trigger(entry.lemma, entry.pos, "SANCTION", "withdraw", entry.needs)
    return Trigger(entry.lemma, entry.pos, "AID", None, entry.needs)


def _blue_helmet(token: Token) -> bool:
    """"Blue helmets", "blue-helmet troops": UN peacekeepers."""
    words = [t.lower_ for t in token.doc[max(token.i - 2, 0) : token.i] if t.text != "-"]
    return token.lemma_.lower() == "helmet" and words[-1:] == ["blue"]


def _warning_shots(token: Token, entry: Trigger) -> Trigger:
    """"Fired *warning* shots at a fishing boat": shots meant to miss threaten force."""
    warned = any(c.dep_ in ("amod", "compound") and c.lower_ == "warning"
                 for o in syntax.children(token, "dobj") for c in o.children)
    return replace(entry, type="THREATEN", mode="violence") if entry.type == "ASSAULT" and warned else entry


def _yielded(token: Token, entry: Trigger, found: dict[int, Trigger]) -> Trigger:
    """"*Bowing to* opposition demands, the government agreed to revise the law", "*under
    pressure from* truckers, it agreed to", "stepped down, *giving in to* protests": an
    agreement, endorsement or resignation forced by demands is a concession."""
    if entry.type not in ("AGREE", "SUPPORT") and (entry.type, entry.mode) != ("RETREAT", "resign"):
        return entry
    verb = syntax.clause_head(token)  # the token itself when it is a verb
    bowing = any(c.i in found and found[c.i].type == "CONCEDE" and not syntax.is_infinitive(c) and _bows_to(c)
                 for c in syntax.children(verb, "advcl"))  # not "resigned *to allow* an inquiry"
    pressed = bool(_pressures(verb))
    return replace(entry, type="CONCEDE", mode=None) if bowing or pressed or _after_demands(verb, found) else entry


def _after_demands(verb: Token, found: dict[int, Trigger]) -> bool:
    """"Resigned *after weeks of protests* demanding his ouster", "stepped down *following
    calls* for ...": a step taken after demands or protests aimed at it gives in to them."""
    causes = syntax.prep_objects(verb, "after", "following")
    causes += [r for o in causes if o.lemma_.lower() in RUN_NOUNS or o.lemma_.lower() in SPAN_NOUNS
               for r in syntax.prep_objects(o, "of")]
    return any(o.i in found and found[o.i].type in ("PROTEST", "REQUEST") for o in causes)


def _armed_backing(token: Token, entry: Trigger) -> bool:
    """"Peruvian troops *backed by helicopters* attacked": arms that back a force describe it;
    they support no one."""
    if entry.type != "SUPPORT" or token.dep_ != "acl" or token.tag_ != "VBN":
        return False
    return any(in_class(o, "weapon") or o.lemma_.lower() in VEHICLES | ARMOUR
               for o in syntax.prep_objects(token, "by"))


def _trip_for(token: Token, entry: Trigger, found: dict[int, Trigger]) -> bool:
    """"Arrived in Tehran *to investigate* charges": a trip made for another event is that
    event (talks on arrival stay a meeting)."""
    if (entry.type, entry.mode) != ("CONSULT", "visit"):
        return False
    return any(c.i in found and found[c.i].type != "CONSULT" and syntax.is_infinitive(c)
               for c in syntax.children(token, "advcl", "xcomp"))


def _bows_to(clause: Token) -> bool:
    """"*Bowing to* demands", "*giving in to* protests", "*meeting* a key demand": a concession
    to someone (not its outcome, "recognised the PLO, *allowing* its office to open")."""
    return any((c.dep_ in ("prep", "prt") and c.lower_ in ("to", "in"))
               or (c.dep_ == "dobj" and c.lemma_.lower() in CONCEDED_NOUNS) for c in clause.children)


def _willing(sentence: Span, found: dict[int, Trigger]) -> dict[int, Trigger]:
    """"Ready / willing / prepared to expand trade with X": stated willingness to do what the
    lexicon does not name is an offer (AGREE), read from the infinitive. A named act under it
    ("ready to attack") is coded by its own trigger instead."""
    offers: dict[int, Trigger] = {}
    for verb in sentence:
        if verb.dep_ != "xcomp" or verb.head.lemma_.lower() not in WILLING_WORDS:
            continue
        if verb.lemma_.lower() in UNWILLING_VERBS or any(t.i in found for t in _core(verb)):
            continue
        if syntax.is_verbal(verb) and syntax.is_infinitive(verb) and _names_a_party(verb):
            offers[verb.i] = Trigger(verb.lemma_.lower(), "VERB", "AGREE", None, "")
    return offers


def _shared_exercise(token: Token, entry: Trigger) -> Trigger:
    """"*Egyptian and American* forces opened the Bright Star manoeuvres": an exercise two
    countries' forces hold together is military cooperation (COOPERATE), as a "joint" one is."""
    if entry.type != "MOBILIZE" or token.lemma_.lower() not in EXERCISE_WORDS:
        return entry
    partners = [t for p in syntax.prep_objects(token, "with") for t in syntax.phrase(p)]  # "patrols *with* X"
    sides = _sides_of(syntax.clause_head(token)) | _named_parties(partners)
    if len(sides) < 2:
        return entry
    return Trigger(entry.lemma, entry.pos, "COOPERATE", None, entry.needs)


def _wishes(sentence: Span, found: dict[int, Trigger]) -> dict[int, Trigger]:
    """"Iran wants Britain to return its seized tanker", "Washington would like Beijing to
    float the yuan": a named party's wish that another named party act is a request
    (REQUEST, its mode from the wished act)."""
    wishes: dict[int, Trigger] = {}
    for verb in sentence:
        if verb.lemma_.lower() not in WANT_VERBS or verb.i in found:
            continue
        wisher = syntax.subject(verb)
        if wisher is None:
            continue
        for clause in syntax.children(verb, "ccomp"):
            doers = syntax.children(clause, "nsubj")
            if not syntax.is_infinitive(clause) or not doers or doers[0].lower_ == wisher.lower_:
                continue
            if _named(wisher, NAMED_ENTS) and _named(doers[0], NAMED_ENTS):
                wishes[verb.i] = _embedded_request(clause, found)
    return wishes


def _pressed_acts(sentence: Span, found: dict[int, Trigger]) -> dict[int, Trigger]:
    """"*Under pressure from* Brussels, the parliament passed a package of reforms": an act
    the lexicon does not name, done under pressure by a named side, is a concession (its
    speech is not: "under pressure, the minister *said* ...")."""
    acts: dict[int, Trigger] = {}
    for verb in sentence:
        if verb.pos_ != "VERB" or verb.i in found or in_class(verb, "report") or verb.lemma_.lower() in COPULAS:
            continue
        if not _pressures(verb):
            continue
        if not syntax.children(verb, "dobj"):
            continue  # "*came* under pressure", "*was* under pressure": no act at all
        if any(t.i in found for t in _act_words(verb)):
            continue  # "under pressure, Qatar ordered *the closure* of X": the closure is the act
        if syntax.subject(verb) is not None and not syntax.children(verb, "neg"):
            acts[verb.i] = Trigger(verb.lemma_.lower(), "VERB", "CONCEDE", None, "")
    return acts


def _intents(sentence: Span, found: dict[int, Trigger]) -> dict[int, Trigger]:
    """"X said Jakarta would let relief agencies work with Dili", "... would introduce
    political reforms": a state's or leader's reported plan for an act the lexicon does not
    name is an intent to cooperate (AGREE, the CAMEO 03 codes), a refusal when negated
    ("would not give up the Golan Heights", recoded by ``committed``) and a threat when it
    hangs on another party's conduct ("would declare a state of emergency if the groups
    went ahead"). Only an act that names a party or a matter of state counts."""
    intents: dict[int, Trigger] = {}
    for verb in sentence:
        if verb.pos_ != "VERB" or verb.lemma_.lower() in INTENT_STOP_VERBS or verb.i in found:
            continue
        plan = _reported_plan(verb)
        if plan is None or plan.i in found or any(t.i in found for t in _act_words(verb)):
            continue
        if _planner(verb) and (_partner(verb) or _state_matter(verb)):
            type_ = "THREATEN" if _on_condition(verb, plan) else "AGREE"
            intents[verb.i] = Trigger(verb.lemma_.lower(), "VERB", type_, None, "")
    return intents


def _joint_acts(sentence: Span, found: dict[int, Trigger]) -> dict[int, Trigger]:
    """"Hungarian and Slovak engineers began *jointly* dredging the Danube", "Ukraine began
    shipping engines to Russia *under a joint space programme*": an act two named parties
    do together is material cooperation (COOPERATE), whatever the act. An act the lexicon
    names ("mounted joint *sweeps*") is coded by its own trigger instead."""
    acts: dict[int, Trigger] = {}
    for verb in sentence:
        if verb.pos_ != "VERB" or _described(verb) or verb.i in found:
            continue
        if verb.lemma_.lower() in UNSHARED_VERBS or not _jointly(verb):
            continue
        named = [t for t in _act_words(verb) if t.i in found]
        own_act = any(t.dep_ != "amod" or found[t.i].type != "COOPERATE" for t in named)
        if not own_act and len(_sides_of(verb)) >= 2:
            acts[verb.i] = Trigger(verb.lemma_.lower(), "VERB", "COOPERATE", None, "")
    return acts


def _described(verb: Token) -> bool:
    """Whether the verb describes a noun ("students *living and studying* together") or is
    only wished for ("*want to* come together"), rather than reporting an act."""
    while verb.dep_ == "conj" and verb.head.i != verb.i:
        verb = verb.head
    wished = verb.dep_ == "xcomp" and verb.head.lemma_.lower() in WISH_VERBS
    return wished or verb.dep_ in ("amod", "acl", "relcl")


def _jointly(verb: Token) -> bool:
    """Whether the act is marked as shared: "jointly", "together", or done on, under or as a
    *joint* project."""
    if any(c.lower_ in JOINT_WORDS for c in syntax.children(verb, "advmod")):
        return True
    things = syntax.children(verb, "dobj") + syntax.prep_objects(verb, "under", "on", "in", "as")
    things += [c for t in things for c in syntax.children(t, "compound")]  # "a joint irrigation scheme"
    return any(m.lower_ in JOINT_WORDS or syntax.children(m, "advmod") and
               syntax.children(m, "advmod")[0].lower_ in JOINT_WORDS
               for t in things for m in syntax.children(t, "amod"))


def _sides_of(verb: Token) -> set[str]:
    """The named parties of a shared act: those its subject names ("*Israeli and Jordanian*
    teams") and those it is done with or to ("shipping engines *to Russia*")."""
    planner = syntax.subject(verb)
    if planner is not None and head_noun(planner).lemma_.lower() in PRIVATE_PEOPLE:
        return set()
    heads = [planner, *planner.conjuncts] if planner is not None else []
    words = [t for h in heads for t in syntax.phrase(h)]
    partners = syntax.children(verb, "dative") + syntax.prep_objects(verb, "with", "to")
    words += [t for p in partners for t in syntax.phrase(p)]
    return _named_parties(words)


def _named_parties(words: list[Token]) -> set[str]:
    """The countries and peoples the words name ("Israeli", "Jordan")."""
    return {t.lower_ for t in words if t.ent_type_ in ("GPE", "NORP")}


def _act_words(verb: Token) -> list[Token]:
    """The words of a planned act that may name it: its core and what it is done with, on
    or against ("press ahead *with its offensive*"), not its setting ("*in any peace deal*")
    or its condition."""
    words = _core(verb)
    for prep in syntax.children(verb, "prep"):
        if prep.lower_ in PARTNER_PREPS:
            words.extend(prep.subtree)
    return words


def _reported_plan(verb: Token) -> Token | None:
    """The clause of a "will / would" plan ("would not hesitate *to* turn": "hesitate") in
    what a speaker said, not in a condition ("*if* Blair has told Bush that ..."); else None."""
    plan = verb.head if verb.dep_ == "xcomp" and verb.head.lemma_.lower() in HESITATE_WORDS else verb
    if not syntax.auxiliaries(plan) & MODAL_WORDS:
        return None
    said = plan.head
    if plan.dep_ != "ccomp" or not in_class(said, "report") or syntax.is_condition(said):
        return None
    return plan


def _planner(verb: Token) -> bool:
    """Whether the planner is a state or a leader: a named country, people or person, a
    state body ("the government"), or a pronoun for the speaker."""
    planner = syntax.subject(verb)
    if planner is None or syntax.children(verb, "nsubjpass", "auxpass"):
        return False
    if planner.lower_ in SPEAKER_PRONOUNS - {"it"} or planner.lower_ == "it" and _is_pronoun(planner):
        return True
    return _named(planner, PLANNER_ENTS) or head_noun(planner).lemma_.lower() in STATE_BODIES


def _is_pronoun(token: Token) -> bool:
    """"It" for a party, not the dummy subject of "it would be premature to"."""
    return token.dep_ == "nsubj" and token.head.lemma_ != "be"


def _named(head: Token, kinds: frozenset[str]) -> bool:
    """Whether a noun phrase's head or its modifiers ("*Syrian* forces", "*Japan's* offer")
    name an entity of the ``kinds``."""
    words = [head] + [c for c in head.children if c.dep_ in ("compound", "poss", "amod", "nmod")]
    return any(t.ent_type_ in kinds for t in words)


def _partner(verb: Token) -> bool:
    """Whether the act names a party it is done with or for ("work *with Santiago*",
    "present the plan *to the EU*", "comply *with an Arab League proposal*")."""
    heads = syntax.children(verb, "dobj", "dative") + syntax.prep_objects(verb, *PARTNER_PREPS)
    heads += [o for h in heads for o in syntax.prep_objects(h, "with", "to", "of")]
    return any(_named(h, NAMED_ENTS) for h in heads)


def _state_matter(verb: Token) -> bool:
    """"Introduce *reforms*", "declare a state of *emergency*", "give up *the Golan Heights*":
    the act's object is a matter of state or a territory."""
    objects = syntax.children(verb, "dobj") + syntax.prep_objects(verb, *OBJECT_PREPS)
    matters = objects + [o for p in objects for o in syntax.prep_objects(p, "of")]
    named = syntax.children(verb, "dobj")
    return any(head_noun(o).lemma_.lower() in STATE_MATTERS for o in matters) or any(
        o.ent_type_ == "LOC" for o in named)


def _on_condition(verb: Token, plan: Token) -> bool:
    """"Would declare an emergency *if the groups went ahead*": the plan hangs on what
    another party does (not "if need be")."""
    clauses = [c for s in (verb, plan) for c in syntax.children(s, "advcl") if syntax.is_condition(c)]
    own = syntax.subject(verb)
    others = [s for c in clauses if (s := syntax.subject(c)) is not None]
    return any(own is None or s.lower_ != own.lower_ for s in others)


def _ultimatums(sentence: Span) -> dict[int, Trigger]:
    """"Gave X three days to withdraw *or face* air strikes", "told X to leave or face
    arrest": a demand backed by what follows "or face" is a threat (its mode from what is
    threatened), made by the verb that sets the demand."""
    threats: dict[int, Trigger] = {}
    for face in sentence:
        if face.lower_ != "face":
            continue
        threatened = syntax.children(face, "dobj")
        if face.dep_ == "compound" and face.head.dep_ == "conj":  # "or *face attack*" read as a noun
            face, threatened = face.head, [face.head]
        demand = face.head
        if face.dep_ != "conj" or not syntax.is_infinitive(demand) or not any(
                c.dep_ == "cc" and c.lower_ == "or" for c in demand.children):
            continue
        setter = demand.head
        while setter.dep_ in ("acl", "relcl") and setter.head.dep_ in ("dobj", "dative"):
            setter = setter.head.head  # "gave X *occupying* a hall six hours to leave": "gave"
        if demand.dep_ in ("advcl", "xcomp", "ccomp") and syntax.is_verbal(setter) and _addressed(setter):
            threats[setter.i] = _threat_of(setter, threatened)
    return threats


def _dire_warnings(dire: list[Token]) -> dict[int, Trigger]:
    """"Iran said Israel *would regret* any attack", "warned that Seoul would pay dearly": a
    speaker foretelling another's regret or price (a ``_dire`` verb) threatens it; the
    threat is the speech."""
    return {verb.head.i: Trigger(verb.head.lemma_.lower(), "VERB", "THREATEN", None, "") for verb in dire}


def _dire(verb: Token) -> bool:
    """"X would regret / pay dearly / pay a heavy price / rue" in a reported clause."""
    lemma = verb.lemma_.lower()
    if lemma not in DIRE_VERBS or verb.dep_ != "ccomp" or not in_class(verb.head, "report"):
        return False
    subjects = syntax.children(verb, "nsubj")
    if not syntax.auxiliaries(verb) & FORETELLING_AUX or not subjects or subjects[0].lower_ in ("i", "we", "it"):
        return False  # "said it would regret ...": the speaker's own regret threatens no one
    return lemma != "pay" or any(c.lower_ in ("dearly", "heavily") for c in verb.children) or any(
        o.lemma_.lower() == "price" for o in syntax.children(verb, "dobj"))


def _foretold(verb: Token | None) -> list[Token]:
    """Whom a dire warning is aimed at: the subject of "*Seoul* would pay dearly"."""
    clauses = [c for c in syntax.children(verb, "ccomp") if _dire(c)] if verb is not None else []
    return syntax.children(clauses[0], "nsubj") if clauses else []


def _addressed(setter: Token) -> bool:
    """Whether a demand is put to someone ("gave *X* a week", "called *on X*"), not a need
    ("governments need to act now or face losses")."""
    return bool(syntax.children(setter, "dobj", "dative") or syntax.prep_objects(setter, "on", "for", "to"))


def _threat_of(setter: Token, threatened: list[Token]) -> Trigger:
    """The threat an ultimatum makes, with the mode of what it threatens ("or face *air
    strikes*": violence)."""
    entries = [e for t in threatened if (e := match(t)) is not None and e.type in THREATENED]
    mode = threat(entries[0]).mode if entries else None
    return Trigger(setter.lemma_.lower(), "VERB", "THREATEN", mode, "")


def _names_a_party(verb: Token) -> bool:
    """Whether the act names a country, people or organisation to deal with ("expand trade
    *with Brazil*", "pass on *to Washington*"); "ready to place a backup" offers nothing."""
    parties = syntax.children(verb, "dobj", "dative") + syntax.prep_objects(verb, *OBJECT_PREPS)
    parties += [o for p in parties for o in syntax.prep_objects(p, "with", "to", "of")]
    return any(t.ent_type_ in PARTY_ENTS for p in parties for t in p.subtree)


def _core(verb: Token) -> list[Token]:
    """The verb and what it governs outside prepositional phrases and relative clauses
    ("give ground *in its dispute*": the dispute is only its setting)."""
    found = [verb]
    for child in verb.children:
        if child.dep_ not in ("prep", "relcl", "acl", "advcl", "punct", "cc"):
            found += _core(child)
    return found


def _verdicts(ctx: Context) -> list[Mention]:
    """"Israel's withdrawal is a step forward, the president said", "the ban is illegal, X
    said": a speaker's verdict on another party's act or stand praises it (SUPPORT) or
    condemns it (ACCUSE ``disapprove``); the speaker is the actor, the judged party the
    target. Only what a named party owns is judged ("this is a good sign" judges no one),
    and only a reported verdict (an unreported one is the writer's)."""
    mentions: list[Mention] = []
    for word in ctx.sentence:
        kind = _verdict(word)
        if kind is None:
            continue
        copula = word.head
        judged = next(iter(syntax.children(copula, "nsubj")), None)
        if judged is None or not _owned(judged) or syntax.children(copula, "neg"):
            continue
        if syntax.auxiliaries(copula) & HEDGE_WORDS:
            continue  # "could be illegal": a doubt, not a verdict
        speaker = attributes.claimant(word, ctx.sentence)
        if speaker is None or speaker.i in {t.i for t in judged.subtree}:
            continue
        entry = Trigger(word.lemma_.lower(), word.pos_, *kind, "")
        base = _base_mention(ctx, Frame(word, entry, copula), None)
        mentions.append(replace(_with_actors(base, speaker, judged), extractor=None))
    return mentions


def _verdict(word: Token) -> tuple[str, str | None] | None:
    """SUPPORT or ACCUSE for a predicate of "be" that praises or condemns ("is a positive
    step", "was unacceptable", "is a violation of"), else None."""
    if word.dep_ not in ("acomp", "attr") or word.head.lemma_ != "be":
        return None
    lemma = word.lemma_.lower()
    grades = {c.lemma_.lower() for c in word.children if c.dep_ in ("amod", "advmod")}
    if lemma in PRAISE_WORDS or lemma in PRAISE_STEPS and grades & PRAISE_GRADES:
        return "SUPPORT", None
    if lemma in BLAME_WORDS:
        return "ACCUSE", "disapprove"
    return None


def _owned(judged: Token) -> bool:
    """Whether the judged phrase names a party: its owner ("Israel's withdrawal"), a
    national or party modifier ("the Chinese move"), an agent ("the ban by Y") or a name."""
    return judged.pos_ != "PRON" and any(
        t.ent_type_ in PARTY_ENTS or t.ent_type_ == "PERSON" for t in judged.subtree)


def _without_judged_topics(mentions: list[Mention], verdicts: list[Mention]) -> list[Mention]:
    """A verdict's subject ("Israel's *withdrawal* is a step forward") is what is judged, told
    before; it is no new event of its own."""
    judged = [(v.target.start, v.target.end) for v in verdicts if v.target is not None]
    return [m for m in mentions if not any(a <= m.trigger.start < b for a, b in judged)]


def _without_protest_topics(mentions: list[Mention]) -> list[Mention]:
    """The manual: a protest's topic ("rallied *to demand* reforms") is not a separate event."""
    protesters = {m.source_root for m in mentions if m.type == "PROTEST" and m.source_root is not None}
    return [m for m in mentions if not (m.type in TOPIC_TYPES and m.source_root in protesters)]


def _suppressed(token: Token, found: dict[int, Trigger]) -> bool:
    """A trigger governed by another trigger ("agreed to *meet*") is part of that event."""
    current = token
    if _undergone(token) or _despite(token):
        return False  # "came under *attack*", "went on *despite appeals*": events of their own
    while (current.dep_ in SUPPRESS_DEPS or _content_clause(current, found) or _joined_complement(current)
           ) and current.head.i != current.i:
        if current.dep_ == "ccomp" and in_class(current.head, "convey") and _is_obligation(current):
            return True  # "told B that C *must withdraw*": what is asked, not done
        current = current.head
        if current.i in found:
            return True
        if current.dep_ == "ccomp" and in_class(current.head, "report"):
            return False
    return False


def _joined_complement(token: Token) -> bool:
    """"Urged Israel to withdraw its troops *and release* the prisoners": a verb joined to an
    infinitive complement is part of what the governing verb asks, offers or agrees."""
    return token.dep_ == "conj" and token.head.dep_ == "xcomp"


def _no_request(trigger: Token, entry: Trigger) -> bool:
    """A question, or a source's wish to stay unnamed or silent, asks and refuses nothing."""
    if entry.type not in ("REQUEST", "REJECT") or not syntax.is_verbal(trigger):
        return False
    return _no_comment(trigger) or (entry.type == "REQUEST" and _asks_question(trigger))


def _no_comment(trigger: Token) -> bool:
    """"Asked not to be *identified*", "declined to *comment*", "refused to give *his name*"."""
    for clause in syntax.children(trigger, "xcomp", "ccomp"):
        if clause.lemma_.lower() in NO_COMMENT_VERBS:
            return True
        if any(o.lemma_.lower() in NO_COMMENT_OBJECTS for o in syntax.children(clause, "dobj")):
            return True
    return False


def _asks_question(trigger: Token) -> bool:
    """"Reporters asked *whether* he would resign", "asked *why* troops were sent", "when asked
    *about* the vote", "asked a few *questions*": a question is no request."""
    preps = {c.lower_ for c in syntax.children(trigger, "prep")}
    if "about" in preps and not syntax.children(trigger, "xcomp", "ccomp"):
        return True
    if any(o.lemma_.lower() == "question" for o in syntax.children(trigger, "dobj")):
        return True  # "reporters asked a few questions"
    for clause in syntax.children(trigger, "ccomp"):
        if any(c.dep_ == "mark" and c.lower_ in ("whether", "if") for c in clause.children):
            return True
        if clause.left_edge.tag_ in QUESTION_TAGS:
            return True
    return False


def _off_topic(trigger: Token) -> bool:
    """Sport or market news ("beat Arsenal 3-0", "warned of lower profits") codes no event; a
    participle without a subject of its own shares its main clause's topic ("reported higher
    profits, *helped* by strong sales")."""
    head = syntax.clause_head(trigger)
    clause = list(syntax.clause_tokens(head))
    if head.dep_ == "advcl" and head.tag_ in ("VBN", "VBG") and not syntax.children(head, "nsubj", "nsubjpass"):
        clause += syntax.clause_tokens(syntax.clause_head(head.head))
    return any((t.lower_ in offtopic_words() or t.lemma_.lower() in offtopic_words()) and not _political_sense(t)
               and not _hyphen_tail(t) for t in clause)


def _hyphen_tail(word: Token) -> bool:
    """"The front-*runner*": the last part of a hyphenated word is no sport word of its own."""
    return word.i > 0 and word.doc[word.i - 1].tag_ == "HYPH"


def _political_sense(word: Token) -> bool:
    """"A *military* takeover", "*hunger* strikers": a modifier that gives a sport or market
    word its political sense."""
    return any(c.dep_ in ("amod", "compound") and c.lemma_.lower() in POLITICAL_MODIFIERS
               for c in word.children)


def _idle_warning(trigger: Token, entry: Trigger) -> bool:
    """"Warned that monsoon rains would continue", "warned of pollution", "warn that the
    threat of frost remains high": a warning about weather, prices or the economy threatens
    no one, unless it also names a coercive measure ("warned of sanctions")."""
    if entry.type != "THREATEN" or trigger.lemma_.lower() != "warn" or not syntax.is_verbal(trigger):
        return False
    if any(_warned_call(c) for c in syntax.children(trigger, "ccomp")):
        return True  # "warned that the government must act": a request (_conveyed_requests)
    if not syntax.children(trigger, "dobj") and any(  # "warned *Georgia* that": a threat to it
            _forecast_of_others(c, syntax.subject(trigger)) for c in syntax.children(trigger, "ccomp")):
        return True  # "agencies warned that terrorists *may* sneak in": no threat of theirs
    about = {t.lemma_.lower() for t in syntax.prep_objects(trigger, "of") + [
        s for c in syntax.children(trigger, "ccomp") for s in syntax.children(c, "nsubj", "nsubjpass")]}
    return not about.isdisjoint(WARNED_CONDITIONS) and about.isdisjoint(THREAT_NOUNS)


def _forecast_of_others(clause: Token, warner: Token | None) -> bool:
    """"Warned that *terrorists may* strike": what a third party might do, not what the
    warner will do ("warned that *its forces* could strike" is a threat)."""
    doers = syntax.children(clause, "nsubj")
    if not doers or not syntax.auxiliaries(clause) & GUESS_AUX:
        return False
    doer = doers[0]
    if doer.pos_ == "PRON" or any(c.tag_ == "PRP$" for c in doer.children) or _ultimatum_clause(clause):
        return False
    return warner is None or doer.lower_ != warner.lower_


def _ultimatum_clause(clause: Token) -> bool:
    """"Warned that Washington could cut off aid *unless* the death squads were reined in": a
    condition put to someone is a threat, not a forecast."""
    return any(m.lower_ == "unless" for c in syntax.children(clause, "advcl") for m in syntax.children(c, "mark"))


def _content_clause(clause: Token, found: dict[int, Trigger]) -> bool:
    """"A call for X *to withdraw*": the clause is what is asked, not an event of its own."""
    head = found.get(clause.head.i)
    if clause.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in ADVERBIAL_MARKS for c in clause.children):
        return False  # "*even as she criticized X*, Clinton pressed him": a time, not a content
    return clause.dep_ in ("advcl", "acl", "ccomp") and head is not None and head.type in CONTENT_TYPES


def _frame(token: Token, entry: Trigger) -> Frame:
    """Find the verb that carries a noun trigger's actors ("held talks", "talks he held")."""
    if syntax.is_verbal(token):
        return Frame(token, entry, token)
    head = token.head
    if token.dep_ == "dobj" and in_class(head, "receive"):
        return Frame(token, entry, head, reversed=True)
    if token.dep_ == "compound" and head.dep_ == "dobj" and in_class(head.head, "receive"):
        return Frame(token, entry, head.head, reversed=True)  # "survived an *assassination* attempt"
    if _undergone(token):  # "came under fire from X", "met with a rebuff from X"
        return Frame(token, entry, head.head, reversed=True)
    if token.dep_ == "nsubjpass" and _noun_source(token) is not None:
        return Frame(token, entry, None)  # "*X's* rejection was announced by Y": X acts
    if token.dep_ in ("dobj", "nsubjpass") and (in_class(head, "light") or _founded(head)):
        return Frame(token, entry, head)
    if _placed_under(token, entry):
        return Frame(token, entry, head.head)  # "was put *under investigation*"
    if token.dep_ == "pobj" and head.lower_ == "in" and in_class(head.head, "engaged") and head.head.dep_ != "acl":
        return Frame(token, entry, head.head)  # "were locked *in heavy fighting*"
    if _despite(token) and entry.type == "REJECT":
        return Frame(token, entry, _acting_verb(head.head))  # "pressed on *despite appeals* from X"
    if (defier := _defier(token, entry)) is not None:
        return Frame(token, entry, defier)  # "flew to Riyadh *in defiance of* the embargo"
    if _protested_in(token, entry):
        return Frame(token, entry, _acting_verb(head.head))  # "stayed away from parliament *in protest at* X"
    if _said_with(token, entry):
        return Frame(token, entry, head.head)  # "took command *with a call for talks*"
    if _acted_in(token, entry):
        return Frame(token, entry, _run_of(token).head.head)  # "kept their children home *in a boycott*"
    measure = head.head if token.dep_ == "pobj" and head.lower_ in ("of", "in") else None
    if measure is not None and measure.lemma_.lower() in DEED_PEOPLE:
        return Frame(token, entry, None)  # "handed over *the mastermind of the bombing*": not theirs
    if measure is not None and (head.lower_ == "of" or _is_amount(measure)) and (
            measure.dep_ == "dobj" and (in_class(measure.head, "light") or _founded(measure.head))):
        return Frame(token, entry, measure.head)  # "gave Chad $5m of aid", "set up a board of inquiry"
    for child in token.children:
        if child.dep_ in ("relcl", "acl") and in_class(child, "light"):
            return Frame(token, entry, child)
    if token.dep_ == "compound" and head.dep_ in ("dobj", "nsubjpass") and in_class(head.head, "light"):
        return Frame(token, entry, head.head)  # "undertook a *mediation* mission"
    return Frame(token, entry, None)


def _loose_cargo(token: Token, entry: Trigger) -> bool:
    """"Ships *carrying* food reached X", "planes *loaded with* tents landed in X" are aid
    only as said of a craft or a team; "villagers carrying food" give no one anything."""
    if token.lemma_.lower() not in CARGO_VERBS or entry.type != "AID":
        return False
    return token.dep_ not in ("acl", "relcl") or token.head.lemma_.lower() not in CARRIER_NOUNS


def _carried_to(verb: Token) -> list[Token]:
    """Where a craft carrying aid, or aid given by someone, went: the object of "reached",
    or the place after "in", "into", "to" or "at" ("ships carrying food *reached Sri Lanka's
    coast*", "helicopters donated by X were handed over *to the Colombian army*")."""
    craft = _phrase_top(verb.head)  # "a convoy of trucks carrying food reached X"
    while craft.dep_ == "pobj" and craft.head.lower_ == "of" and craft.head.head.i != craft.head.i:
        craft = craft.head.head  # "*the first* of 16 helicopters donated by X were handed over"
    journey = craft.head if craft.dep_ in ("nsubj", "nsubjpass") else None
    given = verb.dep_ == "acl" and verb.tag_ == "VBN"
    if not (verb.lemma_.lower() in CARGO_VERBS or given) or journey is None or not syntax.is_verbal(journey):
        return []
    return syntax.children(journey, "dobj") + syntax.prep_objects(journey, "in", "into", "to", "at")


def _cargo_sender(verb: Token) -> Token | None:
    """Who sent what a craft carries: "trucks carrying food *sent by* the Red Crescent"."""
    if verb.lemma_.lower() not in CARGO_VERBS:
        return None
    cargo = [w for o in syntax.children(verb, "dobj") for w in (o, *o.conjuncts)]
    return next((d for w in cargo for a in syntax.children(w, "acl") for d in syntax.by_doers(a)), None)


def _founded(verb: Token) -> bool:
    """A verb that sets up a body ("*set up* / *formed* a commission of inquiry")."""
    return in_class(verb, "found") and (verb.lemma_.lower() != "set" or any(
        c.dep_ == "prt" and c.lower_ == "up" for c in verb.children))


def _despite(token: Token) -> bool:
    """A noun in a "despite" phrase ("went ahead *despite appeals* from X")."""
    return token.dep_ == "pobj" and token.head.lower_ in ("despite", "defying")


def _emergencies(sentence: Span) -> dict[int, Trigger]:
    """"Declared a state of emergency *after a wave of bombings*": emergency rule proclaimed
    over violence or unrest the sentence names is coercion (over floods or an epidemic it is
    none)."""
    states = [state for verb in sentence if verb.lemma_.lower() in EMERGENCY_VERBS for state in _emergency_states(verb)]
    if not states:
        return {}
    words = {t.lemma_.lower() for t in sentence}
    if words.isdisjoint(UNREST_WORDS) or not words.isdisjoint(NATURAL_FORCES | ACCIDENT_WORDS):
        return {}
    return {state.i: Trigger("state", "NOUN", "COERCE", "martial-law", "") for state in states}


def _emergency_states(verb: Token) -> list[Token]:
    """The "state *of emergency*" a verb declares."""
    return [o for o in syntax.children(verb, "dobj") if o.lemma_.lower() == "state"
            and any(e.lemma_.lower() == "emergency" for e in syntax.prep_objects(o, "of"))]


def _defiances(sentence: Span) -> dict[int, Trigger]:
    """"Vowed to press on with the strike *despite appeals* from the prime minister": acting
    despite a demand or a warning rejects it (its maker, in the noun's "from" phrase, is the
    target)."""
    return {t.i: Trigger(t.lemma_.lower(), "NOUN", "REJECT", None, "") for t in sentence
            if t.pos_ == "NOUN" and t.lemma_.lower() in DEFIED_NOUNS and _despite(t)}


# Verbs of acting against a ban or an order, which a protest done that way is.
DEFYING_VERBS = frozenset({"defy", "flout", "brave", "ignore"})


def _defied_by_protest(token: Token, entry: Trigger, found: dict[int, Trigger]) -> bool:
    """"Supporters *defied* a police ban and rallied", "defied the curfew to march": the
    protest that defies is the event, and its defiance a part of it."""
    if entry.type != "REJECT" or token.lemma_.lower() not in DEFYING_VERBS:
        return False
    joined = [*token.conjuncts, *syntax.children(token, "advcl", "xcomp")]
    return any(j.i in found and found[j.i].type == "PROTEST" for j in joined)


def _defier(token: Token, entry: Trigger) -> Token | None:
    """The verb whose act defies something ("pressed ahead with enrichment *in defiance of*
    the deadline"), the phrase hung on the verb or on its object's preposition."""
    if entry.type != "REJECT" or token.dep_ != "pobj" or token.head.lower_ != "in":
        return None
    if not syntax.prep_objects(token, "of"):
        return None
    word = _acting_verb(token.head.head)
    return word if syntax.is_verbal(word) else None


def _acting_verb(word: Token) -> Token:
    """The verb a phrase hangs on, through the noun the parser hung it on instead ("pressed
    ahead with *enrichment* in defiance of", "brought the port to a *standstill* in protest")."""
    if not syntax.is_verbal(word) and word.dep_ in ("pobj", "dobj"):
        return word.head.head if word.dep_ == "pobj" else word.head
    return word


def _protested_in(token: Token, entry: Trigger) -> bool:
    """"Brought trains to a standstill *in protest against* X": an act that is itself no
    event, done in protest at someone, is the subject's protest (an act that is an event,
    "recalled its envoy in protest", keeps its own type: ``sentence_mentions``); a state
    named as such acts in protest by sanctions, not by protesting ("Jordan froze projects")."""
    head, verb = token.head, _acting_verb(token.head.head)
    subject = syntax.subject(verb) if verb.pos_ == "VERB" else None
    return (entry.type == "PROTEST" and token.lower_ == "protest" and token.dep_ == "pobj"
            and head.lower_ == "in" and subject is not None and subject.ent_type_ != "GPE"
            and not syntax.children(token, "det")
            and not syntax.children(verb, "auxpass", "nsubjpass")
            and bool(syntax.prep_objects(token, *PROTESTED_PREPS) or syntax.prep_objects(verb, *PROTESTED_PREPS[:3])))


def _said_with(token: Token, entry: Trigger) -> bool:
    """A statement noun in the "with" phrase of a verb of opening, closing or answering:
    the verb's subject makes it ("responded *with a warning*"; not "met with a rebuff",
    which the subject undergoes, nor "charged with incitement")."""
    head = token.head
    return (entry.type in STATEMENT_TYPES and token.dep_ == "pobj" and head.lower_ == "with"
            and head.head.pos_ == "VERB" and head.head.lemma_.lower() in WITH_STATEMENT_VERBS)


def _acted_in(token: Token, entry: Trigger) -> bool:
    """A protest, show of force or talks in the "in" phrase of an active verb whose subject
    takes part ("flew over the border *in a show of force*"; not "died in the attack", as
    attacks are not of these types, nor "people *involved* in the riots", which describes
    them); only one the sentence introduces (``_introduced``), alone or in a run ("paralyse the
    country *with a wave of strikes*")."""
    kind = (match(token) or entry).type  # as the lexicon has it: "vowed to paralyse X *with strikes*" is a threat
    token = _run_of(token)
    head, verb = token.head, token.head.head
    preps = ("in", "with") if kind == "PROTEST" else ("in",)  # "brought X to a halt *with a strike*"
    return (kind in ACTED_IN_TYPES and token.dep_ == "pobj" and head.lower_ in preps
            and head.dep_ == "prep" and verb.pos_ == "VERB" and verb.i != head.i and verb.dep_ != "acl"
            and not syntax.children(verb, "auxpass", "nsubjpass") and _noun_source(token) is None
            and _introduced(token))


def _introduced(noun: Token) -> bool:
    """"In *a* boycott", "in talks": a new event, not one already told of ("in *the* trade
    talks") nor a manner ("in protest", "in consultation with")."""
    dets = [d.lower_ for d in syntax.children(noun, "det")]
    return dets in (["a"], ["an"]) or not dets and noun.tag_ == "NNS"


def _is_amount(word: Token) -> bool:
    """"$150 million", "2,000 tonnes": a sum or a quantity ("$5m *in* aid")."""
    return word.ent_type_ in ("MONEY", "QUANTITY", "CARDINAL") or word.tag_ == "CD"


def _undergone(token: Token) -> bool:
    """An event its subject undergoes: "came *under* attack", "came in *for* criticism",
    "met *with* a rejection" (the one who acts is in a "from" phrase, if anywhere)."""
    head = token.head
    if token.dep_ != "pobj" or head.lower_ not in UNDERGO_PREPS or head.dep_ != "prep":
        return False
    return head.head.lemma_.lower() == UNDERGO_PREPS[head.lower_]


def _undergoes(verb: Token, found: dict[int, Trigger]) -> bool:
    """Whether a verb trigger only says its subject undergoes a coded event ("met with a
    rebuff", "came under attack")."""
    nouns = [o for p in syntax.children(verb, "prep") for o in syntax.children(p, "pobj")]
    return any(n.i in found and _undergone(n) for n in nouns)


def _placed_under(token: Token, entry: Trigger) -> bool:
    """"Put X under arrest / investigation / curfew": a coercive or accusing noun under a
    placing verb (not "keeps troops under a pact")."""
    head = token.head
    return (token.dep_ == "pobj" and head.lower_ == "under" and in_class(head.head, "place")
            and entry.type in UNDER_TYPES)


def _actor_heads(frame: Frame) -> tuple[list[Token], list[Token]]:
    """Source and target head tokens (each with its coordinated conjuncts)."""
    trigger, verb = frame.trigger, frame.actor_verb
    pair = _between(frame) or _stirred(frame)
    if pair is not None:
        return pair
    source = syntax.subject(verb) if verb is not None else _noun_source(trigger)
    if source is not None and verb is not None and verb.i == trigger.i:
        source = _deed_agent(source) or source  # "an attack *by rebels* killed 12 soldiers"
    if source is None and verb is not None and verb.i != trigger.i and syntax.children(verb, "auxpass"):
        source = next(iter(syntax.prep_objects(trigger, "by")), None)  # "placed under arrest by X"
    targets = _foretold(verb) + _targets(frame) if frame.entry.type == "THREATEN" else _targets(frame)
    if verb is not None and frame.entry.type == "AID":
        targets = _carried_to(verb) + targets  # "ships carrying food *reached X*": X is helped
        source = _cargo_sender(verb) or source
    if verb is not None and syntax.children(verb, "auxpass") and not syntax.is_stative(verb):
        passive = [s for s in syntax.children(verb, "nsubjpass") if not _imposed(frame, s)]
        passive = passive or clause_patients(verb)  # "was hospitalised after *being beaten* by X"
        targets = passive + targets  # "X was attacked (by Y)"
    if verb is not None and _victim_participle(frame, verb):
        source = next(iter(syntax.prep_objects(verb, "by")), None)
        targets = [verb.head, *targets]  # "126 soldiers *killed* in Iraq": they are the victims
    elif verb is not None and _absolute_participle(frame, verb):
        source = next(iter(syntax.prep_objects(verb, "by")), None)
        targets = [*syntax.children(verb, "nsubj"), *targets]  # "with *dozens* wounded"
    elif verb is not None and _misread_active(frame, verb):
        source = _phrase_top(verb.head)  # "gunmen on a motorcycle *gunned down* the mayor"
    if verb is not None and _described_by_doer(frame, verb):
        source = None  # "the arguments *deployed by* X", "an honour *conferred by* X": no event of X's
    recalled = _recalled(frame, verb) if verb is not None and source is None else []
    if recalled:  # "Peru's ambassador in Caracas was *summoned home*": Peru recalls him
        source, targets = recalled[0], recalled[1:]
    if source is not None and _is_weapon(source):
        source = _planter(source)  # "killed by a roadside bomb": the attacker is unnamed
    if frame.reversed:  # "faced criticism from X", "survived an attack *by* X"
        agent = targets[0] if targets else _noun_source(trigger)
        source, targets = agent, ([source] if source else [])
    if source is None and not targets and verb is not None:
        targets = _laid_on_place(frame, verb)  # "a curfew was imposed *in Osh*": on the people there
    sources = syntax.with_conjuncts(syntax.group_member(source)) if source is not None else []
    named = [(head, t) for head in targets for t in syntax.with_conjuncts(syntax.group_member(head))]
    heads = [t for head, t in named if head.dep_ == "nsubjpass" or not _theme(_themed_entry(frame), t)]  # "*hundreds of police* were drafted"
    if not heads and frame.entry.mode == "expel":
        heads = [t for _, t in named]  # "ordered *aid workers* to leave": with no one else named, the expelled
    return sources, list({t.i: t for t in heads}.values())[:4]


def _laid_on_place(frame: Frame, verb: Token) -> list[Token]:
    """Where a curfew or a restriction imposed by no one named was laid: "a curfew *was
    imposed* in Osh", "restrictions were imposed on Srinagar"."""
    if frame.entry.type != "COERCE" or frame.trigger.dep_ != "nsubjpass" or frame.trigger.head.i != verb.i:
        return []
    places = syntax.prep_objects(verb, "in", "on")
    places = [n for p in places for n in (p, *syntax.prep_objects(p, "of"))]  # "the city *of Osh*"
    return [p for p in places if p.ent_type_ in attributes.PLACE_LABELS or p.pos_ == "PROPN" and syntax.written_as_name(p)][:1]


def _described_by_doer(frame: Frame, verb: Token) -> bool:
    """A participle with its doer that only describes a thing ("holiday packages *offered by*
    a travel firm", "a chemical *permitted by* the FDA"): for a loose trigger that does not
    check its object, the doer is not taken as acting (a gift, a release, an attack or a
    curfew "imposed by" X still is)."""
    thing = verb.head
    if thing.ent_type_ in NAMED_ENTS or thing.pos_ == "PROPN" or thing.lemma_.lower() in SIDE_WORDS:
        return False  # "rebels *backed by* Rwanda": a side, and the doer acts on it
    return (verb.dep_ == "acl" and verb.tag_ == "VBN" and verb.i == frame.trigger.i
            and frame.entry.type in LOOSE_PARTICIPLE_TYPES and "dobj=" not in frame.entry.needs
            and bool(syntax.by_doers(verb)))


def _recalled(frame: Frame, verb: Token) -> list[Token]:
    """Envoys recalled with no one named recalling them, then where they served: their own
    side recalls them from there ("Peru's ambassador *in Caracas* was summoned home",
    "negotiators were called home from talks *with Syria*")."""
    if (frame.entry.type, frame.entry.mode) != ("SANCTION", "withdraw") or not syntax.children(verb, "auxpass"):
        return []
    envoys = [s for s in syntax.children(verb, "nsubjpass") if s.lemma_.lower() in RECALLED_NOUNS]
    if not envoys:
        return []
    posts = syntax.prep_objects(envoys[0], "in", "to", "at")
    posts += [w for o in syntax.prep_objects(verb, "from") for w in (*syntax.prep_objects(o, "with"), o)]
    return [envoys[0], *posts]


def _deed_agent(subject: Token) -> Token | None:
    """"*Shelling by Serb forces* destroyed the plant", "an attack by rebels killed 12": when
    the subject of a violent verb is itself a deed, whoever did the deed acts."""
    entry = match(subject) if subject.pos_ in ("NOUN", "VERB") else None
    if entry is None or entry.type != "ASSAULT" or subject.dep_ not in ("nsubj", "csubj"):
        return None
    return _noun_source(subject)


def _stirred(frame: Frame) -> tuple[list[Token], list[Token]] | None:
    """"Japan was *disappointed with* China's refusal", "Moscow was *angered by* X": who is
    stirred voices the disapproval; what stirred them, or who is behind it, is its target."""
    verb = frame.actor_verb
    if verb is None or verb.i != frame.trigger.i or verb.lemma_.lower() not in STIRRING_VERBS:
        return None
    felt = syntax.children(verb, "nsubjpass")
    if not felt or not syntax.children(verb, "auxpass"):
        return None
    causes = syntax.prep_objects(verb, "by", "with", "at", "over")
    behind = [t for cause in causes for t in [*_behind(cause), cause] if _blamed(t, t.i == cause.i)]
    if not behind:
        return [], []  # "was upset by the news": no one is blamed
    source = syntax.antecedent(felt[0]) or felt[0]
    return syntax.with_conjuncts(source), behind[:4]


def _blamed(token: Token, cause: bool) -> bool:
    """Who is blamed for what stirred a side: a name ("by *Britain*"), an owner ("the *rebels'*
    attack") or an agent ("an attack by *rebels*"); not a bare "the news (from the front)"."""
    owner = not cause and (token.dep_ == "poss" or token.head.lower_ == "by")
    return _may_name(token) and (token.pos_ != "NOUN" or bool(token.ent_type_) or owner)


def _victim_participle(frame: Frame, verb: Token) -> bool:
    """"Soldiers *killed* in Iraq", "activists *arrested* in Cairo", "the groups *blamed* for
    the attack": a past participle after a noun says what was done to it."""
    return (verb.dep_ == "acl" and verb.tag_ == "VBN" and frame.entry.type in VICTIM_TYPES
            and verb.i == frame.trigger.i and not syntax.children(verb, "auxpass", "nsubjpass", "ccomp")
            and not _misread_active(frame, verb))
    # (a participle with a that-clause is a misread active verb: "leaders *charged* that X")


def _misread_active(frame: Frame, verb: Token) -> bool:
    """"Gunmen on a motorcycle *gunned down* the mayor", read as a participle of
    "motorcycle": a violent participle with an object of its own is the main verb."""
    return (verb.dep_ == "acl" and verb.tag_ == "VBN" and frame.entry.type in VICTIM_TYPES
            and verb.i == frame.trigger.i and any(o.i > verb.i for o in _own_objects(verb))
            and not syntax.prep_objects(verb, "by"))


def _own_objects(verb: Token) -> list[Token]:
    """A verb's objects, with one the parser hung on its particle ("gunned down *the mayor*")."""
    return syntax.children(verb, "dobj") + [o for p in syntax.children(verb, "prt") for o in syntax.children(p, "pobj")]


def _phrase_top(noun: Token) -> Token:
    """The noun a chain of prepositional phrases hangs from ("gunmen *on a motorcycle*")."""
    while noun.dep_ == "pobj" and noun.head.dep_ == "prep" and noun.head.head.pos_ in ("NOUN", "PROPN"):
        noun = noun.head.head
    return noun


def _absolute_participle(frame: Frame, verb: Token) -> bool:
    """"..., with *dozens wounded*", "with two soldiers killed and *four wounded*", and the
    headline "*Twelve soldiers killed* in ambush": the subject of a bare past participle
    after "with", or heading a sentence with no object, is its victim, not its actor."""
    clause = verb.head if verb.dep_ == "conj" else verb
    subjects = syntax.children(verb, "nsubj")
    if (verb.tag_ not in ("VBN", "VBD") or frame.entry.type not in VICTIM_TYPES or verb.i != frame.trigger.i
            or not subjects or syntax.children(verb, "aux", "auxpass")):
        return False
    if verb.tag_ == "VBD":  # "Soldiers *killed* in the ambush were buried": a garden path
        return clause.dep_ == "ROOT" and not _own_objects(verb) and _predicate_left_over(verb)
    if clause.dep_ == "pcomp" and clause.head.lower_ in ("with", "without"):
        return True
    return clause.dep_ == "ROOT" and not syntax.children(verb, "dobj", "prt", "dative") and _counted(subjects[0])


def _predicate_left_over(verb: Token) -> bool:
    """A clause after the verb that starts with a bare finite auxiliary and has no subject
    ("soldiers killed in the ambush *were buried*"): the real predicate of the subject,
    which makes the verb a participle describing it."""
    for clause in syntax.children(verb, "advcl", "conj", "ccomp"):
        first = clause.left_edge
        if (clause.i > verb.i and first.dep_ in ("aux", "auxpass") and first.tag_ in ("VBD", "VBZ", "VBP")
                and not syntax.children(clause, "nsubj", "nsubjpass", "expl")
                and first.i > 0 and first.nbor(-1).pos_ not in ("PUNCT", "CCONJ")):
            return True
    return False


def _counted(noun: Token) -> bool:
    """"*Twelve* soldiers", "*dozens*": a head count, as headlines give their victims (the
    tagger reads many a past tense as a participle; "troops sealed off X" is not one)."""
    return noun.like_num or any(c.dep_ == "nummod" for c in noun.children)


def _imposed(frame: Frame, subject: Token) -> bool:
    """"*A curfew* was imposed on X", "*sanctions* were slapped on X": a measure under a light
    verb is what is imposed, never its own target (X is)."""
    return subject.i == frame.trigger.i and frame.entry.type in ("COERCE", "SANCTION")


def _themed_entry(frame: Frame) -> Trigger:
    """The entry whose theme is left out of the targets: a threatened sanction or withdrawal
    keeps its own ("may suspend *its aid*" aims at no aid)."""
    if frame.entry.type == "THREATEN" and frame.lexical_type in THEME_TYPES:
        return replace(frame.entry, type=frame.lexical_type)
    return frame.entry


def _theme(entry: Trigger, token: Token) -> bool:
    """A word the lexicon row asked for as the verb's object is what is given, sent or
    blocked ("gave Chad millions *of aid*", "sent *troops*"), not whom it is aimed at."""
    if entry.type not in THEME_TYPES or not entry.needs or token.dep_ == "nsubjpass":
        return False  # "troops were deployed": the resolver makes moved forces the actor
    wanted = needed_words(entry, "dobj")
    return wanted is not None and any(w.lemma_.lower() in wanted for w in object_words(token))


def _unnamed_attacker(frame: Frame) -> bool:
    """An agentless passive ("X was killed"), a weapon as subject ("a blast killed X") or an
    attempt by no one named ("an attempt to assassinate X was foiled")."""
    verb = frame.actor_verb or frame.trigger
    if _accident(verb):
        return False  # "six people were killed when the bus crashed": no attacker at all
    if syntax.children(verb, "auxpass") or _victim_participle(frame, verb) or _absolute_participle(frame, verb):
        return True  # a named "by" agent would have been the source; a weapon names no one
    if (frame.reversed and frame.entry.type == "ASSAULT" and verb.lemma_.lower() in ENDURED_VERBS
            and frame.trigger.lemma_.lower() not in SHARED_VIOLENCE):
        return True  # "survived an assassination attempt": its subject was attacked
    if verb.dep_ == "acl" and verb.head.lemma_.lower() in ATTEMPT_NOUNS and syntax.is_infinitive(verb):
        return not syntax.children(verb, "nsubj")
    subjects = syntax.children(verb, "nsubj")
    if not subjects and verb.dep_ == "advcl" and verb.tag_ == "VBG":
        subjects = syntax.children(verb.head, "nsubj")  # "a bomb exploded, *killing* seven"
    return bool(subjects) and _is_weapon(subjects[0])


def _vehicle_accident(trigger: Token, entry: Trigger) -> bool:
    """"An aircraft crashed into a block of flats, *killing* 108 people": a vehicle in an
    accident attacks no one."""
    if entry.type != "ASSAULT" or not syntax.is_verbal(trigger) or not _accident(trigger):
        return False
    subject = syntax.subject(trigger)
    return subject is not None and any(t.lemma_.lower() in VEHICLES for t in subject.subtree)


def _natural_cause(trigger: Token, entry: Trigger) -> bool:
    """"*Drought* has destroyed the maize crop", "an *explosion at a coal mine* killed 34
    miners": a natural force, or a blast where people work, attacks no one."""
    if entry.type != "ASSAULT" or not syntax.is_verbal(trigger):
        return False
    subject = syntax.subject(trigger)
    if subject is None:
        return False
    if subject.lemma_.lower() in NATURAL_FORCES or _named_force(subject):
        return True
    bombed = any(c.dep_ == "compound" and in_class(c, "weapon") for c in subject.children)  # "a *bomb* blast"
    gas = any(c.lemma_.lower() in FUEL_WORDS for c in subject.children)  # "a *gas* explosion"
    at_work = any(t.lemma_.lower() in WORKPLACES for t in [*subject.subtree, *_blast_site(subject)])
    return subject.lemma_.lower() in BLASTS and not bombed and (gas or at_work)


def _named_force(subject: Token) -> bool:
    """A storm or quake called by its name ("*Hurricane* Mitch", "*Cyclone* Nargis")."""
    return subject.pos_ == "PROPN" and any(
        c.dep_ == "compound" and c.lemma_.lower() in NATURAL_FORCES for c in subject.children)


def _blast_site(blast: Token) -> list[Token]:
    """Where a blast went off, as its verb says ("ripped through *a coal mine*")."""
    verb = blast.head if blast.dep_ == "nsubj" else None
    return [t for p in syntax.children(verb, "prep") for t in p.subtree] if verb is not None else []


def _accident(verb: Token) -> bool:
    """Whether the sentence tells of an accident or a disaster ("the van crashed")."""
    return any(t.lemma_.lower() in ACCIDENT_WORDS for t in verb.sent) or "lost control" in verb.sent.text


def _bare_agreement(token: Token, entry: Trigger) -> bool:
    """"Rubinstein said he agreed": agreeing with an opinion, to nothing and with no one."""
    if entry.type != "AGREE" or token.lemma_.lower() != "agree" or not syntax.is_verbal(token):
        return False
    subjects = syntax.children(token, "nsubj")
    partners = any(s.conjuncts for s in subjects)
    if subjects and subjects[0].i > token.i and token.dep_ in ("ROOT", "parataxis"):
        return not partners  # "'... a new page,' agreed Algerian academic X": a speech tag
    said = syntax.children(token, "xcomp", "ccomp", "dobj", "prep", "advcl", "prt")
    if said and all(c.dep_ == "ccomp" and _opinion(c) for c in said):
        return not partners  # "agreed that a new order was needed": sharing a view
    return not partners and not said


def _opinion(clause: Token) -> bool:
    """A that-clause that states a view ("that it was needed", "that the talks were
    useful"), not a step anyone will take ("that troops would withdraw")."""
    if syntax.auxiliaries(clause) & COMMITTING_AUX:
        return False
    passive = bool(syntax.children(clause, "auxpass"))
    return clause.lemma_ == "be" or passive and clause.lemma_ in VIEW_VERBS


def _planter(weapon: Token) -> Token | None:
    """Who set a weapon off: "a bomb *planted by ETA*", "a car bomb set off by X", and whom
    it is laid to: "a bomb *blamed on ETA*"."""
    return next((a for c in syntax.children(weapon, "acl")
                 for a in syntax.prep_objects(c, *(("by", "on") if c.lemma_.lower() == "blame" else ("by",)))), None)


def _is_weapon(token: Token) -> bool:
    """A bomb or a blast, not "Turkish artillery" (a country's weapon is its military)."""
    owned = any(c.dep_ in ("amod", "compound", "poss") and c.ent_type_ in ("NORP", "GPE")
                for c in token.children)
    return (in_class(token, "weapon") or _rigged(token)) and not owned


def _rigged(token: Token) -> bool:
    """"A car *packed with explosives*", "a truck laden with dynamite", "a *booby-trapped*
    car": a thing loaded with a weapon is itself the weapon."""
    trapped = any(c.dep_ == "amod" and c.lemma_.lower() in ("trap", "booby-trap", "rig") for c in token.children)
    return trapped or any(in_class(w, "weapon") for c in syntax.children(token, "acl")
                          if c.lemma_.lower() != "arm"  # "villagers *armed with* machetes" wield them
                          for w in syntax.prep_objects(c, "with"))


def _speaker_itself(source: Token) -> Token:
    """"Norway said *it* is ready", "the rebels said *they* would not": "it" or "they" in a
    reported clause is the reporter itself (when the reporter is one thing, or many)."""
    if source.lower_ not in ("it", "they") or source.dep_ not in ("nsubj", "nsubjpass"):
        return source
    clause = source.head
    while clause.dep_ in ("xcomp", "conj") and clause.head.i != clause.i:
        clause = clause.head
    reporter = _stated_in(clause) or (clause.head if clause.dep_ == "ccomp" else None)
    if reporter is not None and in_class(reporter, "report"):
        speakers = [s for s in syntax.children(_first_reporter(reporter, source), "nsubj") if s.pos_ in ("PROPN", "NOUN")]
        agreeing = [s for s in speakers if _agrees(source, s)]
        if agreeing and (agreeing[0] == speakers[0] or _split_subject(speakers)) and not (
                _quoted(source)):  # "'It kills them,' said X": a quoted "it" is what X talks of
            return syntax.group_member(agreeing[0])  # "a group of elders said they": the elders
    return source


def _stated_in(clause: Token) -> Token | None:
    """"X said *in a statement* (delivered to a paper) *that it would* ...": the parser hangs
    the clause on the statement; the verb that says it is the reporter."""
    noun = clause.head
    if clause.dep_ != "acl" or noun.dep_ != "pobj" or noun.head.lower_ != "in" or noun.lemma_.lower() not in STATEMENT_NOUNS:
        return None
    return noun.head.head


def _first_reporter(reporter: Token, pronoun: Token) -> Token:
    """"Hungary said *it* was ready ..., state radio reported": the parse hangs the clause on
    the trailing reporter, itself hung on the first; the pronoun is the first speaker's."""
    outer = reporter.head
    if reporter.dep_ == "ccomp" and in_class(outer, "report") and outer.i < pronoun.i < reporter.i:
        return outer
    return reporter


def _split_subject(subjects: list[Token]) -> bool:
    """"The rebel Tamil Tigers said": the parse split one subject phrase in two, the first
    ending where the second starts."""
    return len(subjects) == 2 and subjects[0].right_edge.i + 1 == subjects[1].left_edge.i


def _quoted(token: Token) -> bool:
    """Whether an open quotation mark of its sentence comes before the token."""
    marks = [t for t in token.sent if t.i < token.i and t.text in ('"', "“", "”", "''", "``")]
    return len(marks) % 2 == 1


def _speakers_for(source: Token) -> list[Token]:
    """The source, or the reporters "it"/"they" stands for ("A and B said *they* would")."""
    speaker = _speaker_itself(source)
    return [speaker] if speaker.i == source.i else [speaker, *speaker.conjuncts]


def _agrees(pronoun: Token, noun: Token) -> bool:
    """"They" stands for plural or coordinated nouns ("rebels", "A and B") and for a
    group of many ("a group *of* Kenyan *leaders*"); "it" for others. A named country or
    body agrees with either ("Honduras said it", "the Taliban said they")."""
    if syntax.names_a_body(noun) and not noun.conjuncts:
        return True
    plural = noun.tag_ in ("NNS", "NNPS") or bool(noun.conjuncts) or (
        noun.lemma_.lower() in GROUP_OF and any(o.tag_ in ("NNS", "NNPS") for o in syntax.prep_objects(noun, "of")))
    return plural == (pronoun.lower_ == "they")


# What a "between" after it may belong to instead of a nearby event ("the border between A and B").
BOUNDARY_NOUNS = frozenset({"border", "frontier", "line", "road", "highway", "corridor", "gap", "distance",
                            "area", "zone", "region", "strait", "river", "sea", "buffer", "boundary", "route"})


def _between(frame: Frame) -> tuple[list[Token], list[Token]] | None:
    """"A meeting between A and B": A acts, B is the target. A mediator acts on both
    parties ("X undertook a mediation mission between A and B")."""
    trigger = frame.trigger
    holders = [trigger, trigger.head] if trigger.dep_ == "compound" else [trigger]
    if frame.actor_verb is not None and trigger.dep_ in ("nsubjpass", "dobj"):
        holders.append(frame.actor_verb)  # "talks were held *between A and B*"
    if (trigger.pos_ in ("VERB", "AUX") and syntax.children(trigger, "auxpass")
            and not syntax.prep_objects(trigger, "by")):
        holders += syntax.children(trigger, "nsubjpass")  # "ties *between A and B* were cut"
    if trigger.dep_ == "nsubj" and trigger.head.lemma_.lower() in OUTBREAK_VERBS:
        holders.append(trigger.head)  # "clashes *erupted between A and B*"
    objects = [o for h in holders for o in syntax.prep_objects(h, "between", "among")] or _stray_between(trigger)
    if not objects:
        return None
    parties = syntax.with_conjuncts(objects[0])
    if len(parties) == 1:  # "between *Ethiopian and Eritrean* officials"
        parties = syntax.coordinated_modifiers(parties[0]) or parties
    if trigger.lemma_.lower() in MEDIATION_WORDS or frame.entry.mode == "third-party":
        mediator = syntax.subject(frame.actor_verb) if frame.actor_verb is not None else None
        if mediator is not None:
            return [mediator], parties[:2]
    return ([parties[0]], parties[1:2]) if len(parties) > 1 else None


def _stray_between(trigger: Token) -> list[Token]:
    """"died in *gunbattles* above Bujumbura *between the army and rebels*": a "between"
    the parser hung on a place after a noun event, in the same clause, names its two sides
    (not a border's or a road's "between", nor one that belongs to another event)."""
    if trigger.pos_ != "NOUN":
        return []
    sentence = trigger.sent
    for word in sentence.doc[trigger.i + 1:min(trigger.i + 9, sentence.end)]:
        owner = word.head
        if word.lower_ != "between" or word.dep_ != "prep" or owner.lemma_.lower() in BOUNDARY_NOUNS:
            continue
        if owner.i != trigger.i and (match(owner) is not None or syntax.clause_head(owner) != syntax.clause_head(trigger)):
            return []
        sides = [o for o in syntax.children(word, "pobj") if len(syntax.with_conjuncts(o)) > 1]
        return sides[:1]
    return []


def _noun_source(trigger: Token) -> Token | None:
    """Actor of a bare event noun: "China's attack", "an attack by rebels", "a strike called
    by the unions", "condemnation poured in from X"."""
    by = syntax.prep_objects(trigger, "by") or syntax.prep_objects(_run_of(trigger), "by") or _by_after_of(trigger)
    if by:
        return by[0]
    for acl in syntax.children(trigger, "acl"):  # "a general strike *called by* the opposition"
        agents = [o for a in syntax.children(acl, "agent") for o in syntax.children(a, "pobj")]
        if acl.lemma_.lower() in DOING_VERBS and acl.tag_ == "VBN" and agents:
            return agents[0]
    owners = syntax.children(trigger, "poss")
    if owners:
        return owners[0]
    taker = _taking_part(trigger) or _holder(trigger)
    if taker is not None:
        return taker
    if trigger.dep_ == "nsubj" and trigger.head.lemma_.lower() in ARRIVAL_VERBS:
        return next(iter(syntax.prep_objects(trigger.head, "from")), None)  # "calls came from X"
    return _modifier_agent(trigger)


def _by_after_of(trigger: Token) -> list[Token]:
    """"the expulsion *of two diplomats by New Delhi*": a doer the parser hung on the act's
    "of" object rather than on the act (not a means: "shipments of rice *by road*")."""
    return [d for o in syntax.prep_objects(trigger, "of") for d in syntax.by_doers(o)]


def _run_of(trigger: Token) -> Token:
    """The run an act belongs to ("a wave *of strikes* by X"), or the act itself."""
    head = trigger.head
    if trigger.dep_ == "pobj" and head.lower_ == "of" and head.head.lemma_.lower() in RUN_NOUNS:
        return head.head
    return trigger


def _modifier_agent(trigger: Token) -> Token | None:
    """"*Student* demonstrations spread across Burma", "*Israeli* air strikes on Gaza went
    on": an act that is the subject of a clause is made by the people its modifier names (a
    nationality, or a word like "police" or "rebel"); not talks, whose modifier is a topic
    ("Kosovo peace talks")."""
    act = _run_of(trigger)
    if act.dep_ != "nsubj" or not syntax.is_verbal(act.head) or trigger.lemma_.lower() in TALK_NOUNS:
        return None
    if syntax.auxiliaries(act.head) & COMMITTING_AUX or syntax.children(act.head, "neg"):
        return None  # "troop withdrawals *can* begin": told as possible, not as done
    return next((c for c in trigger.children if c.i < trigger.i and (
        c.dep_ == "amod" and c.ent_type_ == "NORP"
        or c.dep_ in ("compound", "amod") and c.lemma_.lower() in AGENT_MODIFIERS
        and not (c.dep_ == "amod" and c.lower_ == "military"))), None)  # "*military* manoeuvres" are a kind


def _holder(trigger: Token) -> Token | None:
    """"Moi *is on a visit to* China", "Moi, *currently on an official visit to* China,
    said": who is on a visit, a tour or a strike makes it; and who is or remains "in talks" or "in
    agreement" ("Kenya is in talks with the IMF") holds them."""
    prep = trigger.head
    lemma = trigger.lemma_.lower()
    if trigger.dep_ != "pobj" or not (prep.lower_ == "on" and lemma in VISIT_NOUNS | {"strike"}
                                      or prep.lower_ == "in" and _held_state(lemma)):
        return None
    holder = prep.head
    if holder.lemma_.lower() in COPULAS:
        return syntax.subject(holder)
    return holder if prep.lower_ == "on" and holder.pos_ in ("PROPN", "NOUN") and holder.i != prep.i else None


def _held_state(lemma: str) -> bool:
    """Talks ("in talks with Y", the lexicon's @talks class) or another state one is "in"."""
    return lemma in HELD_STATE_NOUNS or lemma in noun_classes()["talks"]


def _taking_part(trigger: Token) -> Token | None:
    """"Shopkeepers kept their businesses shut *in a general strike*", "parents kept their
    children home *in a boycott*": people whose act is done in a protest take part in it
    (not "shops stayed shut in a strike")."""
    prep, verb = trigger.head, trigger.head.head
    while verb.dep_ in ("oprd", "xcomp", "acomp") and verb.head.i != verb.i:
        verb = verb.head  # "kept their businesses *shut* in a strike": who kept them
    if trigger.dep_ != "pobj" or prep.lower_ != "in" or not syntax.is_verbal(verb):
        return None
    if verb.dep_ in ("acl", "relcl", "amod"):
        return None  # "the people *involved* in the riots": a description, not an act
    if trigger.lemma_.lower() == "protest" or not _is_protest(trigger):
        return None  # "cut ties *in protest at* X": the motive of the act, coded by its verb
    doer = syntax.subject(verb)
    if doer is None or doer.pos_ == "PRON" or head_noun(doer).lemma_.lower() in SHUT_THINGS:
        return None
    return doer


def _targets(frame: Frame) -> list[Token]:
    """Candidate targets: the object, then "with/against/to/on X" phrases; for a show of
    support the row carries by a preposition, only whom it backs ("stood up *for X* against Y")."""
    backed = _backed(frame, frame.trigger)
    if backed:
        return backed
    found: list[Token] = []
    for node in (frame.actor_verb, frame.trigger):
        if node is None:
            continue
        if frame.reversed:
            found.extend(syntax.prep_objects(node, "from"))
            continue
        if node == frame.actor_verb and node != frame.trigger:
            found.extend(syntax.children(node, "dative", "iobj"))  # "gave *Chad* aid"
            if in_class(node, "place"):
                found.extend(syntax.children(node, "dobj"))  # "put *X* under arrest"
            found.extend(syntax.prep_objects(node, *TARGET_PREPS))
            continue
        declared = predicates(node) if "oprd=" in frame.entry.needs else []
        said = declared + [p.head for p in declared if p.dep_ == "appos"]
        objects = _declared_subjects(declared) + [
            c for c in node.children if c.dep_ in ("dobj", "dative", "iobj") and c not in said]
        objects += syntax.quantity_objects(node)
        if any(_is_weapon(o) for o in objects):  # "set off a bomb *beside a convoy*": what it hit
            found.extend(syntax.prep_objects(node, *BESIDE_PREPS))
        if frame.entry.type in JUDGING_TYPES:
            found.extend(_deed_doers(objects))  # "condemned the killing of X *by Y*": Y is judged
        if frame.entry.type == "REQUEST":
            found.extend(_holders(objects + syntax.children(node, "nsubjpass") + syntax.prep_objects(node, "for")))
        found.extend(o for o in objects if not _force_aimed(o))
        found.extend(syntax.prep_objects(node, *TARGET_PREPS))
        found.extend(_on_the_line(node))
        for obj in objects:
            found.extend(syntax.prep_objects(obj, "against", "on", "to", "with"))
        for clause in syntax.children(node, "xcomp", "advcl"):
            if clause.dep_ == "xcomp":
                found.extend(syntax.prep_objects(clause, "to", "against", "with"))
            if frame.entry.type == "MOBILIZE" and clause.lemma_.lower() in FACING_VERBS and syntax.is_infinitive(clause):
                found[:0] = syntax.children(clause, "dobj")  # "rushed to the border *to face Thai troops*"
            if (clause.lemma_.lower() in DISPERSING_VERBS and syntax.is_infinitive(clause)
                    and frame.entry.type in ("ASSAULT", "COERCE")):
                found[:0] = _dispersed(clause)  # "used tear gas *to break up a rally by X*": X first
    return [t for t in found if _may_name(syntax.group_member(t)) and not _is_means(t) and not _audience(frame, t)]


def _audience(frame: Frame, token: Token) -> bool:
    """"Told *a news conference* / *reporters* that X must go": whom a demand is told to is
    its audience, not the side it is aimed at (but "warned *newspapers*" warns them)."""
    return (frame.entry.type == "REQUEST" and token.dep_ in ("dobj", "dative") and in_class(token.head, "convey")
            and token.head.lemma_.lower() != "warn" and token.lemma_.lower() in AUDIENCE_NOUNS)


def _holders(objects: list[Token]) -> list[Token]:
    """Who holds the people whose release is asked for: "demanded the release of 22
    volunteers *held by the Taliban*" is aimed at the Taliban."""
    held = [w for o in objects if o.lemma_.lower() in RELEASE_NOUNS for w in syntax.prep_objects(o, "of")]
    return [a for w in held for c in syntax.children(w, "acl")
            if c.tag_ == "VBN" and c.lemma_.lower() in HOLDING_VERBS for a in syntax.prep_objects(c, "by")]


def _deed_doers(objects: list[Token]) -> list[Token]:
    """Who did the deed an object names ("the hanging of nine activists *by the military
    rulers*", "the release of hostages *by the rebels*"), not how it was done."""
    return [a for o in objects for a in syntax.by_doers(o)]


def _force_aimed(obj: Token) -> bool:
    """"Use military *force against Syria*", "send *troops against* the rebels": force or
    arms aimed at someone named are the means, and whom they are aimed at the target."""
    wielded = obj.lemma_.lower() == "force" or in_class(obj, "weapon") or obj.lemma_.lower() in noun_classes()["troops"]
    return wielded and bool(syntax.prep_objects(obj, "against"))


def _on_the_line(node: Token) -> list[Token]:
    """"Spoke by telephone *with X*": the partner hangs on the means of the call."""
    lines = [o for o in syntax.prep_objects(node, "by", "on", "over") if o.lemma_.lower() in CALL_MEANS]
    return [w for o in lines for w in syntax.prep_objects(o, "with", "to")]


def _backed(frame: Frame, node: Token) -> list[Token]:
    """Whom a show of support is for, when the row names the word that carries it ("stand
    *behind* X", "stand up *for* X")."""
    return syntax.prep_objects(node, *(particles(frame.entry) & {"for", "behind"})) if frame.entry.type == "SUPPORT" else []


def _dispersed(clause: Token) -> list[Token]:
    """Whom a crowd-control act is aimed at: the crowd, or those who held the gathering."""
    crowds = syntax.children(clause, "dobj")
    return [*crowds, *syntax.prep_objects(clause, "by"), *(o for c in crowds for o in syntax.prep_objects(c, "by", "of"))]


def _declared_subjects(declared: list[Token]) -> list[Token]:
    """Who a verb declares something of: "found *the minister* guilty", "declared *the
    diplomat* persona non grata" (subjects of a small clause), "declared *the protest* illegal"
    (parsed as a modifier of the adjective)."""
    subjects = [t for p in declared for t in p.subtree if t.dep_ == "nsubj"]
    subjects += [c for p in declared if p.dep_ == "appos" for c in p.head.children if c.dep_ == "compound"]
    return subjects + [c for p in declared if p.pos_ == "ADJ" for c in p.children if c.dep_ == "compound"]


def _is_means(token: Token) -> bool:
    """"With Albania's help": what the event is done with, not whom it is done to."""
    return token.head.lower_ == "with" and token.lemma_.lower() in MEANS_NOUNS


def _provokers(verb: Token) -> list[Token]:
    """Who did what a response follows: the subject of its "after" clause."""
    return [s for c in syntax.children(verb, "advcl") if syntax.is_condition(c, ("after",))
            for s in syntax.children(c, "nsubj")]


def _fallback_targets(frame: Frame) -> list[Token]:
    """Where else the target may be named: inside the committed-to clause ("threatened to cut
    ties *with X*", "refused to meet *X*"), the partner of talks it leaves ("walked out of
    talks *with X*"), the subject of a demanded clause ("demanded that
    *X* leave"), the giver of what was received or rejected ("rejected an offer *from X*"),
    or what the event is for ("called for sanctions *against X*"); a thing or deed found
    there stands for whoever is behind it (``_with_owners``)."""
    node = frame.actor_verb or frame.trigger
    found = _complement_targets(node) + _demanded_subjects(frame, node) + _object_targets(frame, node)
    found += [o for n in _left(node) for o in syntax.prep_objects(n, "with", "between")]
    if frame.entry.type == "THREATEN":  # "threatened to strike *unless Israel* withdrew"
        found += _condition_subjects(node) + _warned_objects(node)
    found += _controlled(frame.trigger, node) + _noun_objects(frame.trigger)
    if frame.entry.type == "CONCEDE":  # "*bowing to* opposition demands, X agreed"
        found += _pressed_by(node)
    if frame.entry.type in RESPONSE_TYPES:  # "raised their alert *after North Korea* test-fired missiles"
        found += _provokers(node)
    if frame.entry.type == "REJECT" and _despite(frame.trigger):  # "despite appeals *from X*"
        found = _behind(frame.trigger) + found
    if frame.entry.type in ANSWER_TYPES:  # "rebuffed appeals *from X* to grant Y status"
        found = _content_givers(node) + found
    if (frame.lexical_type or frame.entry.type) in ("RETREAT", "SANCTION"):  # "withdrew *from X*"
        found = _origins(frame.trigger, node) + found
    aims = _protest_aims(frame.trigger, node) if frame.entry.type == "PROTEST" else []
    return _with_owners([t for t in found if _may_name(t)]) + aims


def _protest_aims(trigger: Token, node: Token) -> list[Token]:
    """Whom a protest is aimed at when its own phrases name no one: who is behind what it
    opposes ("rallied against the presence *of settlers*"), and the aim of the slogans and
    flags its marchers carry ("chanting slogans *against the United States*", "burning
    *American* flags", "chanting *anti-Turkish* slogans")."""
    opposed = syntax.prep_objects(node, "against", "over") + syntax.prep_objects(trigger, "against", "over")
    acts = [a for c in node.children if c.dep_ in ("advcl", "conj") and c.tag_ == "VBG"
            for a in syntax.with_conjuncts(c) if a.tag_ == "VBG"]
    carried = [(a, o) for a in acts for o in syntax.children(a, "dobj")]
    owners = [o for n in opposed if n.pos_ == "NOUN" for o in _behind(n)]
    slogans = [o for _, t in carried for o in syntax.prep_objects(t, "against")]
    burned = [o for a, o in carried if a.lemma_.lower() in DEFILING_VERBS]  # "burning *American* flags"
    holders = [o for _, o in carried] + [trigger, *syntax.children(node, "nsubj")]
    nations = [c for o in burned for c in _nation_words(o)]
    nations += [c for o in holders for c in _nation_words(o) if syntax.stance_of(c) == "anti"]  # "*anti-Turkish* slogans"
    return [t for t in owners + slogans if _may_name(t)] + nations


def _nation_words(token: Token) -> list[Token]:
    """The nationality or country words that modify a noun ("*American* flags")."""
    return [c for c in token.children if c.dep_ in ("amod", "compound") and c.ent_type_ in ("NORP", "GPE")]


def _demanded_subjects(frame: Frame, node: Token) -> list[Token]:
    """"Demanded that *X* leave", "a call for *X* to leave"; the accused of an allegation
    ("charged that *X* was stalling the talks")."""
    if frame.entry.type not in ("REQUEST", "ACCUSE"):
        return []
    clauses = syntax.children(node, "ccomp") + syntax.children(frame.trigger, "acl", "advcl", "ccomp")
    return [s for clause in clauses for s in syntax.children(clause, "nsubj")]


def _object_targets(frame: Frame, node: Token) -> list[Token]:
    """Whose object it is ("an offer *from X*", "*X's* plan", "sanctions *imposed on X*"), what
    the act is for ("called *for sanctions* against X", "renewed her call *for the
    resignation of X*"), a shifted object ("denounced as a crime *X's crackdown*", hung on
    "as" by the parser) and what the act answers (``_stance_objects``)."""
    found: list[Token] = []
    for obj in syntax.children(node, "dobj") + syntax.children(frame.trigger, "dobj") + _content_pobjs(node):
        found += syntax.prep_objects(obj, "from", "by", "of") + syntax.children(obj, "poss")
        found += [o for c in syntax.children(obj, "acl") if c.tag_ == "VBN"  # "sanctions *imposed on* X"
                  for o in syntax.prep_objects(c, "on", "against")]
        if (entry := match(obj)) is not None and entry.type in CONTENT_TYPES:  # "*opposition* demands"
            found += [c for c in syntax.children(obj, "compound") if _names_a_side(c)]
    found += syntax.prep_objects(node, "for")
    found += syntax.prep_objects(frame.trigger, "for") if frame.trigger != node else []
    found += [a for o in syntax.prep_objects(node, "as") for a in syntax.children(o, "appos")]
    return found + _stance_objects(node)


def _content_givers(node: Token) -> list[Token]:
    """Who made the appeal, offer or demand a verb answers: "rebuffed appeals *from the Irish
    government* to grant ... to prisoners" (before anyone the appeal itself names)."""
    said = [o for o in syntax.children(node, "dobj") if (entry := match(o)) is not None and entry.type in CONTENT_TYPES]
    return [g for o in said for g in syntax.prep_objects(o, "from", "by") + syntax.children(o, "poss")]


def _content_pobjs(node: Token) -> list[Token]:
    """A demand, offer or proposal the parser hung on a preposition ("rejected on Sunday
    *demands* by X", read as "on ... demands"): its owner is the target as for an object."""
    return [o for o in syntax.prep_objects(node, *TARGET_PREPS)
            if o.pos_ == "NOUN" and (entry := match(o)) is not None and entry.type in CONTENT_TYPES]


def _names_a_side(word: Token) -> bool:
    """Whether a noun's modifier names who is behind it ("*opposition* demands", "*Iraqi*
    proposals"), not what it is about ("*hostage* demands", "*peace* plan")."""
    return word.ent_type_ in NAMED_ENTS or word.lemma_.lower() in SIDE_WORDS


def _noun_objects(trigger: Token) -> list[Token]:
    """"The invasion *of X*", "an inquiry *into X*"; a verb only "hack *into X*"."""
    if syntax.is_verbal(trigger):
        return syntax.prep_objects(trigger, "into")
    return syntax.prep_objects(trigger, "of", "into", "in")


def _origins(trigger: Token, node: Token) -> list[Token]:
    """Where a withdrawal leaves: "withdrew *from X*", "pulled out *of X*", "the withdrawal of
    forces *from X*", whom what is given back was taken from ("returned gold *looted from X*")
    (the withdrawn forces are the actor's own, so the place they leave comes
    first)."""
    withdrawn = syntax.children(node, "dobj") + syntax.children(trigger, "dobj")
    withdrawn += syntax.prep_objects(trigger, "of") if not syntax.is_verbal(trigger) else []
    outs = [p for t in (node, trigger) for p in syntax.children(t, "prt", "prep") if p.lower_ == "out"]
    bodies = [o for p in outs for o in syntax.prep_objects(p, "of")  # "pulled out *of the Commonwealth*"
              if o.lemma_.lower() not in FORCE_NOUNS]  # (of "the UN force in Rwanda", Rwanda is left)
    taken = [c for t in withdrawn for c in syntax.children(t, "acl") if c.tag_ == "VBN"]  # "gold *looted from X*"
    return [o for t in [node, trigger, *withdrawn, *taken] for o in syntax.prep_objects(t, "from")] + bodies


def _complement_targets(node: Token) -> list[Token]:
    """Objects inside the infinitive clauses under ``node`` ("to cut ties *with X*")."""
    found: list[Token] = []
    for clause in _complements(node):
        objects = syntax.children(clause, "dobj", "dative")
        found += [o for o in objects if not _force_aimed(o)]  # "to use force *against X*": X
        found += syntax.prep_objects(clause, *TARGET_PREPS, "for")  # "to send food *for X*"
        for obj in objects:
            found += syntax.prep_objects(obj, *OBJECT_PREPS)
        found += syntax.prep_objects(clause, "in", "into")  # "to resume attacks *in X*"
        found += [o for n in _left(clause) for o in syntax.prep_objects(n, "with", "between")]
        if clause.lemma_.lower() in MEDIATING_VERBS:  # "to mediate *between X and Y*", "to broker talks between"
            found += [o for n in (clause, *objects) for o in syntax.prep_objects(n, "between")]
        roles = [o for o in syntax.prep_objects(clause, "as") if o.lemma_.lower() in MEDIATOR_NOUNS]
        found += [o for r in roles for o in syntax.prep_objects(r, "between")]  # "to act as a broker *between X*"
    return found


def _left(clause: Token) -> list[Token]:
    """What a clause leaves or quits: "to pull out *of talks*", "to withdraw *from the pact*"."""
    outs = [p for p in syntax.children(clause, "prep", "prt") if p.lower_ in ("out", "away")]
    return syntax.prep_objects(clause, "of", "from") + [o for p in outs for o in syntax.prep_objects(p, "of", "from")]


def _controlled(trigger: Token, node: Token) -> list[Token]:
    """Whom the act is made to happen to: "allowed *X* to run", "ordered *X* to suspend"."""
    clauses = syntax.children(node, "ccomp") + syntax.children(trigger, "ccomp")
    found = [s for c in clauses if syntax.is_infinitive(c) for s in syntax.children(c, "nsubj")]
    if trigger.dep_ == "xcomp" and syntax.is_verbal(trigger.head) and not syntax.children(trigger, "nsubj"):
        found += syntax.children(trigger.head, "dobj")  # "ordered the paper to suspend": the paper
    return found


def _stance_objects(node: Token) -> list[Token]:
    """Whom an act answers: "in protest *at X*", "in defiance *of X*", "in retaliation *for
    X's raid*", "threw stones during a demonstration *against X*"."""
    stances = [n for n in syntax.prep_objects(node, "in") if n.lemma_.lower() in STANCE_NOUNS]
    stances += [n for n in syntax.prep_objects(node, "during", "at") if _is_protest(n)]
    return [o for n in stances for o in syntax.prep_objects(n, "of", "against", "at", "over", "to", "for")]


def _pressed_by(node: Token) -> list[Token]:
    """Whom a concession answers: "*bowing to* demands from X", "*under pressure from* X"."""
    clauses = [node, *syntax.children(node, "advcl")]
    yielded = [c for c in clauses[1:] if c.lemma_.lower() in YIELD_VERBS]
    found = [o for c in yielded for o in syntax.prep_objects(c, "to", "in")]
    pressures = [p for c in clauses for p in _pressures(c)]
    return found + [o for p in pressures for o in syntax.prep_objects(p, "from", "by")]


def _pressures(verb: Token) -> list[Token]:
    """The pressure a verb is done under ("*under* mounting *pressure* from X")."""
    return [p for p in syntax.prep_objects(verb, "under") if p.lemma_.lower() == "pressure"]


def _is_protest(noun: Token) -> bool:
    entry = match(noun)
    return entry is not None and entry.type == "PROTEST"


def _warned_objects(node: Token) -> list[Token]:
    """Whom a warning's clause acts on: "warned that police will not tolerate *rallies by X*",
    "warned it could turn off the aid tap *to X*"; failing that, whom it befalls: "warned that
    *workers* on strike would lose their jobs" (a pronoun there, or "his side", is mostly the
    warner itself)."""
    objects: list[Token] = []
    subjects: list[Token] = []
    for clause in syntax.children(node, "ccomp"):
        dobjs = syntax.children(clause, "dobj")
        objects += dobjs + syntax.prep_objects(clause, *TARGET_PREPS)
        objects += [o for d in dobjs for o in syntax.prep_objects(d, "to", "against", "on")]
        subjects += [s for s in syntax.children(clause, "nsubj", "nsubjpass")
                     if s.pos_ != "PRON" and not any(c.tag_ == "PRP$" for c in s.children)]
    return objects + subjects


def _condition_subjects(node: Token) -> list[Token]:
    """Who must comply for a threat not to be carried out: the subject of its "unless" or
    "if" clause, under the threatening verb or the threatened act ("warned it would cut
    aid *unless X* withdrew")."""
    found: list[Token] = []
    for clause in [node, *_complements(node), *syntax.children(node, "ccomp")]:
        for cond in syntax.children(clause, "advcl"):
            if syntax.is_condition(cond):
                found += syntax.children(cond, "nsubj")
    return found


def _may_name(token: Token) -> bool:
    return (token.pos_ in ACTOR_POS and token.ent_type_ not in attributes.NOT_PLACE_LABELS
            and not syntax.names_a_language(token))


def _with_owners(found: list[Token], depth: int = 2) -> list[Token]:
    """Each candidate followed by who is behind it, when it is a thing or a deed: "X's
    crackdown", "a demand *from X*", "crimes committed *by X*", "the computers *of X*",
    "a war *against X*"."""
    out: list[Token] = []
    for token in found:
        if not _self_owned(token):
            out.append(token)
        if depth and token.pos_ == "NOUN":
            out += _with_owners([t for t in _behind(token) if _may_name(t)], depth - 1)
    return out


def _self_owned(token: Token) -> bool:
    """"Their disapproval", "its forces": "its" or "their" in the event's own clause stands
    for the actor itself, so neither it nor what it owns is the target ("his" often is not)."""
    if token.dep_ == "poss" and token.lower_ in SELF_POSSESSIVES:
        return True
    return any(c.dep_ == "poss" and c.lower_ in SELF_POSSESSIVES for c in token.children)


def _behind(noun: Token) -> list[Token]:
    """Owners, authors and aims of a noun: "*X's* plan", "a ban *by X*", "an offer *from X*",
    a noun before it ("*NATO* operations"; the resolver drops one that names no actor),
    "crimes committed *by X*", "the computers *of X*", "a war *against X*"."""
    agents = [a for c in syntax.children(noun, "acl") for a in syntax.prep_objects(c, "by")]
    named = [c for c in syntax.children(noun, "compound") if c.pos_ in ("NOUN", "PROPN")]
    return (syntax.children(noun, "poss") + syntax.prep_objects(noun, "by", "from") + agents
            + named + syntax.prep_objects(noun, "of", "against"))


def _complements(node: Token, depth: int = 2) -> list[Token]:
    """The infinitive clauses under ``node`` ("to impose", "to break off"), two levels deep."""
    found = []
    purposes = [c for c in syntax.children(node, "advcl") if syntax.is_infinitive(c)]
    for clause in syntax.children(node, "xcomp") + purposes:  # "to impose", "fired to disperse"
        found.append(clause)
        if depth > 1:
            found += _complements(clause, depth - 1)
    return found


def _accused_first(frame: Frame, targets: list[Token]) -> list[Token]:
    """"Complained *to the UN* *over Israeli raids*", "voiced displeasure *at X's raid*": the
    accused comes before the addressee."""
    if frame.entry.type != "ACCUSE":
        return targets
    node = frame.actor_verb or frame.trigger
    heads = [node] + syntax.children(node, "dobj")  # "expressed concern *over X*"
    accused = [o for h in heads for o in syntax.prep_objects(h, "over", "about", "against", "into")]
    accused += [o for h in heads[1:] for o in syntax.prep_objects(h, "at")]  # "displeasure *at* X"
    doers = _doers(accused + targets)
    owned = {d.head.i for d in doers if d.dep_ == "poss"}  # "Israel's raids": Israel, not both
    accused = doers + [a for a in accused if a.i not in owned]
    return accused + [t for t in targets if t.i not in {a.i for a in accused} | owned]


def _asked_before_venue(frame: Frame, targets: list[Token]) -> list[Token]:
    """"Demanded *at the United Nations* that *Washington* end its embargo": whom a demand
    falls on comes before the forum it is made at."""
    if frame.entry.type != "REQUEST" or not targets or not _made_at(targets[0]):
        return targets
    asked = [s for s in _demanded_subjects(frame, frame.actor_verb or frame.trigger) if _may_name(s)]
    return [*asked, *(t for t in targets if t not in asked and not _made_at(t))] if asked else targets


def _made_at(token: Token) -> bool:
    """Whether a phrase is the forum something is said at ("demanded *at the UN*")."""
    return token.dep_ == "pobj" and token.head.lower_ == "at"


def _partners_first(frame: Frame, targets: list[Token]) -> list[Token]:
    """"Talks *with South Africa* in Brazzaville *on a timetable*": a meeting's partner comes
    before its topic."""
    if frame.entry.type not in MUTUAL_TYPES:
        return targets
    return sorted(targets, key=lambda t: t.dep_ != "pobj" or t.head.lower_ != "with")


def _doers(deeds: list[Token]) -> list[Token]:
    """Who did what is looked into or complained of: "investigate *Israel's* shelling",
    "probe charges that *Iraq* used gas", "the killing *by soldiers*" (named doers, or
    those a nationality qualifies, or a deed's owner)."""
    nouns = [d for d in deeds if d.pos_ == "NOUN"]
    doers = [c for d in nouns for c in syntax.children(d, "poss") + syntax.prep_objects(d, "by")]
    doers += [s for d in nouns for c in syntax.children(d, "acl", "ccomp") for s in syntax.children(c, "nsubj")]
    return [d for d in doers if d.ent_type_ in NAMED_ENTS or _of_a_nation(d)]


def _of_a_nation(doer: Token) -> bool:
    """"*Belgian* paratroopers", "the *military junta*'s conduct": a doer a nationality
    qualifies, or a common noun that owns the deed (not "*their* conduct")."""
    if doer.pos_ != "NOUN":
        return False
    if any(c.dep_ in ("amod", "compound") and c.ent_type_ in ("NORP", "GPE") for c in doer.children):
        return True
    return doer.dep_ == "poss" and not _self_owned(doer)


def _mentions(ctx: Context, frame: Frame) -> list[Mention]:
    sources, targets = _actor_heads(frame)
    targets = _partners_first(frame, _accused_first(frame, _asked_before_venue(frame, targets)))
    if _exchanged_fire(frame) and frame.trigger.lemma_.lower() in EXCHANGE_LEMMAS and (
            len(sources) > 1 or sources and len(_sides(sources[0])) > 1):
        targets = []  # "A and B *traded fire* across the border": each side fires on the other
    claim = _claimant(frame.trigger, ctx.sentence, ctx.quotes)
    sources = [r for s in sources if claim is None or s.i != claim.i for r in _speakers_for(s)]
    if frame.trigger.lemma_.lower() not in FATAL_WORDS:  # the dead tell no reporter
        targets = [_speaker_itself(t) if t.dep_ == "nsubjpass" else t for t in targets]  # "X said *they* were hit"
    if not sources and not (targets and _unnamed_attacker(frame)):
        return []
    base = _base_mention(ctx, frame, claim)
    taken = {t.i for t in sources + targets} | ({claim.i} if claim is not None else set())
    others = tuple(dict.fromkeys(t.i for t in _fallback_targets(frame) + _target_owners(frame, targets)
                                 if t.i not in taken))
    base = replace(base, target_alternatives=others)
    if not sources:  # an agentless passive: one event, its source unnamed
        return [_with_actors(base, None, targets[0])]
    mutual = (frame.entry.type in MUTUAL_TYPES or frame.trigger.lemma_ in ("sign", "ratify") or _relational(frame)
              or (not targets and _exchanged_fire(frame)))
    sides = _sides(sources[0]) if mutual and len(sources) == 1 else []
    if len(sides) > 1 and not _partnered(targets):  # "negotiators *from A and B* held talks *on X*":
        targets = sides[1:2]  # the second side is the partner, not the topic
    options: list[Token | None] = list(targets[:3]) or [None]
    pairs = [(s, t) for s in sources[:3] for t in options if t is None or t.i != s.i]
    if len(sources) > 1 and mutual:  # "A and B met", "A and B signed a treaty": each with the other
        return [_with_partners(_with_actors(base, s, t), s, sources[:3]) for s, t in pairs]
    if len(sides) > 1:  # "*Uzbek and Tajik* officials met": the second side is the partner
        base = replace(base, target_alternatives=base.target_alternatives + tuple(s.i for s in sides[1:]))
    return [_with_actors(base, s, t) for s, t in pairs]


def _partnered(targets: list[Token]) -> bool:
    """Whether a meeting names its partner itself ("talks *with* X", "met X")."""
    return any(t.dep_ == "dobj" or t.dep_ == "pobj" and t.head.lower_ == "with" for t in targets)


def _target_owners(frame: Frame, targets: list[Token]) -> list[Token]:
    """The named owner of a target that is a thing, not an act: "brushed aside a
    *Constitutional Court* ruling", "rejected *Iraq's* terms" (not "the arrest *of X*", whose
    X is a victim, nor the parties of talks, whose partners come first; a common noun or a
    pronoun there is mostly no one: "*their* seats", "*people's* lives"); then its author,
    named or not: "a peace plan put forward *by the government*"."""
    if frame.entry.type in MUTUAL_TYPES:
        return []
    things = [t for t in targets if t.pos_ == "NOUN" and match(t) is None]
    owners = [o for t in things for o in syntax.children(t, "poss", "compound") + syntax.prep_objects(t, "of", "by")]
    named = [o for o in owners if o.ent_type_ in NAMED_ENTS and _may_name(o)]
    authors = [o for t in things for c in syntax.children(t, "acl") if c.tag_ == "VBN"
               for o in syntax.prep_objects(c, "by")]
    return named + [o for o in authors if o.pos_ in ("NOUN", "PROPN")]


def _exchanged_fire(frame: Frame) -> bool:
    """"A and B *clashed*", "A and B forces were locked *in fighting*": fighting between
    the sides the subject names is each side's attack on the other."""
    lemma = frame.trigger.lemma_.lower()
    if lemma in EXCHANGE_LEMMAS:  # "traded fire", "exchanged shots"
        return frame.entry.type == "ASSAULT" and any(
            o.lemma_.lower() in FIRE_OBJECTS for o in syntax.children(frame.trigger, "dobj"))
    return frame.entry.type == "ASSAULT" and lemma in FIGHT_LEMMAS


def _relational(frame: Frame) -> bool:
    """"A and B restored *relations*": an act on ties that both sides share."""
    node = frame.actor_verb or frame.trigger
    return any(o.lemma_.lower() in TIE_WORDS for o in syntax.children(node, "dobj"))


def _sides(source: Token) -> list[Token]:
    """The sides one actor phrase names: "*Uzbek and Tajik* officials", "officials *from
    Poland and Lithuania*", "the ministers *of India and Pakistan*", "representatives *of A
    and of B*", "President *A and* President *B*"."""
    sides = syntax.coordinated_modifiers(source)
    if not sides:
        origins = syntax.prep_objects(source, "from", "of")
        sides = syntax.with_conjuncts(origins[0]) if origins else []
        sides += [o for p in syntax.children(source, "prep") if p.lower_ in ("from", "of")
                  for c in p.conjuncts for o in syntax.children(c, "pobj")]  # "of A *and of B*"
    if not sides:  # "Sudanese President *Bashir and* Ugandan President *Museveni*": the parser
        names = syntax.children(source, "appos")  # hangs the second name on the first's apposition
        sides = syntax.with_conjuncts(names[0]) if names else []
    return sides


def _with_partners(mention: Mention, source: Token, sources: list[Token]) -> Mention:
    partners = tuple(p.i for p in sources if p.i != source.i)
    return replace(mention, target_alternatives=mention.target_alternatives + partners)


def _claimant(trigger: Token, sentence: Span, quotes: Sequence[Quote]) -> Token | None:
    found = attributes.claimant(trigger, sentence)
    if found is not None:
        return found
    quote = quote_at(quotes, trigger.idx)
    return quote.speaker if quote is not None else None


def _base_mention(ctx: Context, frame: Frame, claim: Token | None) -> Mention:
    trigger = frame.trigger
    mood = attributes.modality(trigger)
    return Mention(
        article_id=ctx.article_id,
        type=frame.entry.type,
        mode=frame.entry.mode,
        trigger=_text_span(trigger.doc[trigger.i : trigger.i + 1]),
        sentence=_sentence_span(ctx.sentence),
        source=None,
        target=None,
        claimant=_text_span(syntax.phrase(claim)) if claim is not None else None,
        claimant_root=claim.i if claim is not None else None,
        polarity="positive" if _refusal(frame) else attributes.polarity(trigger),
        modality=mood,
        tense=attributes.tense(trigger, mood),
        date_expr=_optional(attributes.date_phrase(trigger, ctx.ents)),
        places=tuple(_text_span(p) for p in attributes.place_candidates(trigger, ctx.ents)),
    )


def _refusal(frame: Frame) -> bool:
    """A cooperation recoded as its refusal, or a refusal to rule out (or renounce) force
    recoded as a threat: the "not" is part of the event, not its negation."""
    if frame.entry.type == "THREATEN" and (frame.lexical_type == "REJECT" or frame.trigger.lemma_ == "renounce"):
        return True
    return frame.entry.type == "REJECT" and frame.lexical_type not in (None, "REJECT")


def _with_actors(base: Mention, source: Token | None, target: Token | None) -> Mention:
    return replace(
        base,
        source=_text_span(syntax.phrase(source)) if source is not None else None,
        source_root=source.i if source is not None else None,
        target=_text_span(syntax.phrase(target)) if target is not None else None,
        target_root=target.i if target is not None else None,
    )


def _conveyed_requests(ctx: Context, found: dict[int, Trigger]) -> list[Mention]:
    """"A told B that C must/need to do X" is a REQUEST from A to B (mode from X); so is "A
    issued a reminder / sent a message to B that C must do X" (a conveying noun carried by a
    light verb)."""
    mentions: list[Mention] = []
    for word in ctx.sentence:
        carrier = _conveyor(word)
        if carrier is None:
            continue
        for clause in syntax.children(word, "ccomp", "acl"):
            if _warned_call(clause) if word.lemma_.lower() == "warn" else _is_call(clause):
                entry = _embedded_request(clause, found)
                saying = _participle_before(clause)
                mentions.extend(_mentions(ctx, Frame(saying, entry, saying) if saying else Frame(word, entry, carrier)))
    return mentions


def _participle_before(clause: Token) -> Token | None:
    """"X rejected the offer, *saying* Y must first withdraw, radio said": a clause the parser
    hung on the closing "said" belongs to the participle just before it."""
    start = clause.left_edge.i
    before = clause.doc[start - 1] if start > 0 else None
    if before is None or before.tag_ != "VBG" or before.i == clause.head.i or not in_class(before, "convey"):
        return None
    return before


def _conveyor(word: Token) -> Token | None:
    """The verb that carries a conveying word's actors: the word itself ("told"), or the
    light verb whose object it is ("issued a *reminder*")."""
    if not in_class(word, "convey"):
        return None
    if syntax.is_verbal(word):
        return word
    return word.head if word.dep_ == "dobj" and in_class(word.head, "light") else None


def _warned_call(clause: Token) -> bool:
    """A warning is a request when what must be done falls on a named party ("warned that the
    Greek government must act"), not on a thing ("warned that reforms should not hurt markets")."""
    subjects = syntax.children(clause, "nsubj", "nsubjpass")
    return _is_call(clause) and any(t.ent_type_ in PARTY_ENTS for s in subjects for t in s.subtree)


def _is_obligation(clause: Token) -> bool:
    """"must/should/ought to go", "need to/have to go"."""
    words = {t.lower_ for t in clause.children if t.dep_ == "aux"}
    if words & OBLIGATION_WORDS:
        return True
    return clause.lemma_ in ("need", "have") and any(syntax.is_infinitive(c) for c in clause.children)


def _is_call(clause: Token) -> bool:
    """An obligation laid on someone else: not "we need to", "no one should", "we may have
    to" (a guess), "Libya does not need to"."""
    if not _is_obligation(clause):
        return False
    subjects = syntax.children(clause, "nsubj", "nsubjpass", "expl")
    if any(s.lower_ in NO_CALL_SUBJECTS or _is_no_one(s) for s in subjects):
        return False
    if clause.lemma_ in ("need", "have"):
        auxes = {c.lower_ for c in clause.children if c.dep_ in ("aux", "neg")}
        return not auxes & (GUESS_WORDS | {"not", "n't", "never"}) and not syntax.children(clause, "dobj")
    return True


def _is_no_one(subject: Token) -> bool:
    return subject.lower_ == "one" and any(c.lower_ == "no" for c in subject.children)


def _embedded_request(clause: Token, found: dict[int, Trigger]) -> Trigger:
    embedded = [found[t.i] for t in clause.subtree if t.i in found]
    mode = REQUEST_MODES.get(embedded[0].type, "change") if embedded else "change"
    return Trigger(clause.lemma_, "VERB", "REQUEST", mode, "")


def _text_span(span: Span) -> TextSpan:
    return TextSpan(span.text, span.start_char, span.end_char)


def _sentence_span(sentence: Span) -> TextSpan:
    text = sentence.text
    stripped = text.strip()
    start = sentence.start_char + (len(text) - len(text.lstrip()))
    return TextSpan(stripped, start, start + len(stripped))


def _optional(span: Span | None) -> TextSpan | None:
    return _text_span(span) if span is not None else None
