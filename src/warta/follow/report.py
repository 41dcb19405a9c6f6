"""What one polling round changed, per source and in all, and the lines ``warta follow`` prints for it."""

from __future__ import annotations

import re
from dataclasses import dataclass
from http import HTTPStatus

from warta.types import Skipped

_DNS = re.compile(
    r"name or service not known|name resolution|nodename nor servname|getaddrinfo|no address", re.I
)


def failure_reason(error: str | None, status: int = 0) -> str:
    """A fetch failure in words a user acts on: unreachable (DNS, refused), timed out, HTTP status, robots.

    >>> failure_reason("connection failed ([Errno -2] Name or service not known)")
    'unreachable: DNS lookup failed (no such host)'
    >>> failure_reason("HTTP 404", 404)
    'HTTP 404 Not Found'
    """
    text = error or (f"HTTP {status}" if status else "no answer")
    if text.startswith("HTTP "):
        code = int(text.split()[1]) if text.split()[1].isdigit() else status
        try:
            return f"HTTP {code} {HTTPStatus(code).phrase}"
        except ValueError:
            return f"HTTP {code}"
    if text == "disallowed by robots.txt":
        return "robots.txt disallows it (warta obeys robots.txt; --ignore-robots for your own sites)"
    if text.startswith("connection failed"):
        inner = text.partition("(")[2].rstrip(")") or text
        if _DNS.search(inner):
            return "unreachable: DNS lookup failed (no such host)"
        if "refused" in inner.lower():
            return "unreachable: connection refused"
        return f"unreachable: {inner}"
    return text


@dataclass(frozen=True)
class SourceReport:
    """One source in one round: its feeds and sitemaps asked, read, unchanged (304) or failed."""

    name: str
    listings: int  # feeds and sitemaps asked (sitemap-index children included)
    read: int  # answered with a listing
    unchanged: int  # answered 304 Not Modified
    new_articles: int
    problems: tuple[str, ...] = ()  # one per listing that failed: "URL: reason"
    pages_failed: int = 0

    @property
    def readable(self) -> bool:
        """Whether any of its feeds or sitemaps answered (with a listing, or 304 unchanged)."""
        return self.read + self.unchanged > 0

    def line(self) -> str:
        """``Kabar Pantura: 2 new articles (2 of 2 feeds and sitemaps read)``, or what went wrong."""
        if not self.readable:
            head = f"{self.name}: could not be read"
        elif self.new_articles:
            head = f"{self.name}: {_count(self.new_articles, 'new article')}"
        elif self.unchanged and not self.read:
            head = f"{self.name}: unchanged since the last poll (304 Not Modified)"
        else:
            head = f"{self.name}: no new articles"
        parts = []
        if self.readable and (self.read or self.new_articles):
            parts.append(
                f"{self.read + self.unchanged} of {_count(self.listings, 'feed or sitemap', 'feeds and sitemaps')} answered"
            )
        if self.pages_failed:
            parts.append(f"{_count(self.pages_failed, 'page')} could not be fetched")
        line = head + (f" ({'; '.join(parts)})" if parts else "")
        return line + "".join(f"\n  {p}" for p in self.problems)


@dataclass(frozen=True)
class RoundReport:
    """One round's outcome: articles and stories added, stories whose facts changed, what failed."""

    number: int
    new_articles: int
    new_stories: tuple[str, ...]
    updated_stories: tuple[str, ...]
    changed_facts: tuple[str, ...]
    pages_fetched: int
    listings_unchanged: int  # feeds and sitemaps that answered 304
    copies: int  # AMP/mobile copies of pages already stored
    failures: tuple[Skipped, ...]
    skipped: tuple[Skipped, ...]
    stopped: bool = False
    sources: tuple[SourceReport, ...] = ()  # per source, in the order polled

    @property
    def nothing_read(self) -> bool:
        """True when sources were polled and not one of them could be read (``warta follow`` exits 1)."""
        return bool(self.sources) and not any(s.readable for s in self.sources)

    def summary(self) -> str:
        """One line, e.g. ``round 2: 3 new articles, 1 new story, 1 story with changed facts; ...``."""
        parts = [
            _count(self.new_articles, "new article"),
            _count(len(self.new_stories), "new story", "new stories"),
            _count(len(self.updated_stories), "story updated", "stories updated"),
            _count(len(self.changed_facts), "story with changed facts", "stories with changed facts"),
        ]
        tail = [
            _count(self.pages_fetched, "page") + " fetched",
            _count(self.listings_unchanged, "feed") + " unchanged",
        ]
        if self.copies:
            tail.append(_count(self.copies, "copy", "copies") + " of stored pages")
        if self.skipped:
            tail.append(f"{len(self.skipped)} skipped")
        if self.failures:
            tail.append(f"{len(self.failures)} failed")
        if self.sources:
            read = sum(s.readable for s in self.sources)
            tail.append(f"{read} of {_count(len(self.sources), 'source')} read")
        stop = " (stopped early)" if self.stopped else ""
        return f"round {self.number}: {', '.join(parts)}; {', '.join(tail)}{stop}"


def _count(n: int, one: str, many: str | None = None) -> str:
    return f"{n} {one if n == 1 else (many or one + 's')}"
