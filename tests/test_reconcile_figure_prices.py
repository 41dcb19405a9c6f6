"""Price joins: the one-pass interval test answers as comparing every two values with ``compatible``."""

from __future__ import annotations

import itertools
import random

from warta.reconcile import figure_prices
from warta.reconcile.figure_values import compatible, interval
from warta.types import FigureValue


def _value(v: float, qualifier: str | None, text: str = "") -> FigureValue:
    return FigureValue("a", v, qualifier, None, None, text or str(v), 0, 1, None)


def test_all_compatible_is_every_pair_compatible() -> None:
    rng = random.Random(18)
    qualifiers = [None, "approx", "min", "max", "vague"]
    values = [0.05, 0.1, 1, 2, 10, 11, 12, 100, 1000, -3, 0]  # "vague" under 1/9 is an empty interval
    for _ in range(3000):
        group = [_value(rng.choice(values), rng.choice(qualifiers)) for _ in range(rng.randint(2, 5))]
        pairwise = all(compatible(a, b) for a, b in itertools.combinations(group, 2))
        assert figure_prices._all_compatible([interval(v) for v in group]) == pairwise, group
