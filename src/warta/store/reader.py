"""The read layer's contract: every view (CLI, HTTP API, web page, Python API) reads through this."""

from __future__ import annotations

from typing import Protocol

from warta.store.views import SearchFilters, SearchHit, StoryRow
from warta.types import Article, Story


class ArchiveReader(Protocol):
    """Read-only access to a warta archive."""

    def stories(self, *, limit: int = 50, offset: int = 0) -> list[StoryRow]:
        """Stories, most recently updated first."""
        ...

    def story(self, story_id: str) -> Story | None:
        """A story's brief (with figures, quotes, entities, timeline where known), or None."""
        ...

    def article(self, article_id: str) -> Article | None:
        """One stored article, or None."""
        ...

    def search(
        self,
        query: str,
        *,
        limit: int = 10,
        filters: SearchFilters | None = None,
        with_brief: bool = True,
        meaning: bool | None = None,
    ) -> list[SearchHit]:
        """Stories ranked for a query: words (BM25, aliases, typos), numbers, meaning; filters; brief optional."""
        ...

    def count_articles(self) -> int:
        """How many articles are stored."""
        ...
