"""Draw ``docs/dashboard.png``, the README's picture of the web dashboard.

Builds a database from the bundled demo articles (written for this project; the shared
corpora's text must never appear in a committed file, screenshots included, so
``--wikinews N`` is for local pictures only), starts ``newsevents serve`` on a free loopback port, and photographs the dashboard with Debian's
Chromium driven by Playwright (``pip install 'newsevents[dashboard]'``;
``apt-get install chromium``)::

    .venv/bin/python scripts/screenshot_dashboard.py [--db FILE] [--out docs/dashboard.png]
"""

from __future__ import annotations

import argparse
import gzip
import sys
import tempfile
from pathlib import Path

from newsevents.cli import demo_paths
from newsevents.serve.server import ServerProcess

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
                 "--no-first-run", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync"]
VIEW = "#/"


def wikinews_articles(count: int, out: Path) -> Path | None:
    """The first ``count`` Wikinews articles of ../shared as a JSONL file (None: absent)."""
    corpus = SHARED / "data" / "articles" / "wikinews_2019_2020.jsonl.gz"
    if count <= 0 or not corpus.exists():
        return None
    with gzip.open(corpus, "rt", encoding="utf-8") as f:
        lines = [line for _, line in zip(range(count), f, strict=False)]
    out.write_text("".join(lines), encoding="utf-8")
    return out


def build_db(folder: Path, wikinews: int) -> Path:
    """A database of the demo articles and the first ``wikinews`` Wikinews articles."""
    from newsevents.pipeline import ingest

    paths: list[str | Path] = list(demo_paths([]))
    found = wikinews_articles(wikinews, folder / "wikinews.jsonl")
    if found is not None:
        paths.append(found)
    db = folder / "dashboard.duckdb"
    print(ingest(paths, db).line(), file=sys.stderr)
    return db


def photograph(base: str, view: str, out: Path) -> None:
    """Open ``base`` + ``view`` in Chromium and save the top of the page as ``out``."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        page = browser.new_page(viewport={"width": 1360, "height": 1040})
        page.goto(f"{base}/{view}")
        page.wait_for_selector("svg.timeline-chart rect.bar")
        page.wait_for_selector("svg.map circle.place")
        page.wait_for_selector("table.events tbody tr")
        out.parent.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(out))
        browser.close()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--db", type=Path, help="serve this database instead of building one")
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "dashboard.png")
    parser.add_argument("--wikinews", type=int, default=0,
                        help="Wikinews articles to add from ../shared (local pictures only: "
                        "never commit a picture of corpus text)")
    parser.add_argument("--view", default=VIEW, help=f"dashboard hash (default {VIEW!r})")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        db = args.db or build_db(Path(tmp), args.wikinews)
        with ServerProcess(db) as server:
            photograph(server.url, args.view, args.out)
    print(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
