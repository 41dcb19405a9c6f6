"""An article's figures: quantities with measures and dates; headings skipped; the seeds' gold."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from warta.extract.figures import ArticleFigure, find_figures
from warta.types import Span

STORY = (
    "Banjir Rendam 300 Rumah\n"
    "Banjir merendam sekitar 300 rumah di Desa Sukamaju pada Selasa (4/2/2025).\n"
    "Petugas mengevakuasi 120 warga, dan dua orang hilang.\n"
)


def test_headline_is_skipped_and_body_read() -> None:
    figs = find_figures(STORY, [], article="a1", outlet="Kabar")
    got = [(f.quantity.value, f.quantity.qualifier, f.measure.role) for f in figs]
    assert got == [(300, "approx", None), (120, None, "evacuated"), (2, None, "missing")]
    assert all(f.outlet == "Kabar" and f.article == "a1" for f in figs)
    assert find_figures(STORY, [], article="a1", headings=True)[0].quantity.text == "300"


def test_as_of_gets_the_quantity_span() -> None:
    seen: list[Span] = []

    def as_of(span: Span) -> str:
        seen.append(span)
        return "2025-02-04"

    figs = find_figures(STORY, [Span(24, 99)], article="a1", as_of=as_of)
    assert [f.as_of for f in figs] == ["2025-02-04"] * 3
    assert [s.slice(STORY) for s in seen] == ["sekitar 300", "120", "dua"]


def test_value_carries_span_and_date() -> None:
    fig = find_figures(STORY, [], article="a1", as_of=lambda _: "2025-02-04")[0]
    v = fig.value()
    assert (v.article, v.value, v.qualifier, v.as_of, STORY[v.start : v.end]) == (
        "a1",
        300,
        "approx",
        "2025-02-04",
        "sekitar 300",
    )


def gold_as_of(raw: str, key: str, gold: dict[str, Any]) -> Callable[[Span], str | None]:
    """The gold's as-of date for a span that overlaps a gold value, else the article's date."""
    dated = [*(v for g in gold["figures"] for v in g["values"]), *gold["single_figures"]]
    spans: list[tuple[int, int, str]] = [
        (raw.index(v["text"]), raw.index(v["text"]) + len(v["text"]), v["as_of"])
        for v in dated
        if v["article"] == key
    ]
    published = gold["articles"][key]["published"]

    def as_of(span: Span) -> str | None:
        return next((d for s, e, d in spans if s < span.end and span.start < e), published)

    return as_of


def seed_figures(seed_files: dict[str, Path], gold: dict[str, Any]) -> list[ArticleFigure]:
    figs: list[ArticleFigure] = []
    for key, path in sorted(seed_files.items()):
        raw = path.read_text(encoding="utf-8")
        outlet = gold["articles"][key]["outlet"]
        figs += find_figures(raw, [], article=key, as_of=gold_as_of(raw, key, gold), outlet=outlet)
    return figs


def test_seed_not_figures_are_not_figures(seed_files: dict[str, Path], gold: dict[str, Any]) -> None:
    figs = seed_figures(seed_files, gold)
    for item in gold["not_figures"]:
        raw = seed_files[item["article"]].read_text(encoding="utf-8")
        at = raw.index(item["text"])
        hits = [f for f in figs if f.article == item["article"] and f.quantity.start < at + len(item["text"])]
        assert [f for f in hits if at < f.quantity.end] == [], item["text"]


def test_seed_single_figures_are_figures(seed_files: dict[str, Path], gold: dict[str, Any]) -> None:
    figs = seed_figures(seed_files, gold)
    for item in gold["single_figures"]:
        raw = seed_files[item["article"]].read_text(encoding="utf-8")
        at = raw.index(item["text"])
        hits = [f for f in figs if f.article == item["article"] and f.quantity.start < at + len(item["text"])]
        hits = [f for f in hits if at < f.quantity.end]
        assert [(f.quantity.value, f.quantity.qualifier, f.as_of) for f in hits] == [
            (item["value"], item["qualifier"], item["as_of"])
        ], item["text"]


def test_seed_headline_value_is_not_a_figure(seed_files: dict[str, Path], gold: dict[str, Any]) -> None:
    title = gold["articles"]["003"]["title"]
    raw = seed_files["003"].read_text(encoding="utf-8")
    figs = [f for f in seed_figures(seed_files, gold) if f.article == "003"]
    assert all(f.quantity.start >= raw.index(title) + len(title) for f in figs)


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("Dua hari setelah banjir surut, warga kembali ke rumah.", []),
        ("Rapat digelar tiga hari sebelum pemilihan.", []),
        ("Hujan deras turun selama dua hari.", [2]),
        ("Warga sudah mengungsi selama tiga hari sejak Senin.", [3]),
    ],
)
def test_relative_times_are_not_figures(text: str, values: list[int]) -> None:
    """ "dua hari setelah X" places an event in time; it reports no quantity."""
    assert [f.quantity.value for f in find_figures(text, [], article="a1")] == values


def test_bad_input_is_never_a_count_and_stays_fast() -> None:
    """Fiction: scores, times, plates, names and a table of numbers; one long money value."""
    import time

    from factories import naive_sentences

    text = (
        "Persib menang 2-1 pada pukul 19.00 WIB di Jalan Merdeka. Mobil B 1234 XYZ ditilang di KM 2.\n"
        "Anggaran mencapai Rp152,5 triliun tahun ini.\n"
        + "\n".join(f"{i} {i * 3} {i * 7} {i + 1}" for i in range(75))
    )
    started = time.perf_counter()
    figs = find_figures(text, naive_sentences(text), article="a1")
    assert time.perf_counter() - started < 2.0
    values = [f.quantity.value for f in figs]
    assert 152_500_000_000_000 in values and 1234 not in values and 2 not in values
    assert all(f.quantity.start < text.index("\n0 ") for f in figs)  # the table's numbers are not figures


def test_a_capitalised_number_word_inside_a_sentence_is_a_name() -> None:
    from factories import naive_sentences

    text = "Pesawat itu hilang di Kepulauan Seribu dengan 62 orang di dalamnya."
    assert [f.quantity.value for f in find_figures(text, naive_sentences(text), article="a1")] == [62]


def _read(text: str) -> list[ArticleFigure]:
    from factories import naive_sentences

    return find_figures(text, naive_sentences(text), article="a")


def test_sizes_of_a_list_and_a_unit_of_reference_are_listed() -> None:
    """Fiction: package sizes name a size, they report no amount; a supply is an amount."""
    text = (
        "Harga itu berlaku untuk kemasan 1 liter dan juga kemasan 2 liter, 5 liter, dan 25 liter. "
        "Pemerintah menyediakan 250 juta liter per bulan."
    )
    assert [(f.quantity.value, f.listed) for f in _read(text)] == [
        (1, True), (2, True), (5, True), (25, True), (250_000_000, False),
    ]  # fmt: skip


def test_a_duration_of_an_earlier_event_is_not_about_this_one() -> None:
    """Fiction: the rain before a flood is background; "setelah sekitar 10 bulan dirawat" is the figure."""
    rain = _read("Sungai Mekar meluap setelah hujan deras selama dua hari di hulu.")
    care = _read("Setelah sekitar 10 bulan dirawat di rumah sakit, ia pulang.")
    assert [f.about_event for f in rain] == [False]
    assert [f.about_event for f in care] == [True]


def test_parts_of_a_count_of_people_are_parts() -> None:
    """Fiction: "12 orang dengan 6 kru aktif dan 6 kru cadangan": the sixes are parts of the crew."""
    text = "Kapal itu membawa 50 penumpang serta 12 orang dengan 6 kru aktif dan 6 kru cadangan."
    parts = {f.quantity.value: f.reading.change for f in _read(text) if f.reading.kind == "people"}
    assert parts.get(6) is True and parts.get(50) is False


def test_a_whole_counts_the_group_its_two_parts_name() -> None:
    """Fiction: "12 orang dengan 6 kru aktif dan 6 kru cadangan" counts 12 crew; one part alone names none."""
    whole = {
        f.quantity.value: f.reading
        for f in _read("Kapal itu membawa 12 orang dengan 6 kru aktif dan 6 kru cadangan.")
    }
    assert (whole[12].kind, whole[12].sub) == ("people", "awak")
    subset = {
        f.quantity.value: f.reading for f in _read("Mobil itu membawa 9 orang dengan 4 anak di belakang.")
    }
    assert subset[9].kind is None


def test_two_wholes_of_one_group_in_one_sentence_are_not_parts() -> None:
    """Fiction: the inmates of a block and of the whole prison, each named in the clause its number closes."""
    text = "Jumlah narapidana di blok itu ada 90 orang, sedangkan jumlah narapidana di penjara itu ada 1.500 orang."
    wholes = {f.quantity.value: f.reading for f in _read(text) if f.reading.kind == "people"}
    assert {v: (r.sub, r.change) for v, r in wholes.items()} == {
        90: ("narapidana", False),
        1500: ("narapidana", False),
    }
