"""``newsevents serve`` as a user runs it: a real process on a loopback port."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx
import pytest

from newsevents.serve.server import ServerProcess

pytestmark = pytest.mark.slow  # the session database is built with the real spaCy model


@contextmanager
def _serve(db: Path, *args: str, env: dict[str, str] | None = None) -> Iterator[str]:
    with ServerProcess(db, args, env=env, output=subprocess.PIPE) as server:
        yield server.url


def test_serve_command_serves_read_only_by_default(api_db: Path) -> None:
    with _serve(api_db, env={"NEWSEVENTS_TOKEN": ""}) as url:
        stats = httpx.get(f"{url}/api/stats").json()
        assert stats["read_only"] is True and stats["articles"] > 0
        response = httpx.get(f"{url}/api/events", params={"limit": 2})
        assert len(response.json()["events"]) == 2
        assert response.headers["x-frame-options"] == "DENY"
        assert "server" not in response.headers
        rebound = httpx.get(f"{url}/api/health", headers={"Host": "attacker.example"})
        assert rebound.status_code == 400, "a loopback server refuses foreign Host names"


def test_serve_command_with_a_token_and_cors(api_db: Path) -> None:
    token = "cli-token-abcdefghijklmnop"
    with _serve(api_db, "--cors-origin", "http://localhost:5173",
                env={"NEWSEVENTS_TOKEN": token}) as url:
        response = httpx.get(f"{url}/api/stats", headers={"Origin": "http://localhost:5173"})
        assert response.json()["read_only"] is False
        assert response.headers["access-control-allow-origin"] == "http://localhost:5173"


@pytest.mark.parametrize("args, words", [
    (["--db", "/nonexistent/nothing.duckdb"], "NE301"),
])  # fmt: skip
def test_serve_command_fails_clearly(args: list[str], words: str, tmp_path: Path) -> None:
    done = subprocess.run([sys.executable, "-m", "newsevents.cli", "serve", *args],
                          capture_output=True, text=True, timeout=60, check=False)
    assert done.returncode == 2 and words in done.stderr, done.stderr


def test_short_tokens_are_refused(api_db: Path) -> None:
    done = subprocess.run([sys.executable, "-m", "newsevents.cli", "serve", "--db", str(api_db)],
                          capture_output=True, text=True, timeout=60, check=False,
                          env={**os.environ, "NEWSEVENTS_TOKEN": "short"})
    assert done.returncode == 2 and "NE501" in done.stderr and "16" in done.stderr
