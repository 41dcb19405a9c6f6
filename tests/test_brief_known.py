from __future__ import annotations

from warta.brief.known import disputed_now, known_now, latest
from warta.types import FigureGroup, FigureValue


def _v(article: str, value: int, as_of: str | None, qualifier: str | None = None) -> FigureValue:
    return FigureValue(
        article, value, qualifier, "orang", as_of, f"{value} orang", 0, 5, outlet=article.upper()
    )


def test_the_latest_value_is_the_latest_dated_one() -> None:
    values = (_v("a", 9, "2022-01-13"), _v("b", 14, "2022-01-15"), _v("c", 12, None))
    assert latest(values).value == 14
    assert latest((_v("a", 20, "2022-01-15", "vague"), _v("b", 14, "2022-01-14"))).value == 14


def test_an_outlet_repeating_the_older_toll_on_the_same_day_lags_behind() -> None:
    # 41 first reported on the 8th; on the 9th one outlet says 44 and two still repeat 41
    values = (
        _v("a", 41, "2021-09-08"),
        _v("b", 44, "2021-09-09"),
        _v("b", 41, "2021-09-09"),
        _v("c", 41, "2021-09-09"),
    )
    assert latest(values).value == 44


def test_known_now_takes_confident_groups_and_disputes_list_each_outlet() -> None:
    updated = FigureGroup(
        "korban tewas", "updated", (_v("a", 9, "2022-01-13"), _v("b", 14, "2022-01-15")), role="killed"
    )
    conflict = FigureGroup("warga terluka", "conflict", (_v("a", 5, "2022-01-18"), _v("b", 8, "2022-01-17")))
    lone = FigureGroup("rumah", "single", (_v("a", 3, "2022-01-13"),))  # no role, one source: left out
    known = known_now([lone, conflict, updated])
    assert [(k.measure, k.value, k.as_of, k.outlet) for k in known] == [
        ("korban tewas", 14, "2022-01-15", "B")
    ]
    (dispute,) = disputed_now([lone, conflict, updated])
    assert [(v.outlet, v.value) for v in dispute.values] == [("A", 5), ("B", 8)]
