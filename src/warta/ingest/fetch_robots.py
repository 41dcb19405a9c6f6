"""robots.txt: fetched once per host, then asked before every request to that host.

A robots.txt that is missing (4xx) allows everything; one that cannot be fetched (5xx, timeout)
disallows the host for this run, as the robots exclusion standard (RFC 9309) asks. :meth:`RobotsRules.refusal`
says why a URL is refused: the rules, or the host not answering (so a dead host is reported as
unreachable, not as disallowed).
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from urllib.robotparser import RobotFileParser

from warta.ingest.fetch_urls import host_of

# Fetches a robots.txt URL: (status, body, error); status 0 and the error when no answer came at all.
RobotsGetter = Callable[[str], tuple[int, bytes, str | None]]
DISALLOWED = "disallowed by robots.txt"


class RobotsRules:
    """Per-host robots.txt rules for one user agent, each host's file fetched once."""

    def __init__(self, get: RobotsGetter, *, agent: str) -> None:
        self._get = get
        self._agent = agent
        self._parsers: dict[str, RobotFileParser] = {}
        self._unavailable: dict[str, str] = {}  # host -> why its robots.txt could not be read
        self._lock = threading.Lock()

    def allowed(self, url: str) -> bool:
        """Whether robots.txt lets our agent fetch ``url``."""
        return self._parser(host_of(url)).can_fetch(self._agent, url)

    def refusal(self, url: str) -> str | None:
        """Why ``url`` may not be fetched (None when it may): the host's robots.txt unreadable, or its rules."""
        if self.allowed(url):
            return None
        with self._lock:
            return self._unavailable.get(host_of(url), DISALLOWED)

    def crawl_delay(self, url: str) -> float | None:
        """The host's Crawl-delay for our agent, in seconds, if it sets one."""
        delay = self._parser(host_of(url)).crawl_delay(self._agent)
        return float(delay) if delay is not None else None

    def _parser(self, host: str) -> RobotFileParser:
        with self._lock:
            found = self._parsers.get(host)
        if found is not None:
            return found
        parser = RobotFileParser(f"{host}/robots.txt")
        status, body, error = self._get(f"{host}/robots.txt")
        if 200 <= status < 300:
            parser.parse(body.decode("utf-8", errors="replace").splitlines())
        elif 400 <= status < 500:
            parser.parse([])
        else:
            parser.parse(["User-agent: *", "Disallow: /"])
            why = (
                error
                if status == 0 and error
                else f"robots.txt answered HTTP {status}: host skipped this run"
            )
            with self._lock:
                self._unavailable.setdefault(host, why)
        with self._lock:
            return self._parsers.setdefault(host, parser)
