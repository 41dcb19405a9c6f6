"""warta.store.candidates: the index's best articles that have a story, as the join with the tables gives them."""

from __future__ import annotations

from pathlib import Path

import numpy as np

from factories import store_story
from warta.store.candidates import article_matches, article_stories
from warta.store.connection import connect, prepare
from warta.store.story_vectors import top_order
from warta.store.views import SearchFilters

# Fiction written for these tests.
TEXTS = {
    f"k{i}": f"Banjir bandang melanda Kota Watugede untuk ke-{i} kali. " + "Warga mengungsi. " * (i % 4)
    for i in range(12)
}


def _joined(conn: object, expression: str, limit: int) -> list[tuple[str, float, int]]:
    rows = conn.execute(  # type: ignore[attr-defined]
        "SELECT m.story_id, -bm25(article_fts, 4.0, 1.0), a.rowid FROM article_fts "
        "JOIN articles a ON a.rowid = article_fts.rowid JOIN story_articles m ON m.article_id = a.id "
        "WHERE article_fts MATCH ? ORDER BY bm25(article_fts, 4.0, 1.0) LIMIT ?",
        (expression, limit),
    )
    return [(str(s), float(b), int(r)) for s, b, r in rows]


def test_matches_skip_articles_in_no_story_like_the_join(tmp_path: Path) -> None:
    path = tmp_path / "warta.db"
    conn = connect(path, readonly=False)
    prepare(conn, path, readonly=False)
    for key, text in TEXTS.items():
        store_story(conn, key, text)
    # Three articles lose their story (as an article waiting for its story would): the index still has them.
    conn.execute("DELETE FROM story_articles WHERE article_id IN ('a-k0', 'a-k3', 'a-k7')")
    for first in (True, False):  # a connection's first call (SQL per candidate), then the kept map
        for limit in (1, 4, 9, 20):
            got = article_matches(conn, '"watugede" OR "mengungsi"', weight=4.0, limit=limit)
            assert got == _joined(conn, '"watugede" OR "mengungsi"', limit)
        assert first or len(article_stories(conn, [1, 2])) == 9  # the whole map once it is kept
    filtered = article_matches(conn, '"watugede"', SearchFilters(outlet="lintasjaya"), weight=4.0, limit=20)
    assert sorted(filtered) == sorted(_joined(conn, '"watugede"', 20))
    conn.close()


def test_top_order_is_the_stable_argsort() -> None:
    rng = np.random.default_rng(3)
    for n in (0, 1, 7, 500):
        for k in (0, 1, 3, 50, 600):
            tied = (rng.integers(0, 5, n) / 4).astype(np.float32)
            assert top_order(tied, k).tolist() == np.argsort(-tied, kind="stable")[:k].tolist()
