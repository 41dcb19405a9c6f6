"""The archive: one SQLite file holding articles, stories, briefs and the search index.

>>> from warta.store import open_archive
>>> with open_archive("warta.db") as archive:          # doctest: +SKIP
...     archive.add(["articles/"])
...     hits = archive.search("banjir Watugede")

One writer at a time (a lock in-process, ``BEGIN IMMEDIATE`` across processes); readers use
their own connection per thread and keep answering while a write runs (WAL).

``add`` builds no brief: it leaves its stories *pending* (``warta.store.write``), and the first
read of stories (listing, a brief, search, export, check) builds the pending briefs of finished
adds once, one story per transaction, then reads. A read-only archive does the same through a
short-lived writable connection when the file allows it; when it cannot (no write permission, or
another connection holds the write lock: the read never waits) it reads what is stored, without
the pending articles, as during an add.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from types import TracebackType

from warta.backends import Backend
from warta.errors import StoreError
from warta.store import read
from warta.store.connection import Connections, connect, default_path
from warta.store.views import AddResult, SearchFilters, SearchHit, StoryRow
from warta.types import Article, RawDocument, Skipped, Story

Progress = Callable[[int, int], None]


class Archive:
    """A warta archive on disk; implements :class:`warta.store.reader.ArchiveReader`."""

    def __init__(self, connections: Connections) -> None:
        self._db = connections

    @classmethod
    def open(cls, path: str | Path | None = None, *, readonly: bool = False) -> Archive:
        """Open the archive at ``path`` (default: $WARTA_DB or warta.db), creating and migrating it."""
        return cls(Connections(Path(path) if path is not None else default_path(), readonly=readonly))

    @property
    def path(self) -> Path:
        """Where the archive lives."""
        return self._db.path

    def close(self) -> None:
        """Close every connection."""
        self._db.close()

    def __enter__(self) -> Archive:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    # -- reading ---------------------------------------------------------------------------

    def _current(self) -> sqlite3.Connection:
        """This thread's reader, once the briefs an add left pending are built (when this process can)."""
        self.build_pending_briefs()
        return self._db.reader()

    def _build_pending(self, *, reading: bool, progress: Progress | None = None) -> list[str]:
        """Build the pending briefs (hold ``write_lock``); see :func:`warta.store.write.build_briefs`."""
        from warta.store.write import build_briefs

        if not self._db.readonly:
            return build_briefs(self._db.writer(), reading=reading, progress=progress)
        conn = connect(self._db.path, readonly=False)
        try:
            return build_briefs(conn, reading=reading, progress=progress)
        finally:
            conn.close()

    def pending_briefs(self) -> bool:
        """Whether a finished add left briefs for the next read to build (:meth:`build_pending_briefs`)."""
        return read.has_pending(self._db.reader())

    def build_pending_briefs(self, *, progress: Progress | None = None) -> list[str]:
        """What the first read does, with ``progress`` (stories built, stories pending): build the briefs
        finished adds left, without waiting for a running add; nothing when another process writes or
        the file is read-only to us (the read then shows what is stored). Stories written."""
        # A thread of this process that is writing holds the lock: its add reads as stored.
        if not read.has_pending(self._db.reader()) or not self._db.write_lock.acquire(blocking=False):
            return []
        try:
            return self._build_pending(reading=True, progress=progress)
        except (StoreError, sqlite3.Error):
            return []  # another process writes, or the file is read-only to us: read what is stored
        finally:
            self._db.write_lock.release()

    def stories(self, *, limit: int = 50, offset: int = 0) -> list[StoryRow]:
        """Stories, most recently updated first."""
        return read.list_stories(self._current(), limit=limit, offset=offset)

    def story(self, story_id: str) -> Story | None:
        """A story's brief, or None."""
        return read.get_story(self._current(), story_id)

    def story_row(self, story_id: str) -> StoryRow | None:
        """A story as listed, or None."""
        return read.story_rows(self._current(), [story_id]).get(story_id)

    def story_articles(self, story_id: str) -> list[Article]:
        """A story's stored articles, oldest first."""
        return read.story_articles(self._current(), story_id)

    def article(self, article_id: str) -> Article | None:
        """One stored article, or None."""
        return read.get_article(self._db.reader(), article_id)

    def story_of(self, article_id: str) -> str | None:
        """The id of the story an article belongs to, or None."""
        return read.story_of(self._current(), article_id)

    def search(
        self,
        query: str,
        *,
        limit: int = 10,
        filters: SearchFilters | None = None,
        with_brief: bool = True,
        meaning: bool | None = None,
    ) -> list[SearchHit]:
        """Stories ranked for a query: words (BM25, aliases, typos), numbers, meaning; see :func:`warta.store.search.search`."""
        from warta.store.search import search

        return search(
            self._current(), query, limit=limit, filters=filters, with_brief=with_brief, meaning=meaning
        )

    def generation(self) -> int:
        """A number that changes whenever anything is committed to the archive (here or by another process).

        What a cache of answers over the archive checks before reusing one (:mod:`warta.web.search_route`).
        """
        return self._db.generation()

    def count_articles(self) -> int:
        """How many articles are stored."""
        return read.count(self._db.reader(), "articles")

    def count_stories(self) -> int:
        """How many stories are stored."""
        return read.count(self._current(), "stories")

    def terms(self, *, min_df: int = 1, max_df: int = 1 << 62) -> list[str]:
        """The archive's vocabulary (words of 4+ letters), optionally by document frequency."""
        return read.terms(self._db.reader(), min_df=min_df, max_df=max_df)

    def check(self) -> list[str]:
        """What is inconsistent in the archive (empty when it is whole)."""
        from warta.store.consistency import problems

        return problems(self._current())

    def export(self) -> Iterator[Story]:
        """Every stored story's brief (what ``warta export`` writes, one JSON line each)."""
        return read.iter_story_briefs(self._current())

    # -- writing ---------------------------------------------------------------------------

    def build_briefs(self, *, progress: Progress | None = None) -> list[str]:
        """Build every brief an add left pending now (the first read does it otherwise); stories written;
        ``progress`` is called with (stories built, stories pending)."""
        with self._db.write_lock:
            return self._build_pending(reading=False, progress=progress)

    def add(
        self,
        paths: Iterable[str | Path],
        *,
        backend: Backend | str = "local",
        batch: int = 200,
        progress: Progress | None = None,
        briefs: bool = False,
    ) -> AddResult:
        """Read, analyse and store every article under ``paths``; already stored articles are left alone.

        Their stories' briefs are built by the first read, or here with ``briefs=True``.
        """
        from warta.ingest import read as read_inputs
        from warta.store.write import add_documents

        with self._db.write_lock:
            return add_documents(
                self._db.writer(),
                read_inputs(paths),
                backend=backend,
                batch=batch,
                progress=progress,
                briefs=briefs,
            )

    def add_documents(
        self,
        docs: Iterable[RawDocument | Skipped],
        *,
        backend: Backend | str = "local",
        batch: int = 200,
        progress: Progress | None = None,
        briefs: bool = False,
    ) -> AddResult:
        """Store already-read documents (e.g. an HTTP upload); same rules as :meth:`add`."""
        from warta.store.write import add_documents

        with self._db.write_lock:
            return add_documents(
                self._db.writer(), docs, backend=backend, batch=batch, progress=progress, briefs=briefs
            )


def open_archive(path: str | Path | None = None, *, readonly: bool = False) -> Archive:
    """The one entry point: open the archive at ``path`` (default: $WARTA_DB or ./warta.db)."""
    return Archive.open(path, readonly=readonly)
