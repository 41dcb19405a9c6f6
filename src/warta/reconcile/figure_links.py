"""Figure groups from the pairwise model: average-link clusters of values likely to be one figure.

Candidate pairs are blocked (one kind, one unit, two articles); every figure's view (stems, sentence
vector) is computed once. Two clusters join while the mean probability over their cross-article pairs
is at the model's threshold, so a group does not chain unlike values through one shared neighbour.
"""

from __future__ import annotations

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
    """Join the two clusters of highest mean cross-article probability while it is >= ``threshold``."""
    clusters: dict[int, list[int]] = {k: [k] for k in block}
    total: dict[tuple[int, int], float] = defaultdict(float)
    count: dict[tuple[int, int], int] = defaultdict(int)
    for (i, j), p in probs.items():
        if i in clusters and j in clusters:
            total[(i, j)] += p
            count[(i, j)] += 1
    while True:
        best = max(
            ((total[key] / n, key) for key, n in count.items() if n),
            default=None,
            key=lambda t: (t[0], -t[1][0], -t[1][1]),
        )
        if best is None or best[0] < threshold:
            break
        a, b = best[1]
        clusters[a] += clusters.pop(b)
        for key in [key for key in count if b in key]:
            other = key[0] if key[1] == b else key[1]
            merged = (min(a, other), max(a, other))
            if other != a:
                total[merged] += total[key]
                count[merged] += count[key]
            del total[key], count[key]
    return [sorted(c) for c in clusters.values()]
