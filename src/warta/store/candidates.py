"""The article matches a word query starts from: best BM25 first, each with the story it belongs to.

Without filters the full-text index is asked alone (``ORDER BY bm25 LIMIT n`` inside FTS5, no join
per matching row), and each matched article is mapped to its story from a map kept per connection
(:mod:`warta.store.memo`; the first call of a connection looks up only its candidates). Articles that
belong to no story are skipped and the index asked again for more, so the answer is what the join
of the index with ``articles`` and ``story_articles`` gives: the first ``limit`` matches that have a
story, in BM25 order. With filters the join is kept (the filters read ``articles``' columns).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Mapping, Sequence

from warta.store.batches import rows_for
from warta.store.memo import remembered
from warta.store.search_filters import filter_sql
from warta.store.views import SearchFilters

Candidate = tuple[str, float, int]
"""(story id, BM25 relevance (higher is better), article rowid)."""


def article_stories(conn: sqlite3.Connection, rowids: Sequence[int]) -> Mapping[int, str]:
    """Article rowid -> its story's id, for ``rowids`` (articles in no story are left out).

    Kept for every article per connection until the archive changes; a connection's first call
    reads only the rows it is asked about.
    """

    def every() -> dict[int, str]:
        rows = conn.execute(
            "SELECT a.rowid, m.story_id FROM story_articles m JOIN articles a ON a.id = m.article_id"
        )
        return {int(r): str(s) for r, s in rows}

    def these() -> dict[int, str]:
        sql = (
            "SELECT a.rowid, m.story_id FROM articles a JOIN story_articles m ON m.article_id = a.id "
            "WHERE a.rowid IN ({marks})"
        )
        return {int(r): str(s) for r, s in rows_for(conn, sql, sorted(set(rowids)))}

    return remembered(conn, "article_stories", every, once=these)


def _joined(
    conn: sqlite3.Connection, expression: str, filters: SearchFilters, *, weight: float, limit: int
) -> list[Candidate]:
    where, params = filter_sql(filters)
    rows = conn.execute(
        "SELECT m.story_id, -bm25(article_fts, ?, 1.0), a.rowid FROM article_fts "
        "JOIN articles a ON a.rowid = article_fts.rowid JOIN story_articles m ON m.article_id = a.id "
        f"WHERE article_fts MATCH ? AND {where} ORDER BY bm25(article_fts, ?, 1.0) LIMIT ?",
        (weight, expression, *params, weight, limit),
    )
    return [(str(sid), float(score), int(rowid)) for sid, score, rowid in rows]


def article_matches(
    conn: sqlite3.Connection,
    expression: str,
    filters: SearchFilters | None = None,
    *,
    weight: float,
    limit: int,
) -> list[Candidate]:
    """The ``limit`` best articles for the FTS5 ``expression`` (title weighted ``weight``) that have a story."""
    filters = filters or SearchFilters()
    if filters.active:
        return _joined(conn, expression, filters, weight=weight, limit=limit)
    ask = limit
    while True:
        rows = conn.execute(
            "SELECT rowid, -bm25(article_fts, ?, 1.0) FROM article_fts WHERE article_fts MATCH ? "
            "ORDER BY bm25(article_fts, ?, 1.0) LIMIT ?",
            (weight, expression, weight, ask),
        ).fetchall()
        stories = article_stories(conn, [r[0] for r in rows])  # SQLite gives rowids as int, bm25 as float
        found = [(stories[r], s, r) for r, s in rows if r in stories]
        if len(found) >= limit or len(rows) < ask:
            return found[:limit]
        ask += limit - len(found)  # some matches belong to no story: ask for as many more
