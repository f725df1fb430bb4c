"""Coded error responses: every failure is ``{"error": {"code", "message"}}``.

Bad parameters give 422, unknown ids 404, a database an ingest holds 503; nothing a
client sends should give a 500 (a 500 is a bug and says so).
"""

from __future__ import annotations

import logging

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException

from newsevents.errors import NewsEventsError, ServeError
from newsevents.serve.schemas import ErrorOut

_LOG = logging.getLogger("newsevents.serve")

# HTTP status by error code, then by code range (first digit after NE).
_BY_CODE = {"NE404": 404, "NE111": 422, "NE303": 503, "NE201": 503, "NE501": 422}
_BY_RANGE = {"1": 422, "3": 503, "4": 422, "5": 500, "6": 422}

ERROR_RESPONSES: dict[int | str, dict[str, object]] = {
    status: {"description": what, "model": ErrorOut}
    for status, what in (
        (401, "no bearer token"), (403, "read-only server or wrong token"),
        (404, "unknown id"), (413, "upload too large"), (422, "invalid parameter"),
        (503, "database in use by an ingest"),
    )
}  # fmt: skip


def error_response(code: str, message: str, status: int,
                   headers: dict[str, str] | None = None) -> JSONResponse:
    """The JSON error body with ``status``."""
    return JSONResponse({"error": {"code": code, "message": message}}, status, headers)


def status_of(err: NewsEventsError) -> int:
    """The HTTP status of a coded error."""
    if isinstance(err, ServeError):
        return err.status
    return _BY_CODE.get(err.code, _BY_RANGE.get(err.code[2:3], 500))


async def _coded(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, NewsEventsError)
    headers = {"WWW-Authenticate": "Bearer"} if getattr(exc, "status", None) == 401 else None
    return error_response(exc.code, exc.message, status_of(exc), headers)


async def _invalid(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, RequestValidationError)
    problems = "; ".join(
        f"{'.'.join(str(p) for p in e.get('loc', ()))}: {e.get('msg', 'invalid')}"
        for e in exc.errors()
    )
    return error_response("NE401", f"invalid request: {problems[:500]}", 422)


async def _http(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, HTTPException)
    if exc.status_code == 404:
        return error_response("NE404", f"no such path {request.url.path[:200]!r}", 404)
    if exc.status_code == 405:
        return error_response("NE705", f"{request.method} is not allowed on this path", 405)
    return error_response("NE401", f"bad request: {str(exc.detail)[:300]}", exc.status_code)


async def _bug(request: Request, exc: Exception) -> JSONResponse:
    _LOG.exception("unexpected error on %s %s", request.method, request.url.path)
    return error_response("NE707", "internal server error; please report it (see SECURITY.md)",
                          500)


def install_error_handlers(app: FastAPI) -> None:
    """Turn every error the app can raise into a coded JSON response."""
    app.add_exception_handler(NewsEventsError, _coded)
    app.add_exception_handler(RequestValidationError, _invalid)
    app.add_exception_handler(HTTPException, _http)
    app.add_exception_handler(Exception, _bug)
