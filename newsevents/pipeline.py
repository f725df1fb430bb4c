"""The pipeline: ``ingest -> nlp -> extract -> resolve -> store`` over a stream of files.

Records stream through: rejects and duplicates are settled before parsing, new
articles are parsed with ``nlp.pipe`` (optionally several processes, or on a Ray
cluster: ``engine="ray"``, ``pipeline_ray.py``) and written by this single process in
batches, each batch in one transaction.

After each stored batch the ``link`` stage links the new mentions into real events
(``link/``), so a run that stops half-way leaves every stored article linked.

The user actor files (``Config.actor_files``) are stored when the ingest starts. The
corpus memory (people defined in earlier articles, ``resolve/memory.py``) is read from
the store when the ingest starts; each article is coded with it and then teaches it
the people the article defines, so later articles of the same run see them. Those
facts are stored with their article, in the same transaction.
"""

from __future__ import annotations

import sys
from collections.abc import Iterable, Iterator, Sequence
from contextlib import AbstractContextManager, nullcontext
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import TypeVar

from spacy.language import Language
from spacy.tokens import Doc

from newsevents.config import Config
from newsevents.errors import ConfigError
from newsevents.extract.coder import extract_mentions
from newsevents.extract.quotes import find_quotes
from newsevents.extract.type_head import type_head
from newsevents.ingest import read_paths
from newsevents.ingest.summary import IngestSummary
from newsevents.link import link_pending
from newsevents.models import Article, CodedArticle, Event, Reject
from newsevents.nlp import load_model
from newsevents.nlp.chunks import parse_stream
from newsevents.nlp.entities import join_nationalities, relabel_countries, relabel_peoples
from newsevents.nlp.repair import repair_parse
from newsevents.resolve.events import Resolver
from newsevents.resolve.memory import CorpusMemory
from newsevents.store import Store
from newsevents.store.sessions import WriteSessions

T = TypeVar("T")
ENGINES = ("local", "ray")


@dataclass
class _Tally:
    """Running counts of one ingest (local to the call, never shared)."""

    read: int = 0
    stored: int = 0
    duplicate: int = 0
    rejected: int = 0
    seen: set[str] = field(default_factory=set)

    def summary(self) -> IngestSummary:
        return IngestSummary(self.read, self.stored, self.duplicate, self.rejected)


def code_article(article: Article, doc: Doc, resolver: Resolver,
                 memory: CorpusMemory | None = None) -> list[Event]:
    """Extract and resolve the events of one parsed article."""
    return list(_code(article, doc, resolver, memory).events)


def _code(article: Article, doc: Doc, resolver: Resolver,
          memory: CorpusMemory | None) -> CodedArticle:
    relabel_countries(doc, resolver.kb.is_country_name)
    relabel_peoples(doc, resolver.kb.is_demonym)
    join_nationalities(doc, resolver.kb.is_demonym)
    repair_parse(doc)
    quotes = find_quotes(doc)
    head = type_head() if resolver.config.type_head else None
    return resolver.code(article, doc, extract_mentions(article.id, doc, quotes, head), quotes, memory)


def _code_and_learn(article: Article, doc: Doc, resolver: Resolver,
                    memory: CorpusMemory) -> CodedArticle:
    """Code one article with the memory, then teach the memory the people it defines."""
    coded = _code(article, doc, resolver, memory)
    memory.learn(coded.facts)
    return coded


class Coder:
    """Python API: code texts without storing them, loading the model and knowledge base once.

    ``Coder().code(text, published)`` gives one text's events; ``code_many`` parses a
    stream of ``(text, published)`` pairs in batches, which is much faster for many texts.
    Nothing is remembered between texts (no corpus memory): each is coded on its own.
    """

    def __init__(self, config: Config | None = None) -> None:
        self.config = config or Config()
        self.nlp = load_model(self.config.model)
        self.resolver = Resolver.load(self.config)

    def code(self, text: str, published: date) -> list[Event]:
        """The events of one text published on ``published``."""
        return next(self.code_many([(text, published)]))

    def code_many(self, items: Iterable[tuple[str, date]]) -> Iterator[list[Event]]:
        """The events of each ``(text, published)`` pair, in order."""
        stream = parse_stream(self.nlp, ((text, day) for text, day in items),
                              batch_size=self.config.parse_batch_size)
        for index, (doc, published) in enumerate(stream):
            article = Article(id=f"text:{index}", date=published, text=doc.text)
            yield code_article(article, doc, self.resolver)


def code_text(text: str, published: date, config: Config | None = None) -> list[Event]:
    """Python API: the events of one text published on ``published`` (nothing stored).

    This loads the model on every call; to code many texts, make one ``Coder``.
    """
    return Coder(config).code(text, published)


def ingest(
    paths: Sequence[str | Path],
    db: str | Path,
    *,
    config: Config | None = None,
    default_date: date | None = None,
    progress: bool = False,
    wait: float = 0.0,
    engine: str = "local",
    address: str | None = None,
) -> IngestSummary:
    """Read, code and store every article under ``paths``; return the counts.

    The database file is opened only for each batch write, so readers can use it
    while the ingest runs; ``wait`` is how many seconds to wait for another ingest
    of the same file before failing with NE303 (``store/sessions.py``).

    ``engine="ray"`` parses on the Ray cluster at ``address`` (``pipeline_ray.py``);
    everything else, and so every event, is the same as with ``"local"``.
    """
    config = config or Config()
    _check_engine(engine, address)
    resolver = Resolver.load(config)  # first: a bad actor file fails before the model loads
    nlp = load_model(config.model)
    nlp.max_length = max(nlp.max_length, config.max_article_bytes + 1)
    tally = _Tally()
    with WriteSessions(db, wait) as sessions:
        with sessions.session() as store:
            store.save_actor_files(resolver.actor_files)
            memory = CorpusMemory(store.actor_facts())
        records = read_paths(paths, default_date=default_date, max_bytes=config.max_article_bytes)
        fresh = _new_articles(_with_progress(records, progress), sessions, tally,
                              config.batch_size)
        with _parsed(nlp, fresh, config, engine, address) as docs:
            for batch in _batches(docs, config.batch_size):
                with sessions.session() as store:
                    _store_batch(store, batch, resolver, memory, tally)
                    _link(store, config)
        with sessions.session() as store:
            _link(store, config)  # mentions stored before linking existed, or by an unlinked run
            summary = tally.summary()
            store.record_run(read=summary.read, stored=summary.stored,
                             duplicate=summary.duplicate, rejected=summary.rejected,
                             command=" ".join(["ingest", *map(str, paths)]))
    return summary


def _check_engine(engine: str, address: str | None) -> None:
    """Fail early on an unknown engine, or on the ray engine without ray or a cluster."""
    if engine not in ENGINES:
        raise ConfigError("NE501", f"unknown engine {engine!r}: use one of {', '.join(ENGINES)}")
    if engine != "ray" and address is not None:
        raise ConfigError("NE501", "--address is the Ray cluster's: use it with --engine ray")
    if engine == "ray":
        from newsevents.pipeline_ray import preflight

        preflight(address)


def _parsed(nlp: Language, articles: Iterable[Article], config: Config, engine: str,
            address: str | None) -> AbstractContextManager[Iterator[tuple[Doc, Article]]]:
    """The parsed articles, in input order, from this process or the Ray cluster."""
    if engine == "ray":
        from newsevents.pipeline_ray import parse_on_ray

        return parse_on_ray(nlp, articles, config, address)
    return nullcontext(parse_stream(nlp, ((a.text, a) for a in articles),
                                    batch_size=config.parse_batch_size,
                                    n_process=config.n_process))


def _with_progress(records: Iterator[Article | Reject], progress: bool) -> Iterable[Article | Reject]:
    if not progress:
        return records
    from tqdm import tqdm

    return tqdm(records, unit=" articles", file=sys.stderr, dynamic_ncols=True)


def _new_articles(
    records: Iterable[Article | Reject], sessions: WriteSessions, tally: _Tally, size: int
) -> Iterator[Article]:
    """Articles not yet stored; rejects are written and duplicates counted on the way."""
    for chunk in _batches(records, size):
        tally.read += len(chunk)
        rejects = [r for r in chunk if isinstance(r, Reject)]
        articles = [a for a in chunk if isinstance(a, Article)]
        with sessions.session() as store:
            if rejects:
                store.add_rejects(rejects)
            known = store.existing_article_ids([a.id for a in articles]) | tally.seen
        tally.rejected += len(rejects)
        for article in articles:
            if article.id in known:
                tally.duplicate += 1
                continue
            known.add(article.id)
            tally.seen.add(article.id)
            yield article


def _store_batch(store: Store, batch: list[tuple[Doc, Article]], resolver: Resolver,
                 memory: CorpusMemory, tally: _Tally) -> None:
    coded = [_code_and_learn(article, doc, resolver, memory) for doc, article in batch]
    facts = [fact for c in coded for fact in c.facts]
    stored, duplicate = store.add_articles([(c.article, c.events) for c in coded], facts)
    tally.stored += stored
    tally.duplicate += duplicate


def _link(store: Store, config: Config) -> None:
    if config.link:
        link_pending(store)


def _batches(items: Iterable[T], size: int) -> Iterator[list[T]]:
    batch: list[T] = []
    for item in items:
        batch.append(item)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch
