"""Figure groups from the pairwise model: average-link clusters of values likely to be one figure.

Candidate pairs are blocked (one kind, one unit, two articles); every figure's view (stems, sentence
vector) is computed once. Two clusters join while the mean probability over their cross-article pairs
is at the model's threshold, so a group does not chain unlike values through one shared neighbour.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass

import numpy as np

from warta.extract.figures import ArticleFigure
from warta.reconcile.figure_pairs import PairModel, pair_rows, shipped_model, views

__all__ = ["LinkedCluster", "both_joins", "link_clusters", "pair_probabilities", "shipped_model"]


@dataclass(frozen=True)
class LinkedCluster:
    """Figure indexes of one group and the lowest same-figure probability of its cross-article pairs."""

    members: tuple[int, ...]
    weakest: float  # 1.0 for a cluster with no cross-article pair


def _block_pairs(figures: Sequence[ArticleFigure], block: Sequence[int]) -> tuple[np.ndarray, np.ndarray]:
    """Positions in ``sorted(block)`` of its cross-article pairs (i < j)."""
    articles = np.array([figures[k].article for k in sorted(block)], dtype=object)
    left, right = np.triu_indices(len(articles), k=1)
    keep = articles[left] != articles[right]
    return left[keep], right[keep]


def _block_probabilities(
    figures: Sequence[ArticleFigure],
    blocks: Sequence[Sequence[int]],
    *,
    model: PairModel,
    embed: bool,
) -> list[tuple[list[int], np.ndarray, np.ndarray, np.ndarray]]:
    """Per block: its sorted indexes, its cross-article pairs (positions) and their probabilities."""
    wanted = sorted({k for block in blocks for k in block})
    seen = dict(zip(wanted, views([figures[k] for k in wanted], embed=embed), strict=True))
    out = []
    for block in blocks:
        members = sorted(block)
        left, right = _block_pairs(figures, members)
        rows = pair_rows([seen[k] for k in members], left, right)
        out.append((members, left, right, model.probabilities(rows)))
    return out


def pair_probabilities(
    figures: Sequence[ArticleFigure],
    blocks: Sequence[Sequence[int]],
    *,
    model: PairModel,
    embed: bool = True,
) -> dict[tuple[int, int], float]:
    """P(same figure) of each cross-article pair (i < j) within each block of figure indexes."""
    out: dict[tuple[int, int], float] = {}
    for members, left, right, probs in _block_probabilities(figures, blocks, model=model, embed=embed):
        for a, b, p in zip(left.tolist(), right.tolist(), probs.tolist(), strict=True):
            out[(members[a], members[b])] = p
    return out


def link_clusters(
    figures: Sequence[ArticleFigure],
    blocks: Sequence[Sequence[int]],
    *,
    model: PairModel | None = None,
    embed: bool = True,
) -> list[LinkedCluster]:
    """Average-link clusters of each block (every index of a block lands in exactly one cluster)."""
    model = model or shipped_model()
    out: list[LinkedCluster] = []
    for members, left, right, probs in _block_probabilities(figures, blocks, model=model, embed=embed):
        for part in _average_link(len(members), left, right, probs, model.threshold):
            inside = np.isin(left, part) & np.isin(right, part)
            weakest = float(probs[inside].min()) if inside.any() else 1.0
            out.append(LinkedCluster(tuple(members[k] for k in part), weakest))
    return out


def _average_link(
    n: int, left: np.ndarray, right: np.ndarray, probs: np.ndarray, threshold: float
) -> list[list[int]]:
    """Join the two clusters of highest mean cross-article probability while it is >= ``threshold``.

    A mean over two clusters is a weighted mean of their members' pair probabilities, so only clusters
    linked by some pair at the threshold can join: the linking runs per component of those pairs."""
    strong = probs >= threshold
    out: list[list[int]] = []
    for part in _components(n, left[strong], right[strong]):
        out += _link_part(n, part, left, right, probs, threshold) if len(part) > 1 else [part]
    return out


def _components(n: int, left: np.ndarray, right: np.ndarray) -> list[list[int]]:
    root = list(range(n))

    def find(k: int) -> int:
        while root[k] != k:
            root[k] = root[root[k]]
            k = root[k]
        return k

    for i, j in zip(left.tolist(), right.tolist(), strict=True):
        root[find(i)] = find(j)
    parts: dict[int, list[int]] = defaultdict(list)
    for k in range(n):
        parts[find(k)].append(k)
    return list(parts.values())


def _link_part(
    n: int, part: list[int], left: np.ndarray, right: np.ndarray, probs: np.ndarray, threshold: float
) -> list[list[int]]:
    """Average-link one component over dense sums and counts of its pairs' probabilities: each row keeps
    its best partner, so a join costs a few passes over one row."""
    m = len(part)
    where = np.full(n, -1)
    where[part] = np.arange(m)
    a, b = where[left], where[right]
    keep = (a >= 0) & (b >= 0)
    a, b, p = a[keep], b[keep], probs[keep]
    total = np.zeros((m, m))
    count = np.zeros((m, m))
    total[a, b] = total[b, a] = p
    count[a, b] = count[b, a] = 1.0
    mean = np.where(count > 0, total / np.maximum(count, 1.0), -np.inf)
    best = mean.argmax(axis=1)
    best_mean = mean[np.arange(m), best]
    clusters: dict[int, list[int]] = {k: [k] for k in range(m)}
    while True:
        x = int(best_mean.argmax())
        if best_mean[x] < threshold:
            break
        y = int(best[x])
        x, y = min(x, y), max(x, y)
        clusters[x] += clusters.pop(y)
        total[x] += total[y]
        count[x] += count[y]
        total[:, x], count[:, x] = total[x], count[x]
        total[y] = total[:, y] = count[y] = count[:, y] = 0.0
        total[x, x] = count[x, x] = 0.0
        row = np.where(count[x] > 0, total[x] / np.maximum(count[x], 1.0), -np.inf)
        mean[x], mean[:, x] = row, row
        mean[y] = mean[:, y] = -np.inf
        stale = np.flatnonzero((best == x) | (best == y))
        for r in stale.tolist():
            best[r] = int(mean[r].argmax())
            best_mean[r] = mean[r, best[r]]
        better = row > best_mean
        best[better], best_mean[better] = x, row[better]
        best[x] = int(row.argmax())
        best_mean[x] = row[best[x]]
        best_mean[y] = -np.inf
    return [sorted(part[k] for k in c) for c in clusters.values()]


def both_joins(
    ruled: Sequence[Sequence[ArticleFigure]],
    linked: Sequence[Sequence[ArticleFigure]],
    settle: Callable[[list[ArticleFigure]], list[list[ArticleFigure]]],
) -> list[list[ArticleFigure]]:
    """Groups both joins form: each rules group split by the model's groups of its values (a value the
    model leaves out of every group stands alone), each part ``settle``d again when split (a part's
    values are in one group of each join)."""
    linked_of = {id(f): n for n, chosen in enumerate(linked) for f in chosen}
    out: list[list[ArticleFigure]] = []
    for chosen in ruled:
        parts: dict[int | tuple[int], list[ArticleFigure]] = defaultdict(list)
        for f in chosen:
            parts[linked_of.get(id(f), (id(f),))].append(f)
        for part in parts.values():
            out += settle(part) if len(parts) > 1 else [part]
    return out
