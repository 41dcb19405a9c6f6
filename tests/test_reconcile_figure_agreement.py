"""A shown group's outlets count one thing: two values of two articles whose counted nouns agree."""

from __future__ import annotations

import pytest

from warta.reconcile.figure_agreement import counts_one_thing
from warta.reconcile.figure_display import shown_groups
from warta.types import FigureGroup, FigureValue


def _v(article: str, counted: str, value: int = 2) -> FigureValue:
    return FigureValue(article, value, None, None, None, str(value), 0, 1, article, counted=counted)


def _group(kind: str, *counted: str) -> FigureGroup:
    values = tuple(_v(f"a{k}", c) for k, c in enumerate(counted))
    return FigureGroup("x", "agree", values, kind=kind, independent_sources=len(values))


@pytest.mark.parametrize(
    ("kind", "counted", "one"),
    [
        ("other", ("gol", "gol Real Madrid"), True),  # a shared word
        ("money", ("Tawaran City", "penawaran final"), True),  # a shared stem
        ("other", ("goals", "goal"), True),  # an English plural
        ("duration", ("", "periode pencegahan"), True),  # one value names no noun of its own
        ("killed", ("napi", "orang"), True),  # "orang" may be anyone
        ("age", ("Penyerang", "striker"), True),  # an age counts a person, however named
        ("other", ("gol", "pemain"), False),  # equal numbers of two things
        ("quantity", ("emas", "kendaraan"), False),
        ("injured", ("warga", "polisi"), False),  # two groups of people
    ],
)
def test_counted_nouns_agree(kind: str, counted: tuple[str, ...], one: bool) -> None:
    assert counts_one_thing(_group(kind, *counted)) is one


def test_only_two_articles_confirm_each_other() -> None:
    """Two values of one article that agree say nothing about the other outlet's number."""
    g = FigureGroup(
        "x", "agree", (_v("a", "gol"), _v("a", "gol"), _v("b", "pemain")), kind="other", independent_sources=2
    )
    assert not counts_one_thing(g)


def test_a_group_of_two_things_is_kept_but_not_shown() -> None:
    two_things = _group("other", "gol", "pemain")
    assert shown_groups([two_things]) == []
    assert shown_groups([two_things], all_figures=True) == [two_things]


def test_a_copy_does_not_confirm_its_original() -> None:
    """The two agreeing nouns come from an article and its copy; the independent outlet counts another thing."""
    from warta.types import FigureCopy

    values = (_v("a", "gol"), _v("b", "gol"), _v("c", "pemain"))
    g = FigureGroup("x", "agree", values, kind="other", independent_sources=2, copies=(FigureCopy("b", "a"),))
    assert not counts_one_thing(g)
    assert counts_one_thing(FigureGroup("x", "agree", values, kind="other", independent_sources=3))


def test_an_unsure_agreeing_money_group_is_shown_and_an_unsure_quantity_is_not() -> None:
    """A group only the pair model links shows as an agreeing money amount (equal amounts of one story
    whose nouns agree), never as a loose quantity ("kemasan 1 liter" in two outlets is a package size)."""
    money = FigureGroup(
        "penawaran final",
        "agree",
        (_v("a", "Tawaran City", 65), _v("b", "penawaran final", 65)),
        kind="money",
        independent_sources=2,
        confident=False,
    )
    sizes = FigureGroup(
        "kemasan", "agree", (_v("a", "kemasan"), _v("b", "kemasan")), kind="quantity", independent_sources=2,
        confident=False,
    )  # fmt: skip
    assert shown_groups([money, sizes]) == [money]
    assert shown_groups([FigureGroup("x", "conflict", money.values, kind="money", confident=False)]) == []
