"""The web dashboard in a real browser: Debian's Chromium driven by Playwright against the
real server (uvicorn on loopback) over the session database of ``conftest.py`` (demo
articles, our own articles, the reference article) plus, when ../shared is present, the
first LibyaWar articles of Timeline17.

Needs ``pip install 'newsevents[dashboard]'`` and ``apt-get install chromium``; without
them the browser tests skip, except under ``CI=true`` where they fail. Screenshots go to
``$NEWSEVENTS_SCREENSHOTS`` (else a pytest temporary folder).
"""

from __future__ import annotations

import csv
import gzip
import io
import json
import os
import re
import shutil
import urllib.parse
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest

from newsevents.query.formats import CSV_COLUMNS

ROOT = Path(__file__).resolve().parents[2]
STATIC = ROOT / "newsevents" / "serve" / "static"
REFERENCE = ROOT.parent / "shared" / "samples" / "india_china_moscow_2020-06-23.txt"
TIMELINE17 = ROOT.parent / "shared" / "data" / "articles" / "timeline17.jsonl.gz"
LIBYA_ARTICLES = 60
"""LibyaWar articles added to the session database (about 25 s of ingest on 2 cores)."""
CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
                 "--no-first-run", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync"]
TIMEOUT_MS = 15_000


def _missing(reason: str) -> None:
    """Skip with ``reason``, or fail when CI (which installs everything) is running."""
    if os.environ.get("CI") == "true":
        pytest.fail(f"{reason} (CI=true: .ci/run installs it)")
    pytest.skip(reason)


def api(base: str, path: str, **params: Any) -> Any:
    """GET a JSON API path on the test server."""
    query = urllib.parse.urlencode(params)
    with urllib.request.urlopen(f"{base}{path}{'?' + query if query else ''}", timeout=30) as r:
        return json.load(r)


def norm(text: str) -> str:
    return " ".join(text.split())


def busy_pair(base: str) -> tuple[str, str]:
    """IND-CHN (the reference article) when present, else the most active two-country dyad."""
    if REFERENCE.exists():
        return "IND", "CHN"
    dyads = api(base, "/api/dyads")["dyads"]
    top = next(d for d in dyads if d["source_country"] != d["target_country"])
    return top["source_country"], top["target_country"]


@dataclass
class Dash:
    """A browser page on the dashboard that records console errors and every request."""

    page: Any
    base: str
    shots: Path
    errors: list[str] = field(default_factory=list)
    requests: list[str] = field(default_factory=list)

    def open(self, hash_: str) -> None:
        self.page.goto(f"{self.base}/{hash_}")

    def shot(self, name: str) -> Path:
        path = self.shots / f"{name}.png"
        self.page.screenshot(path=str(path), full_page=True)
        assert path.stat().st_size > 10_000
        return path

    def assert_clean(self) -> None:
        """No console error or uncaught exception (CSP violations are console errors), and
        nothing requested from anywhere but the server."""
        assert self.errors == []
        outside = [u for u in self.requests if not u.startswith(self.base)]
        assert outside == []


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        _missing("playwright is not installed: pip install 'newsevents[dashboard]'")
    if not CHROMIUM.exists():
        _missing(f"{CHROMIUM} is missing: apt-get install -y --no-install-recommends chromium")
    with sync_playwright() as p:
        launched = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield launched
        launched.close()


def libya_jsonl(out: Path, count: int) -> Path:
    """The first ``count`` LibyaWar articles of Timeline17 as a JSONL file."""
    lines = []
    with gzip.open(TIMELINE17, "rt", encoding="utf-8") as f:
        for line in f:
            if json.loads(line).get("topic", "").startswith("LibyaWar"):
                lines.append(line)
                if len(lines) == count:
                    break
    out.write_text("".join(lines), encoding="utf-8")
    return out


@pytest.fixture(scope="module")
def server_url(api_db: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A real server over a copy of ``api_db`` with LibyaWar articles added when
    ../shared is present (a busier map and timeline), else over ``api_db`` itself."""
    from newsevents.pipeline import ingest
    from newsevents.serve.server import BackgroundServer
    from newsevents.serve.settings import ServeSettings

    db = api_db
    if TIMELINE17.exists():
        folder = tmp_path_factory.mktemp("dashboard")
        db = folder / "dashboard.duckdb"
        shutil.copyfile(api_db, db)
        summary = ingest([libya_jsonl(folder / "libya.jsonl", LIBYA_ARTICLES)], db)
        assert summary.stored == LIBYA_ARTICLES, summary
    with BackgroundServer(ServeSettings(db=str(db))) as server:
        yield server.url


@pytest.fixture(scope="module")
def shots(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = os.environ.get("NEWSEVENTS_SCREENSHOTS")
    path = Path(folder) if folder else tmp_path_factory.mktemp("screenshots")
    path.mkdir(parents=True, exist_ok=True)
    return path


@pytest.fixture
def dash(browser: Any, server_url: str, shots: Path) -> Iterator[Dash]:
    context = browser.new_context(viewport={"width": 1360, "height": 1000}, accept_downloads=True)
    context.set_default_timeout(TIMEOUT_MS)
    page = context.new_page()
    board = Dash(page, server_url, shots)
    page.on("console", lambda m: board.errors.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: board.errors.append(f"uncaught: {e}"))
    page.on("request", lambda r: board.requests.append(r.url))
    yield board
    context.close()


# --------------------------------------------------------------------------- static files


def test_static_files_have_no_inline_code_and_no_html_sinks() -> None:
    """CSP ``default-src 'self'`` allows no inline script or style; data never meets
    innerHTML; nothing points outside the server."""
    index = (STATIC / "index.html").read_text(encoding="utf-8")
    assert re.findall(r"<script(?![^>]*\bsrc=)[^>]*>", index) == []
    assert re.findall(r"<style|\sstyle=|\son[a-z]+=", index) == []
    scripts = sorted((STATIC / "js").glob("*.js"))
    assert len(scripts) >= 5
    for path in [*scripts, STATIC / "css" / "app.css", STATIC / "index.html"]:
        text = path.read_text(encoding="utf-8")
        sinks = re.findall(r"innerHTML|outerHTML|insertAdjacentHTML|document\.write|"
                           r"\beval\(|new Function|setAttribute\(\"style\"", text)
        assert sinks == [], path.name
        assert re.findall(r"(?:src|href)=\"(?:https?:)?//|url\(\s*['\"]?https?:|import .* from "
                          r"\"https?:", text) == [], path.name


def test_vendored_assets_carry_their_licences() -> None:
    vendor = STATIC / "vendor"
    notice = norm((vendor / "NOTICE").read_text(encoding="utf-8"))
    for name in ("topojson-client.min.js", "countries-110m.json"):
        assert (vendor / name).is_file() and name in notice
    assert "Natural Earth" in notice and "public domain" in notice
    assert "ISC" in notice or "Permission to use" in (vendor / "LICENSE.world-atlas").read_text()
    world = json.loads((vendor / "countries-110m.json").read_text(encoding="utf-8"))
    assert len(world["objects"]["countries"]["geometries"]) > 170


# --------------------------------------------------------------------------- in the browser
# (slow: the session database is built with the real spaCy model)


@pytest.mark.slow
def test_timeline_draws_ind_chn_counts(dash: Dash) -> None:
    a, b = busy_pair(dash.base)
    expected = api(dash.base, "/api/timeline", a=a, b=b, by="month")
    assert expected["periods"], f"the fixture database has {a}-{b} events"
    dash.open(f"#/?source={a}&target={b}")
    bars = dash.page.locator("svg.timeline-chart rect.bar")
    bars.first.wait_for()
    drawn = bars.evaluate_all("""rs => rs.map(r => ({quad: r.dataset.quad,
        count: Number(r.dataset.count), height: r.getBBox().height}))""")
    assert drawn and all(bar["height"] > 0 for bar in drawn)
    for quad in ("verbal_coop", "material_coop", "verbal_conflict", "material_conflict"):
        assert sum(b["count"] for b in drawn if b["quad"] == quad) == sum(
            p[quad] for p in expected["periods"])
    periods = dash.page.locator("svg.timeline-chart g.period")
    assert periods.count() == len(expected["periods"])
    assert dash.page.locator("#pair").input_value() == f"{a}|{b}"
    dash.shot("timeline_ind_chn")
    busiest = max(expected["periods"], key=lambda p: p["events"])
    periods.nth(expected["periods"].index(busiest)).click()  # zooms to that period
    dash.page.wait_for_function("() => location.hash.includes('since=')")
    state = urllib.parse.parse_qs(dash.page.evaluate("location.hash").split("?", 1)[1])
    assert state["since"] == [busiest["start"]] and state["until"][0].startswith(busiest["period"])
    dash.assert_clean()


HITS_OWN_THEIR_BANDS = """gs => gs.map(g => {
    g.scrollIntoView({block: 'center', inline: 'center'});
    const box = g.querySelector('rect.hit').getBoundingClientRect();
    const axis = document.querySelector('svg.timeline-chart line.axis').getBoundingClientRect();
    const ys = [0.02, 0.3, 0.5, 0.7, 0.98].map(f => box.y + f * box.height).concat([axis.y]);
    const own = ys.every(y => document.elementFromPoint(box.x + box.width / 2, y)
        ?.closest('g.period') === g);
    return {period: g.dataset.period, width: box.width, own};
})"""
"""For each period: its hit band's width in pixels, and whether the topmost element at five
heights of the band and at the axis is inside the period (labels and axes let clicks by)."""


def zoomed_to(dash: Dash) -> tuple[str, str]:
    """The since and until of the hash once a period click has navigated."""
    dash.page.wait_for_function("() => location.hash.includes('since=')")
    state = urllib.parse.parse_qs(dash.page.evaluate("location.hash").split("?", 1)[1])
    return state["since"][0], state["until"][0]


@pytest.mark.slow
def test_every_period_of_a_long_weekly_timeline_is_clickable(dash: Dash) -> None:
    """By week the India-China pair spans many periods (our own articles of 2020 and 2021,
    see conftest.py); the first, the last and the busiest zoom by mouse, the last also by
    keyboard."""
    periods = api(dash.base, "/api/timeline", a="IND", b="CHN", by="week",
                  directed="false")["periods"]
    assert len(periods) > 40, "IND-CHN spans many weeks in the fixture database"
    busiest = max(periods, key=lambda p: p["events"])
    view = "#/?a=IND&b=CHN&by=week"
    groups = dash.page.locator("svg.timeline-chart g.period")
    drawn = "n => document.querySelectorAll('svg.timeline-chart g.period').length === n"
    for index in (0, len(periods) - 1, periods.index(busiest)):
        dash.open(view)
        dash.page.wait_for_function(drawn, arg=len(periods))
        if index == 0:
            hits = groups.evaluate_all(HITS_OWN_THEIR_BANDS)
            assert all(h["width"] >= 4 and h["own"] for h in hits), hits
            dash.shot("timeline_by_week")
        groups.nth(index).click()
        start = periods[index]["start"]
        end = (date.fromisoformat(start) + timedelta(days=6)).isoformat()
        assert zoomed_to(dash) == (start, end)
    dash.open(view)
    dash.page.wait_for_function(drawn, arg=len(periods))
    tab_stop = dash.page.locator("svg.timeline-chart g.period[tabindex='0']")
    assert tab_stop.count() == 1 and tab_stop.get_attribute("data-period") == busiest["period"]
    tab_stop.focus()
    dash.page.keyboard.press("End")
    dash.page.keyboard.press("Enter")
    assert zoomed_to(dash)[0] == periods[-1]["start"]
    dash.assert_clean()


@pytest.mark.slow
def test_map_draws_countries_and_places_and_a_click_filters(dash: Dash) -> None:
    places = [p for p in api(dash.base, "/api/places")["places"]
              if p["lat"] is not None and p["lon"] is not None]
    assert places, "the fixture database has events with coordinates"
    dash.open("#/")
    circles = dash.page.locator("svg.map circle.place")
    circles.first.wait_for()
    assert circles.count() == len(places)
    assert dash.page.locator("svg.map g.countries path").count() > 150
    radii = circles.evaluate_all("cs => cs.map(c => Number(c.getAttribute('r')))")
    assert all(r > 0 for r in radii)
    busiest = max(places, key=lambda p: p["n_events"])
    first = circles.first
    assert first.get_attribute("data-name") == busiest["name"]
    assert float(first.get_attribute("r") or 0) == max(radii)
    dash.shot("overview")
    first.click()
    dash.page.wait_for_function("() => location.hash.includes('country=')")
    assert f"country={busiest['country']}" in dash.page.evaluate("location.hash")
    assert dash.page.locator("input[name=country]").input_value() == busiest["country"]
    dash.page.locator("table.events tbody tr").first.wait_for()
    dash.assert_clean()


@pytest.mark.slow
def test_filter_bar_drives_the_hash_and_the_table(dash: Dash) -> None:
    dash.open("#/")
    dash.page.locator("table.events tbody tr").first.wait_for()
    dash.page.fill("input[name=source]", "ind")
    dash.page.fill("input[name=target]", "CHN")
    dash.page.select_option("select[name=type]", "CONSULT")
    dash.page.click("button[type=submit]")
    dash.page.wait_for_function("() => location.hash.includes('type=CONSULT')")
    assert dash.page.evaluate("location.hash") == "#/?source=IND&target=CHN&type=CONSULT"
    expected = api(dash.base, "/api/events", source="IND", target="CHN", type="CONSULT")
    rows = dash.page.locator("table.events tbody tr")
    dash.page.wait_for_function(
        "n => document.querySelectorAll('table.events tbody tr').length === n",
        arg=len(expected["events"]))
    assert rows.evaluate_all("rs => rs.map(r => r.dataset.id)") == [
        e["id"] for e in expected["events"]]
    # the hash alone restores the view (a shared link)
    dash.page.reload()
    dash.page.locator("table.events tbody tr").first.wait_for()
    assert dash.page.locator("input[name=source]").input_value() == "IND"
    assert dash.page.locator("select[name=type]").input_value() == "CONSULT"
    dash.assert_clean()


@pytest.mark.slow
def test_table_pages_with_the_cursor(dash: Dash) -> None:
    first = api(dash.base, "/api/events", limit=25)
    assert first["next_cursor"], "the fixture database has more than one page of events"
    second = api(dash.base, "/api/events", limit=25, cursor=first["next_cursor"])
    dash.open("#/")
    rows = dash.page.locator("table.events tbody tr")
    rows.first.wait_for()
    ids = "rs => rs.map(r => r.dataset.id)"
    assert rows.evaluate_all(ids) == [e["id"] for e in first["events"]]
    dash.page.click("#next-page")
    dash.page.wait_for_function(
        "id => document.querySelector('table.events tbody tr')?.dataset.id === id",
        arg=second["events"][0]["id"])
    assert rows.evaluate_all(ids) == [e["id"] for e in second["events"]]
    dash.page.click("text=← Previous")
    dash.page.wait_for_function(
        "id => document.querySelector('table.events tbody tr')?.dataset.id === id",
        arg=first["events"][0]["id"])
    dash.assert_clean()


@pytest.mark.slow
def test_bad_filter_shows_the_servers_coded_error(dash: Dash) -> None:
    dash.open("#/?since=2020-13-45")
    alert = dash.page.locator("#error")
    alert.wait_for()
    assert re.match(r"NE4\d\d: ", alert.inner_text())
    dash.open("#/event/ev:no-such-event")
    dash.page.wait_for_function("() => /^NE404: /.test(document.getElementById('error').innerText)")
    # the browser logs each 422 and 404 response itself; nothing else may go wrong
    assert dash.errors and all(re.search(r"status of (422|404)", e) for e in dash.errors)
    dash.errors.clear()
    dash.assert_clean()


@pytest.mark.slow
def test_table_row_opens_its_evidence_highlighted_in_the_article(dash: Dash) -> None:
    """The Global Times mention of the reference article (any first row without it)."""
    reported = "Global Times" if REFERENCE.exists() else ""
    dash.open("#/?source=IND&target=CHN&status=disputed" if reported else "#/")
    row = dash.page.locator("table.events tbody tr", has_text=reported)
    row.first.wait_for()
    mention_id = row.first.get_attribute("data-id")
    row.first.locator("td.evidence").click()
    dash.page.wait_for_function("() => location.hash.startsWith('#/event/')")
    card = dash.page.locator(f"article.mention[data-id='{mention_id}']")
    mark = card.locator("mark.evidence")
    mark.wait_for()
    detail = api(dash.base, f"/api/events/{urllib.parse.quote(mention_id or '')}")
    mention = next(m for m in detail["mentions"] if m["id"] == mention_id)
    article = api(dash.base, f"/api/articles/{urllib.parse.quote(mention['article_id'])}")
    start, end = mention["evidence"]["start"], mention["evidence"]["end"]
    assert norm(mark.inner_text()) == norm(mention["evidence"]["sentence"])
    assert norm(mark.inner_text()) == norm(article["text"][start:end])
    assert reported in mark.inner_text()
    trigger = mark.locator("mark.trigger")
    assert trigger.inner_text() == mention["trigger"]["text"]
    text = card.locator(".article-text").inner_text()
    assert norm(text) == norm(article["text"])  # the whole article, the sentence inside it
    assert reported in card.locator(".meta").inner_text()
    assert dash.page.locator("article.mention").count() == len(detail["mentions"])
    assert dash.page.locator("article.mention mark.evidence").count() == len(detail["mentions"])
    dash.shot("event_evidence")
    dash.assert_clean()


@pytest.mark.slow
def test_article_text_is_shown_as_text_never_as_markup(dash: Dash) -> None:
    """The highlighter builds text nodes: markup in an article stays visible text."""
    dash.open("#/claims")
    dash.page.locator("#view .card").first.wait_for()
    result = dash.page.evaluate("""async () => {
        const m = await import('/static/js/highlight.js');
        const text = 'Intro. <img src=x onerror="window.pwned=1"> said <b>they</b> met. 😀 End.';
        const sentence = '<img src=x onerror="window.pwned=1"> said <b>they</b> met.';
        const start = [...text.slice(0, text.indexOf(sentence))].length;
        const span = {sentence, start, end: start + [...sentence].length};
        const box = document.createElement('div');
        const range = m.locate(text, span);
        box.append(...m.highlighted(text, range, m.locateTrigger(text, range, {text: 'met'})));
        document.body.append(box);
        await new Promise(r => setTimeout(r, 100));
        return {tags: box.querySelectorAll('img, b').length, same: box.textContent === text,
                mark: box.querySelector('mark.evidence').textContent,
                trigger: box.querySelector('mark.trigger').textContent,
                pwned: window.pwned === 1};
    }""")
    assert result == {"tags": 0, "same": True, "trigger": "met", "pwned": False,
                      "mark": '<img src=x onerror="window.pwned=1"> said <b>they</b> met.'}
    dash.assert_clean()


@pytest.mark.slow
def test_disputed_page_puts_both_claimants_side_by_side(dash: Dash, shared: Path) -> None:
    """The reference article's Global Times report against the Indian ministry's denial."""
    expected = api(dash.base, "/api/claims", status="disputed")["events"]
    reference = next(e for e in expected
                     if any(c["claimant"] == "Global Times" for c in e["claims"]))
    dash.open("#/claims")
    block = dash.page.locator(f"section.disputed-event[data-id='{reference['id']}']")
    block.wait_for()
    assert dash.page.locator("section.disputed-event").count() == len(expected)
    claims = block.locator("article.claim")
    assert claims.count() == len(reference["claims"])
    names = claims.locator(".claimant").all_inner_texts()
    assert "Global Times" in names
    assert any("Defence Ministry" in name for name in names)
    stances = set(claims.locator(".stance").all_inner_texts())
    assert "denied" in stances and stances & {"asserted", "expected"}
    quotes = [norm(q) for q in claims.locator("blockquote").all_inner_texts()]
    assert quotes == [norm(c["quote"]["text"]) for c in reference["claims"]]
    tops = claims.evaluate_all("cs => cs.map(c => Math.round(c.getBoundingClientRect().top))")
    assert len(set(tops)) == 1  # one row: side by side
    dash.shot("disputed_claims")
    dash.assert_clean()


@pytest.mark.slow
def test_export_buttons_download_the_current_filter(dash: Dash) -> None:
    a, b = busy_pair(dash.base)
    dash.open(f"#/?source={a}&target={b}")
    dash.page.locator("table.events tbody tr").first.wait_for()
    expected = api(dash.base, "/api/events", source=a, target=b, limit=1000)["events"]
    assert expected
    with dash.page.expect_download() as info:
        dash.page.click("#export-csv")
    download = info.value
    assert download.suggested_filename.endswith(".csv")
    rows = list(csv.reader(io.StringIO(Path(download.path()).read_text(encoding="utf-8"))))
    assert tuple(rows[0]) == CSV_COLUMNS
    assert [r[0] for r in rows[1:]] == [e["id"] for e in expected]
    assert {r[CSV_COLUMNS.index("source_country")] for r in rows[1:]} == {a}
    with dash.page.expect_download() as info:
        dash.page.click("#export-parquet")
    data = Path(info.value.path()).read_bytes()
    assert data[:4] == b"PAR1" and data[-4:] == b"PAR1"
    import pyarrow.parquet as pq

    table = pq.read_table(io.BytesIO(data))
    assert table.column("id").to_pylist() == [e["id"] for e in expected]
    dash.assert_clean()
