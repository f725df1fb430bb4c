"""The HTTP API and dashboard server (``newsevents serve``; extra ``newsevents[serve]``).

The read endpoints wrap ``newsevents.query``; ``POST /api/ingest`` wraps
``newsevents.pipeline.ingest`` behind a bearer token. Only this package imports FastAPI.
"""

from __future__ import annotations

from importlib.util import find_spec

from newsevents.errors import ConfigError

_NEEDED = ("fastapi", "uvicorn", "multipart", "pydantic")


def require_extra() -> None:
    """Check that the ``serve`` extra is installed.

    Raises:
        ConfigError: NE706 naming the missing packages and the install command.
    """
    missing = [name for name in _NEEDED if find_spec(name) is None]
    if missing:
        raise ConfigError(
            "NE706", f"`newsevents serve` needs the serve extra (missing: {', '.join(missing)}): "
            "pip install 'newsevents[serve]'"
        )
