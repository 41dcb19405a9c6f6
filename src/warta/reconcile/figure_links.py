"""Figure groups from the pairwise model: average-link clusters of values likely to be one figure.

Candidate pairs are blocked (one kind, one unit, two articles); every figure's view (stems, sentence
vector) is computed once. Two clusters join while the mean probability over their cross-article pairs
is at the model's threshold, so a group does not chain unlike values through one shared neighbour.
"""

from __future__ import annotations

import heapq
import itertools
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from warta.extract.figures import ArticleFigure
from warta.reconcile.figure_pairs import PairModel, pair_features, shipped_model, views

__all__ = ["LinkedCluster", "link_clusters", "pair_probabilities", "shipped_model"]


@dataclass(frozen=True)
class LinkedCluster:
    """Figure indexes of one group and the lowest same-figure probability of its cross-article pairs."""

    members: tuple[int, ...]
    weakest: float  # 1.0 for a cluster with no cross-article pair


def pair_probabilities(
    figures: Sequence[ArticleFigure],
    blocks: Sequence[Sequence[int]],
    *,
    model: PairModel,
    embed: bool = True,
) -> dict[tuple[int, int], float]:
    """P(same figure) of each cross-article pair (i < j) within each block of figure indexes."""
    wanted = sorted({k for block in blocks for k in block})
    seen = dict(zip(wanted, views([figures[k] for k in wanted], embed=embed), strict=True))
    pairs = [
        (i, j)
        for block in blocks
        for i, j in itertools.combinations(sorted(block), 2)
        if figures[i].article != figures[j].article
    ]
    probs = model.probabilities([pair_features(seen[i], seen[j]) for i, j in pairs])
    return {p: float(x) for p, x in zip(pairs, probs, strict=True)}


def link_clusters(
    figures: Sequence[ArticleFigure],
    blocks: Sequence[Sequence[int]],
    *,
    model: PairModel | None = None,
    embed: bool = True,
) -> list[LinkedCluster]:
    """Average-link clusters of each block (every index of a block lands in exactly one cluster)."""
    model = model or shipped_model()
    probs = pair_probabilities(figures, blocks, model=model, embed=embed)
    out: list[LinkedCluster] = []
    for block in blocks:
        for members in _average_link(sorted(block), probs, model.threshold):
            cross = [
                probs[(i, j)]
                for i, j in itertools.combinations(members, 2)
                if figures[i].article != figures[j].article
            ]
            out.append(LinkedCluster(tuple(members), min(cross, default=1.0)))
    return out


def _average_link(block: list[int], probs: dict[tuple[int, int], float], threshold: float) -> list[list[int]]:
    """Join the two clusters of highest mean cross-article probability while it is >= ``threshold``.

    A mean over two clusters is a weighted mean of their members' pair probabilities, so only clusters
    linked by some pair at the threshold can join: the linking runs per component of those pairs."""
    members = set(block)
    strong = [(i, j) for (i, j), p in probs.items() if p >= threshold and i in members and j in members]
    out: list[list[int]] = []
    for part in _components(block, strong):
        out += _link_part(part, probs, threshold)
    return out


def _components(block: list[int], edges: list[tuple[int, int]]) -> list[list[int]]:
    root = {k: k for k in block}

    def find(k: int) -> int:
        while root[k] != k:
            root[k] = root[root[k]]
            k = root[k]
        return k

    for i, j in edges:
        root[find(i)] = find(j)
    parts: dict[int, list[int]] = defaultdict(list)
    for k in block:
        parts[find(k)].append(k)
    return list(parts.values())


def _link_part(part: list[int], probs: dict[tuple[int, int], float], threshold: float) -> list[list[int]]:
    """Average-link one component with a heap of cluster pairs (stale entries skipped)."""
    clusters: dict[int, list[int]] = {k: [k] for k in part}
    total: dict[int, dict[int, float]] = defaultdict(dict)
    count: dict[int, dict[int, int]] = defaultdict(dict)
    for i, j in itertools.combinations(sorted(part), 2):
        p = probs.get((i, j))
        if p is not None:
            total[i][j] = total[j][i] = p
            count[i][j] = count[j][i] = 1
    version = dict.fromkeys(part, 0)
    heap = [(-total[i][j], i, j, 0, 0) for i in total for j in total[i] if i < j]
    heapq.heapify(heap)
    while heap:
        neg, a, b, va, vb = heapq.heappop(heap)
        if -neg < threshold:
            break
        if a not in clusters or b not in clusters or version[a] != va or version[b] != vb:
            continue
        clusters[a] += clusters.pop(b)
        version[a] += 1
        for other in list(total[b]):
            del total[other][b], count[other][b]
            if other == a:
                continue
            t = total[a].get(other, 0.0) + total[b][other]
            n = count[a].get(other, 0) + count[b][other]
            total[a][other] = total[other][a] = t
            count[a][other] = count[other][a] = n
        del total[b], count[b]
        for other, t in total[a].items():
            x, y = min(a, other), max(a, other)
            heapq.heappush(heap, (-t / count[a][other], x, y, version[x], version[y]))
    return [sorted(c) for c in clusters.values()]
