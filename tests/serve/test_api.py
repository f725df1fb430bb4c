"""The read API on a real server: every endpoint and filter, pages, downloads, headers."""

from __future__ import annotations

import csv
import io
from pathlib import Path
from typing import Any

import httpx
import pytest

from newsevents.query import actors, claims, timeline
from newsevents.query.events import find_events
from newsevents.query.formats import event_to_dict
from newsevents.store import Store

pytestmark = pytest.mark.slow  # the session database is built with the real spaCy model

SECURITY = {
    "x-content-type-options": "nosniff",
    "x-frame-options": "DENY",
    "referrer-policy": "no-referrer",
}


def _json(client: httpx.Client, path: str, **params: Any) -> Any:
    response = client.get(path, params=params)
    assert response.status_code == 200, response.text
    assert response.headers["content-type"].startswith("application/json")
    return response.json()


def _all_events(db: Path, **filters: Any) -> list[dict[str, Any]]:
    with Store.open(db, read_only=True) as store:
        return [event_to_dict(e) for e in find_events(store, **filters)]


def _walk(client: httpx.Client, limit: int, **params: Any) -> tuple[list[dict[str, Any]], int]:
    events: list[dict[str, Any]] = []
    cursor, pages = None, 0
    while True:
        body = _json(client, "/api/events", limit=limit, **params,
                     **({"cursor": cursor} if cursor else {}))
        assert len(body["events"]) <= limit
        events += body["events"]
        pages += 1
        cursor = body["next_cursor"]
        if cursor is None:
            return events, pages
        assert body["events"], "a page with a next cursor is never empty"


def test_health_and_stats_match_the_store(api: httpx.Client, api_db: Path) -> None:
    assert _json(api, "/api/health") == {"ok": True}
    stats = _json(api, "/api/stats")
    with Store.open(api_db, read_only=True) as store:
        counts, links = store.counts(), store.links.counts()
    assert stats["articles"] == counts["articles"] >= 8
    assert stats["mentions"] == counts["events"] and stats["events"] == links["events"] > 0
    assert stats["rejects"] == counts["rejects"] and stats["read_only"] is True
    assert stats["first_date"] <= stats["last_date"]


def test_events_are_the_cli_records_with_the_trigger(api: httpx.Client, api_db: Path) -> None:
    body = _json(api, "/api/events", limit=1000)
    expected = _all_events(api_db)
    assert body["next_cursor"] is None and len(body["events"]) == len(expected) > 10
    for got, want in zip(body["events"], expected, strict=True):
        assert {k: v for k, v in got.items() if k != "trigger"} == want
        assert set(got["trigger"]) == {"text", "start", "end"}
        assert got["trigger"]["start"] < got["trigger"]["end"]


@pytest.mark.parametrize("params, cli", [
    ({"source": "ind"}, {"source": "IND"}),
    ({"target": "CHN"}, {"target": "CHN"}),
    ({"type": "consult"}, {"type": "CONSULT"}),
    ({"since": "2021-01-01"}, {"since": "2021-01-01"}),
    ({"until": "2021-12-31"}, {"until": "2021-12-31"}),
    ({"since": "2020-06-01", "until": "2022-06-30"}, {"since": "2020-06-01", "until": "2022-06-30"}),
    ({"status": "disputed"}, {"status": "disputed"}),
    ({"status": "single_source"}, {"status": "single_source"}),
    ({"polarity": "negative"}, {"polarity": "negative"}),
    ({"polarity": "positive", "type": "CONSULT"}, {"polarity": "positive", "type": "CONSULT"}),
    ({"modality": "future"}, {"modality": "future"}),
])  # fmt: skip
def test_each_filter_gives_what_the_cli_gives(api: httpx.Client, api_db: Path,
                                              params: dict[str, str], cli: dict[str, str]) -> None:
    got = _json(api, "/api/events", limit=1000, **params)["events"]
    want = _all_events(api_db, **cli)
    assert [e["id"] for e in got] == [e["id"] for e in want]
    assert got, f"the fixture has no events for {params}: the test would prove nothing"


def test_country_filter_keeps_either_side(api: httpx.Client, api_db: Path) -> None:
    got = _json(api, "/api/events", country="CHN", limit=1000)["events"]
    either = [e for e in _all_events(api_db) if "CHN" in (
        (e["source"] or {}).get("country"), (e["target"] or {}).get("country"))]
    assert [e["id"] for e in got] == [e["id"] for e in either] and got
    assert any(e["source"]["country"] == "CHN" for e in got)
    assert any((e["target"] or {}).get("country") == "CHN" for e in got)


def test_article_filter(api: httpx.Client, api_db: Path) -> None:
    article_id = _all_events(api_db)[0]["article_id"]
    got = _json(api, "/api/events", article=article_id)["events"]
    assert got and {e["article_id"] for e in got} == {article_id}
    assert [e["id"] for e in got] == [e["id"] for e in _all_events(api_db, article_id=article_id)]


@pytest.mark.parametrize("limit", [1, 3, 7])
def test_pages_walk_every_event_once_in_order(api: httpx.Client, api_db: Path,
                                              limit: int) -> None:
    events, pages = _walk(api, limit)
    ids = [e["id"] for e in events]
    assert ids == [e["id"] for e in _all_events(api_db)]
    assert len(set(ids)) == len(ids) and pages == -(-len(ids) // limit)


def test_pages_with_filters(api: httpx.Client, api_db: Path) -> None:
    events, pages = _walk(api, 2, country="IND", since="2020-01-01")
    want = _all_events(api_db, since="2020-01-01")
    want = [e for e in want if "IND" in (e["source"]["country"], (e["target"] or {}).get("country"))]
    assert [e["id"] for e in events] == [e["id"] for e in want] and pages > 1


def test_limit_default_and_cap(api: httpx.Client) -> None:
    assert len(_json(api, "/api/events")["events"]) <= 100
    response = api.get("/api/events", params={"limit": 1001})
    assert response.status_code == 422 and response.json()["error"]["code"] == "NE401"


def test_csv_and_parquet_downloads_match_json(api: httpx.Client) -> None:
    import pyarrow.parquet as pq

    params = {"limit": 5, "country": "IND"}
    page = _json(api, "/api/events", **params)["events"]
    csv_response = api.get("/api/events", params={**params, "format": "csv"})
    assert csv_response.status_code == 200
    assert csv_response.headers["content-type"].startswith("text/csv")
    assert "attachment" in csv_response.headers["content-disposition"]
    rows = list(csv.DictReader(io.StringIO(csv_response.text)))
    parquet = api.get("/api/events", params={**params, "format": "parquet"})
    assert parquet.status_code == 200
    table = pq.read_table(io.BytesIO(parquet.content)).to_pylist()
    assert [r["id"] for r in rows] == [r["id"] for r in table] == [e["id"] for e in page]
    for event, row, record in zip(page, rows, table, strict=True):
        assert row["type"] == record["type"] == event["type"]
        assert float(row["score"]) == record["score"] == event["score"]
        assert record["quad"] == event["quad"] and record["n_mentions"] == event["n_mentions"]
        assert row["evidence_sentence"] == record["evidence_sentence"]
        assert record["evidence_sentence"] == event["evidence"]["sentence"]
        assert record["source_country"] == event["source"]["country"]


def test_event_by_real_id_and_by_mention_id(api: httpx.Client) -> None:
    mention = next(e for e in _json(api, "/api/events", limit=1000)["events"]
                   if e["n_mentions"] > 1)
    by_event = _json(api, f"/api/events/{mention['event_id']}")
    by_mention = _json(api, f"/api/events/{mention['id']}")
    assert by_event == by_mention
    assert by_event["event"]["id"] == mention["event_id"]
    assert by_event["event"]["n_mentions"] == len(by_event["mentions"]) > 1
    assert mention["id"] in {m["id"] for m in by_event["mentions"]}
    for item in by_event["mentions"]:
        assert item["article"]["id"] == item["article_id"] and item["article"]["date"]
    assert {c["mention_id"] for c in by_event["claims"]} == {m["id"] for m in by_event["mentions"]}


def test_article_with_its_events_and_offsets(api: httpx.Client, api_db: Path) -> None:
    article_id = _all_events(api_db)[0]["article_id"]
    body = _json(api, f"/api/articles/{article_id}")
    assert body["id"] == article_id and body["text"] and body["mentions"]
    assert "origin" not in body, "server paths are not shown"
    for event in body["mentions"]:
        start, end = event["evidence"]["start"], event["evidence"]["end"]
        assert body["text"][start:end] == event["evidence"]["sentence"]
        t = event["trigger"]
        assert body["text"][t["start"]:t["end"]] == t["text"]


def test_unknown_ids_are_404(api: httpx.Client) -> None:
    for path in ("/api/events/ev:0000", "/api/articles/sha1:0000", "/api/events/%00",
                 "/api/articles/..%2F..%2Fetc%2Fpasswd", "/api/nothing-here"):
        response = api.get(path)
        assert response.status_code == 404, path
        assert response.json()["error"]["code"] == "NE404"


def test_actors_match_the_cli(api: httpx.Client, api_db: Path) -> None:
    body = _json(api, "/api/actors")
    with Store.open(api_db, read_only=True) as store:
        want = [actors.actor_to_dict(a) for a in actors.find_actors(store)]
    assert body["actors"] == want
    assert {a["kind"] for a in want} == {"user", "memory"}, "fixture lacks an actor kind"
    named = _json(api, "/api/actors", name="marsh")["actors"]
    assert [a["name"] for a in named] == ["Lina Marsh"]
    assert len(_json(api, "/api/actors", limit=1)["actors"]) == 1


def test_dyads_most_active_first(api: httpx.Client) -> None:
    dyads = _json(api, "/api/dyads")["dyads"]
    assert dyads and len(dyads) <= 20
    counts = [d["n_events"] for d in dyads]
    assert counts == sorted(counts, reverse=True)
    for d in dyads:
        assert d["n_cooperation"] + d["n_conflict"] == d["n_events"]
    assert len(_json(api, "/api/dyads", limit=2)["dyads"]) == 2
    consult = _json(api, "/api/dyads", type="CONSULT")["dyads"]
    assert consult and all(d["n_conflict"] == 0 for d in consult)
    late = _json(api, "/api/dyads", since="2023-01-01", until="2023-12-31")["dyads"]
    assert sum(d["n_events"] for d in late) < sum(counts)


def test_timeline_matches_the_cli(api: httpx.Client, api_db: Path) -> None:
    body = _json(api, "/api/timeline", a="IND", b="CHN", by="week", top=2)
    with Store.open(api_db, read_only=True) as store:
        want = timeline.timeline_dict(timeline.build_timeline(store, "IND", "CHN", by="week",
                                                              top=2))
    assert body == want and body["periods"]
    directed = _json(api, "/api/timeline", a="IND", b="CHN", directed="true", by="day",
                     since="2020-01-01", until="2023-12-31")
    assert directed["directed"] is True and directed["by"] == "day"


def test_claims_match_the_cli(api: httpx.Client, api_db: Path) -> None:
    body = _json(api, "/api/claims", limit=1000)
    with Store.open(api_db, read_only=True) as store:
        found = claims.find_claims(store, limit=1000)
    assert [e["id"] for e in body["events"]] == [f.event.id for f in found]
    assert all(e["claims"] for e in body["events"])
    source = _json(api, "/api/claims", source="IND", type="CONSULT")["events"]
    assert source and all(e["source"]["country"] == "IND" and e["type"] == "CONSULT"
                          for e in source)


def test_places_count_events_with_coordinates(api: httpx.Client) -> None:
    found = _json(api, "/api/places")["places"]
    assert found and all(p["lat"] is not None and p["lon"] is not None for p in found)
    assert [p["n_events"] for p in found] == sorted((p["n_events"] for p in found), reverse=True)
    turkey = _json(api, "/api/places", country="TUR")["places"]
    assert turkey and len(turkey) < len(found)
    conflict = _json(api, "/api/places", polarity="positive", type="ASSAULT")["places"]
    assert all(p["n_cooperation"] == 0 for p in conflict)


def test_disputed_reference_event_has_both_claimants(api: httpx.Client, shared: Path) -> None:
    events = _json(api, "/api/claims", status="disputed")["events"]
    stances = {(c["claimant"], c["stance"]) for e in events for c in e["claims"]}
    assert ("Global Times", "expected") in stances
    assert ("the Defence Ministry spokesperson", "denied") in stances
    mentions = _json(api, "/api/events", status="disputed")["events"]
    assert mentions and {m["status"] for m in mentions} == {"disputed"}


def test_security_headers_on_every_kind_of_response(api: httpx.Client) -> None:
    for path in ("/api/health", "/api/events?limit=1", "/api/events?source=XX",
                 "/api/events/unknown", "/openapi.json", "/api/events?format=csv&limit=1"):
        response = api.get(path)
        for name, value in SECURITY.items():
            assert response.headers[name] == value, (path, name)
        policy = response.headers["content-security-policy"]
        assert "default-src 'self'" in policy and "frame-ancestors 'none'" in policy
        assert "access-control-allow-origin" not in response.headers, "CORS is off by default"


def test_cors_only_for_the_given_origin(api_db: Path, start_server: Any) -> None:
    with start_server(api_db, cors_origins=("http://dash.example",)) as url:
        good = httpx.get(f"{url}/api/health", headers={"Origin": "http://dash.example"})
        bad = httpx.get(f"{url}/api/health", headers={"Origin": "http://evil.example"})
    assert good.headers["access-control-allow-origin"] == "http://dash.example"
    assert "access-control-allow-origin" not in bad.headers


def test_openapi_is_served_and_no_cdn_docs(api: httpx.Client) -> None:
    schema = _json(api, "/openapi.json")
    for path in ("/api/events", "/api/events/{event_id}", "/api/articles/{article_id}",
                 "/api/actors", "/api/dyads", "/api/timeline", "/api/claims", "/api/places",
                 "/api/stats", "/api/health", "/api/ingest"):
        assert path in schema["paths"], path
    params = {p["name"] for p in schema["paths"]["/api/events"]["get"]["parameters"]}
    assert {"source", "target", "country", "type", "since", "until", "status", "polarity",
            "modality", "article", "limit", "cursor", "format"} <= params
    assert "EventOut" in schema["components"]["schemas"]
    for path in ("/docs", "/redoc", "/docs/oauth2-redirect"):
        assert api.get(path).status_code == 404


def test_dashboard_files_are_served_when_present(api: httpx.Client) -> None:
    from newsevents.serve.settings import STATIC_DIR

    response = api.get("/")
    if (STATIC_DIR / "index.html").is_file():
        assert response.status_code == 200 and "text/html" in response.headers["content-type"]
    else:
        assert response.status_code == 404 and response.json()["error"]["code"] == "NE404"
    assert api.get("/static/../../pyproject.toml").status_code == 404
    assert api.get("/static/%2e%2e/%2e%2e/cli.py").status_code == 404


def test_methods_other_than_get_are_refused(api: httpx.Client) -> None:
    for method in ("POST", "PUT", "DELETE", "PATCH"):
        response = api.request(method, "/api/events")
        assert response.status_code == 405 and response.json()["error"]["code"] == "NE705"
