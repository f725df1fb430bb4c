"""User actor files (``--actors FILE``): CSV or YAML rows that beat the built-in knowledge base.

Fields of a row:

- ``name`` (required): the name as it appears in articles ("Rajnath Singh", "the president").
- ``aliases``: other names of the same actor; in CSV one cell with ``;`` between names, in
  YAML a list (or the same ``;`` string).
- ``country``: ISO 3166 alpha-3 code (``IND``), or one of the knowledge base's IGO codes.
- ``sector``: a PLOVER sector code (``GOV``, ``MIL``, ``COP``, ``REB``, ``MED``, ``CVL``...).
- ``valid_from``/``valid_to``: optional ISO dates (inclusive); the row then applies only to
  articles published between them ("the president" holds the office for a term).

A row needs a country or a sector. In CSV the first row is the header (any column order);
blank rows and rows whose first cell starts with ``#`` are skipped. A YAML file is a list of
mappings, or a mapping with the list under ``actors``. Values are read as text (YAML does
not turn ``on`` into a boolean or ``2021-01-01`` into a date behind our back). One name
listed twice in a file for overlapping dates is an error; across files, a later file beats
an earlier one.

Errors: NE502 when the file cannot be read at all, NE503 for a bad row; both name the file
and line.
"""

from __future__ import annotations

import csv
import hashlib
import io
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import yaml

from newsevents.errors import ConfigError
from newsevents.models import ActorFile, UserActor
from newsevents.resolve.kb import ActorKB, builtin_people_path, fold_name

FIELDS = ("name", "aliases", "country", "sector", "valid_from", "valid_to")
ALIAS_SEPARATOR = ";"
_CODE = re.compile(r"[A-Za-z]{3}")
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_NULL_TAG = "tag:yaml.org,2002:null"

Value = str | tuple[str, ...]


@dataclass(frozen=True)
class _Row:
    """One record of an actor file: its first line and each field's (line, value)."""

    line: int
    fields: Mapping[str, tuple[int, Value]]


# --------------------------------------------------------------------------- reading


def load_actor_files(paths: Sequence[str], kb: ActorKB) -> tuple[ActorFile, ...]:
    """Read and check every actor file, in the order given.

    Raises:
        ConfigError: NE502 (file unreadable) or NE503 (bad row), naming file and line.
    """
    return tuple(load_actor_file(path, kb) for path in paths)


def load_builtin_people(kb: ActorKB) -> ActorFile:
    """The packaged ``data/actors_people.csv``: heads of state and government, IGO leaders
    and other well-known political figures with their terms, in the actor-file format.

    Unlike user rows, these rows also match outside their terms (the person's nationality)
    and under spelling variants; see ``newsevents.resolve.kb``."""
    return load_actor_file(builtin_people_path(), kb)


def load_actor_file(path: str, kb: ActorKB) -> ActorFile:
    """One actor file's checked rows; their ``origin`` is the file's absolute path.

    Error messages name the file as given.
    """
    data = _read_bytes(path)
    text = _decode(data, path)
    suffix = Path(path).suffix.lower()
    rows = _csv_rows(text, path) if suffix == ".csv" else _yaml_rows(text, path)
    origin = str(Path(path).resolve())
    actors = tuple(_actor(row, path, origin, kb) for row in rows)
    _check_overlaps(actors, path)
    return ActorFile(origin, hashlib.sha256(data).hexdigest(), actors)


def _read_bytes(path: str) -> bytes:
    suffix = Path(path).suffix.lower()
    if suffix not in (".csv", ".yaml", ".yml"):
        raise ConfigError(
            "NE502", f"{path}: unsupported actor file type {suffix or '(none)'!r}; "
            "use a .csv, .yaml or .yml file")
    try:
        return Path(path).read_bytes()
    except OSError as err:
        raise ConfigError(
            "NE502", f"{path}: cannot read the actor file ({err.strerror or err}); "
            "check the --actors path") from err


def _decode(data: bytes, path: str) -> str:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        line = data[: err.start].count(b"\n") + 1
        raise ConfigError(
            "NE502", f"{path}:{line}: the actor file is not UTF-8 text; save it as UTF-8") from err


def _csv_rows(text: str, path: str) -> list[_Row]:
    """Rows of a CSV actor file keyed by its header."""
    reader = csv.reader(io.StringIO(text, newline=""))
    header: list[str] | None = None
    rows: list[_Row] = []
    while True:
        line = reader.line_num + 1
        try:
            cells = next(reader, None)
        except csv.Error as err:
            raise ConfigError("NE502", f"{path}:{line}: invalid CSV: {err}") from err
        if cells is None:
            return rows
        if not any(cell.strip() for cell in cells) or cells[0].lstrip().startswith("#"):
            continue
        if header is None:
            header = _csv_header(cells, path, line)
            continue
        rows.append(_csv_row(header, cells, path, line))


def _csv_header(cells: list[str], path: str, line: int) -> list[str]:
    header = [cell.strip().lower() for cell in cells]
    for name in header:
        _check_field(name, path, line)
    if "name" not in header:
        raise ConfigError(
            "NE503", f"{path}:{line}: the header has no 'name' column; "
            f"the first row must name the columns ({', '.join(FIELDS)})")
    return header


def _csv_row(header: list[str], cells: list[str], path: str, line: int) -> _Row:
    if len(cells) > len(header):
        raise ConfigError(
            "NE503", f"{path}:{line}: the row has {len(cells)} fields but the header has "
            f"{len(header)}; quote values that contain commas")
    values = [cell.strip() for cell in cells] + [""] * (len(header) - len(cells))
    return _Row(line, {name: (line, value) for name, value in zip(header, values, strict=True)})


def _yaml_rows(text: str, path: str) -> list[_Row]:
    """Rows of a YAML actor file: a list of mappings, or one under ``actors``."""
    try:
        root = yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.YAMLError as err:
        mark = getattr(err, "problem_mark", None)
        line = f":{mark.line + 1}" if mark is not None else ""
        problem = getattr(err, "problem", None) or str(err)
        raise ConfigError("NE502", f"{path}{line}: invalid YAML: {problem}") from err
    if root is None:
        return []
    items = _yaml_list(root, path)
    return [_yaml_row(item, path) for item in items]


def _yaml_list(root: yaml.Node, path: str) -> list[yaml.Node]:
    if isinstance(root, yaml.MappingNode) and [_scalar(k) for k, _ in root.value] == ["actors"]:
        root = root.value[0][1]
    if not isinstance(root, yaml.SequenceNode):
        raise ConfigError(
            "NE503", f"{path}:{root.start_mark.line + 1}: expected a list of actors "
            "(lines starting with '- name: ...'), optionally under 'actors:'")
    return list(root.value)


def _yaml_row(node: yaml.Node, path: str) -> _Row:
    line = node.start_mark.line + 1
    if not isinstance(node, yaml.MappingNode):
        raise ConfigError(
            "NE503", f"{path}:{line}: an actor must be a mapping of fields ({', '.join(FIELDS)})")
    fields: dict[str, tuple[int, Value]] = {}
    for key, value in node.value:
        name = _scalar(key).strip().lower()
        _check_field(name, path, key.start_mark.line + 1)
        fields[name] = (value.start_mark.line + 1, _yaml_value(value, name, path))
    return _Row(line, fields)


def _yaml_value(node: yaml.Node, name: str, path: str) -> Value:
    if isinstance(node, yaml.ScalarNode):
        return _scalar(node).strip()
    line = node.start_mark.line + 1
    if (name == "aliases" and isinstance(node, yaml.SequenceNode)
            and all(isinstance(item, yaml.ScalarNode) for item in node.value)):
        return tuple(_scalar(item).strip() for item in node.value)
    raise ConfigError(
        "NE503", f"{path}:{line}: field '{name}' must be a single value"
        + (" or a list of names" if name == "aliases" else ""))


def _scalar(node: yaml.Node) -> str:
    if not isinstance(node, yaml.ScalarNode) or node.tag == _NULL_TAG:
        return ""
    return str(node.value)


def _check_field(name: str, path: str, line: int) -> None:
    if name not in FIELDS:
        raise ConfigError(
            "NE503", f"{path}:{line}: unknown field {name!r}; the fields are {', '.join(FIELDS)}")


# --------------------------------------------------------------------------- checking


def _actor(row: _Row, path: str, origin: str, kb: ActorKB) -> UserActor:
    name = _text(row, "name")
    if not fold_name(name):
        raise _row_error(path, _line(row, "name"), "has no name; every actor needs a 'name'")
    country = _code(row, "country", path, kb.knows_country,
                    "is not an ISO 3166 alpha-3 country code (e.g. IND, USA) or a known IGO code")
    sector = _code(row, "sector", path, kb.knows_sector,
                   f"is not a sector code; use one of {' '.join(kb.sector_codes())}")
    if country is None and sector is None:
        raise _row_error(path, row.line, f"{name!r} needs a country or a sector")
    valid_from, valid_to = _date(row, "valid_from", path), _date(row, "valid_to", path)
    if valid_from and valid_to and valid_from > valid_to:
        raise _row_error(path, _line(row, "valid_to"),
                         f"valid_to {valid_to} is before valid_from {valid_from}")
    return UserActor(name, _aliases(row), country, sector, valid_from, valid_to, origin, row.line)


def _text(row: _Row, field: str) -> str:
    value = row.fields.get(field, (row.line, ""))[1]
    return value if isinstance(value, str) else ALIAS_SEPARATOR.join(value)


def _line(row: _Row, field: str) -> int:
    return row.fields.get(field, (row.line, ""))[0]


def _aliases(row: _Row) -> tuple[str, ...]:
    value = row.fields.get("aliases", (row.line, ""))[1]
    names = value.split(ALIAS_SEPARATOR) if isinstance(value, str) else value
    return tuple(dict.fromkeys(name.strip() for name in names if fold_name(name)))


def _code(row: _Row, field: str, path: str, known: Callable[[str], bool],
          problem: str) -> str | None:
    value = _text(row, field).upper()
    if not value:
        return None
    if not (_CODE.fullmatch(value) and known(value)):
        raise _row_error(path, _line(row, field), f"{field} {_text(row, field)!r} {problem}")
    return value


def _date(row: _Row, field: str, path: str) -> date | None:
    value = _text(row, field)
    if not value:
        return None
    try:
        if _ISO_DATE.fullmatch(value):
            return date.fromisoformat(value)
    except ValueError:
        pass
    raise _row_error(path, _line(row, field),
                     f"{field} {value!r} is not a date; write it as YYYY-MM-DD")


def _row_error(path: str, line: int, problem: str) -> ConfigError:
    return ConfigError("NE503", f"{path}:{line}: {problem}")


def _overlap(a: UserActor, b: UserActor) -> bool:
    return (a.valid_to is None or b.valid_from is None or b.valid_from <= a.valid_to) and (
        b.valid_to is None or a.valid_from is None or a.valid_from <= b.valid_to)


def _check_overlaps(actors: Sequence[UserActor], path: str) -> None:
    """One name (or alias) may appear in several rows of a file only for disjoint dates."""
    seen: dict[tuple[str, ...], list[UserActor]] = {}
    for actor in actors:
        for key in dict.fromkeys(fold_name(n) for n in (actor.name, *actor.aliases)):
            for earlier in seen.get(key, []):
                if _overlap(earlier, actor):
                    raise _row_error(
                        path, actor.line,
                        f"{' '.join(key)!r} is already listed on line {earlier.line} for "
                        "overlapping dates; merge the rows or give them valid_from/valid_to "
                        "dates that do not overlap")
            seen.setdefault(key, []).append(actor)
