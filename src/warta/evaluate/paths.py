"""Where evaluation data lives by default: the read-only ``shared/`` folder beside the repo."""

from __future__ import annotations

import os
from pathlib import Path

from warta.errors import ConfigError


def default_shared() -> Path:
    """``$WARTA_SHARED``, else ``../shared`` from the working directory, else beside the source tree."""
    candidates = []
    if env := os.environ.get("WARTA_SHARED"):
        candidates.append(Path(env))
    candidates += [
        Path.cwd().parent / "shared",
        Path.cwd() / "shared",
        Path(__file__).resolve().parents[4] / "shared",
    ]
    for c in candidates:
        if c.is_dir():
            return c
    raise ConfigError("cannot find the shared/ evaluation folder; pass --shared PATH or set WARTA_SHARED")
