"""Running the API server: in the foreground (``newsevents serve``), in a background
thread, or as a ``newsevents serve`` child process on a free loopback port (tests,
benchmarks, the README screenshot)."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Mapping, Sequence
from pathlib import Path
from types import TracebackType
from typing import Self

import httpx
import uvicorn

from newsevents.errors import ServeError
from newsevents.serve.access import open_read_only
from newsevents.serve.app import build_app
from newsevents.serve.settings import ServeSettings


def check_database(settings: ServeSettings) -> None:
    """Open the database read-only once, so a wrong ``--db`` fails before serving.

    Raises:
        StoreError: NE301/NE302/NE303 as ``Store.open`` does.
    """
    open_read_only(settings.db, settings.read_wait).close()


def serve(settings: ServeSettings, host: str = "127.0.0.1", port: int = 8000) -> None:
    """Serve the API and dashboard until interrupted (Ctrl-C)."""
    check_database(settings)
    uvicorn.run(build_app(settings), host=host, port=port, log_level="info",
                server_header=False, proxy_headers=False)


class BackgroundServer:
    """A real server on ``127.0.0.1`` and a free port, in a thread (a context manager).

    ``url`` is its base URL once entered; leaving stops it.
    """

    def __init__(self, settings: ServeSettings, start_timeout: float = 20.0) -> None:
        config = uvicorn.Config(build_app(settings), host="127.0.0.1", port=0,
                                log_level="warning", server_header=False, lifespan="off")
        self._server = uvicorn.Server(config)
        self._thread = threading.Thread(target=self._server.run, name="newsevents-api",
                                        daemon=True)
        self._timeout = start_timeout
        self.url = ""

    def __enter__(self) -> Self:
        self._thread.start()
        deadline = time.monotonic() + self._timeout
        while not self._server.started:
            if not self._thread.is_alive() or time.monotonic() > deadline:
                raise ServeError("NE707", "the API server did not start", 500)
            time.sleep(0.02)
        port = self._server.servers[0].sockets[0].getsockname()[1]
        self.url = f"http://127.0.0.1:{port}"
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self._server.should_exit = True
        self._thread.join(timeout=10)


def free_port() -> int:
    """A TCP port free on ``127.0.0.1`` just now."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


class ServerProcess:
    """``newsevents serve --db DB ARGS`` in a child process on a free loopback port, until
    it answers ``/api/health`` (a context manager; leaving stops it with Ctrl-C).

    ``env`` is added to this process's environment; ``output`` is where the child's
    stdout and stderr go (None: inherited). ``url`` is its base URL once entered.
    """

    def __init__(self, db: str | Path, args: Sequence[str] = (),
                 env: Mapping[str, str] | None = None, output: int | None = None,
                 start_timeout: float = 60.0) -> None:
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self._command = [sys.executable, "-m", "newsevents.cli", "serve", "--db", str(db),
                         "--port", str(self.port), *args]
        self._env = {**os.environ, **(env or {})}
        self._output = output
        self._timeout = start_timeout
        self.proc: subprocess.Popen[str] | None = None

    def __enter__(self) -> Self:
        self.proc = subprocess.Popen(self._command, env=self._env, stdout=self._output,
                                     stderr=subprocess.STDOUT if self._output else None,
                                     text=True)
        deadline = time.monotonic() + self._timeout
        while self.proc.poll() is None and time.monotonic() < deadline:
            try:
                httpx.get(f"{self.url}/api/health", timeout=2)
                return self
            except httpx.TransportError:
                time.sleep(0.2)
        said = (self.proc.communicate(timeout=5)[0] or "") if self.proc.poll() is not None else ""
        self._stop()
        raise ServeError("NE707", f"newsevents serve did not answer on {self.url}: {said}", 500)

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self._stop()

    def _stop(self) -> None:
        if self.proc is None or self.proc.poll() is not None:
            return
        self.proc.send_signal(signal.SIGINT)
        try:
            self.proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()
