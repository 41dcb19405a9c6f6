"""What one polling round changed, and the one line ``warta follow`` prints for it."""

from __future__ import annotations

from dataclasses import dataclass

from warta.types import Skipped


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

    def summary(self) -> str:
        """One line, e.g. ``round 2: 3 new articles, 1 new story, 1 story with changed facts; ...``."""
        parts = [
            _count(self.new_articles, "new article"),
            _count(len(self.new_stories), "new story", "new stories"),
            _count(len(self.updated_stories), "story updated", "stories updated"),
            _count(len(self.changed_facts), "story with changed facts", "stories with changed facts"),
        ]
        tail = [
            f"{self.pages_fetched} pages fetched",
            f"{self.listings_unchanged} feeds unchanged",
        ]
        if self.copies:
            tail.append(_count(self.copies, "copy", "copies") + " of stored pages")
        if self.skipped:
            tail.append(f"{len(self.skipped)} skipped")
        if self.failures:
            tail.append(f"{len(self.failures)} failed")
        stop = " (stopped early)" if self.stopped else ""
        return f"round {self.number}: {', '.join(parts)}; {', '.join(tail)}{stop}"


def _count(n: int, one: str, many: str | None = None) -> str:
    return f"{n} {one if n == 1 else (many or one + 's')}"
