"""Bad and hostile parameters: every filter of every endpoint gives a coded 422 (or 404 for
an unknown id), never a 500, and the data is intact afterwards."""

from __future__ import annotations

import base64
import json
import subprocess
import sys
import time
from pathlib import Path
from typing import Any
from urllib.parse import quote

import httpx
import pytest

from newsevents.store import Store

pytestmark = pytest.mark.slow  # the session database is built with the real spaCy model

HOSTILE = (
    "' OR 1=1 --",
    "IND'; DROP TABLE articles; --",
    "IND\" OR \"1\"=\"1",
    "1; SELECT * FROM mentions",
    "ＩＮＤ",  # full-width letters
    "इंड",
    "\u202eDNI",
    "IND\x00",
    "\x00",
    "A" * 4000,
    "%",
    "*",
    "../../etc/passwd",
    "<script>alert(1)</script>",
    "${jndi:ldap://x}",
    "-1",
    "1e9",
    "",
    " ",
)

# endpoint -> parameters that must refuse anything but a valid value (422)
STRICT = {
    "/api/events": ("source", "target", "country", "type", "since", "until", "status",
                    "polarity", "limit", "cursor", "format"),
    "/api/places": ("source", "target", "country", "type", "since", "until", "status",
                    "polarity", "limit"),
    "/api/claims": ("status", "source", "target", "type", "since", "until", "limit"),
    "/api/dyads": ("limit", "since", "until", "type"),
    "/api/timeline": ("a", "b", "by", "directed", "top", "since", "until"),
    "/api/actors": ("limit",),
}
VALID = {"/api/timeline": {"a": "IND", "b": "CHN"}}

# (endpoint, params, code, words in the message)
BAD = [
    ("/api/events", {"source": "INDIA"}, "NE401", "3-letter country code"),
    ("/api/events", {"target": "12"}, "NE401", "3-letter country code"),
    ("/api/events", {"country": "I N"}, "NE401", "3-letter country code"),
    ("/api/events", {"type": "HUG"}, "NE401", "PLOVER event type"),
    ("/api/events", {"since": "2020-13-01"}, "NE401", "YYYY-MM-DD"),
    ("/api/events", {"until": "yesterday"}, "NE401", "YYYY-MM-DD"),
    ("/api/events", {"since": "2022-01-02", "until": "2022-01-01"}, "NE401", "after"),
    ("/api/events", {"status": "asserted-ish"}, "NE401", "single_source"),
    ("/api/events", {"polarity": "neutral"}, "NE401", "positive"),
    ("/api/events", {"limit": "0"}, "NE401", "limit"),
    ("/api/events", {"limit": "ten"}, "NE401", "from 1 to 1000"),
    ("/api/events", {"limit": "5000"}, "NE401", "larger than 1000"),
    ("/api/events", {"format": "xml"}, "NE401", "json, csv, parquet"),
    ("/api/events", {"cursor": "not-a-cursor"}, "NE401", "cursor"),
    ("/api/events", {"sourse": "IND"}, "NE401", "unknown parameter"),
    ("/api/places", {"limit": "-3"}, "NE401", "limit"),
    ("/api/claims", {"status": "maybe"}, "NE401", "status"),
    ("/api/dyads", {"type": "nothing"}, "NE401", "PLOVER"),
    ("/api/timeline", {"a": "IND"}, "NE402", "two country codes"),
    ("/api/timeline", {"a": "IND", "b": "CHN", "by": "year"}, "NE402", "day, week, month"),
    ("/api/timeline", {"a": "IND", "b": "CHN", "top": "21"}, "NE402", "0 to 20"),
    ("/api/timeline", {"a": "IND", "b": "CHN", "directed": "perhaps"}, "NE402", "true or false"),
    ("/api/actors", {"name": " "}, "NE401", "non-empty"),
    ("/api/stats", {"x": "1"}, "NE401", "unknown parameter"),
]


def _cursor(raw: object) -> str:
    return base64.urlsafe_b64encode(json.dumps(raw).encode()).decode().rstrip("=")


def _snapshot(db: Path) -> tuple[Any, ...]:
    with Store.open(db, read_only=True) as store:
        return (store.counts(), store.links.counts(), sorted(store.tables()))


@pytest.fixture(scope="module")
def before(api_db: Path) -> tuple[Any, ...]:
    return _snapshot(api_db)


def _refused(response: httpx.Response, *statuses: int) -> dict[str, str]:
    assert response.status_code in statuses, (response.request.url, response.text[:300])
    error = response.json()["error"]
    assert error["code"].startswith("NE") and error["message"]
    return error


@pytest.mark.parametrize("path, params, code, words", BAD)
def test_bad_parameters_are_coded_422(api: httpx.Client, path: str, params: dict[str, str],
                                      code: str, words: str) -> None:
    error = _refused(api.get(path, params=params), 422)
    assert error["code"] == code and words in error["message"], error


@pytest.mark.parametrize("path", sorted(STRICT))
def test_hostile_values_in_every_filter_are_refused(api: httpx.Client, path: str) -> None:
    for name in STRICT[path]:
        for value in HOSTILE:
            params = {**VALID.get(path, {}), name: value}
            if name in ("cursor", "format", "by", "directed", "top") and value.strip() == "":
                params[name] = value + "x"  # an empty value means "the default" there
            _refused(api.get(path, params=params), 422)


def test_hostile_article_filters_and_ids_are_unknown(api: httpx.Client) -> None:
    for value in HOSTILE:
        if value.strip():
            for path in ("/api/events", "/api/places"):
                _refused(api.get(path, params={"article": value}), 404)
        for template in ("/api/events/{}", "/api/articles/{}"):
            if value.strip():
                _refused(api.get(template.format(quote(value, safe=""))), 404)


def test_hostile_actor_names_are_only_text(api: httpx.Client) -> None:
    for value in HOSTILE:
        response = api.get("/api/actors", params={"name": value})
        if value.strip():
            assert response.status_code == 200 and response.json() == {"actors": []}, value
        else:
            _refused(response, 422)


@pytest.mark.parametrize("raw", [
    [], ["2020-01-01"], {"a": 1}, "text", 5,
    ["2020-99-01", "2020", "a", 1, "b"],
    ["2020-01-01", "2020-01-01", "a", "1", "b"],
    ["2020-01-01", "2020-01-01", "a", True, "b"],
    ["2020-01-01", None, "a", 1, "b"],
])  # fmt: skip
def test_forged_cursors_are_refused(api: httpx.Client, raw: object) -> None:
    error = _refused(api.get("/api/events", params={"cursor": _cursor(raw)}), 422)
    assert "cursor" in error["message"]


def test_a_well_formed_forged_cursor_only_moves_the_start(api: httpx.Client) -> None:
    cursor = _cursor(["2099-01-01", "2099-01-01", "' OR 1=1 --", 0, "x"])
    assert api.get("/api/events", params={"cursor": cursor}).json()["events"] == []


def test_very_long_urls_are_refused_without_a_500(api: httpx.Client) -> None:
    response = api.get("/api/events", params={"source": "A" * 60_000})
    assert response.status_code in (400, 414, 422, 431)


def test_data_intact_after_the_attacks(api: httpx.Client, api_db: Path,
                                       before: tuple[Any, ...]) -> None:
    test_hostile_values_in_every_filter_are_refused(api, "/api/events")
    assert _snapshot(api_db) == before
    stats = api.get("/api/stats").json()
    assert stats["articles"] == before[0]["articles"] and stats["events"] == before[1]["events"]


def _held(db: Path, seconds: float) -> subprocess.Popen[str]:
    """Another process holding ``db``'s write lock for ``seconds`` (as an ingest batch does)."""
    hold = ("import duckdb, sys, time; c = duckdb.connect(sys.argv[1]); "
            "print('locked', flush=True); time.sleep(float(sys.argv[2]))")
    writer = subprocess.Popen([sys.executable, "-c", hold, str(db), str(seconds)],
                              stdout=subprocess.PIPE, text=True)
    assert writer.stdout is not None and writer.stdout.readline().strip() == "locked"
    return writer


def _timed_stats(url: str) -> tuple[httpx.Response, float]:
    started = time.monotonic()
    response = httpx.get(f"{url}/api/stats", timeout=30)
    return response, time.monotonic() - started


def test_a_database_held_by_a_writer_gives_503_then_recovers(db_copy: Path,
                                                             start_server: Any) -> None:
    with start_server(db_copy, read_wait=3.0) as url:
        with _held(db_copy, 30) as writer:
            try:
                busy, waited = _timed_stats(url)
            finally:
                writer.kill()
        assert _refused(busy, 503)["code"] == "NE303" and waited >= 2.9
        with _held(db_copy, 0.6):
            late, waited = _timed_stats(url)  # the request retries until the writer is done
        assert late.status_code == 200 and waited > 0.2, (late.text, waited)
        assert httpx.get(f"{url}/api/stats", timeout=30).status_code == 200
