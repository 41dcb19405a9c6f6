"""What the archive's read layer returns: the shapes the CLI, the HTTP API and the web page share.

The read layer (:class:`warta.store.reader.ArchiveReader`) is the one place views get data from.
"""

from __future__ import annotations

from dataclasses import dataclass

from warta.types import Skipped, Story


@dataclass(frozen=True)
class StoryRow:
    """A story as listed: enough to show it in a list without loading its brief."""

    id: str
    title: str
    first_published: str | None
    last_published: str | None
    outlets: tuple[str, ...]
    article_count: int
    independent_sources: int
    updated_at: str  # ISO timestamp of the last change to the story


@dataclass(frozen=True)
class SearchHit:
    """A story matching a query, its score, a highlighted snippet and its brief."""

    story: StoryRow
    score: float
    snippet: str
    brief: Story | None = None


@dataclass(frozen=True)
class AddResult:
    """What ``warta add`` changed."""

    added: int
    unchanged: int
    skipped: tuple[Skipped, ...]
    stories_touched: tuple[str, ...]
    new_stories: tuple[str, ...]
