"""A real PostgreSQL server for the store tests.

``NEWSEVENTS_TEST_PG_URL`` (a URL whose user may create databases) names a server to use;
otherwise a throwaway cluster is made with the local PostgreSQL binaries (``initdb`` into
a temporary folder, ``pg_ctl start`` on a free port, its socket in that folder; as root
it runs as the ``postgres`` system user, since ``initdb`` refuses root). Each test gets
a fresh database. Without PostgreSQL the tests skip with the reason, except in CI
(``CI=true``), where ``.ci/run`` installs PostgreSQL and a missing server is a failure.
"""

from __future__ import annotations

import glob
import os
import shutil
import socket
import subprocess
import tempfile
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

import pytest


def _unavailable(reason: str) -> None:
    """Skip with ``reason``, or fail when running in CI (where PostgreSQL must be there)."""
    if os.environ.get("CI") == "true":
        pytest.fail(f"PostgreSQL tests cannot run in CI: {reason}")
    pytest.skip(f"PostgreSQL tests skipped: {reason}")


def _binaries() -> Path | None:
    """The folder of the newest installed ``initdb``/``pg_ctl``."""
    found = shutil.which("initdb")
    if found and shutil.which("pg_ctl"):
        return Path(found).parent
    folders = sorted(glob.glob("/usr/lib/postgresql/*/bin"),
                     key=lambda p: int(Path(p).parent.name) if Path(p).parent.name.isdigit()
                     else 0)
    usable = [Path(f) for f in folders if Path(f, "initdb").exists() and Path(f, "pg_ctl").exists()]
    return usable[-1] if usable else None


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


class Cluster:
    """A throwaway PostgreSQL cluster in a temporary folder."""

    def __init__(self, bin_dir: Path) -> None:
        self.bin_dir = bin_dir
        self.root = Path(tempfile.mkdtemp(prefix="newsevents-pg-"))
        self.port = _free_port()
        self.as_user: list[str] = []
        if os.geteuid() == 0:  # initdb refuses root: run the server as the postgres user
            shutil.chown(self.root, user="postgres")
            self.as_user = ["runuser", "-u", "postgres", "--"]

    def _run(self, *args: str) -> None:
        done = subprocess.run([*self.as_user, *args], capture_output=True, text=True,
                              timeout=120, check=False)
        if done.returncode != 0:
            raise RuntimeError(f"{' '.join(args[:1])} failed: {done.stderr.strip()[-800:]}")

    def start(self) -> str:
        data = self.root / "data"
        self._run(str(self.bin_dir / "initdb"), "-D", str(data), "-A", "trust", "-U", "postgres",
                  "-E", "UTF8", "--locale=C", "--no-sync")
        options = (f"-p {self.port} -k {self.root} -c listen_addresses='' -c fsync=off "
                   "-c full_page_writes=off -c synchronous_commit=off")
        self._run(str(self.bin_dir / "pg_ctl"), "-D", str(data), "-o", options,
                  "-l", str(self.root / "server.log"), "-w", "-t", "60", "start")
        return f"postgresql://postgres@/postgres?host={self.root}&port={self.port}"

    def stop(self) -> None:
        subprocess.run([*self.as_user, str(self.bin_dir / "pg_ctl"), "-D",
                        str(self.root / "data"), "-m", "immediate", "stop"],
                       capture_output=True, timeout=60, check=False)
        shutil.rmtree(self.root, ignore_errors=True)


@pytest.fixture(scope="session")
def pg_server() -> Iterator[str]:
    """The URL of a PostgreSQL maintenance database on a running server."""
    try:
        import psycopg  # noqa: F401
    except ImportError:
        _unavailable("psycopg is not installed (pip install 'newsevents[pg]')")
    if url := os.environ.get("NEWSEVENTS_TEST_PG_URL"):
        yield url
        return
    bin_dir = _binaries()
    if bin_dir is None:
        _unavailable("no PostgreSQL binaries (initdb, pg_ctl) found; install the Debian "
                     "package postgresql or set NEWSEVENTS_TEST_PG_URL")
        return
    cluster = Cluster(bin_dir)
    try:
        url = cluster.start()
    except (RuntimeError, OSError, LookupError, subprocess.TimeoutExpired) as err:
        cluster.stop()
        _unavailable(f"cannot start a PostgreSQL server: {err}")
        return
    try:
        yield url
    finally:
        cluster.stop()


def _with_database(url: str, name: str) -> str:
    parts = urlsplit(url)
    return urlunsplit(parts._replace(path=f"/{name}"))


@pytest.fixture(scope="session")
def new_pg_db(pg_server: str) -> Iterator[Callable[[], str]]:
    """Make fresh databases on the server (dropped at the end); each call gives a URL."""
    import psycopg

    made: list[str] = []

    def make() -> str:
        name = f"newsevents_test_{uuid.uuid4().hex[:12]}"
        with psycopg.connect(pg_server, autocommit=True) as con:
            con.execute(f"CREATE DATABASE {name}")  # type: ignore[arg-type]  # test-made name
        made.append(name)
        return _with_database(pg_server, name)

    yield make
    with psycopg.connect(pg_server, autocommit=True) as con:
        for name in made:
            con.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")  # type: ignore[arg-type]


@pytest.fixture
def pg_url(new_pg_db: Callable[[], str]) -> str:
    """A fresh, empty PostgreSQL database for one test."""
    return new_pg_db()
