"""Issue 7: a folder of adversarial files through the real pipeline (slow: loads the model).

read = stored + duplicate + rejected, the store's counts match the summary, every
reject keeps a coded reason naming its file and its raw bytes, and the store passes
its integrity check; a second run stores nothing new.
"""

from __future__ import annotations

import codecs
import gzip
import json
import zlib
from pathlib import Path

import pytest

from newsevents.config import Config
from newsevents.pipeline import ingest
from newsevents.store import Store

pytestmark = pytest.mark.slow

GOOD = "Norway and Sweden signed a fishing agreement in Oslo on Monday."
LIMIT = 8192


def _folder(root: Path) -> Path:
    folder = root / "mixed"
    (folder / "deep" / "er").mkdir(parents=True)
    good = {"date": "2021-03-08", "text": GOOD}
    lines = [json.dumps({**good, "id": "j1"}), "\x00\x01", "{", "[1, 2]",
             json.dumps({"id": "j2", "date": "2021-02-30", "text": GOOD}),
             json.dumps({"id": "j3", "date": "08/03/2021", "text": GOOD}),
             json.dumps({"id": "j4", "date": "2021-03-08T10:00:00+01:00", "text": "Chile "
                         "accused Peru of spying."}),
             json.dumps({"id": "j5", "text": "No date here."}),
             json.dumps({"id": "j6", "date": "2021-03-08", "text": "x" * (2 * LIMIT)}),
             "[" * 5000 + "]" * 5000,
             json.dumps({**good, "id": "j1"})]  # a duplicate of the first line
    (folder / "a.jsonl").write_text("\n".join(lines) + "\n", "utf-8")
    (folder / "bom.jsonl").write_bytes(codecs.BOM_UTF8 + json.dumps({**good, "id": "b1"}).encode())
    (folder / "utf16.jsonl").write_bytes(json.dumps({**good, "id": "u1"}).encode("utf-16"))
    (folder / "latin1.jsonl").write_bytes(b'{"id": "l1", "date": "2021-03-08", "text": "caf\xe9"}')
    packed = gzip.compress("\n".join(json.dumps({**good, "id": f"g{i}", "text": f"{GOOD} {i}"})
                                     for i in range(300)).encode())
    (folder / "deep" / "cut.jsonl.gz").write_bytes(packed[: len(packed) // 2])
    bomb = zlib.compressobj(9, zlib.DEFLATED, 31)
    (folder / "deep" / "bomb.jsonl.gz").write_bytes(bomb.compress(b"A" * 5_000_000) + bomb.flush())
    (folder / "deep" / "er" / "rows.csv").write_text(
        "id,date,text\nc1,2021-03-08,Kenya hosted talks with Ghana.\nc2,2021-03-08\n"
        'c3,2021-03-08,"unclosed\n', "utf-8")
    (folder / "deep" / "er" / "nohead.csv").write_text("a,b\n1,2\n", "utf-8")
    (folder / "page.html").write_text(
        '<html><head><meta property="article:published_time" content="2021-03-08">'
        f'</head><body data-x="{"q" * 3000}"><script>alert(1)</script><article><p>{GOOD}</p>'
        "</article></body></html>", "utf-8")
    (folder / "ref.txt").write_text(f"date 2021-03-09 {GOOD} Again.", "utf-8")
    (folder / "plain.txt").write_text("Japan criticized Vietnam.", "utf-8")
    (folder / "nul.txt").write_bytes(b"date 2021-03-09 a\x00b")
    (folder / "empty.json").write_bytes(b"")
    (folder / "image.png").write_bytes(b"\x89PNG\r\n\x1a\n")
    (folder / "image.jsonl").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
    return folder


def test_adversarial_folder_through_the_pipeline(tmp_path: Path) -> None:
    folder = _folder(tmp_path)
    db = tmp_path / "fuzz.duckdb"
    config = Config(max_article_bytes=LIMIT, batch_size=4)
    first = ingest([folder], db, config=config)
    assert first.adds_up and first.stored > 0 and first.rejected > 0 and first.duplicate >= 1
    with Store.open(db, read_only=True) as store:
        counts = store.counts()
        rejects = store.rejects()
        report = store.check()
    assert counts["articles"] == first.stored and counts["rejects"] == first.rejected
    assert report.healthy and report.unlinked == 0, report.problems
    for reject in rejects:
        assert reject.reason.startswith(reject.code + ": ") and str(folder) in reject.reason
        assert reject.raw or reject.code in ("NE110", "NE111", "NE104", "NE103"), reject
    codes = {r.code for r in rejects}
    assert {"NE101", "NE102", "NE104", "NE105", "NE106", "NE107", "NE108", "NE109", "NE110",
            "NE111"} <= codes, codes

    again = ingest([folder], db, config=config)
    assert again.adds_up and again.stored == 0 and again.read == first.read
    assert again.duplicate == first.stored + first.duplicate
    with Store.open(db, read_only=True) as store:
        assert store.counts()["articles"] == first.stored
        assert store.check().counts["runs"] == 2
