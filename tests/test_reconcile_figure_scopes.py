from __future__ import annotations

from factories import naive_sentences
from warta.extract.figures import ArticleFigure, find_figures
from warta.reconcile.figure_scopes import close, scopes


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
