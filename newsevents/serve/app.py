"""The ASGI application: API routes, the dashboard's static files, headers and CORS.

``build_app(settings)`` gives what uvicorn serves: the FastAPI app inside a small
middleware that puts the security headers on every response, error pages included.
No Swagger UI or ReDoc (they load from a CDN): the schema is at ``/openapi.json``.
"""

from __future__ import annotations

import asyncio

from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware
from fastapi.responses import FileResponse, Response
from fastapi.staticfiles import StaticFiles
from starlette.datastructures import MutableHeaders
from starlette.middleware.trustedhost import TrustedHostMiddleware
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from newsevents import __version__
from newsevents.errors import QueryError
from newsevents.serve import routes, upload
from newsevents.serve.errors import install_error_handlers
from newsevents.serve.settings import ServeSettings

SECURITY_HEADERS = {
    "Content-Security-Policy": (
        "default-src 'self'; object-src 'none'; base-uri 'none'; "
        "frame-ancestors 'none'; form-action 'self'"
    ),
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "no-referrer",
    "Cross-Origin-Opener-Policy": "same-origin",
}
"""Headers set on every response."""


class SecurityHeaders:
    """ASGI middleware adding ``SECURITY_HEADERS`` to every HTTP response."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = MutableHeaders(scope=message)
                for name, value in SECURITY_HEADERS.items():
                    headers[name] = value
            await send(message)

        await self.app(scope, receive, send_with_headers)


def create_app(settings: ServeSettings) -> FastAPI:
    """The FastAPI app for ``settings`` (routes, error handlers, static files, CORS)."""
    app = FastAPI(title="newsevents", version=__version__, docs_url=None, redoc_url=None,
                  openapi_url="/openapi.json",
                  description="PLOVER political events from dated news articles.")
    app.state.settings = settings
    app.state.ingest_lock = asyncio.Lock()
    install_error_handlers(app)
    app.include_router(routes.router)
    app.include_router(upload.router)
    _add_dashboard(app, settings)
    if settings.cors_origins:
        app.add_middleware(CORSMiddleware, allow_origins=list(settings.cors_origins),
                           allow_methods=["GET", "POST"],
                           allow_headers=["Authorization", "Content-Type"])
    if "*" not in settings.allowed_hosts:
        app.add_middleware(TrustedHostMiddleware, allowed_hosts=list(settings.allowed_hosts))
    return app


def _add_dashboard(app: FastAPI, settings: ServeSettings) -> None:
    """``/`` serves ``index.html`` and ``/static`` the dashboard folder, when present."""
    index = settings.static_dir / "index.html"

    @app.get("/", include_in_schema=False)
    def dashboard() -> Response:
        if not index.is_file():
            raise QueryError("NE404", "no dashboard installed; the API is under /api/")
        return FileResponse(index, media_type="text/html; charset=utf-8")

    if settings.static_dir.is_dir():
        app.mount("/static", StaticFiles(directory=settings.static_dir), name="static")


def build_app(settings: ServeSettings) -> ASGIApp:
    """What uvicorn serves: the app with the security headers on every response."""
    return SecurityHeaders(create_app(settings))
