"""How many BLAS threads the sentence encoder uses: one unless told otherwise (numpy-free, read before numpy loads)."""

from __future__ import annotations

import os

THREADS_ENV = "WARTA_ENCODER_THREADS"
_threads: int | None = None  # choose_threads(); None: the environment, else 1


def encoder_threads() -> int:
    """The BLAS threads the encoder uses: choose_threads(), else $WARTA_ENCODER_THREADS, else 1."""
    if _threads is not None:
        return _threads
    raw = os.environ.get(THREADS_ENV, "").strip()
    try:
        return max(1, int(raw)) if raw else 1
    except ValueError:
        from warta.errors import ConfigError

        raise ConfigError(f"{THREADS_ENV}={raw!r} is not a whole number; set it to 1, 2, ...") from None


def choose_threads(threads: int | None) -> None:
    """Use ``threads`` from now on (None: back to the environment's); see ``embeddings.set_encoder_threads``."""
    global _threads
    if threads is not None and threads < 1:
        raise ValueError("threads must be 1 or more")
    _threads = threads
