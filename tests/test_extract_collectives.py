"""Collective numerals before a noun are counts; after a noun they are ordinals."""

from __future__ import annotations

import pytest

from warta.extract.collectives import find_collectives


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ('"Tidak ada korban jiwa, kedua awak kapal hanya mengalami luka," katanya.', [2]),
        ("Ketiga tersangka kini ditahan di Polres Mekar.", [3]),
        ("Pada hari kedua pencarian, tim menemukan puing.", []),
        ("Tahap ketiga dimulai pekan depan.", []),
        ("Kedua belah pihak sepakat berdamai.", []),
    ],
)
def test_collective_numerals(text: str, values: list[int]) -> None:
    assert [q.value for q in find_collectives(text)] == values


def test_a_collective_that_disagrees_never_makes_a_dispute() -> None:
    """Fiction: "kedua korban" points back at two of five; the toll stays five, and no dispute."""
    from factories import naive_sentences
    from warta.extract.figures import find_figures
    from warta.reconcile.figures import reconcile_figures

    a = "Sebanyak 5 orang tewas dalam kecelakaan itu."
    b = "Kecelakaan itu menewaskan 5 orang. Kedua korban tewas itu warga Desa Mekar."
    figs = [
        *find_figures(a, naive_sentences(a), article="a", as_of=lambda _: "2025-03-01"),
        *find_figures(b, naive_sentences(b), article="b", as_of=lambda _: "2025-03-01"),
    ]
    assert all(g.status != "conflict" for g in reconcile_figures(figs))
