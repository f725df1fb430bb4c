"""Run the full pipeline over gold sentences and keep what the metrics need.

Each gold sentence is coded as a one-sentence article published on its gold
date, through the same ``code_article`` as ``ingest``. The sentence's *primary*
event is the one whose trigger sits highest in the dependency tree (ties: the
earliest), so a system cannot score by emitting many guesses; an adverbial clause counts
one level deeper than other dependents, so that "*Accusing* X of Y, Z imposed a ban" or
"placed Aceh under martial law, *handing* the army ..." is scored on its main report.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from newsevents.config import Config
from newsevents.eval.gold import GoldRecord
from newsevents.eval.metrics import EvalReport, score
from newsevents.extract.lexicon import in_class
from newsevents.models import Article, Event
from newsevents.nlp import load_model
from newsevents.nlp.chunks import parse_stream
from newsevents.pipeline import code_article
from newsevents.resolve.events import Resolver


@dataclass(frozen=True)
class Prediction:
    """What the pipeline made of one gold sentence."""

    record: GoldRecord
    events: tuple[Event, ...]
    primary: Event | None
    reporters: tuple[tuple[int, int], ...]  # character spans of reporting speakers/outlets
    claimant_as_actor: bool | None  # None: the gold names no actor phrases to check against


def evaluate(records: Sequence[GoldRecord], config: Config | None = None) -> EvalReport:
    """Code every record and score the primary events against the gold."""
    return score(predict(records, config))


def predict(records: Sequence[GoldRecord], config: Config | None = None) -> list[Prediction]:
    """The pipeline's events for each gold record, in the records' order."""
    config = config or Config()
    nlp = load_model(config.model)
    resolver = Resolver.load(config)
    docs = parse_stream(nlp, ((r.text, r) for r in records), batch_size=config.parse_batch_size)
    return [_prediction(record, doc, resolver) for doc, record in docs]


def _prediction(record: GoldRecord, doc: Doc, resolver: Resolver) -> Prediction:
    article = Article(id=record.id, date=record.date, text=record.text)
    events = tuple(code_article(article, doc, resolver))
    primary = min(events, key=lambda e: (_depth(doc, e), e.trigger.start), default=None)
    reporters = tuple(_reporter_spans(doc))
    return Prediction(record, events, primary, reporters,
                      _claimant_as_actor(record, primary, reporters))


def _depth(doc: Doc, event: Event) -> int:
    span = doc.char_span(event.trigger.start, event.trigger.end, alignment_mode="expand")
    token: Token = span.root if span is not None else doc[0]
    depth = 0
    while token.head.i != token.i:
        depth += 2 if token.dep_ == "advcl" else 1  # a scene-setting or consequence clause is not the report
        token = token.head
    return depth


def _reporter_spans(doc: Doc) -> list[tuple[int, int]]:
    """Subjects of reporting verbs ("X said") and objects of "according to"."""
    spans = []
    for token in doc:
        if in_class(token, "report") and token.pos_ in ("VERB", "AUX"):
            spans += [_chars(doc[c.left_edge.i:c.right_edge.i + 1])
                      for c in token.children if c.dep_ in ("nsubj", "nsubjpass")]
        elif token.lower_ == "according" and token.i + 1 < len(doc) and doc[token.i + 1].lower_ == "to":
            spans += [_chars(doc[c.left_edge.i:c.right_edge.i + 1])
                      for c in doc[token.i + 1].children if c.dep_ == "pobj"]
    return spans


def _chars(span: Span) -> tuple[int, int]:
    return span.start_char, span.end_char


def _claimant_as_actor(record: GoldRecord, primary: Event | None,
                       reporters: Sequence[tuple[int, int]]) -> bool | None:
    """Whether an actor of the primary event is a reporting speaker the gold does not code:
    its text occurs only inside reporters' phrases and nowhere the gold names an actor."""
    if record.type is not None and not record.actor_texts:
        return None
    if primary is None or not reporters:
        return False
    gold = [g for phrase in record.actor_texts for g in _named_at(record.text, phrase, reporters)]
    for actor in (a.text for a in (primary.source, primary.target) if a is not None):
        spans = _named_at(record.text, actor, reporters)
        speaks = bool(spans) and all(any(_overlap(s, r) for r in reporters) for s in spans)
        if speaks and not any(_overlap(s, g) for s in spans for g in gold):
            return True
    return False


def _named_at(text: str, phrase: str, reporters: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """Where ``phrase`` names someone: its occurrences outside the reporters' phrases when
    there are any ("Vietnam freed ..., the Vietnam News Agency said": the first), else all."""
    spans = _find_all(text, [phrase])
    return [s for s in spans if not any(_overlap(s, r) for r in reporters)] or spans


def _find_all(text: str, phrases: Sequence[str]) -> list[tuple[int, int]]:
    """Character spans of every case-insensitive, whole-word occurrence of each phrase ("he"
    is not found inside "the")."""
    spans = []
    for phrase in filter(None, (p.strip() for p in phrases)):
        pattern = re.compile(rf"(?<!\w){re.escape(phrase)}(?!\w)", re.IGNORECASE)
        spans += [(m.start(), m.end()) for m in pattern.finditer(text)]
    return spans


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]
