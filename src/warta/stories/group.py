"""Batch grouping of articles into stories with the story engine (records → dedupe → StoryIndex).

Articles are added to a :class:`~warta.stories.cluster.StoryIndex` earliest first (then by id), so
the result does not depend on the order the articles were given in.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from warta.backends import Backend
from warta.stories.cluster import ClusterOptions, StoryIndex
from warta.stories.dedupe import DedupeOptions, arrival_key
from warta.stories.records import Record, build_records
from warta.types import Article


@dataclass(frozen=True)
class GroupingOptions:
    """How articles are grouped: the clustering and dedupe settings, and where records are built."""

    cluster: ClusterOptions = field(default_factory=ClusterOptions)
    dedupe: DedupeOptions = field(default_factory=DedupeOptions)
    backend: str = "local"


def index_records(records: Sequence[Record], *, options: GroupingOptions | None = None) -> StoryIndex:
    """A StoryIndex with every record added, earliest first."""
    opts = options or GroupingOptions()
    index = StoryIndex(options=opts.cluster, dedupe=opts.dedupe)
    for record in sorted(records, key=arrival_key):
        index.add(record)
    return index


def group_records(records: Sequence[Record], *, options: GroupingOptions | None = None) -> list[list[int]]:
    """Indices of ``records`` grouped into stories, each group in input order, groups by first index."""
    index = index_records(records, options=options)
    groups: dict[str, list[int]] = {}
    for i, record in enumerate(records):
        groups.setdefault(index.story_of(record.id) or record.id, []).append(i)
    return sorted(groups.values(), key=lambda g: g[0])


def group_articles(
    articles: Sequence[Article],
    *,
    options: GroupingOptions | None = None,
    backend: Backend | str | None = None,
) -> list[list[int]]:
    """Indices of ``articles`` grouped into stories, each group in input order, groups by first index."""
    opts = options or GroupingOptions()
    records = list(build_records(articles, backend=backend or opts.backend))
    return group_records(records, options=opts)
