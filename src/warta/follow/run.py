"""The polling loop: a round now, then one every ``every`` seconds until stopped.

>>> parse_every("10m"), parse_every("1h30m"), parse_every("45")
(600.0, 5400.0, 45.0)
"""

from __future__ import annotations

import re
import threading
from collections.abc import Callable, Sequence
from pathlib import Path

from warta.errors import ConfigError
from warta.follow.poll import Follower
from warta.follow.report import RoundReport
from warta.follow.sources import Source
from warta.ingest.fetch import Fetcher, FetchOptions
from warta.store import open_archive
from warta.store.follow_state import FollowState

_UNITS = {"s": 1.0, "m": 60.0, "h": 3600.0, "d": 86400.0}
_EVERY = re.compile(r"(\d+(?:\.\d+)?)([smhd]?)")


def parse_every(text: str) -> float:
    """A period such as ``10m``, ``1h30m``, ``90s`` or ``45`` (seconds), in seconds."""
    compact = text.strip().lower().replace(" ", "")
    parts = _EVERY.findall(compact)
    if not compact or "".join(n + u for n, u in parts) != compact:
        raise ConfigError(f"cannot read the period {text!r}; write it like 10m, 1h, 90s or 1h30m")
    seconds = sum(float(n) * _UNITS[u or "s"] for n, u in parts)
    if seconds <= 0:
        raise ConfigError(f"the period {text!r} must be longer than zero")
    return seconds


def follow(
    sources: Sequence[Source],
    *,
    db: str | Path | None = None,
    every: float | None = None,
    backend: str = "local",
    fetch: FetchOptions | None = None,
    stop: threading.Event | None = None,
    on_round: Callable[[RoundReport], None] = lambda report: None,
) -> list[RoundReport]:
    """Poll ``sources`` into the archive at ``db``: once when ``every`` is None, else until ``stop`` is set."""
    halt = stop or threading.Event()
    reports: list[RoundReport] = []
    with (
        open_archive(db) as archive,
        FollowState.open(archive.path) as state,
        Fetcher(options=fetch) as fetcher,
    ):
        follower = Follower(archive, state, fetcher, backend=backend)
        while not halt.is_set():
            report = follower.poll(sources, number=len(reports) + 1, stop=halt.is_set)
            reports.append(report)
            on_round(report)
            if every is None or halt.wait(every):
                break
    return reports
