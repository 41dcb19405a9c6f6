"""Politeness: at most N requests in flight per host, and a minimum gap between requests to one host.

>>> limits = HostLimits(interval=0.0, per_host=2)
>>> with limits.slot("https://example.com/a"):
...     pass
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager

from warta.ingest.fetch_urls import host_of


class HostLimits:
    """A per-host concurrency cap and request interval, shared by every thread of one fetcher."""

    def __init__(
        self,
        *,
        interval: float = 1.0,
        per_host: int = 2,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        self.interval = interval
        self.per_host = per_host
        self._clock = clock
        self._sleep = sleep
        self._lock = threading.Lock()
        self._slots: dict[str, threading.Semaphore] = {}
        self._next: dict[str, float] = {}

    @contextmanager
    def slot(self, url: str, *, delay: float | None = None) -> Iterator[None]:
        """Hold one of the host's slots, waiting first until the host's next request is due."""
        host = host_of(url)
        with self._lock:
            semaphore = self._slots.setdefault(host, threading.Semaphore(self.per_host))
        with semaphore:
            self._wait_turn(host, max(self.interval, delay or 0.0))
            yield

    def hold_off(self, url: str, seconds: float) -> None:
        """Make the host's next request wait at least ``seconds`` (a 429's Retry-After)."""
        host = host_of(url)
        with self._lock:
            self._next[host] = max(self._next.get(host, 0.0), self._clock() + seconds)

    def _wait_turn(self, host: str, gap: float) -> None:
        with self._lock:
            now = self._clock()
            due = max(now, self._next.get(host, now))
            self._next[host] = due + gap
        if due > now:
            self._sleep(due - now)
