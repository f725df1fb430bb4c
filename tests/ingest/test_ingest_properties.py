"""Property tests: CSV splitting matches the csv module; any bytes keep the count invariant."""

from __future__ import annotations

import codecs
import csv
import io
from pathlib import Path
from tempfile import TemporaryDirectory

from hypothesis import example, given, settings
from hypothesis import strategies as st

from newsevents.ingest import read_paths
from newsevents.ingest.csv_format import split_row
from newsevents.ingest.streams import UTF16_BOMS, looks_binary
from newsevents.models import Article, Reject

cells = st.text(
    alphabet=st.characters(blacklist_categories=["Cs"], blacklist_characters="\r"), max_size=12
)


@given(st.lists(cells, min_size=1, max_size=6))
def test_split_row_matches_csv_module(row: list[str]) -> None:
    out = io.StringIO()
    csv.writer(out, lineterminator="\r\n").writerow(row)
    text = out.getvalue().removesuffix("\r\n")
    (expected,) = list(csv.reader(io.StringIO(text, newline=""))) or [[""]]
    assert split_row(text) == expected


line_bytes = st.one_of(
    st.binary(max_size=40).map(lambda b: b.replace(b"\n", b" ")),
    st.sampled_from(
        [
            b'{"date": "2018-01-01", "text": "Talks resumed."}',
            b"",
            b"  ",
            b"{",
            b"[]",
            b'{"text": "no date"}',
            b'{"date": "2018-02-30", "text": "x"}',
            b"\xff\xfe",
        ]
    ),
)


@settings(max_examples=60, deadline=None)
@given(st.lists(line_bytes, max_size=8), st.sampled_from(["x.jsonl", "x.csv", "x.txt"]))
@example([b"\xff\xfe", b"\x00", b"\x00"], "x.jsonl")  # a UTF-16 mark, then two blank UTF-16 lines
def test_any_bytes_every_record_once(lines: list[bytes], name: str) -> None:
    data = b"\n".join(lines)
    with TemporaryDirectory() as folder:
        path = Path(folder) / name
        path.write_bytes(data)
        records = list(read_paths([path]))
    assert all(isinstance(r, (Article, Reject)) for r in records)
    assert all(r.reason.startswith(r.code + ": ") for r in records if isinstance(r, Reject))
    if data.startswith(UTF16_BOMS):  # a byte-order mark wins over the NUL count: UTF-16 text
        _check_utf16(data, name, records)
    elif looks_binary(data):
        assert [getattr(r, "code", "") for r in records] == ["NE107"]
    elif name == "x.jsonl":
        body = data.removeprefix(codecs.BOM_UTF8)
        assert len(records) == sum(1 for raw in body.split(b"\n") if raw.strip())
    elif name == "x.txt":
        assert len(records) == 1


def _check_utf16(data: bytes, name: str, records: list[Article | Reject]) -> None:
    """A UTF-16 file is one NE104 reject when its bytes do not decode, else read as text."""
    try:
        text = data.decode("utf-16")
    except UnicodeDecodeError:
        assert any(getattr(r, "code", "") == "NE104" for r in records)
        return
    if name == "x.jsonl":
        assert len(records) == sum(1 for line in text.split("\n") if line.strip())
    elif name == "x.txt":
        assert len(records) == 1
