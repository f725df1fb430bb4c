"""Every kind of bad input becomes a coded Reject, and good records beside it still come through."""

from __future__ import annotations

import gzip
import json
import tracemalloc
from pathlib import Path

import pytest

from newsevents.ingest import read_paths, streams
from newsevents.ingest.common import RAW_CAP
from newsevents.models import Article, Reject

TEXT = "Delegates from Atlantis walked out of the summit in Freedonia on Sunday."


def line(**fields: object) -> str:
    """Return one JSON line with ``fields``."""
    return json.dumps(fields)


def good(n: int = 1) -> str:
    """Return a valid JSON line, distinct for each ``n``."""
    return line(id=f"g{n}", date="2015-06-07", text=f"{TEXT} ({n})")


def read_one_bad(tmp_path: Path, bad: bytes | str, name: str = "x.jsonl") -> Reject:
    """Write ``bad`` between two good lines; check both good ones survive; return the reject."""
    payload = bad.encode("utf-8") if isinstance(bad, str) else bad
    path = tmp_path / name
    path.write_bytes(good(1).encode() + b"\n" + payload + b"\n" + good(2).encode() + b"\n")
    records = list(read_paths([path]))
    assert [r.id for r in records if isinstance(r, Article)] == ["g1", "g2"]
    (rej,) = [r for r in records if isinstance(r, Reject)]
    assert (rej.origin, rej.line) == (str(path), 2)
    assert rej.reason.startswith(f"{rej.code}: line 2 of {path}")
    return rej


def test_invalid_json_line(tmp_path: Path) -> None:
    rej = read_one_bad(tmp_path, '{"date": "2015-06-07" "text": "x"}')
    assert (
        rej.code == "NE105" and "not valid JSON (Expecting ',' delimiter at col 23)" in rej.reason
    )
    assert rej.raw == b'{"date": "2015-06-07" "text": "x"}'


@pytest.mark.parametrize(
    ("bad", "code"),
    [
        ("[1, 2]", "NE108"),
        ('"just a string"', "NE108"),
        (line(date="2015-06-07", body=TEXT), "NE108"),
        (line(date="2015-06-07", text=None), "NE103"),
        (line(date="2015-06-07", text=["a"]), "NE108"),
    ],
)
def test_not_an_object_or_no_text(tmp_path: Path, bad: str, code: str) -> None:
    assert read_one_bad(tmp_path, bad).code == code


def test_missing_date(tmp_path: Path) -> None:
    rej = read_one_bad(tmp_path, line(text=TEXT))
    assert rej.code == "NE101" and "pass --date" in rej.reason


@pytest.mark.parametrize(
    "day",
    [
        "2020-02-31",
        "0000-01-01",
        "garbage",
        "2020-13-01",
        "1799-12-31",
        "2999-01-01",
        "2020-01-01Tnonsense",
        20200101,
    ],
)
def test_impossible_dates(tmp_path: Path, day: object) -> None:
    assert read_one_bad(tmp_path, line(date=day, text=TEXT)).code == "NE102"


@pytest.mark.parametrize("text", ["", "   \n\t  "])
def test_empty_text(tmp_path: Path, text: str) -> None:
    assert read_one_bad(tmp_path, line(date="2015-06-07", text=text)).code == "NE103"


def test_undecodable_bytes_are_not_guessed_as_latin1(tmp_path: Path) -> None:
    rej = read_one_bad(tmp_path, b'{"date": "2015-06-07", "text": "Caf\xe9 talks"}')
    assert rej.code == "NE104" and "not valid UTF-8 (byte 0xe9" in rej.reason
    assert rej.raw.endswith(b'Caf\xe9 talks"}')


def test_lone_surrogate_escape_is_ne104(tmp_path: Path) -> None:
    assert (
        read_one_bad(tmp_path, '{"date": "2015-06-07", "text": "bad \\ud800 escape"}').code
        == "NE104"
    )


def test_huge_article_is_rejected_with_capped_raw(tmp_path: Path) -> None:
    huge = line(date="2015-06-07", text="word " * 4_000_000)  # about 20 MB on one line
    rej = read_one_bad(tmp_path, huge)
    assert rej.code == "NE106" and "20,000,0" in rej.reason and "5,242,880" in rej.reason
    assert len(rej.raw) == RAW_CAP and huge.encode().startswith(rej.raw)


def test_huge_line_memory_stays_bounded(tmp_path: Path) -> None:
    path = tmp_path / "huge.jsonl.gz"
    with gzip.open(path, "wb", compresslevel=1) as out:
        out.write(b'{"date": "2015-06-07", "text": "')
        for _ in range(20):
            out.write(b"word " * 200_000)  # 1 MB at a time: 20 MB in all
        out.write(b'"}\n' + good(1).encode())
    tracemalloc.start()
    records = list(read_paths([path]))
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    assert [getattr(r, "code", "ok") for r in records] == ["NE106", "ok"]
    assert peak < 16 * 1024 * 1024, f"peak {peak:,} bytes"


def test_small_max_bytes(tmp_path: Path) -> None:
    path = tmp_path / "x.jsonl"
    path.write_text(good(1) + "\n" + line(date="2015-06-07", text="short") + "\n", encoding="utf-8")
    codes = [getattr(r, "code", "ok") for r in read_paths([path], max_bytes=60)]
    assert codes == ["NE106", "ok"]


def test_huge_txt_is_rejected(tmp_path: Path) -> None:
    path = tmp_path / "big.txt"
    path.write_text("date 2015-06-07 " + "word " * 1_100_000, encoding="utf-8")
    (rej,) = read_paths([path], max_bytes=1_000_000)
    assert isinstance(rej, Reject) and rej.code == "NE106" and len(rej.raw) == RAW_CAP


@pytest.mark.parametrize("name", ["pic.txt", "pic.jsonl", "pic.csv", "pic.html"])
def test_binary_file(tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
    (rej,) = read_paths([path])
    assert isinstance(rej, Reject) and rej.code == "NE107" and rej.origin == str(path)
    assert "binary" in rej.reason and rej.raw.startswith(b"\x89PNG")


def test_nul_bytes_are_binary(tmp_path: Path) -> None:
    path = tmp_path / "nul.txt"
    path.write_bytes(b"date 2015-06-07 text\x00with\x00nuls")
    (rej,) = read_paths([path])
    assert isinstance(rej, Reject) and rej.code == "NE107"


def test_truncated_gzip_keeps_records_read_before(tmp_path: Path) -> None:
    body = "".join(good(n) + "\n" for n in range(1, 2001)).encode()
    blob = gzip.compress(body)
    path = tmp_path / "cut.jsonl.gz"
    path.write_bytes(blob[: len(blob) * 3 // 4])
    records = list(read_paths([path]))
    *arts, rej = records
    assert arts and all(isinstance(a, Article) for a in arts)
    assert isinstance(rej, Reject) and rej.code == "NE110" and "truncated" in rej.reason
    assert rej.line == len(arts) + 1 and "records before it were kept" in rej.reason


def test_corrupt_or_fake_gzip(tmp_path: Path) -> None:
    path = tmp_path / "fake.jsonl.gz"
    path.write_text(good(1), encoding="utf-8")
    (rej,) = read_paths([path])
    assert isinstance(rej, Reject) and rej.code == "NE110" and "gzip" in rej.reason


def test_missing_file(tmp_path: Path) -> None:
    (rej,) = read_paths([tmp_path / "nope.jsonl"])
    assert isinstance(rej, Reject) and rej.code == "NE110" and "does not exist" in rej.reason


def test_unreadable_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "locked.jsonl"
    path.write_text(good(1), encoding="utf-8")

    def refuse(opened: Path) -> None:
        raise PermissionError(13, "Permission denied", str(opened))

    monkeypatch.setattr(streams, "_open", refuse)
    (rej,) = read_paths([path])
    assert isinstance(rej, Reject) and rej.code == "NE110" and "permission denied" in rej.reason


def test_csv_wrong_column_count(tmp_path: Path) -> None:
    path = tmp_path / "x.csv"
    path.write_text(
        f"id,date,text\nc1,2015-06-07,{TEXT}\nc2,2015-06-07,Talks, in two fields\n"
        f'c3,2015-06-07,"unclosed\n',
        encoding="utf-8",
    )
    art, wrong, unclosed = read_paths([path])
    assert isinstance(art, Article) and art.id == "c1"
    assert (
        isinstance(wrong, Reject)
        and wrong.code == "NE109"
        and (wrong.origin, wrong.line) == (str(path), 3)
    )
    assert "has 4 fields but the header has 3" in wrong.reason
    assert isinstance(unclosed, Reject) and unclosed.code == "NE109" and unclosed.line == 4


def test_csv_without_text_column(tmp_path: Path) -> None:
    path = tmp_path / "x.csv"
    path.write_text("id,date,body\nc1,2015-06-07,hello\n", encoding="utf-8")
    (rej,) = read_paths([path])
    assert isinstance(rej, Reject) and rej.code == "NE109" and 'no "text" column' in rej.reason


def test_csv_bad_rows_next_to_good(tmp_path: Path) -> None:
    path = tmp_path / "x.csv"
    path.write_bytes(
        b"date,text\n2015-06-07,ok one\n,no date\n2015-02-30,bad day\n"
        b"2015-06-07,\n2015-06-07,caf\xe9\n2015-06-07,ok two\n"
    )
    codes = [getattr(r, "code", "ok") for r in read_paths([path])]
    assert codes == ["ok", "NE101", "NE102", "NE103", "NE104", "ok"]


def test_unsupported_suffix(tmp_path: Path) -> None:
    path = tmp_path / "notes.docx"
    path.write_bytes(b"whatever")
    (rej,) = read_paths([path])
    assert isinstance(rej, Reject) and rej.code == "NE111" and "'.docx'" in rej.reason


def test_every_record_is_yielded_exactly_once(tmp_path: Path) -> None:
    lines = [
        good(1),
        "{not json",
        line(text=TEXT),
        "",
        line(date="2015-02-30", text=TEXT),
        line(date="2015-06-07", text=" "),
        good(2),
        "   ",
        "[]",
        good(1),
    ]
    path = tmp_path / "mixed.jsonl"
    path.write_text("\n".join(lines), encoding="utf-8")
    records = list(read_paths([path]))
    non_blank = [n for n, text in enumerate(lines, start=1) if text.strip()]
    assert [
        r.line if isinstance(r, Reject) else int(r.origin.rsplit(":", 1)[1]) for r in records
    ] == non_blank
    assert sum(isinstance(r, Article) for r in records) == 3  # duplicates are the store's job
