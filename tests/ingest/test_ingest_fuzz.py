"""Fuzzed ingest (issue 7): adversarial files in every supported format.

Invariant checked on every example: no exception escapes ``read_paths``; every record
is an ``Article`` or a ``Reject`` whose code is known, whose reason starts with the code
and names the file, and which keeps the record's raw bytes when the file had any
readable bytes. Sizes stay small: ``max_bytes`` is lowered so "huge" inputs are cheap.

CI runs a bounded number of examples; set ``NEWSEVENTS_FUZZ_EXAMPLES`` (e.g. 200000) for a
long fuzz run.
"""

from __future__ import annotations

import codecs
import gzip
import json
import os
import re
import tracemalloc
import zlib
from pathlib import Path
from tempfile import TemporaryDirectory

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newsevents.errors import CODES
from newsevents.ingest import read_paths
from newsevents.ingest.common import RAW_CAP
from newsevents.models import Article, Reject

SMALL = 4096
"""The record size limit used by the fuzz tests (bytes)."""

EXAMPLES = int(os.environ.get("NEWSEVENTS_FUZZ_EXAMPLES", "150"))
FUZZ = settings(max_examples=EXAMPLES, deadline=None,
                suppress_health_check=[HealthCheck.too_slow])
FORMATS = [".jsonl", ".jsonl.gz", ".ndjson", ".json", ".json.gz", ".csv", ".csv.gz", ".txt",
           ".txt.gz", ".html", ".htm"]
DATES = ["2020-06-23", "2020-6-3", "2020-02-30", "0000-01-01", "9999-12-31", "1799-12-31",
         "2020-06-23T25:00:00", "2020-06-23T10:00:00+05:30", "2020-06-23 10:00", "23/06/2020",
         "June 23, 2020", "2020-W26", "", " ", "\u0662\u0660\u0662\u0660-06-23", "2020-06-23x",
         "2020-06-23\x00", "99999-01-01", "-2020-01-01"]
WORDS = ["Talks resumed in Geneva.", "caf\u00e9", "\u202eevil", "\ufeff", "\x00", "\ud7ff",
         "\U0001f600", "\r\n", "\r", "a,b", '"q"', "<script>x</script>", "\u2028"]


def _json_value(depth: int) -> st.SearchStrategy[object]:
    scalars = st.one_of(st.none(), st.booleans(), st.integers(), st.text(max_size=8),
                        st.sampled_from(DATES))
    if depth == 0:
        return scalars
    inner = _json_value(depth - 1)
    return st.one_of(scalars, st.lists(inner, max_size=3),
                     st.dictionaries(st.sampled_from(["id", "date", "text", "title", "x"]),
                                     inner, max_size=4))


def _nested(depth: int, kind: str) -> bytes:
    return (("[" * depth + "]" * depth) if kind == "[" else ('{"a":' * depth + "1" + "}" * depth)
            ).encode()


article_obj = st.fixed_dictionaries(
    {"text": st.one_of(st.sampled_from(WORDS), st.text(max_size=30))},
    optional={"date": st.one_of(st.sampled_from(DATES), st.integers(), st.none()),
              "id": st.one_of(st.text(max_size=6), st.integers(), st.booleans(),
                              st.lists(st.integers(), max_size=2)),
              "title": _json_value(1)},
)


def _encode(text: str, how: str) -> bytes:
    if how == "utf-8":
        return text.encode("utf-8", "surrogatepass")
    if how == "bom8":
        return codecs.BOM_UTF8 + text.encode("utf-8", "surrogatepass")
    if how == "utf-16":
        return text.encode("utf-16", "surrogatepass")
    return text.encode("latin-1", "replace")


json_line = st.one_of(
    article_obj.map(lambda o: json.dumps(o, ensure_ascii=False)),
    article_obj.map(json.dumps),
    _json_value(2).map(json.dumps),
    st.sampled_from(['{"text": "x", "date": "2020-01-01"', "[", "{", "}", "null", '"s"',
                     '{"text": "\\ud800", "date": "2020-01-01"}', "NaN", "1e999"]),
)
csv_row = st.lists(st.one_of(st.sampled_from(DATES + WORDS), st.text(max_size=10)),
                   max_size=6).map(lambda cells: ",".join(cells))
csv_header = st.sampled_from(["id,date,text", "text,date", "date", "TEXT , Date", '"text,date',
                              "text,text", ""])
html_doc = st.tuples(st.sampled_from(DATES), st.text(max_size=40),
                     st.integers(min_value=0, max_value=3 * SMALL),
                     st.sampled_from(["utf-8", "iso-8859-1", "bogus-charset", ""])).map(
    lambda t: (
        f'<html><head><meta charset="{t[3]}"><meta property="article:published_time" '
        f'content="{t[0]}"><title>T</title></head><body data-x="{"a" * t[2]}">'
        f"<script>while(1){{}}</script><style>p{{}}</style><p>{t[1]}</p>"
        "<iframe src=javascript:alert(1)></iframe></body></html>"
    )
)

text_body = st.one_of(
    st.lists(json_line, max_size=6).map("\n".join),
    st.tuples(csv_header, st.lists(csv_row, max_size=5)).map(lambda t: "\n".join([t[0], *t[1]])),
    html_doc,
    st.tuples(st.sampled_from(["date ", "date: ", "Date ", ""]), st.sampled_from(DATES),
              st.text(max_size=40)).map(lambda t: f"{t[0]}{t[1]} {t[2]}"),
)

content = st.one_of(
    st.binary(max_size=200),
    st.tuples(text_body, st.sampled_from(["utf-8", "bom8", "utf-16", "latin-1"])).map(
        lambda t: _encode(*t)
    ),
    st.tuples(st.integers(min_value=SMALL - 2, max_value=3 * SMALL),
              st.sampled_from([b"a", b"\n", b'"', b"{", b"\x00", b"\xff", b" "])).map(
        lambda t: t[1] * t[0]
    ),
    st.tuples(st.integers(min_value=1, max_value=3000), st.sampled_from(["[", "{"])).map(
        lambda t: _nested(*t)
    ),
    st.lists(st.sampled_from([b"\r\n", b"\x00", b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff",
                              b'{"text":"a","date":"2020-01-01"}', b"\n", b"\xc3", b"\x1f\x8b"]),
             max_size=10).map(b"".join),
)


def _write(folder: Path, name: str, data: bytes, truncate: int | None) -> Path:
    path = folder / name
    if name.endswith(".gz"):
        packed = gzip.compress(data)
        if truncate is not None:
            packed = packed[: truncate % max(1, len(packed))]
        path.write_bytes(packed)
    else:
        path.write_bytes(data)
    return path


def check_records(records: list[Article | Reject], files: list[Path], sizes: dict[str, int]
                  ) -> None:
    """The invariant: typed records, coded reasons naming the file, raw bytes kept."""
    for record in records:
        assert isinstance(record, (Article, Reject)), record
        if isinstance(record, Article):
            assert record.text.strip() and record.id and record.origin
            record.text.encode("utf-8")  # storable
            continue
        assert record.code in CODES and record.code.startswith("NE1"), record
        assert record.reason.startswith(record.code + ": "), record
        named = [f for f in files if str(f) in record.reason or str(f) in record.origin]
        assert named, f"reason names no input file: {record.reason!r}"
        assert str(named[0]) in record.reason, record.reason
        assert len(record.raw) <= RAW_CAP
        if record.code not in ("NE110", "NE111", "NE104", "NE103") and sizes[str(named[0])]:
            assert record.raw, f"{record.code} reject kept no raw bytes: {record.reason!r}"


@FUZZ
@given(content, st.sampled_from(FORMATS), st.one_of(st.none(), st.integers(0, 400)),
       st.booleans())
def test_fuzz_every_format_never_raises(data: bytes, suffix: str, truncate: int | None,
                                        default: bool) -> None:
    from datetime import date

    with TemporaryDirectory() as tmp:
        path = _write(Path(tmp), "in" + suffix, data, truncate)
        records = list(read_paths([path], max_bytes=SMALL,
                                  default_date=date(2020, 1, 1) if default else None))
        check_records(records, [path], {str(path): path.stat().st_size})
    if suffix in (".txt", ".txt.gz", ".html", ".htm"):
        assert len(records) == 1


@settings(max_examples=max(15, EXAMPLES // 10), deadline=None,
          suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.tuples(content, st.sampled_from([*FORMATS, ".pdf", ""])), min_size=1,
                max_size=6))
def test_fuzz_folders_never_raise(files: list[tuple[bytes, str]]) -> None:
    with TemporaryDirectory() as tmp:
        root = Path(tmp) / "in"
        (root / "sub" / ".hidden").mkdir(parents=True)
        (root / "sub" / ".hidden" / "x.jsonl").write_text("{")
        paths = []
        for number, (data, suffix) in enumerate(files):
            folder = root / "sub" if number % 2 else root
            paths.append(_write(folder, f"f{number}{suffix}", data, None))
        sizes = {str(p): p.stat().st_size for p in paths}
        records = list(read_paths([root], max_bytes=SMALL))
        check_records(records, paths, sizes)
    assert not any(".hidden" in getattr(r, "origin", "") for r in records)


def _bomb(suffix: str, size: int, filler: bytes) -> bytes:
    """A small gzip file that expands to ``size`` bytes of ``filler``."""
    body = filler * (size // len(filler))
    if suffix.startswith(".csv"):
        body = b"id,date,text\n" + body
    compressor = zlib.compressobj(9, zlib.DEFLATED, 31)
    return compressor.compress(body) + compressor.flush()


def test_gzip_bomb_is_rejected_with_bounded_memory(tmp_path: Path) -> None:
    size = 40 * 1024 * 1024  # 40 MB expanded, ~40 KB on disk
    for suffix in (".jsonl.gz", ".json.gz", ".csv.gz", ".txt.gz"):
        path = tmp_path / ("bomb" + suffix)
        path.write_bytes(_bomb(suffix, size, b"A"))
        assert path.stat().st_size < size // 500
        tracemalloc.start()
        try:
            records = list(read_paths([path], max_bytes=64 * 1024))
            peak = tracemalloc.get_traced_memory()[1]
        finally:
            tracemalloc.stop()
        assert peak < 8 * 1024 * 1024, f"{suffix}: peak {peak:,} bytes"
        assert len(records) == 1 and isinstance(records[0], Reject), records
        assert str(path) in records[0].reason
        if suffix == ".txt.gz":  # whole-file: over the record limit before the bomb guard
            assert records[0].code == "NE106" and 0 < len(records[0].raw) <= RAW_CAP
        else:  # line formats: cut off by the expansion-ratio guard
            assert records[0].code == "NE110" and "decompression bomb" in records[0].reason


def test_newline_bomb_is_cut_off_before_its_end(tmp_path: Path) -> None:
    """10 M blank lines are never all read: the expansion guard stops the reader early (the
    reject says how far it got), which bounds the cost without timing anything."""
    size = 10 * 1024 * 1024
    path = tmp_path / "blank.jsonl.gz"
    path.write_bytes(_bomb(".jsonl.gz", size, b"\n"))
    (reject,) = read_paths([path])
    assert isinstance(reject, Reject) and reject.code == "NE110", reject
    assert "decompression bomb" in reject.reason, reject.reason
    found = re.search(r"expands to over ([\d,]+) bytes", reject.reason)
    assert found is not None, reject.reason
    assert int(found.group(1).replace(",", "")) < size // 2


def test_large_real_archive_is_not_taken_for_a_bomb(tmp_path: Path) -> None:
    lines = [json.dumps({"id": f"a{i}", "date": "2020-01-01", "text": f"Item {i} " * 40})
             for i in range(8000)]  # ~3.7 MB, ~50 times smaller gzipped
    path = tmp_path / "big.jsonl.gz"
    path.write_bytes(gzip.compress("\n".join(lines).encode()))
    records = list(read_paths([path]))
    assert len(records) == 8000 and all(isinstance(r, Article) for r in records)


def test_truncated_gzip_keeps_records_before_the_break(tmp_path: Path) -> None:
    lines = [json.dumps({"id": f"a{i}", "date": "2020-01-01", "text": f"Item {i} " * 40})
             for i in range(200)]
    packed = gzip.compress("\n".join(lines).encode())
    path = tmp_path / "cut.jsonl.gz"
    path.write_bytes(packed[: len(packed) * 2 // 3])
    records = list(read_paths([path]))
    articles = [r for r in records if isinstance(r, Article)]
    rejects = [r for r in records if isinstance(r, Reject)]
    assert articles and len(rejects) == 1 and rejects[0].code == "NE110"
    assert str(path) in rejects[0].reason and "truncated" in rejects[0].reason


def test_long_single_line_is_cheap_and_rejected(tmp_path: Path) -> None:
    path = tmp_path / "long.jsonl"
    big = json.dumps({"date": "2020-01-01", "text": "word " * 400_000})  # ~2 MB, one line
    path.write_text(big + "\n" + json.dumps({"date": "2020-01-01", "text": "ok"}) + "\n")
    records = list(read_paths([path], max_bytes=100_000))
    assert [type(r).__name__ for r in records] == ["Reject", "Article"]
    assert records[0].code == "NE106" and len(records[0].raw) == RAW_CAP  # type: ignore[union-attr]


def test_deeply_nested_json_is_a_coded_reject(tmp_path: Path) -> None:
    for kind in ("[", "{"):
        for name in ("deep.jsonl", "deep.json"):
            path = tmp_path / name
            path.write_bytes(_nested(150_000, kind))
            records = list(read_paths([path], max_bytes=2_000_000))
            assert len(records) == 1 and isinstance(records[0], Reject), records
            assert records[0].code in ("NE105", "NE108"), records[0].reason
            assert records[0].raw, records[0].reason


def test_stray_nul_rejects_its_line_not_the_file(tmp_path: Path) -> None:
    good = json.dumps({"date": "2020-01-01", "text": "Talks resumed."})
    path = tmp_path / "nul.jsonl"
    path.write_bytes(f"{good}\n".encode() + b'{"text": "a\x00b"}\n' + f"{good} \n".encode())
    records = list(read_paths([path]))
    assert [type(r).__name__ for r in records] == ["Article", "Reject", "Article"]
    assert records[1].code == "NE105" and records[1].raw  # type: ignore[union-attr]
    for data in (b"\x00\x01\x02" * 100, "UTF-16 without a mark".encode("utf-16-le"),
                 b"\x89PNG\r\n\x1a\n"):
        path.write_bytes(data)
        assert [getattr(r, "code", "") for r in read_paths([path])] == ["NE107"]


def test_unparsable_json_document_keeps_its_bytes(tmp_path: Path) -> None:
    path = tmp_path / "doc.json"
    path.write_text('[{"date": "2020-01-01", "text": "a"},\n oops]')
    (reject,) = read_paths([path])
    assert isinstance(reject, Reject) and reject.code == "NE105"
    assert reject.raw == path.read_bytes()
