"""Sentence vectors cached in the archive (table ``embeddings``), so a new process re-encodes only new text.

Reads go to the database at once; writes (new vectors, and marking read rows as recently used) wait in
memory until :meth:`ArchiveEmbeddings.flush`, which the writer calls inside its batch transaction, so
vectors land together with the articles and briefs that needed them. Size: one row per distinct
embedded text (sentences a brief compared, titles, leads, quotes), about 2.1 KB each; measured 12 per
article (60 Timeline17 articles: 715 rows), so about 25 MB per 1,000 articles. Articles are never
deleted, so no vector goes stale; past ``MAX_ROWS`` the least recently used rows are deleted instead.

>>> from warta.text.embeddings import embedding_store
>>> with embedding_store(ArchiveEmbeddings(conn)) as vectors:     # doctest: +SKIP
...     story = build_story(members)
...     vectors.flush()
"""

from __future__ import annotations

import sqlite3
from collections.abc import Mapping, Sequence

import numpy as np

from warta.errors import StoreError
from warta.store.batches import rows_for
from warta.text.embeddings import DIM, Vector

MAX_ROWS = 100_000  # ~210 MB, about 8,000 articles' worth
KEEP = 0.8  # pruning keeps this share of MAX_ROWS, so it runs once in a while, not on every batch
_BYTES = DIM * 4


def to_blob(vec: Vector) -> bytes:
    """A vector as stored: DIM little-endian float32 values."""
    return np.asarray(vec, dtype="<f4").tobytes()


def from_blob(blob: bytes) -> Vector | None:
    """A stored vector, or None when the row is not one (a torn or foreign value)."""
    if len(blob) != _BYTES:
        return None
    return np.frombuffer(blob, dtype="<f4").astype(np.float32)


class ArchiveEmbeddings:
    """A :class:`warta.text.embeddings.VectorStore` over one archive connection."""

    def __init__(self, conn: sqlite3.Connection, *, writable: bool = True, max_rows: int = MAX_ROWS) -> None:
        self.conn = conn
        self.writable = writable
        self.max_rows = max_rows
        self._pending: dict[bytes, Vector] = {}
        self._read: set[bytes] = set()

    def get_many(self, keys: Sequence[bytes]) -> dict[bytes, Vector]:
        """Vectors stored (or waiting to be) for ``keys``; absent keys are left out."""
        out: dict[bytes, Vector] = {k: self._pending[k] for k in keys if k in self._pending}
        rest = list(dict.fromkeys(k for k in keys if k not in out))
        for key, blob in rows_for(
            self.conn, "SELECT key, vector FROM embeddings WHERE key IN ({marks})", rest
        ):
            vec = from_blob(blob)
            if vec is not None:
                out[bytes(key)] = vec
        if self.writable:
            self._read.update(k for k in out if k not in self._pending)
        return out

    def put_many(self, items: Mapping[bytes, Vector]) -> None:
        """Keep new vectors until :meth:`flush` (a read-only store drops them)."""
        if self.writable:
            self._pending.update(items)

    def flush(self) -> int:
        """Write waiting vectors and mark read ones used, inside the caller's transaction; returns rows written."""
        if not self.writable:
            raise StoreError("this embedding store is read-only; open the archive writable to store vectors")
        if not self._pending and not self._read:
            return 0
        generation = self.generation() + 1
        self.conn.executemany(
            "UPDATE embeddings SET used = ? WHERE key = ? AND used < ?",
            [(generation, k, generation) for k in self._read],
        )
        self.conn.executemany(
            "INSERT OR REPLACE INTO embeddings(key, vector, used) VALUES (?, ?, ?)",
            [(k, to_blob(v), generation) for k, v in self._pending.items()],
        )
        written = len(self._pending)
        self._pending.clear()
        self._read.clear()
        self.prune()
        return written

    def generation(self) -> int:
        """The latest write generation (0 for an empty table)."""
        row = self.conn.execute("SELECT max(used) FROM embeddings").fetchone()
        return int(row[0] or 0)

    def prune(self) -> int:
        """Past ``max_rows``, delete the least recently used rows down to ``KEEP`` of it; returns rows deleted."""
        if count(self.conn) <= self.max_rows:
            return 0
        keep = max(1, int(self.max_rows * KEEP))
        row = self.conn.execute(
            "SELECT used FROM embeddings ORDER BY used DESC LIMIT 1 OFFSET ?", (keep - 1,)
        ).fetchone()
        cur = self.conn.execute("DELETE FROM embeddings WHERE used < ?", (int(row[0]),))
        return cur.rowcount


def count(conn: sqlite3.Connection) -> int:
    """How many vectors the archive holds."""
    return int(conn.execute("SELECT count(*) FROM embeddings").fetchone()[0])
