"""Scopes of a named group's counts: "122 narapidana" of a block and "2.072" of the prison are two counts.

One named group counted apart by two sources differs by a few ("50 penumpang" vs "56"); counts of one
group a few times apart count it in different places, never one count updated or disputed.
"""

from __future__ import annotations

from collections.abc import Sequence

from warta.extract.figures import ArticleFigure
from warta.reconcile.figure_values import compatible

# How far apart two counts of one named group may be and still count it in one place.
SCOPE_RATIO = 2.0


def close(a: ArticleFigure, b: ArticleFigure) -> bool:
    """Whether two counts of one named group are near enough to count it in one place."""
    lo, hi = sorted((float(a.quantity.value), float(b.quantity.value)))
    return lo > 0 and hi / lo <= SCOPE_RATIO


def scopes(figures: Sequence[ArticleFigure], members: list[int]) -> list[list[int]]:
    """``members`` (indexes into ``figures``) split by scope: sorted by value, a new part wherever the next
    value is more than :data:`SCOPE_RATIO` times the last one."""
    out: list[list[int]] = []
    for k in sorted(members, key=lambda k: float(figures[k].quantity.value)):
        if out and close(figures[out[-1][-1]], figures[k]):
            out[-1].append(k)
        else:
            out.append([k])
    return out


def with_unnamed(
    figures: Sequence[ArticleFigure], named: list[list[int]], unnamed: list[int]
) -> list[list[int]]:
    """The named groups' scope clusters with each unnamed count of people ("dihuni oleh 122 orang") added to
    the one cluster it agrees with, from an article the cluster lacks; a count no cluster, or more than
    one, agrees with stays a cluster of its own."""
    out = [list(c) for c in named]
    left: list[int] = []
    for k in unnamed:
        f = figures[k]
        fits = [
            c
            for c in out
            if all(figures[j].article != f.article for j in c)
            and all(compatible(f.value(), figures[j].value()) for j in c)
        ]
        if len(fits) == 1:
            fits[0].append(k)
        else:
            left.append(k)
    return out + scopes(figures, left)
