"""Counting what a read gave, so callers (the CLI, the pipeline) can report it without logic of their own.

>>> stats = ReadStats()
>>> docs = list(stats.documents([Skipped("a.bin", "binary file, not text")]))
>>> stats.read, [s.source for s in stats.skipped]
(0, ['a.bin'])
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from warta.types import RawDocument, Skipped


@dataclass
class ReadStats:
    """A running count of documents read and the Skipped items met along the way."""

    read: int = 0
    skipped: list[Skipped] = field(default_factory=list)

    def documents(self, items: Iterable[RawDocument | Skipped]) -> Iterator[RawDocument]:
        """The RawDocuments of ``items``, lazily, counting them and keeping every Skipped aside."""
        for item in items:
            if isinstance(item, Skipped):
                self.skipped.append(item)
            else:
                self.read += 1
                yield item

    def summary(self) -> str:
        """One line for the user, e.g. ``read 12 articles, skipped 2 inputs``."""
        noun = "article" if self.read == 1 else "articles"
        tail = f", skipped {len(self.skipped)} input{'' if len(self.skipped) == 1 else 's'}"
        return f"read {self.read} {noun}{tail if self.skipped else ''}"
