"""Serving with several uvicorn worker processes: each worker builds the app from the environment.

uvicorn starts workers as fresh processes, so it needs an import string, not an app object:
``warta serve --workers N`` writes the archive path and options to ``$WARTA_SERVE`` (JSON) and
points uvicorn at :func:`app_from_env`. Readers scale with the workers (each has its own SQLite
connections and memos); writes from any worker take the archive's cross-process write lock.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

from fastapi import FastAPI

from warta.web.options import WebOptions

ENV = "WARTA_SERVE"
FACTORY = "warta.web.workers:app_from_env"


def export(path: Path, options: WebOptions) -> None:
    """Put what :func:`app_from_env` needs in this process's environment (the workers inherit it)."""
    os.environ[ENV] = json.dumps(
        {
            "db": str(path),
            "max_body_bytes": options.max_body_bytes,
            "read_only": options.read_only,
            "search_cache": options.search_cache,
            "token": options.token,
        }
    )


def app_from_env() -> FastAPI:
    """The app over the archive :func:`export` named (uvicorn's factory in each worker)."""
    from warta.web.app import create_app

    spec = json.loads(os.environ[ENV])
    options = WebOptions(
        max_body_bytes=int(spec["max_body_bytes"]),
        read_only=bool(spec["read_only"]),
        search_cache=int(spec.get("search_cache", WebOptions.search_cache)),
        token=spec.get("token") or None,
    )
    return create_app(Path(spec["db"]), options=options)
