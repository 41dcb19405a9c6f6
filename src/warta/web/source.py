"""Where the app gets its archive from: opened once, on first use; writes run on one writer thread.

The archive gives each reading thread its own SQLite connection (WAL lets reads run while a write is
in progress). Adding articles analyses them, which is slow and CPU-bound, so writes go to a single
dedicated thread: one writer, and the event loop stays free for readers.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Protocol, TypeVar

from warta.store.reader import ArchiveReader
from warta.store.views import AddResult
from warta.types import RawDocument

T = TypeVar("T")


class WritableArchive(ArchiveReader, Protocol):
    """An archive the app can also add articles to (:class:`warta.store.Archive`)."""

    def add_documents(self, docs: Sequence[RawDocument]) -> AddResult:
        """Analyse and store ``docs``, assigning each to a story; already stored ones are unchanged."""
        ...

    def close(self) -> None:
        """Release the connections."""
        ...


Opener = Callable[[Path], WritableArchive]


def open_store(path: Path) -> WritableArchive:
    """The default opener: :func:`warta.store.open_archive` (creates and migrates a new file)."""
    from warta.store import open_archive

    archive: WritableArchive = open_archive(path)
    return archive


class ArchiveSource:
    """The one archive at ``path``, opened lazily, and the writer thread that adds to it."""

    def __init__(self, path: Path, *, opener: Opener = open_store) -> None:
        self.path = path
        self.opener = opener
        self._archive: WritableArchive | None = None
        self._lock = threading.Lock()
        self._writer = ThreadPoolExecutor(max_workers=1, thread_name_prefix="warta-writer")

    def reader(self) -> ArchiveReader:
        """The archive, for reading from any thread."""
        return self._open()

    def write(self, job: Callable[[WritableArchive], T]) -> T:
        """Run ``job`` on the writer thread and wait for its result."""
        archive = self._open()
        return self._writer.submit(job, archive).result()

    def close(self) -> None:
        """Finish pending writes and close the archive."""
        self._writer.shutdown(wait=True)
        with self._lock:
            if self._archive is not None:
                self._archive.close()
                self._archive = None

    def _open(self) -> WritableArchive:
        archive = self._archive
        if archive is None:
            with self._lock:
                if self._archive is None:
                    self._archive = self.opener(self.path)
                archive = self._archive
        return archive
