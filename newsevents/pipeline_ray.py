"""The Ray engine (``ingest --engine ray``): the parser runs on a Ray cluster.

Parsing is nine tenths of an ingest's time, and it is pure per article, so it is what
the cluster does: each window of new articles becomes a Ray Data dataset
(``from_items``) that ``map_batches`` sends through a pool of actors, one per cluster CPU
by default (``--processes N`` picks N). Each actor loads the spaCy model once, when it
starts, and turns article texts into ``Doc``s, returned as ``DocBin`` bytes (token,
lemma, tag, dependency, entity and sentence annotations; character offsets unchanged).

Everything after parsing stays in this process, exactly as in the local engine
(``pipeline.py``): reading and de-duplication against the store before parsing, then
extraction, resolution, storing and linking. That is what keeps the events identical:

* The corpus memory (``resolve/memory.py``) makes coding depend on order: people defined
  by earlier articles resolve later bare mentions. The parsed documents come back in
  any order; a reorder buffer hands them on in input order, and this single process
  codes each article with the memory and then teaches it, as the local engine does.
* Events depend only on the parse, the article and the memory, and a ``Doc`` read back
  from ``DocBin`` bytes with the same model's vocabulary carries the same annotations.
* Event ids are hashes of article id and token positions (``resolve/events.py``), so
  both engines give the same ids.

Memory stays bounded: the reader streams, and only one window of articles
(``Config.ray_window``, 4,096) is held or in flight at a time. Each window starts a new
actor pool, so the model is loaded once per actor per window (a pause of a few seconds;
Ray Data has no streaming source fed by the driver that would let one pool serve the
whole run). This process loads the model too, for the vocabulary that reads the
documents back. Every node of the cluster needs the same newsevents, spaCy and model
(``pip install 'newsevents[ray]'``).
"""

from __future__ import annotations

import importlib
import socket
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from itertools import islice
from types import ModuleType
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, DocBin
from spacy.vocab import Vocab

from newsevents.config import Config
from newsevents.errors import ConfigError
from newsevents.models import Article
from newsevents.nlp import load_model
from newsevents.nlp.chunks import parse_stream

MISSING = "--engine ray needs the ray extra: pip install 'newsevents[ray]'"
CONNECT_TIMEOUT = 5.0  # seconds for the cluster's head to accept a connection


def require_ray() -> ModuleType:
    """The ``ray`` module (with Ray Data).

    Raises:
        ConfigError: NE510 when the ``ray`` extra is not installed.
    """
    try:
        importlib.import_module("ray.data")
        return importlib.import_module("ray")
    except ImportError as exc:
        raise ConfigError("NE510", MISSING) from exc


def preflight(address: str | None) -> None:
    """Fail fast, before the model loads: ray must be installed and ``address`` answer.

    Raises:
        ConfigError: NE510 without the ray extra; NE511 when nothing listens at a
            ``HOST:PORT`` address (Ray itself would retry for minutes).
    """
    require_ray()
    host, _, port = (address or "").rpartition(":")
    if not host or "/" in host or not port.isdigit():
        return  # no address, "auto", "ray://...": left to Ray
    try:
        socket.create_connection((host, int(port)), timeout=CONNECT_TIMEOUT).close()
    except OSError as exc:
        raise ConfigError("NE511", f"no Ray cluster answers at {address} ({exc}); start one "
                          "with `ray start --head` or pass its --address HOST:PORT") from exc


@contextmanager
def parse_on_ray(nlp: Language, articles: Iterable[Article], config: Config,
                 address: str | None = None) -> Iterator[Iterator[tuple[Doc, Article]]]:
    """Parse ``articles`` on the Ray cluster at ``address``; yields ``(Doc, Article)`` in order.

    ``nlp`` is this process's copy of the model: its vocabulary reads the parsed
    documents back. With no ``address``, ``RAY_ADDRESS`` or a new local Ray is used.

    Raises:
        ConfigError: NE510 without the ray extra, NE511 when the cluster cannot be reached.
    """
    ray = require_ray()
    started = _connect(ray, address)
    try:
        yield _parsed(ray, nlp.vocab, articles, config)
    finally:
        if started:
            ray.shutdown()


def _connect(ray: ModuleType, address: str | None) -> bool:
    """Join the cluster unless this process already has; True when this call joined it."""
    if ray.is_initialized():
        return False
    try:
        ray.init(address=address, log_to_driver=False, include_dashboard=False,
                 configure_logging=False)
    except (ConnectionError, RuntimeError, ValueError) as exc:
        where = address or "RAY_ADDRESS or a new local Ray"
        raise ConfigError("NE511", f"cannot connect to the Ray cluster at {where}: {exc}; "
                          "start one with `ray start --head` or pass --address HOST:PORT") from exc
    return True


def _parsed(ray: ModuleType, vocab: Vocab, articles: Iterable[Article],
            config: Config) -> Iterator[tuple[Doc, Article]]:
    stream = iter(articles)
    while window := list(islice(stream, max(1, config.ray_window))):
        yield from _parse_window(ray, vocab, window, config)


def _parse_window(ray: ModuleType, vocab: Vocab, window: list[Article],
                  config: Config) -> Iterator[tuple[Doc, Article]]:
    """Parse one window on the actor pool; hand the documents on in input order.

    Raises:
        ConfigError: NE511 when the cluster returns fewer documents than it was sent.
    """
    pending: dict[int, bytes] = {}
    done = 0
    for index, data in _docs_as_bytes(ray, window, config):
        pending[index] = data
        while done in pending:
            yield _doc(vocab, pending.pop(done)), window[done]
            done += 1
    if done < len(window):
        raise ConfigError("NE511", f"the Ray cluster parsed {done} of {len(window)} articles")


def _docs_as_bytes(ray: ModuleType, window: list[Article],
                   config: Config) -> Iterator[tuple[int, bytes]]:
    """``(index in window, DocBin bytes)`` for every article of ``window``, in any order."""
    size = config.parse_batch_size
    items = [{"index": i, "text": article.text} for i, article in enumerate(window)]
    blocks = max(1, -(-len(items) // size))  # one parse batch each, spread over the actors
    dataset = ray.data.from_items(items, override_num_blocks=blocks)
    dataset.context.enable_progress_bars = False
    parsed = dataset.map_batches(
        ParseActor, batch_size=size, num_cpus=1,
        compute=ray.data.ActorPoolStrategy(size=min(blocks, _actors(ray, config))),
        fn_constructor_args=(config.model, config.max_article_bytes, size))
    for batch in parsed.iter_batches(batch_size=None, batch_format="numpy"):
        yield from zip(batch["index"].tolist(), batch["doc"].tolist())


def _actors(ray: ModuleType, config: Config) -> int:
    """``--processes N`` actors, else one per CPU of the cluster."""
    if config.n_process > 1:
        return config.n_process
    return max(1, int(ray.cluster_resources().get("CPU", 1)))


def _doc(vocab: Vocab, data: bytes) -> Doc:
    return next(iter(DocBin().from_bytes(data).get_docs(vocab)))


def doc_bytes(doc: Doc) -> bytes:
    """One parsed document as ``DocBin`` bytes (every annotation the later stages read)."""
    return bytes(DocBin(docs=[doc]).to_bytes())


class ParseActor:
    """The Ray Data UDF: one per actor, holding the model it loaded once."""

    def __init__(self, model: str, max_article_bytes: int, batch_size: int) -> None:
        self.nlp = load_model(model)
        self.nlp.max_length = max(self.nlp.max_length, max_article_bytes + 1)
        self.batch_size = batch_size

    def __call__(self, batch: dict[str, Any]) -> dict[str, list[Any]]:
        """Parse one batch of ``{"index", "text"}`` rows into ``{"index", "doc"}`` rows."""
        items = zip(batch["text"].tolist(), batch["index"].tolist())
        parsed = list(parse_stream(self.nlp, items, batch_size=self.batch_size))
        return {"index": [index for _, index in parsed],
                "doc": [doc_bytes(doc) for doc, _ in parsed]}
