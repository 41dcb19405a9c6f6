from __future__ import annotations

from factories import naive_sentences
from warta.extract.figures import ArticleFigure, find_figures
from warta.reconcile.figure_scopes import close, scopes, with_unnamed


def _people(text: str) -> list[ArticleFigure]:
    figures = find_figures(text, naive_sentences(text), article="a1", language="id", as_of=lambda _: None)
    return [f for f in figures if f.reading.kind == "people"]


def test_counts_a_few_apart_are_one_scope_and_times_apart_two() -> None:
    """Fiction: 50 and 56 passengers may be one count told apart; 2.000 is another scope."""
    figures = _people(
        "Kapal membawa 50 penumpang. Kapal membawa 56 penumpang. Pelabuhan melayani 2.000 penumpang."
    )
    assert [float(f.quantity.value) for f in figures] == [50, 56, 2000]
    assert close(figures[0], figures[1]) and not close(figures[1], figures[2])
    assert scopes(figures, [2, 0, 1]) == [[0, 1], [2]]


def test_an_unnamed_count_joins_the_one_named_group_it_agrees_with() -> None:
    """Fiction: "dihuni oleh 90 orang" in a2 joins a1's 90 inmates, not the 1.500 of the prison."""
    a1 = find_figures(
        t1 := "Blok itu berisi 90 napi. Penjara itu diisi oleh 1.500 warga binaan.",
        naive_sentences(t1),
        article="a1",
        language="id",
        as_of=lambda _: None,
    )
    a2 = find_figures(
        t2 := "Kebakaran terjadi di blok yang dihuni oleh 90 orang.",
        naive_sentences(t2),
        article="a2",
        language="id",
        as_of=lambda _: None,
    )
    figures = [*a1, *a2]
    assert [(f.reading.kind, f.reading.sub) for f in a2] == [("people", "")]
    clusters = with_unnamed(figures, scopes(figures, [0, 1]), [2])
    assert sorted(sorted(float(figures[k].quantity.value) for k in c) for c in clusters) == [[90, 90], [1500]]
