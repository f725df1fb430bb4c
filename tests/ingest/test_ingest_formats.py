"""Each supported input format yields the expected articles."""

from __future__ import annotations

import codecs
import gzip
import json
from datetime import date
from pathlib import Path

import pytest

from newsevents.ingest import read_paths
from newsevents.models import Article, Reject

TEXT_A = (
    "Ministers of Atlantis and Borduria met in Geneva on Monday and agreed to resume trade talks."
)
TEXT_B = "Police in Sylvania dispersed a protest outside parliament, officials said on Friday."


def articles(*paths: Path, **kwargs: object) -> list[Article]:
    """Read ``paths`` and require every record to be an article."""
    records = list(read_paths(list(paths), **kwargs))  # type: ignore[arg-type]
    assert all(isinstance(r, Article) for r in records), records
    return records  # type: ignore[return-value]


def jsonl(path: Path, *records: dict[str, object]) -> Path:
    """Write ``records`` as JSON Lines to ``path``."""
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return path


def test_reference_txt_header_gives_date_and_text(tmp_path: Path) -> None:
    path = tmp_path / "ref.txt"
    path.write_text(f" date 2020-06-23 {TEXT_A}\n", encoding="utf-8")
    (art,) = articles(path)
    assert art.date == date(2020, 6, 23)
    assert art.text == TEXT_A
    assert art.title is None and art.source is None and art.url is None
    assert art.origin == str(path)
    assert art.id.startswith("sha1:") and len(art.id) == 25


def test_reference_header_wins_over_default_date(tmp_path: Path) -> None:
    path = tmp_path / "ref.txt"
    path.write_text(f"date 2019-01-02\n\n{TEXT_A}", encoding="utf-8")
    (art,) = articles(path, default_date=date(2021, 1, 1))
    assert art.date == date(2019, 1, 2) and art.text == TEXT_A


def test_plain_txt_uses_default_date(tmp_path: Path) -> None:
    path = tmp_path / "plain.txt"
    path.write_text(TEXT_B, encoding="utf-8")
    (art,) = articles(path, default_date=date(2021, 5, 4))
    assert art.date == date(2021, 5, 4) and art.text == TEXT_B


def test_plain_txt_without_date_is_ne101(tmp_path: Path) -> None:
    path = tmp_path / "x.txt"
    path.write_text("date of the talks is unknown. " + TEXT_B, encoding="utf-8")
    (rej,) = read_paths([path])
    assert isinstance(rej, Reject) and rej.code == "NE101"
    assert (
        rej.reason == f'NE101: {path} has no date; start it with "date YYYY-MM-DD" or pass --date'
    )
    assert (rej.origin, rej.line) == (str(path), None)


def test_jsonl_fields_and_origin(tmp_path: Path) -> None:
    path = jsonl(
        tmp_path / "a.jsonl",
        {
            "id": "a-1",
            "date": "2011-02-03",
            "title": "Talks",
            "source": "wire",
            "url": "http://x.test/1",
            "text": TEXT_A,
            "topic": "ignored",
            "collection": "ignored",
        },
        {"id": 7, "date": "2011-02-04T09:30:00Z", "text": TEXT_B, "title": None},
    )
    first, second = articles(path)
    assert (first.id, first.date, first.title, first.source, first.url) == (
        "a-1",
        date(2011, 2, 3),
        "Talks",
        "wire",
        "http://x.test/1",
    )
    assert first.origin == f"{path}:1"
    assert (second.id, second.date, second.title, second.origin) == (
        "7",
        date(2011, 2, 4),
        None,
        f"{path}:2",
    )


@pytest.mark.parametrize("name", ["a.jsonl.gz", "a.ndjson", "a.ndjson.gz", "a.json", "a.json.gz"])
def test_json_lines_suffixes(tmp_path: Path, name: str) -> None:
    body = "\n".join(json.dumps({"date": "2012-01-01", "text": t}) for t in (TEXT_A, TEXT_B))
    path = tmp_path / name
    data = body.encode("utf-8")
    path.write_bytes(gzip.compress(data) if name.endswith(".gz") else data)
    assert [a.text for a in articles(path)] == [TEXT_A, TEXT_B]


def test_blank_jsonl_lines_are_not_records(tmp_path: Path) -> None:
    path = tmp_path / "a.jsonl"
    path.write_text(
        f"\n  \n{json.dumps({'date': '2012-01-01', 'text': TEXT_A})}\r\n\n", encoding="utf-8"
    )
    (art,) = articles(path)
    assert art.origin == f"{path}:3"


def test_json_array_document(tmp_path: Path) -> None:
    path = tmp_path / "doc.json"
    items = [{"date": "2012-01-01", "text": TEXT_A}, {"date": "2012-01-02", "text": ""}]
    path.write_text(json.dumps(items, indent=2), encoding="utf-8")
    art, rej = read_paths([path])
    assert isinstance(art, Article) and art.origin == f"{path}#1"
    assert isinstance(rej, Reject) and rej.code == "NE103" and rej.origin == f"{path}#2"


def test_csv_with_quoted_newlines_and_line_numbers(tmp_path: Path) -> None:
    path = tmp_path / "a.csv"
    path.write_text(
        "id,date,title,text\r\n"
        f'c1,2013-04-05,"Talks, again","{TEXT_A}\nSecond paragraph with ""quotes""."\r\n'
        f'c2,2013-04-06,,"{TEXT_B}"\r\n',
        encoding="utf-8",
    )
    first, second = articles(path)
    assert first.title == "Talks, again" and first.origin == f"{path}:2"
    assert first.text == f'{TEXT_A}\nSecond paragraph with "quotes".'
    assert (second.id, second.title, second.source, second.origin) == (
        "c2",
        None,
        None,
        f"{path}:4",
    )


def test_csv_gz_and_default_date_without_date_column(tmp_path: Path) -> None:
    path = tmp_path / "a.csv.gz"
    path.write_bytes(gzip.compress(f'Text,Source\n"{TEXT_A}",wire\n'.encode()))
    (art,) = articles(path, default_date=date(2020, 1, 1))
    assert (art.date, art.source) == (date(2020, 1, 1), "wire")


def test_html_page_with_metadata(tmp_path: Path) -> None:
    path = tmp_path / "page.html"
    path.write_text(
        "<html><head><title>Geneva talks</title>"
        '<meta property="article:published_time" content="2021-03-04"></head>'
        f"<body><article><h1>Geneva talks</h1><p>{TEXT_A}</p><p>{TEXT_B}</p></article>"
        "</body></html>",
        encoding="utf-8",
    )
    (art,) = articles(path)
    assert art.date == date(2021, 3, 4) and art.title == "Geneva talks"
    assert TEXT_A in art.text and TEXT_B in art.text and "<p>" not in art.text


def test_html_without_date_uses_default_or_rejects(tmp_path: Path) -> None:
    path = tmp_path / "page.htm"
    path.write_text(
        f"<html><body><article><p>{TEXT_A}</p></article></body></html>", encoding="utf-8"
    )
    (art,) = articles(path, default_date=date(2022, 2, 2))
    assert art.date == date(2022, 2, 2) and TEXT_A in art.text
    (rej,) = read_paths([path])
    assert isinstance(rej, Reject) and rej.code == "NE101" and "--date" in rej.reason


@pytest.mark.parametrize("bom", [codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE])
def test_byte_order_marks(tmp_path: Path, bom: bytes) -> None:
    codec = {
        codecs.BOM_UTF8: "utf-8",
        codecs.BOM_UTF16_LE: "utf-16-le",
        codecs.BOM_UTF16_BE: "utf-16-be",
    }[bom]
    line = json.dumps(
        {"date": "2014-01-01", "text": "Café talks in Zürich ended."}, ensure_ascii=False
    )
    path = tmp_path / "bom.jsonl"
    path.write_bytes(bom + (line + "\n" + line).encode(codec))
    assert [a.text for a in articles(path)] == ["Café talks in Zürich ended."] * 2
