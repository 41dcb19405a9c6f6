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


@pytest.mark.parametrize(
    ("text", "spans"),
    [
        ('"Tidak ada korban jiwa, kedua awak kapal hanya mengalami luka," katanya.', ["Tidak ada"]),
        ("Polisi memastikan tidak ada korban tewas dalam kebakaran itu.", ["tidak ada"]),
        ("Hingga sore, belum ada laporan korban meninggal dunia.", ["belum ada"]),
        ("Tak ada yang tewas dalam tabrakan itu.", ["Tak ada"]),
        ("Tidak ada korban dalam kejadian itu.", []),  # no victims of any kind: no toll of one kind
        ("Tidak ada kerugian materi.", []),
    ],
)
def test_stated_zero_tolls(text: str, spans: list[str]) -> None:
    from warta.extract.collectives import find_zero_tolls

    found = find_zero_tolls(text)
    assert [q.text for q in found] == spans and all(q.value == 0 for q in found)


def test_a_zero_toll_is_a_killed_figure_that_agrees_across_outlets() -> None:
    """Fiction: two outlets say no one died; a zero toll is read as killed, 0, and the two agree."""
    from factories import naive_sentences
    from warta.extract.figures import find_figures
    from warta.reconcile.figures import reconcile_figures

    a = "Polisi memastikan tidak ada korban jiwa dalam kecelakaan kapal itu."
    b = "Tidak ada korban jiwa dalam kecelakaan kapal di Selat Mekar itu, kata polisi."
    fa = find_figures(a, naive_sentences(a), article="a", as_of=lambda _: "2025-03-01")
    fb = find_figures(b, naive_sentences(b), article="b", as_of=lambda _: "2025-03-01")
    assert [(f.quantity.value, f.reading.kind) for f in (*fa, *fb)] == [(0, "killed"), (0, "killed")]
    groups = [g for g in reconcile_figures([*fa, *fb]) if len(g.values) == 2]
    assert groups and groups[0].status == "agree"


def test_a_zero_toll_then_a_death_is_no_dispute() -> None:
    """Fiction: a first report of no deaths, a later one of one death: the toll rose, no dispute."""
    from factories import naive_sentences
    from warta.extract.figures import find_figures
    from warta.reconcile.figures import reconcile_figures

    a = "Tidak ada korban jiwa dalam kebakaran pasar Mekar itu."
    b = "Kebakaran pasar Mekar itu menewaskan 1 orang pedagang."
    figs = [
        *find_figures(a, naive_sentences(a), article="a", as_of=lambda _: "2025-03-01"),
        *find_figures(b, naive_sentences(b), article="b", as_of=lambda _: "2025-03-02"),
    ]
    assert all(g.status != "conflict" for g in reconcile_figures(figs))
