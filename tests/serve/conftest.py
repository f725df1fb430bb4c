"""Shared fixtures for the HTTP API and dashboard tests: a built database and real servers.

``api_db`` is a DuckDB store built once per session by the real pipeline from the bundled
demo articles, a few articles of our own (an India-China one among them), a user actor
file and, when ../shared is present, its reference samples. ``api_url`` is a real uvicorn server on a free loopback
port serving it read-only; ``start_server`` starts more (another database, a token,
small upload caps). Tests must not write to ``api_db``: copy it (``db_copy``) first.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager
from importlib.resources import files
from pathlib import Path
from typing import Any

import pytest

if os.environ.get("CI") != "true":  # CI installs the extra: there a missing one fails
    pytest.importorskip("fastapi", reason="the serve extra is missing: pip install -e '.[serve]'")

import httpx

from newsevents.serve.server import BackgroundServer
from newsevents.serve.settings import ServeSettings

ROOT = Path(__file__).resolve().parents[2]
SAMPLES = ROOT.parent / "shared" / "samples"

OWN_ARTICLES = {
    "trade_pact_2024-05-07.txt": (
        "date 2024-05-07 Kenyan Foreign Minister Amina Odhiambo met Ethiopian officials in "
        "Nairobi on Tuesday. Kenya and Ethiopia signed a trade agreement on Tuesday.\n"
    ),
    "border_clash_2024-05-09.txt": (
        "date 2024-05-09 Odhiambo accused Somalia of attacking a border post near Mandera on "
        "Wednesday. Somali troops fired on Kenyan police in Mandera on Wednesday.\n"
    ),
}
ACTORS_YAML = """\
- name: Lina Marsh
  aliases: [Marsh]
  country: GBR
  sector: GOV
  valid_from: 2020-01-01
"""


# Our own India-China articles: talks, an expected meeting denied, attacks. Without
# ../shared they stand in for the reference article (whose IND/CHN events the tests filter
# on); either way they spread the India-China timeline over a year (many weekly periods).
STAND_IN = {
    "india_china_2020-10-12.txt": (
        "date 2020-10-12\nIndian Foreign Minister Rohan Mehta met Chinese officials in "
        "Vientiane on Saturday. Indian troops fired on Chinese soldiers near Pangong lake on "
        "Monday, the Chinese army said.\n"
    ),
    "india_china_2021-09-14.txt": (
        "date 2021-09-14\nIndia and China held a new round of border talks in Chushul on "
        "Monday, the Indian foreign ministry said. Indian Foreign Minister Rohan Mehta met his "
        "Chinese counterpart in Dushanbe on Tuesday.\nChina's state broadcaster CCTV said "
        "India will hold talks with China in Beijing next month. The Indian foreign ministry "
        "said India will not hold talks with China next month.\nChinese troops attacked "
        "Indian soldiers near the Galwan river on Sunday, the Indian army said.\n"
    ),
}


def demo_inputs(folder: Path) -> list[Path]:
    """The demo articles, our own articles (written into ``folder``) and the shared samples."""
    demo = Path(str(files("newsevents").joinpath("demo")))
    paths = sorted(demo.glob("*.txt"))
    for name, text in {**OWN_ARTICLES, **STAND_IN}.items():
        (folder / name).write_text(text, "utf-8")
        paths.append(folder / name)
    if SAMPLES.is_dir():
        paths.append(SAMPLES)
    return paths


@pytest.fixture(scope="session")
def api_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A database built by ``pipeline.ingest`` (loads the real spaCy model); read-only use."""
    from newsevents.config import Config
    from newsevents.pipeline import ingest

    root = tmp_path_factory.mktemp("api")
    (root / "in").mkdir()
    (root / "people.yaml").write_text(ACTORS_YAML, "utf-8")
    db = root / "api.duckdb"
    summary = ingest(demo_inputs(root / "in"), db,
                     config=Config(actor_files=(str(root / "people.yaml"),)))
    assert summary.stored >= 8 and summary.adds_up, summary
    return db


@pytest.fixture
def db_copy(api_db: Path, tmp_path: Path) -> Path:
    """A private copy of ``api_db`` that a test may write."""
    target = tmp_path / "copy.duckdb"
    shutil.copyfile(api_db, target)
    return target


@contextmanager
def running_server(db: Path, **settings: Any) -> Iterator[str]:
    """A real uvicorn server for ``db`` on a free loopback port; yields its base URL."""
    with BackgroundServer(ServeSettings(db=str(db), **settings)) as server:
        yield server.url


@pytest.fixture(scope="session")
def api_url(api_db: Path) -> Iterator[str]:
    """Base URL of a read-only server (no token) for ``api_db``."""
    with running_server(api_db) as url:
        yield url


@pytest.fixture(scope="session")
def api(api_url: str) -> Iterator[httpx.Client]:
    """An HTTP client for ``api_url``."""
    with httpx.Client(base_url=api_url, timeout=30) as client:
        yield client


@pytest.fixture
def start_server() -> Callable[..., AbstractContextManager[str]]:
    """``start_server(db, **ServeSettings fields)``: a context manager giving a base URL."""
    return running_server
