"""Article ids: given ids are kept, others are a stable content hash."""

from __future__ import annotations

import hashlib
import json
from datetime import date
from pathlib import Path

from newsevents.ingest import content_id, read_paths
from newsevents.models import Article

TEXT = "Borduria recalled its ambassador from Syldavia after a border incident."


def ids(path: Path) -> list[str]:
    """Return the ids of the articles read from ``path``."""
    return [r.id for r in read_paths([path]) if isinstance(r, Article)]


def test_content_id_format_and_whitespace_normalisation() -> None:
    expected = "sha1:" + hashlib.sha1(f"2017-03-04\n{TEXT}".encode()).hexdigest()[:20]
    assert content_id(date(2017, 3, 4), TEXT) == expected
    assert content_id(date(2017, 3, 4), "  " + TEXT.replace(" ", " \n\t ") + "\n") == expected
    assert content_id(date(2017, 3, 5), TEXT) != expected


def test_same_article_same_id_across_formats_and_runs(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(f"date 2017-03-04\n{TEXT}\n", encoding="utf-8")
    (tmp_path / "b.jsonl").write_text(
        json.dumps({"date": "2017-03-04T10:00:00", "text": TEXT}), encoding="utf-8"
    )
    (tmp_path / "c.csv").write_text(f'date,text\n2017-03-04,"  {TEXT}"\n', encoding="utf-8")
    found = [ids(tmp_path / name) for name in ("a.txt", "b.jsonl", "c.csv")]
    assert found == [[content_id(date(2017, 3, 4), TEXT)]] * 3
    assert ids(tmp_path / "a.txt") == found[0]


def test_given_ids_are_kept_as_strings(tmp_path: Path) -> None:
    path = tmp_path / "a.jsonl"
    rows = [
        {"id": "wire/1", "date": "2017-03-04", "text": TEXT},
        {"id": 12, "date": "2017-03-04", "text": TEXT},
        {"id": "", "date": "2017-03-04", "text": TEXT},
    ]
    path.write_text("\n".join(json.dumps(r) for r in rows), encoding="utf-8")
    assert ids(path) == ["wire/1", "12", content_id(date(2017, 3, 4), TEXT)]
