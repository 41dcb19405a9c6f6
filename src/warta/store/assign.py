"""Incremental story assignment: the one place the archive meets the story engine.

With the story engine's ``warta.stories.cluster.StoryIndex`` (``add(record) -> story_id``) its
state is opened lazily from the archive's tables (``warta.store.lazy_index``: only the rows the new
articles need are read) and saved to them (``warta.store.index_tables``: only the rows a batch changed). Until it is installed, a nearest-article rule over the stored records stands in, with the same contract.
"""

from __future__ import annotations

import hashlib
import importlib
import math
import sqlite3
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

import numpy as np
import numpy.typing as npt
from threadpoolctl import threadpool_limits

from warta.store import index_tables
from warta.stories.records import Record, record_from_json

# Stand-in thresholds, in line with warta.stories.group's defaults.
SEMANTIC_LINK = 0.62
MIXED_LINK = 0.42
MAX_DAYS_APART = 10


def new_story_id(first_article: str) -> str:
    """A stable story id from the story's first article (ids never change as a story grows)."""
    return "s" + hashlib.sha256(first_article.encode()).hexdigest()[:11]


def _engine() -> Any | None:
    try:
        module = importlib.import_module("warta.stories.cluster")
    except ImportError:
        return None
    return getattr(module, "StoryIndex", None)


@dataclass
class _Nearest:
    """The stand-in index: each article joins the story of its most similar stored article."""

    ids: list[str] = field(default_factory=list)
    stories: list[str] = field(default_factory=list)
    days: list[int | None] = field(default_factory=list)
    terms: list[frozenset[str]] = field(default_factory=list)
    vecs: list[npt.NDArray[np.float32]] = field(default_factory=list)

    def add(self, record: Record) -> str:
        vec = np.asarray(record.embedding, dtype=np.float32)
        terms = frozenset(record.title_terms + record.body_terms[:120] + record.name_keys)
        day = _day(record.published)
        best, best_sim = -1, 0.0
        if self.vecs and vec.size:
            sem = np.stack(self.vecs) @ vec if all(v.size == vec.size for v in self.vecs) else None
            for i in range(len(self.ids)):
                other = self.days[i]
                if day is not None and other is not None and abs(day - other) > MAX_DAYS_APART:
                    continue
                s = float(sem[i]) if sem is not None else 0.0
                lex = _overlap(terms, self.terms[i])
                linked = s >= SEMANTIC_LINK or 0.5 * s + 0.5 * lex >= MIXED_LINK
                if linked and max(s, lex) > best_sim:
                    best, best_sim = i, max(s, lex)
        story = self.stories[best] if best >= 0 else new_story_id(record.id)
        self.ids.append(record.id)
        self.stories.append(story)
        self.days.append(day)
        self.terms.append(terms)
        self.vecs.append(vec)
        return story


def _day(published: str | None) -> int | None:
    try:
        return date.fromisoformat(published[:10]).toordinal() if published else None
    except ValueError:
        return None


def _overlap(a: frozenset[str], b: frozenset[str]) -> float:
    if not a or not b:
        return 0.0
    return len(a & b) / math.sqrt(len(a) * len(b))


class Assigner:
    """Assigns records to stories and remembers its state in the archive (row by row)."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self._conn = conn
        self._index: Any = None  # the engine's StoryIndex, or the stand-in
        self._native = _engine() is not None
        self._generation = 0
        self._everything = False  # the next save writes the whole index (after a rebuild)
        if self._native:
            self._load()
        else:
            self._index = _Nearest()
            for record in self._records():
                self._restore(record)

    def _load(self) -> None:
        from warta.store.lazy_index import open_index
        from warta.stories.cluster import StoryIndex

        try:
            found = open_index(self._conn)  # read row by row as the new articles need them
        except (KeyError, TypeError, ValueError):
            found = None  # rows written by another version of the engine
            self._everything = True
        if found is not None:
            self._index, self._generation = found
            return
        # Nothing usable stored: rebuild the index from the stored records (none: a new archive).
        self._index = StoryIndex()
        for record in self._records():
            self._index.add(record)
            self._everything = True

    def refresh(self) -> None:
        """Reload the stored index if another writer saved since (call inside the write transaction)."""
        if self._native and index_tables.generation(self._conn) != self._generation:
            self._load()

    def _records(self) -> Iterator[Record]:
        rows = self._conn.execute(
            "SELECT f.record FROM fingerprints f JOIN articles a ON a.id = f.article_id ORDER BY a.rowid"
        )
        for (text,) in rows:
            yield record_from_json(text)

    def _restore(self, record: Record) -> None:
        row = self._conn.execute(
            "SELECT story_id FROM story_articles WHERE article_id = ?", (record.id,)
        ).fetchone()
        if row is not None:
            idx: _Nearest = self._index
            idx.ids.append(record.id)
            idx.stories.append(str(row[0]))
            idx.days.append(_day(record.published))
            idx.terms.append(frozenset(record.title_terms + record.body_terms[:120] + record.name_keys))
            idx.vecs.append(np.asarray(record.embedding, dtype=np.float32))

    def assign(self, records: Sequence[Record]) -> dict[str, str]:
        """Article id -> story id for each record, in order (earlier records can pull later ones in)."""
        # Each article is compared with every live story's embedding (one matrix-vector product):
        # BLAS threads cost far more than they save on it (×15 CPU on a busy 2-core machine), and
        # one thread gives the same numbers.
        with threadpool_limits(1, user_api="blas"):
            return {r.id: str(self._index.add(r)) for r in records}

    def save(self) -> None:
        """Persist what the engine changed since the last save (inside the caller's transaction)."""
        if not self._native:
            return  # the stand-in rebuilds itself from the fingerprints table
        if self._everything:
            index_tables.clear(self._conn)
        self._generation = max(self._generation, index_tables.generation(self._conn)) + 1
        index_tables.save(self._conn, self._index, generation=self._generation, everything=self._everything)
        self._everything = False
