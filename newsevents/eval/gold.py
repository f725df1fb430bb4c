"""Gold records: the PLOVER gold-standard file and a generic JSONL format.

Both become ``GoldRecord`` values. The PLOVER file (``plover_gsr_cameo.json``)
uses older labels and CAMEO actor codes; ``data/gold_codes.tsv`` maps them. A
generic file has one JSON object a line with ``text``, ``date`` and any of
``id``, ``type``, ``mode``, ``quad``, ``source_country``, ``target_country``,
``source_sector``, ``target_sector`` and ``actors`` (the actor phrases as written,
which the claimant-as-actor check needs); a record without ``type`` is a
sentence that must yield no event.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any, Literal

from newsevents.datafiles import read_tsv
from newsevents.errors import EvalError
from newsevents.extract import plover

Split = Literal["even", "odd", "all"]
SPLITS: tuple[Split, ...] = ("even", "odd", "all")


@dataclass(frozen=True)
class GoldRecord:
    """One human-coded sentence and the event it reports (``type`` None: no event)."""

    id: str
    number: int
    text: str
    date: date
    type: str | None = None
    mode: str | None = None
    quad: int | None = None
    source_countries: tuple[str, ...] = ()
    target_countries: tuple[str, ...] = ()
    source_sectors: tuple[str, ...] = ()
    target_sectors: tuple[str, ...] = ()
    actor_texts: tuple[str, ...] = ()


@dataclass(frozen=True)
class _Codes:
    labels: dict[str, tuple[str, str | None]]
    countries: dict[str, str]
    noncountries: frozenset[str]


@lru_cache(maxsize=1)
def _codes() -> _Codes:
    rows = read_tsv("newsevents.eval", "gold_codes.tsv")
    return _Codes(
        labels={r["code"]: (r["value"], r["mode"] or None) for r in rows if r["kind"] == "label"},
        countries={r["code"]: r["value"] for r in rows if r["kind"] == "country"},
        noncountries=frozenset(r["code"] for r in rows if r["kind"] == "noncountry"),
    )


def map_label(label: str, mode: str | None = None) -> tuple[str, str | None]:
    """Current PLOVER (type, mode) for a gold label, old CAMEO-era labels included."""
    label = label.strip().upper()
    if label in _codes().labels:
        new, new_mode = _codes().labels[label]
        return new, new_mode or mode
    return label, mode


def map_country(code: str | None) -> str | None:
    """ISO3 country for a gold actor code; None for IGO/NGO-style or empty codes."""
    code = (code or "").strip().upper()[:3]
    if len(code) != 3 or code in _codes().noncountries or not code.isalpha():
        return None
    return _codes().countries.get(code, code)


def in_split(record: GoldRecord, split: Split) -> bool:
    """Whether the record's number puts it in ``split`` (even: tune; odd: held out)."""
    return split == "all" or (record.number % 2 == 0) == (split == "even")


def load_gold(path: str | Path, split: Split = "all") -> list[GoldRecord]:
    """Read a gold file (PLOVER ``.json`` list or generic ``.jsonl``) and keep ``split``."""
    path = Path(path)
    if split not in SPLITS:
        raise EvalError("NE602", f"split {split!r} is not one of {', '.join(SPLITS)}")
    try:
        raw = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise EvalError("NE601", f"cannot read gold file {path}: {exc}") from exc
    records = _plover_records(raw, path) if path.suffix == ".json" else _jsonl_records(raw, path)
    return [r for r in records if in_split(r, split)]


def _plover_records(raw: str, path: Path) -> Iterator[GoldRecord]:
    try:
        items = json.loads(raw)
    except json.JSONDecodeError as exc:
        raise EvalError("NE601", f"{path}: invalid JSON at line {exc.lineno}: {exc.msg}") from exc
    if not isinstance(items, list):
        raise EvalError("NE601", f"{path}: expected a JSON list of gold records")
    for index, item in enumerate(items, 1):
        if isinstance(item, dict) and item.get("event") == "DOCUMENT":
            continue  # the file's own documentation record, not a sentence
        yield _plover_record(item, f"{path} record {index}")


def _actors(value: Any) -> list[dict[str, Any]]:
    return [a for a in value if isinstance(a, dict)] if isinstance(value, list) else []


def _plover_record(item: Any, where: str) -> GoldRecord:
    if not isinstance(item, dict) or not all(k in item for k in ("id", "text", "date", "event")):
        raise EvalError("NE601", f"{where}: needs id, text, date and event")
    source, target = _actors(item.get("source")), _actors(item.get("target"))
    event_type, mode = map_label(str(item["event"]), item.get("mode") or None)
    return GoldRecord(
        id=str(item["id"]), number=_number(str(item["id"]), where), text=str(item["text"]),
        date=_date(item["date"], where), type=event_type, mode=mode,
        quad=plover.info(event_type).quad if event_type in plover.event_types() else None,
        source_countries=_countries(source), target_countries=_countries(target),
        source_sectors=_sectors(source), target_sectors=_sectors(target),
        actor_texts=tuple(str(a.get("actorText", "")) for a in source + target),
    )


def _countries(actors: Iterable[dict[str, Any]]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(c for a in actors if (c := map_country(a.get("code")))))


def _sectors(actors: Iterable[dict[str, Any]]) -> tuple[str, ...]:
    """PLOVER sector codes: the first three letters (``CVLalb`` -> ``CVL``), ``***`` dropped."""
    codes = (str(a.get("sector") or "")[:3].upper() for a in actors)
    return tuple(dict.fromkeys(c for c in codes if c.isalpha() and len(c) == 3))


def _number(record_id: str, where: str) -> int:
    match = re.search(r"(\d+)\D*$", record_id)
    if not match:
        raise EvalError("NE601", f"{where}: id {record_id!r} has no record number")
    return int(match.group(1))


def _date(value: Any, where: str) -> date:
    try:
        return date.fromisoformat(str(value)[:10])
    except ValueError as exc:
        raise EvalError("NE601", f"{where}: date {value!r} is not YYYY-MM-DD") from exc


def _jsonl_records(raw: str, path: Path) -> Iterator[GoldRecord]:
    for line_no, line in enumerate(raw.splitlines(), 1):
        if not line.strip():
            continue
        where = f"line {line_no} of {path}"
        try:
            item = json.loads(line)
        except json.JSONDecodeError as exc:
            raise EvalError("NE601", f"{where}: invalid JSON: {exc.msg}") from exc
        yield _generic_record(item, line_no, where)


def _generic_record(item: Any, line_no: int, where: str) -> GoldRecord:
    if not isinstance(item, dict) or not item.get("text") or not item.get("date"):
        raise EvalError("NE601", f"{where}: needs a JSON object with text and date")
    event_type, mode = _generic_type(item, where)
    record_id = str(item.get("id") or f"line-{line_no}")
    return GoldRecord(
        id=record_id, number=line_no, text=str(item["text"]), date=_date(item["date"], where),
        type=event_type, mode=mode, quad=_generic_quad(item, event_type, where),
        source_countries=_countries_of(item.get("source_country")),
        target_countries=_countries_of(item.get("target_country")),
        source_sectors=_codes_of(item.get("source_sector")),
        target_sectors=_codes_of(item.get("target_sector")),
        actor_texts=tuple(str(a) for a in item.get("actors") or () if a),
    )


def _generic_type(item: dict[str, Any], where: str) -> tuple[str | None, str | None]:
    if not item.get("type"):
        return None, None
    event_type, mode = map_label(str(item["type"]), item.get("mode") or None)
    if event_type not in plover.event_types():
        known = ", ".join(plover.event_types())
        raise EvalError("NE601", f"{where}: type {event_type!r} is not a PLOVER type ({known})")
    return event_type, mode


def _generic_quad(item: dict[str, Any], event_type: str | None, where: str) -> int | None:
    if item.get("quad") is None:
        return plover.info(event_type).quad if event_type else None
    if item["quad"] not in (1, 2, 3, 4):
        raise EvalError("NE601", f"{where}: quad must be 1, 2, 3 or 4")
    return int(item["quad"])


def _codes_of(value: Any) -> tuple[str, ...]:
    """One code or a list of codes, upper-cased."""
    values = value if isinstance(value, list) else [value]
    return tuple(str(v).strip().upper() for v in values if v and str(v).strip())


def _countries_of(value: Any) -> tuple[str, ...]:
    """Country codes through ``map_country``, as in the PLOVER set: "IGO" names no country."""
    return tuple(c for c in map(map_country, _codes_of(value)) if c)


# Named gold sets and where they are looked for (relative to the working directory
# unless NEWSEVENTS_SHARED points at the shared folder).
NAMED = {"plover-gsr": "data/gold/plover_gsr_cameo.json"}
SHARED_DIRS = ("../shared", "shared")
# A small self-written set bundled with the package: 20 events and 40 sentences with none.
SAMPLE = "sample"


def gold_path(name_or_path: str, shared: str | None = None) -> Path:
    """The gold file for a named set (``plover-gsr``) or a path given as is."""
    if name_or_path == SAMPLE:
        return Path(str(resources.files("newsevents.eval").joinpath("data", "sample_gold.jsonl")))
    if name_or_path not in NAMED:
        path = Path(name_or_path)
        if not path.is_file():
            raise EvalError("NE601", f"gold file {path} does not exist "
                                     f"(or name a built-in set: {', '.join([*NAMED, SAMPLE])})")
        return path
    folders = [shared] if shared else list(SHARED_DIRS)
    for folder in folders:
        candidate = Path(folder) / NAMED[name_or_path]
        if candidate.is_file():
            return candidate
    tried = ", ".join(str(Path(f) / NAMED[name_or_path]) for f in folders)
    raise EvalError("NE601", f"{name_or_path} gold file not found (tried {tried}); "
                             "set NEWSEVENTS_SHARED to the folder that holds data/gold")
