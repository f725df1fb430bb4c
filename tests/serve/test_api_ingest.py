"""``POST /api/ingest`` on a real server: the token model, upload caps, file types, names
that try to escape, and an ingest whose counts add up (rejects kept)."""

from __future__ import annotations

import gzip
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import duckdb
import httpx
import pytest

pytestmark = pytest.mark.slow  # ingests load the real spaCy model

TOKEN = "test-token-0123456789abcdef"

GOOD_TXT = (b"date 2024-06-04 Tanzania and Uganda signed a trade agreement in Arusha on "
            b"Tuesday.\n")
GOOD_RECORD = {"id": "upload-1", "date": "2024-06-05", "source": "test wire",
               "text": "Zambia accused Malawi of attacking a border post on Wednesday."}
BAD_RECORD = {"id": "upload-2", "text": "This record has no date at all."}
AUTH = {"Authorization": f"Bearer {TOKEN}"}


def _jsonl(*records: dict[str, Any]) -> bytes:
    return "".join(json.dumps(r) + "\n" for r in records).encode()


@pytest.fixture
def writable(db_copy: Path, start_server: Any) -> Iterator[tuple[str, Path]]:
    """A server with a token and small caps (4 kB, 3 files) on a private database copy."""
    with start_server(db_copy, token=TOKEN, max_upload_bytes=4096, max_upload_files=3) as url:
        yield url, db_copy


def _stats(url: str) -> dict[str, Any]:
    response = httpx.get(f"{url}/api/stats", timeout=30)
    assert response.status_code == 200
    stats: dict[str, Any] = response.json()
    return stats


def _post(url: str, **kwargs: Any) -> httpx.Response:
    return httpx.post(f"{url}/api/ingest", timeout=120, **kwargs)


def _error(response: httpx.Response, status: int, code: str) -> str:
    assert response.status_code == status, response.text
    error = response.json()["error"]
    assert error["code"] == code, error
    message: str = error["message"]
    return message


def test_no_token_configured_means_read_only(api_url: str) -> None:
    for headers in ({}, AUTH):
        response = _post(api_url, content=_jsonl(GOOD_RECORD), headers=headers)
        assert "read-only" in _error(response, 403, "NE701")
    assert _stats(api_url)["read_only"] is True


def test_missing_or_wrong_tokens_are_refused(writable: tuple[str, Path]) -> None:
    url, _ = writable
    before = _stats(url)
    body = {"content": _jsonl(GOOD_RECORD),
            "headers": {"Content-Type": "application/x-ndjson"}}
    missing = _post(url, **body)
    _error(missing, 401, "NE702")
    assert missing.headers["www-authenticate"] == "Bearer"
    for value in ("Basic " + TOKEN, "Bearer", "Bearer " + TOKEN[:-1], "Bearer " + TOKEN + "x",
                  TOKEN, "Bearer ' OR 1=1 --"):
        response = _post(url, content=body["content"],
                         headers={**body["headers"], "Authorization": value})
        assert response.status_code in (401, 403), value
        assert response.json()["error"]["code"] == "NE702"
    assert _stats(url) == before and before["read_only"] is False


def test_right_token_ingests_files_and_counts_add_up(writable: tuple[str, Path]) -> None:
    url, db = writable
    before = _stats(url)
    files = [("files", ("pact.txt", GOOD_TXT, "text/plain")),
             ("files", ("wire.jsonl.gz", gzip.compress(_jsonl(GOOD_RECORD, BAD_RECORD)),
                        "application/gzip"))]
    response = _post(url, files=files, headers=AUTH)
    assert response.status_code == 200, response.text
    summary = response.json()
    assert summary == {"read": 3, "stored": 2, "duplicate": 0, "rejected": 1}
    after = _stats(url)
    assert after["articles"] == before["articles"] + 2
    assert after["rejects"] == before["rejects"] + 1
    assert after["mentions"] > before["mentions"]
    again = _post(url, files=files[:1], headers=AUTH).json()
    assert again == {"read": 1, "stored": 0, "duplicate": 1, "rejected": 0}
    with duckdb.connect(str(db), read_only=True) as con:
        [(reason,)] = con.execute("SELECT reason FROM rejects").fetchall()
    assert "no date" in reason


def test_jsonl_body_with_a_default_date(writable: tuple[str, Path]) -> None:
    url, _ = writable
    headers = {**AUTH, "Content-Type": "application/x-ndjson"}
    response = _post(url, content=_jsonl(BAD_RECORD), headers=headers,
                     params={"date": "2024-06-06"})
    assert response.json() == {"read": 1, "stored": 1, "duplicate": 0, "rejected": 0}
    bad_date = _post(url, content=_jsonl(BAD_RECORD), headers=headers, params={"date": "soon"})
    _error(bad_date, 422, "NE401")


def test_uploads_over_the_caps_are_413(writable: tuple[str, Path]) -> None:
    url, _ = writable
    before = _stats(url)
    big = _jsonl(*[GOOD_RECORD] * 60)  # > 4 kB
    headers = {**AUTH, "Content-Type": "application/x-ndjson"}
    _error(_post(url, content=big, headers=headers), 413, "NE703")

    def chunks() -> Iterator[bytes]:  # no Content-Length: the cap applies while streaming
        yield from (big[i:i + 512] for i in range(0, len(big), 512))

    _error(_post(url, content=chunks(), headers=headers), 413, "NE703")
    files = [("files", (f"a{i}.txt", GOOD_TXT, "text/plain")) for i in range(4)]
    _error(_post(url, files=files, headers=AUTH), 413, "NE703")
    assert _stats(url) == before


@pytest.mark.parametrize("name", ["evil.exe", "notes.py", "passwd", "../../etc/passwd",
                                  "archive.zip", ".jsonl", "data.json", "x.txt.sh"])
def test_other_file_types_are_refused(writable: tuple[str, Path], name: str) -> None:
    url, _ = writable
    before = _stats(url)
    files = [("files", ("ok.txt", GOOD_TXT, "text/plain")), ("files", (name, b"x", "text/plain"))]
    _error(_post(url, files=files, headers=AUTH), 422, "NE111")
    assert _stats(url) == before, "nothing of a refused upload is ingested"


def test_bad_forms_and_content_types(writable: tuple[str, Path]) -> None:
    url, _ = writable
    _error(_post(url, files={"note": (None, "no files")}, headers=AUTH), 422, "NE704")
    _error(_post(url, content=b"<xml/>", headers={**AUTH, "Content-Type": "text/xml"}), 415,
           "NE704")
    _error(_post(url, content=b"x", headers={**AUTH, "Content-Type": "multipart/form-data"}),
           422, "NE704")


def test_uploaded_names_never_become_paths(writable: tuple[str, Path], tmp_path: Path) -> None:
    url, db = writable
    escape = tmp_path / "escaped.txt"
    names = ["../../../../../../tmp/escaped.txt", f"..\\..\\{escape}", str(escape)]
    files = [("files", (name, GOOD_TXT.replace(b"Tuesday", f"day {i}".encode()), "text/plain"))
             for i, name in enumerate(names)]
    response = _post(url, files=files, headers=AUTH)
    assert response.status_code == 200, response.text
    assert response.json()["stored"] == 3
    assert not escape.exists() and not Path("/tmp/escaped.txt").exists()
    with duckdb.connect(str(db), read_only=True) as con:
        origins = [row[0] for row in con.execute(
            "SELECT origin FROM articles WHERE origin LIKE '%upload-%'").fetchall()]
    assert len(origins) == 3
    assert all(Path(o).name.startswith("upload-000") and ".." not in o for o in origins)
