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
class SearchFilters:
    """What a search is limited to: articles published in ``[since, until]`` (ISO dates), by an outlet, in a language.

    A story matches when one of its articles passes every filter set; ``None`` means no limit.
    ``outlet`` matches case-insensitively, as the whole name or its start ("kompas" finds "Kompas TV").
    """

    since: str | None = None
    until: str | None = None
    outlet: str | None = None
    language: str | None = None

    @property
    def active(self) -> bool:
        """Whether any filter is set."""
        return any(v is not None for v in (self.since, self.until, self.outlet, self.language))


@dataclass(frozen=True)
class SearchHit:
    """A story matching a query: its row, score, a highlighted snippet, its first summary sentences.

    ``matched`` says how it was found: ``"words"`` (the query's words, aliases or typo corrections),
    ``"numbers"`` (a stated quantity), ``"meaning"`` (the multilingual vector, for a query in another
    language). ``brief`` holds the whole brief only when it was asked for; otherwise it is one request
    away (``GET /stories/{id}``, ``warta show ID``).
    """

    story: StoryRow
    score: float
    snippet: str
    brief: Story | None = None
    summary: tuple[str, ...] = ()
    matched: tuple[str, ...] = ()


def hit_dict(hit: SearchHit) -> dict[str, object]:
    """``warta.codec.to_dict(hit)``, written out: a search answer encodes up to 100 of them.

    The same keys in the same order as the dataclasses' fields (``tests/test_store_views.py`` holds it).
    """
    from warta.codec import to_dict

    row = hit.story
    return {
        "story": {
            "id": row.id,
            "title": row.title,
            "first_published": row.first_published,
            "last_published": row.last_published,
            "outlets": list(row.outlets),
            "article_count": row.article_count,
            "independent_sources": row.independent_sources,
            "updated_at": row.updated_at,
        },
        "score": hit.score,
        "snippet": hit.snippet,
        "brief": None if hit.brief is None else to_dict(hit.brief),
        "summary": list(hit.summary),
        "matched": list(hit.matched),
    }


@dataclass(frozen=True)
class AddResult:
    """What ``warta add`` changed."""

    added: int
    unchanged: int
    skipped: tuple[Skipped, ...]
    stories_touched: tuple[str, ...]
    new_stories: tuple[str, ...]
