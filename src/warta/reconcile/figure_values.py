"""Whether reported values can both be true, given their qualifiers, and the status of one value per
article (agree, updated, conflict)."""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence

from warta.types import FigureValue

# A decimal number of a scale word ("Rp 144,5 triliun", "1.5 million") is rounded at its last written
# digit; one or two decimals only, so "1.500" (a thousands dot) is never read as a fraction.
_ROUNDED = re.compile(
    r"(\d+)[.,](\d{1,2})\s*(?:ribu|juta|miliar|triliun|thousand|million|billion|trillion)\b", re.IGNORECASE
)


def _rounding(value: FigureValue) -> float:
    """Half the last written digit of a rounded decimal amount ("144,5 triliun": 0,05 triliun), else 0."""
    m = _ROUNDED.search(value.text)
    if m is None:
        return 0.0
    mantissa = float(f"{m.group(1)}.{m.group(2)}")
    # just under half: the next rounded value's span touches, never overlaps (144,55 is written 144,6)
    return 0.4999 * 10 ** -len(m.group(2)) * float(value.value) / mantissa if mantissa else 0.0


def interval(value: FigureValue) -> tuple[float, float]:
    """The range of values a reported figure allows, given its qualifier; an exact decimal amount of a
    scale word spans its rounding ("Rp 144,5 triliun" allows "Rp 144,53 triliun")."""
    v = float(value.value)
    half = _rounding(value) if value.qualifier is None else 0.0
    bounds = {
        None: (v - half, v + half),
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
