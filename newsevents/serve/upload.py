"""``POST /api/ingest``: the only write, behind a bearer token, with capped uploads.

The server refuses writes unless ``NEWSEVENTS_TOKEN`` is set, and then only to a
request whose ``Authorization: Bearer`` token matches it (``hmac.compare_digest``). The
body (JSON lines, or multipart files) is capped in bytes while it streams in and in file
count; only ``.jsonl .jsonl.gz .csv .txt .html`` files are taken, each written under a
generated name in a fresh temporary folder (an uploaded name is never a path). The
ingest itself (``pipeline.ingest``) runs in a separate process, one at a time, so the
server's own read-only connections and an ingest never share a process.
"""

from __future__ import annotations

import asyncio
import hmac
import multiprocessing
from collections.abc import Awaitable, Callable, Sequence
from concurrent.futures import ProcessPoolExecutor
from datetime import date
from pathlib import Path, PurePosixPath
from tempfile import TemporaryDirectory
from typing import Any

from fastapi import APIRouter, Request
from starlette.datastructures import UploadFile
from starlette.exceptions import HTTPException
from starlette.types import Message

from newsevents.errors import InputError, NewsEventsError, ServeError
from newsevents.query.events import parse_date
from newsevents.serve.errors import ERROR_RESPONSES
from newsevents.serve.schemas import IngestOut
from newsevents.serve.settings import TOKEN_ENV, ServeSettings

router = APIRouter(responses=ERROR_RESPONSES)

SUFFIXES = (".jsonl.gz", ".jsonl", ".csv", ".txt", ".html")
"""File types an upload may have (the ingest readers' own)."""

JSONL_TYPES = ("application/x-ndjson", "application/jsonl", "application/json")
_CHUNK = 1024 * 1024


def check_token(settings: ServeSettings, authorization: str | None) -> None:
    """Allow the request only with the configured bearer token.

    Raises:
        ServeError: NE701/403 when no token is configured, NE702/401 without a bearer
            token, NE702/403 for a wrong one.
    """
    if settings.token is None:
        raise ServeError("NE701", f"the server is read-only; start it with {TOKEN_ENV} set "
                         "to allow POST /api/ingest", 403)
    scheme, _, given = (authorization or "").partition(" ")
    if scheme.lower() != "bearer" or not given.strip():
        raise ServeError("NE702", "send the token as 'Authorization: Bearer <token>'", 401)
    if not hmac.compare_digest(given.strip().encode(), settings.token.encode()):
        raise ServeError("NE702", "the bearer token is wrong", 403)


def upload_suffix(filename: str | None) -> str:
    """The accepted type of an uploaded file, from the last part of its name.

    Raises:
        InputError: NE111 for a name without one of ``SUFFIXES``.
    """
    name = PurePosixPath((filename or "").replace("\\", "/")).name.lower()
    for suffix in SUFFIXES:
        if name.endswith(suffix) and len(name) > len(suffix):
            return suffix
    raise InputError("NE111", f"upload {(filename or '')[:80]!r} is not one of "
                     f"{', '.join(SUFFIXES)}")


def _too_large(settings: ServeSettings) -> ServeError:
    return ServeError("NE703", f"the upload is larger than {settings.max_upload_bytes:,} "
                      "bytes; send fewer or smaller files", 413)


def capped_receive(receive: Callable[[], Awaitable[Message]], cap: int,
                   too_large: ServeError) -> Callable[[], Awaitable[Message]]:
    """``receive`` that raises ``too_large`` once the body passes ``cap`` bytes."""
    seen = 0

    async def limited() -> Message:
        nonlocal seen
        message = await receive()
        seen += len(message.get("body", b""))
        if seen > cap:
            raise too_large
        return message

    return limited


def _check_length(request: Request, settings: ServeSettings) -> None:
    declared = request.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > settings.max_upload_bytes:
        raise _too_large(settings)


async def _save_body(request: Request, folder: Path) -> list[Path]:
    path = folder / "upload-0001.jsonl"
    with path.open("wb") as out:
        async for chunk in request.stream():
            out.write(chunk)
    return [path]


async def _save_files(request: Request, settings: ServeSettings, folder: Path) -> list[Path]:
    try:
        form = await request.form(max_files=settings.max_upload_files, max_fields=100)
    except HTTPException as err:
        if "Too many files" in str(err.detail):
            raise ServeError("NE703", f"more than {settings.max_upload_files} files in one "
                             "upload; send them in several requests", 413) from err
        raise ServeError("NE704", f"malformed upload: {str(err.detail)[:200]}", 422) from err
    uploads = [v for _, v in form.multi_items() if isinstance(v, UploadFile)]
    if not uploads:
        raise ServeError("NE704", "the form has no files; send them as multipart file fields",
                         422)
    suffixes = [upload_suffix(u.filename) for u in uploads]  # all checked before any write
    paths = []
    for number, (upload, suffix) in enumerate(zip(uploads, suffixes, strict=True), 1):
        paths.append(await _copy(upload, folder / f"upload-{number:04d}{suffix}"))
    await form.close()
    return paths


async def _copy(upload: UploadFile, path: Path) -> Path:
    with path.open("wb") as out:
        while chunk := await upload.read(_CHUNK):
            out.write(chunk)
    return path


async def save_upload(request: Request, settings: ServeSettings, folder: Path) -> list[Path]:
    """Write the request's files (or JSON-lines body) into ``folder``; return their paths.

    Raises:
        ServeError: NE703/413 over a cap; NE704 for a body that is neither.
        InputError: NE111 for a file of another type.
    """
    _check_length(request, settings)
    capped = Request(request.scope, capped_receive(request.receive, settings.max_upload_bytes,
                                                   _too_large(settings)))
    kind = request.headers.get("content-type", "").split(";")[0].strip().lower()
    if kind == "multipart/form-data":
        return await _save_files(capped, settings, folder)
    if kind in JSONL_TYPES:
        return await _save_body(capped, folder)
    raise ServeError("NE704", f"content type {kind[:60]!r} is neither multipart/form-data "
                     f"nor one of {', '.join(JSONL_TYPES)}", 415)


def ingest_job(paths: Sequence[str], db: str, default_date: date | None) -> tuple[Any, ...]:
    """Run ``pipeline.ingest`` (in a worker process); return counts or the coded error."""
    from newsevents.config import Config
    from newsevents.pipeline import ingest

    try:
        summary = ingest(paths, db, config=Config.from_env(), default_date=default_date)
    except NewsEventsError as err:  # coded errors do not pickle: send their parts
        return ("error", err.code, err.message)
    return ("ok", summary.read, summary.stored, summary.duplicate, summary.rejected)


async def run_ingest(paths: Sequence[Path], db: str, default_date: date | None) -> IngestOut:
    """Ingest ``paths`` into ``db`` in a fresh worker process.

    Raises:
        NewsEventsError: the ingest's coded error (NE303 when the database is busy).
    """
    context = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(max_workers=1, mp_context=context) as pool:
        result = await asyncio.get_running_loop().run_in_executor(
            pool, ingest_job, [str(p) for p in paths], str(db), default_date)
    if result[0] == "error":
        raise NewsEventsError(result[1], result[2])
    _, read, stored, duplicate, rejected = result
    return IngestOut(read=read, stored=stored, duplicate=duplicate, rejected=rejected)


@router.post("/api/ingest", response_model=IngestOut)
async def post_ingest(request: Request, date: str | None = None) -> IngestOut:
    """Ingest uploaded files (multipart) or a JSON-lines body; needs the bearer token.

    ``date`` (YYYY-MM-DD) dates the records that have none.
    """
    settings: ServeSettings = request.app.state.settings
    check_token(settings, request.headers.get("authorization"))
    unknown = sorted(set(request.query_params) - {"date"})
    if unknown:
        raise ServeError("NE704", f"unknown parameter {unknown[0][:60]!r}; only date", 422)
    default_date = parse_date("date", date)
    async with request.app.state.ingest_lock:
        with TemporaryDirectory(prefix="newsevents-upload-") as folder:
            paths = await save_upload(request, settings, Path(folder))
            return await run_ingest(paths, settings.db, default_date)
