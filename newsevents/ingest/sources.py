"""Find input files (recursing into folders) and dispatch each to its format reader."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping
from pathlib import Path
from types import MappingProxyType

from newsevents.errors import InputError
from newsevents.ingest.common import Place, ReadOptions, make_reject
from newsevents.ingest.csv_format import read_csv
from newsevents.ingest.jsonl import read_json, read_jsonl
from newsevents.ingest.wholefile import read_html, read_text
from newsevents.models import Article, Reject

Reader = Callable[[Path, ReadOptions], Iterator[Article | Reject]]

READERS: Mapping[str, Reader] = MappingProxyType(
    {
        ".jsonl": read_jsonl,
        ".jsonl.gz": read_jsonl,
        ".ndjson": read_jsonl,
        ".ndjson.gz": read_jsonl,
        ".json": read_json,
        ".json.gz": read_json,
        ".csv": read_csv,
        ".csv.gz": read_csv,
        ".txt": read_text,
        ".txt.gz": read_text,
        ".html": read_html,
        ".htm": read_html,
    }
)
"""Supported suffixes (lower case) and the reader for each."""


def suffix_of(path: Path) -> str:
    """Return the lower-cased suffix that picks the reader, e.g. ``.jsonl.gz``."""
    name = path.name.lower()
    if name.endswith(".gz"):
        return Path(name[:-3]).suffix + ".gz"
    return Path(name).suffix


def _reject(path: Path, code: str, message: str) -> Reject:
    """Build a whole-file ``Reject``."""
    return make_reject(InputError(code, message), Place(path))


def unsupported(path: Path) -> Reject:
    """Reject a file whose suffix no reader handles (NE111)."""
    kind = suffix_of(path) or "(no suffix)"
    return _reject(
        path,
        "NE111",
        f"{path} has unsupported type {kind!r}; use one of {', '.join(READERS)} "
        "or move it out of the input folder",
    )


def _children(folder: Path) -> list[Path] | Reject:
    """List a folder's visible entries sorted by name, or reject it if unreadable."""
    try:
        return sorted(
            (p for p in folder.iterdir() if not p.name.startswith(".")), key=lambda p: p.name
        )
    except OSError as err:
        return _reject(
            folder,
            "NE110",
            f"{folder} cannot be listed ({err.strerror or err}); check its permissions",
        )


def walk(folder: Path, seen: set[Path]) -> Iterator[Path | Reject]:
    """Yield the files under ``folder`` depth-first in name order, skipping hidden ones.

    ``seen`` holds the resolved folders already visited, so symlink loops end.
    """
    resolved = folder.resolve()
    if resolved in seen:
        return
    seen.add(resolved)
    children = _children(folder)
    if isinstance(children, Reject):
        yield children
        return
    for child in children:
        yield from walk(child, seen) if child.is_dir() else iter([child])


def iter_sources(paths: Iterable[Path]) -> Iterator[Path | Reject]:
    """Yield every input file named by ``paths`` (folders expanded), in order."""
    seen: set[Path] = set()
    for path in paths:
        yield from walk(path, seen) if path.is_dir() else iter([path])


def read_source(path: Path, options: ReadOptions) -> Iterator[Article | Reject]:
    """Yield the records of one file, or one ``Reject`` if it cannot be read at all."""
    if not path.exists():
        yield _reject(path, "NE110", f"{path} does not exist; check the path")
    elif not path.is_file():
        yield _reject(path, "NE110", f"{path} is not a regular file; pass files or folders")
    elif (reader := READERS.get(suffix_of(path))) is None:
        yield unsupported(path)
    else:
        yield from reader(path, options)
