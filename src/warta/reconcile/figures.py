"""Figure reconciliation across a story's articles: group figures by measure and say how the values relate.

Statuses follow the interval rule of the gold README: each value is an interval (exact ``[v, v]``, approx
``[0.9v, 1.1v]``, min ``[v, inf)``, max ``[0, v]``, vague ``[v, 10v - 1]``); overlapping intervals agree;
a later, wholly higher value is an update of a growing count; anything else is a conflict.
"""

from __future__ import annotations

import itertools
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from warta.extract.figures import ArticleFigure
from warta.extract.measures import SAME_MEASURE_THRESHOLD, concepts, same_measures
from warta.types import FigureGroup, FigureValue

# Lower is more specific: a body's exact value wins over its hedged or vague ones.
_SPECIFICITY = {None: 0, "approx": 1, "min": 2, "max": 2, "vague": 3}


@dataclass(frozen=True)
class FactCell:
    """What one outlet said for one figure group: its values, or none when it is silent."""

    outlet: str
    values: tuple[FigureValue, ...]


@dataclass(frozen=True)
class FactRow:
    """One figure group across the outlets."""

    measure: str
    status: str
    role: str | None
    unit: str | None
    cells: tuple[FactCell, ...]
    silent: tuple[str, ...]


@dataclass(frozen=True)
class FactMatrix:
    """Outlets × figure groups: who said which value, and who said nothing."""

    outlets: tuple[str, ...]
    rows: tuple[FactRow, ...]


def interval(value: FigureValue) -> tuple[float, float]:
    """The range of values a reported figure allows, given its qualifier."""
    v = float(value.value)
    bounds = {
        None: (v, v),
        "approx": (0.9 * v, 1.1 * v),
        "min": (v, float("inf")),
        "max": (0.0, v),
        "vague": (v, 10 * v - 1),
    }
    return bounds.get(value.qualifier, (v, v))


def compatible(a: FigureValue, b: FigureValue) -> bool:
    """Whether two values can both be true (their intervals overlap)."""
    (alo, ahi), (blo, bhi) = interval(a), interval(b)
    return not (ahi < blo or bhi < alo)


def figure_status(values: Sequence[FigureValue]) -> str:
    """``single``, ``agree``, ``updated`` or ``conflict`` for one value per article."""
    if len({v.article for v in values}) < 2:
        return "single"
    bad = [(a, b) for a, b in itertools.combinations(values, 2) if not compatible(a, b)]
    if not bad:
        return "agree"
    for a, b in bad:
        early, late = sorted((a, b), key=lambda v: v.as_of or "")
        if early.as_of == late.as_of or interval(late)[0] <= interval(early)[1]:
            return "conflict"  # same date, or a cumulative count that went down
    return "updated"


def reconcile_figures(
    figures: Sequence[ArticleFigure],
    *,
    min_articles: int = 1,
    embed: bool = False,
    threshold: float = SAME_MEASURE_THRESHOLD,
) -> tuple[FigureGroup, ...]:
    """Group a story's figures by measure, one value per article, each group with its status."""
    clusters = _cluster(figures, embed=embed, threshold=threshold)
    groups = []
    for members in clusters:
        chosen = _one_per_article(figures, members)
        if len(chosen) < min_articles:
            continue
        groups.append((len(chosen), min(members), _group(chosen)))
    groups.sort(key=lambda g: (-g[0], g[1]))
    return tuple(g for _, _, g in groups)


def _cluster(figures: Sequence[ArticleFigure], *, embed: bool, threshold: float) -> list[list[int]]:
    """Complete-linkage clusters of figure indexes: every pair in a cluster is the same measure."""
    buckets: dict[tuple[str | None, str], list[int]] = defaultdict(list)
    for k, f in enumerate(figures):
        head = concepts(f.measure)
        buckets[(f.measure.unit, "" if embed or not head else head[0])].append(k)
    pairs = [(i, j) for ks in buckets.values() for i, j in itertools.combinations(ks, 2)]
    scores = same_measures([(figures[i].measure, figures[j].measure) for i, j in pairs], embed=embed)
    sim = {p: s for p, s in zip(pairs, scores, strict=True) if s >= threshold}
    cluster_of = {k: [k] for k in range(len(figures))}
    for (i, j), _ in sorted(sim.items(), key=lambda kv: (-kv[1], kv[0])):
        a, b = cluster_of[i], cluster_of[j]
        if a is b or not all((min(x, y), max(x, y)) in sim for x in a for y in b):
            continue
        a.extend(b)
        for k in b:
            cluster_of[k] = a
    seen: set[int] = set()
    clusters = []
    for members in cluster_of.values():
        if id(members) not in seen:
            seen.add(id(members))
            clusters.append(sorted(members))
    return clusters


def _one_per_article(figures: Sequence[ArticleFigure], members: list[int]) -> list[ArticleFigure]:
    """Each article's value in the cluster: when its values disagree, the one whose sentence shares
    most words with the other articles' sentences; else the most specific (exact, hedged, vague)."""
    by_article: dict[str, list[ArticleFigure]] = defaultdict(list)
    for k in members:
        by_article[figures[k].article].append(figures[k])
    chosen = []
    for article, own in by_article.items():
        if len(own) > 1 and not all(
            compatible(a.value(), b.value()) for a, b in itertools.combinations(own, 2)
        ):
            others = Counter(w for f in _figures_of(by_article, article) for w in set(f.measure.context))
            own.sort(key=lambda f: (-sum(others[w] for w in f.measure.context), _rank(f)))
        else:
            own.sort(key=_rank)
        chosen.append(own[0])
    return chosen


def _figures_of(by_article: dict[str, list[ArticleFigure]], but: str) -> list[ArticleFigure]:
    """Every figure of the other articles."""
    return [f for article, own in by_article.items() if article != but for f in own]


def _rank(f: ArticleFigure) -> tuple[int, int]:
    return _SPECIFICITY.get(f.quantity.qualifier, 3), f.quantity.start


def _group(chosen: list[ArticleFigure]) -> FigureGroup:
    values = tuple(sorted((f.value() for f in chosen), key=lambda v: (v.as_of or "", v.article)))
    labels = Counter(f.measure.text or f.measure.head for f in chosen)
    label = max(labels, key=lambda t: (labels[t], len(t), t)) if labels else ""
    roles = Counter(f.measure.role for f in chosen if f.measure.role)
    sources = {v.outlet or v.article for v in values}
    return FigureGroup(
        measure=label,
        status=figure_status(values),
        values=values,
        unit=chosen[0].measure.unit,
        role=roles.most_common(1)[0][0] if roles else None,
        independent_sources=len(sources),
    )


def outlet_matrix(groups: Sequence[FigureGroup], outlets: Sequence[str]) -> FactMatrix:
    """For each figure group, which outlet said which value and which outlets are silent."""
    order = tuple(dict.fromkeys(outlets))
    rows = []
    for g in groups:
        said: dict[str, list[FigureValue]] = defaultdict(list)
        for v in g.values:
            said[v.outlet or v.article].append(v)
        cells = tuple(FactCell(o, tuple(said.get(o, ()))) for o in order)
        extra = tuple(FactCell(o, tuple(vs)) for o, vs in said.items() if o not in order)
        silent = tuple(o for o in order if o not in said)
        rows.append(FactRow(g.measure, g.status, g.role, g.unit, cells + extra, silent))
    return FactMatrix(order, tuple(rows))
