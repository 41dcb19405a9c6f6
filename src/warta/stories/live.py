"""The live stories of a :class:`warta.stories.cluster.StoryIndex`: centroids by story, in start order.

Besides each centroid the set keeps a small summary of every live story (its last day, when it was
last touched, whether it has an embedding): enough to retire quiet stories and pick the oldest one
without the centroid itself. So a set restored from storage can hold only summaries and decode a
centroid the first time it is asked for (``load``), and an index opened on a large archive reads
the few centroids its new articles are compared with, not all of them.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass

from warta.stories.centroid import Centroid


@dataclass(frozen=True)
class Summary:
    """What retiring and ranking a live story need, without its centroid."""

    last: int | None
    touched: int
    has_embedding: bool
    first: int | None = None  # the first day, when known (None with a ``last``: not known, read the centroid)


def summary_of(centroid: Centroid) -> Summary:
    """The summary of one centroid."""
    return Summary(centroid.last, centroid.touched, bool(centroid.embedding.size), centroid.first)


class LiveStories:
    """Live stories in start order; centroids held in memory or loaded on first use."""

    def __init__(self, *, load: Callable[[str], Centroid] | None = None) -> None:
        self._summaries: dict[str, Summary] = {}
        self._centroids: dict[str, Centroid] = {}
        self._load = load

    def __contains__(self, story_id: object) -> bool:
        return story_id in self._summaries

    def __len__(self) -> int:
        return len(self._summaries)

    def __iter__(self) -> Iterator[str]:
        return iter(self._summaries)

    def known(self, story_id: str, summary: Summary) -> None:
        """Note a live story whose centroid is loaded when first asked for."""
        self._summaries[story_id] = summary

    def put(self, centroid: Centroid) -> None:
        """Add a centroid, or note that one changed (call after every change)."""
        self._summaries[centroid.id] = summary_of(centroid)
        self._centroids[centroid.id] = centroid

    def get(self, story_id: str) -> Centroid:
        """The centroid of a live story (KeyError for a story that is not live)."""
        if story_id not in self._summaries:
            raise KeyError(story_id)
        found = self._centroids.get(story_id)
        if found is None:
            if self._load is None:
                raise KeyError(story_id)
            found = self._centroids[story_id] = self._load(story_id)
        return found

    def summary(self, story_id: str) -> Summary:
        """The summary of a live story."""
        return self._summaries[story_id]

    def pop(self, story_id: str) -> bool:
        """Remove a story from the live set; whether it was live."""
        self._centroids.pop(story_id, None)
        return self._summaries.pop(story_id, None) is not None

    def quiet(self, *, before_day: int, before_tick: int) -> list[str]:
        """Stories last dated before ``before_day`` and untouched since ``before_tick``, in order."""
        return [
            sid
            for sid, s in self._summaries.items()
            if s.last is not None and s.last < before_day and s.touched < before_tick
        ]

    def oldest(self) -> str:
        """The story touched longest ago (ties: the smallest id)."""
        return min(self._summaries.items(), key=lambda kv: (kv[1].touched, kv[0]))[0]

    def centroids(self, only: Iterable[str] | None = None) -> list[Centroid]:
        """Centroids in start order: every one, or those of ``only`` (loading them if needed)."""
        wanted = None if only is None else set(only)
        return [self.get(sid) for sid in self._summaries if wanted is None or sid in wanted]
