from __future__ import annotations

import pytest

from warta.reconcile.figure_values import compatible, interval
from warta.types import FigureValue


def _v(value: float, text: str, qualifier: str | None = None) -> FigureValue:
    return FigureValue("a", value, qualifier, None, None, text, 0, len(text))


@pytest.mark.parametrize(
    ("a", "b", "ok"),
    [
        (_v(144.5e12, "Rp 144,5 triliun"), _v(144.53e12, "Rp 144,53 triliun"), True),
        (_v(1.5e6, "1.5 million"), _v(1.54e6, "1.54 million"), True),
        (_v(144.5e12, "Rp 144,5 triliun"), _v(144.6e12, "Rp 144,6 triliun"), False),
        (_v(2e12, "Rp 2 triliun"), _v(2.4e12, "Rp 2,4 triliun"), False),  # a whole amount is exact
        (_v(1500, "1.500"), _v(1501, "1.501"), False),  # a thousands dot is not a fraction
    ],
)
def test_a_decimal_amount_spans_its_rounding(a: FigureValue, b: FigureValue, ok: bool) -> None:
    assert compatible(a, b) is ok


def test_a_qualified_value_keeps_its_own_interval() -> None:
    assert interval(_v(1.5e6, "sekitar 1,5 juta", "approx")) == pytest.approx((1.35e6, 1.65e6))
