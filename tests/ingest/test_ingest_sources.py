"""Folders are read recursively and deterministically; nothing is silently skipped."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

from newsevents.ingest import read_paths
from newsevents.ingest.sources import suffix_of
from newsevents.models import Article, Reject

TEXT = "The Grand Duchy of Fenwick signed a fishing accord with Ruritania on Tuesday."


def build_tree(root: Path) -> None:
    """Create a small corpus folder with nested, hidden and unsupported files."""
    (root / "b" / "deep").mkdir(parents=True)
    (root / ".hidden").mkdir()
    (root / "a.txt").write_text(f"date 2016-01-01 {TEXT}", encoding="utf-8")
    (root / "b" / "deep" / "c.jsonl").write_text(
        json.dumps({"id": "c1", "date": "2016-01-02", "text": TEXT}) + "\n", encoding="utf-8"
    )
    (root / "b" / "notes.md").write_text("# notes", encoding="utf-8")
    (root / "b" / ".DS_Store").write_bytes(b"\x00\x01")
    (root / ".hidden" / "d.txt").write_text(f"date 2016-01-03 {TEXT}", encoding="utf-8")
    (root / "z.csv").write_text(f'date,text\n2016-01-04,"{TEXT}"\n', encoding="utf-8")


def test_folder_recursion_is_sorted_and_skips_hidden(tmp_path: Path) -> None:
    build_tree(tmp_path)
    records = list(read_paths([tmp_path]))
    assert [r.origin for r in records] == [
        str(tmp_path / "a.txt"),
        f"{tmp_path / 'b' / 'deep' / 'c.jsonl'}:1",
        str(tmp_path / "b" / "notes.md"),
        f"{tmp_path / 'z.csv'}:2",
    ]
    assert [getattr(r, "code", "ok") for r in records] == ["ok", "ok", "NE111", "ok"]
    assert records == list(read_paths([tmp_path]))


def test_mixed_files_and_folders_and_single_string(tmp_path: Path) -> None:
    build_tree(tmp_path)
    single = list(read_paths(str(tmp_path / "a.txt")))  # type: ignore[arg-type]
    assert len(single) == 1 and isinstance(single[0], Article)
    both = list(read_paths([tmp_path / "z.csv", str(tmp_path / "b")]))
    assert [type(r).__name__ for r in both] == ["Article", "Article", "Reject"]


def test_explicit_hidden_file_is_read(tmp_path: Path) -> None:
    path = tmp_path / ".note.txt"
    path.write_text(TEXT, encoding="utf-8")
    (art,) = read_paths([path], default_date=date(2016, 2, 2))
    assert isinstance(art, Article)


def test_symlink_loop_terminates(tmp_path: Path) -> None:
    build_tree(tmp_path)
    (tmp_path / "b" / "loop").symlink_to(tmp_path)
    records = list(read_paths([tmp_path]))
    assert len(records) == 4


def test_empty_folder_and_missing_path(tmp_path: Path) -> None:
    (tmp_path / "empty").mkdir()
    records = list(read_paths([tmp_path / "empty", tmp_path / "missing"]))
    assert len(records) == 1 and isinstance(records[0], Reject) and records[0].code == "NE110"


def test_suffixes() -> None:
    assert suffix_of(Path("A.JSONL.GZ")) == ".jsonl.gz"
    assert suffix_of(Path("x.tar.gz")) == ".tar.gz"
    assert suffix_of(Path("README")) == ""
