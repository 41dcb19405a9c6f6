"""Whether reported values can both be true, given their qualifiers, and the status of one value per
article (agree, updated, conflict)."""

from __future__ import annotations

import itertools
from collections.abc import Sequence

from warta.types import FigureValue


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
    """``single``, ``agree``, ``updated`` or ``conflict`` for one value per article (as-of dates only)."""
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
