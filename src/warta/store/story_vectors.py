"""One multilingual vector per story, for queries in another language than the story's (table ``story_vectors``).

A story's vector is the normalised mean of its articles' lead embeddings, which the story engine has
already computed for clustering (``fingerprints.record``), so keeping it costs no encoding. A query is
encoded once (the sentence encoder loads only when a query needs it) and compared by cosine.

>>> nearest(conn, query_vector(["russian troops"]), limit=5)     # doctest: +SKIP
[('s-1f3a', 0.41), ...]
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from functools import cache
from typing import Any

import numpy as np

from warta.store.embeddings import to_blob
from warta.store.memo import remembered
from warta.text.embeddings import DIM, Vector


def member_leads(conn: sqlite3.Connection, story_id: str) -> list[list[float]]:
    """The lead embeddings of a story's stored articles (records without one are left out)."""
    rows = conn.execute(
        "SELECT f.record FROM story_articles m JOIN fingerprints f ON f.article_id = m.article_id "
        "WHERE m.story_id = ?",
        (story_id,),
    )
    out = []
    for (record,) in rows:
        vec = json.loads(record).get("embedding") or []
        if len(vec) == DIM:
            out.append([float(x) for x in vec])
    return out


def mean_vector(rows: Sequence[Sequence[float]]) -> Vector | None:
    """The unit-length mean of ``rows``, or None when there are none (or they cancel out)."""
    if not rows:
        return None
    mean = np.asarray(rows, dtype=np.float32).mean(axis=0)
    norm = float(np.linalg.norm(mean))
    if norm == 0.0:
        return None
    result: Vector = (mean / norm).astype(np.float32)
    return result


def write_story_vector(
    conn: sqlite3.Connection, story_id: str, *, leads: Sequence[Sequence[float]] | None = None
) -> bool:
    """Store (or replace) a story's vector from its members' leads; False when it has none.

    ``leads``: the members' lead embeddings when the caller has already read their records (else they
    are read from ``fingerprints``).
    """
    rows = member_leads(conn, story_id) if leads is None else [v for v in leads if len(v) == DIM]
    vec = mean_vector(rows)
    if vec is None:
        conn.execute("DELETE FROM story_vectors WHERE story_id = ?", (story_id,))
        return False
    conn.execute(
        "INSERT OR REPLACE INTO story_vectors(story_id, vector) VALUES (?, ?)", (story_id, to_blob(vec))
    )
    return True


def backfill_story_vectors(conn: sqlite3.Connection) -> None:
    """Vectors for stories stored before ``story_vectors`` existed (migration 4)."""
    for (sid,) in conn.execute("SELECT id FROM stories").fetchall():
        write_story_vector(conn, str(sid))


def query_vector(texts: Sequence[str]) -> Vector:
    """The unit-length vector of a query (loads the sentence encoder on first use)."""
    from warta.text.embeddings import embed

    vec = mean_vector(embed(list(texts)).tolist())
    return vec if vec is not None else np.zeros(DIM, dtype=np.float32)


@dataclass(frozen=True)
class VectorMatrix:
    """Every stored story vector as one matrix: row ``i`` is story ``ids[i]`` (table order)."""

    ids: tuple[str, ...]
    matrix: Vector  # shape (len(ids), DIM), float32


def load_matrix(conn: sqlite3.Connection) -> VectorMatrix:
    """The ``story_vectors`` table as a :class:`VectorMatrix` (rows that are not vectors are left out)."""
    ids: list[str] = []
    blobs: list[bytes] = []
    for sid, blob in conn.execute("SELECT story_id, vector FROM story_vectors"):
        if isinstance(blob, bytes) and len(blob) == DIM * 4:
            ids.append(str(sid))
            blobs.append(blob)
    flat = np.frombuffer(b"".join(blobs), dtype="<f4").astype(np.float32)
    return VectorMatrix(tuple(ids), flat.reshape(len(ids), DIM))


def story_matrix(conn: sqlite3.Connection) -> VectorMatrix:
    """:func:`load_matrix`, kept in memory for ``conn`` until the archive changes (:mod:`warta.store.memo`)."""
    return remembered(conn, "story_vectors", lambda: load_matrix(conn))


@cache
def _blas() -> Any:
    from threadpoolctl import ThreadpoolController

    return ThreadpoolController()


def cosines(matrix: Vector, vector: Vector) -> Vector:
    """``matrix @ vector`` on one BLAS thread.

    One product of a few million multiplications is faster on one thread than split across two,
    and on a busy machine many times faster (at 10,000 stories: 0.8 ms against 14-18 ms at load 6,
    the two threads waiting on each other). The limit is lifted again after the product.
    """
    with _blas().limit(limits=1, user_api="blas"):
        return np.asarray(matrix @ vector)


def top_order(scores: Vector, limit: int) -> np.ndarray[Any, np.dtype[np.intp]]:
    """The indices of the ``limit`` highest scores, highest first, ties in index order.

    The same as ``np.argsort(-scores, kind="stable")[:limit]``, without sorting every score: the
    scores at or above the ``limit``-th highest (ties included) are picked first, then sorted.
    """
    k = max(0, limit)
    if k == 0 or k >= len(scores):
        return np.argsort(-scores, kind="stable")[:k]
    cut = np.partition(scores, len(scores) - k)[len(scores) - k]
    picked = np.flatnonzero(scores >= cut)
    return picked[np.argsort(-scores[picked], kind="stable")][:k]


def nearest(
    conn: sqlite3.Connection,
    vector: Vector,
    *,
    limit: int,
    min_score: float = 0.0,
    allowed: Collection[str] | None = None,
) -> list[tuple[str, float]]:
    """Stories by cosine to ``vector``, best first, at least ``min_score``, optionally within ``allowed``."""
    stored = story_matrix(conn)
    ids, matrix = stored.ids, stored.matrix
    if allowed is not None:
        keep = [i for i, sid in enumerate(ids) if sid in allowed]
        ids, matrix = tuple(ids[i] for i in keep), matrix[keep]
    if not ids:
        return []
    scores = cosines(matrix, np.asarray(vector, dtype=np.float32))
    order = top_order(scores, limit)
    return [(ids[i], round(float(scores[i]), 4)) for i in order if scores[i] >= min_score]
