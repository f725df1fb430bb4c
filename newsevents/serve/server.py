"""Running the API server: in the foreground (``newsevents serve``) or in a background
thread on a free loopback port (tests, benchmarks)."""

from __future__ import annotations

import threading
import time
from types import TracebackType
from typing import Self

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
