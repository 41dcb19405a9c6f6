"""Quote merging's embedding neighbours, partitioned a block of rows at once: the pairs the row-by-row
loop it replaced finds, ties included."""

from __future__ import annotations

import numpy as np
import pytest

from warta.reconcile import quotes


def _row_by_row(vectors: np.ndarray) -> set[tuple[int, int]]:
    n = len(vectors)
    k = min(quotes._NEIGHBOURS, n - 1)
    pairs: set[tuple[int, int]] = set()
    if k <= 0:
        return pairs
    for lo in range(0, n, quotes._BLOCK):
        sims = vectors[lo : lo + quotes._BLOCK] @ vectors.T
        for row, sim in enumerate(sims):
            i = lo + row
            sim[i] = -1.0
            for j in np.argpartition(-sim, k - 1)[:k]:
                if sim[j] >= quotes.SAME_STATEMENT:
                    pairs.add((min(i, int(j)), max(i, int(j))))
    return pairs


@pytest.mark.parametrize("n", [1, 2, 3, 9, 50, 700])
def test_neighbours_are_the_row_by_row_pairs(n: int) -> None:
    rng = np.random.default_rng(n)
    topics = rng.normal(size=(max(n // 3, 1), 32))
    v = np.round(topics[rng.integers(0, len(topics), n)] + rng.normal(scale=0.3, size=(n, 32)), 1)  # ties
    v = (v / np.linalg.norm(v, axis=1, keepdims=True)).astype(np.float32)
    assert quotes._neighbours(v) == _row_by_row(v)
