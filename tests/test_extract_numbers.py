"""The quantity parser: a table of Indonesian and English forms, the things that are not quantities, seeds."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from warta.extract.numbers import Quantity, find_quantities

Q = tuple[int | float, str | None, str | None]

# (text, language, every quantity found as (value, qualifier, unit)). The sentences are made up.
CASES: list[tuple[str, str, list[Q]]] = [
    # digits, Indonesian separators
    ("2.500 tentara", "id", [(2500, None, None)]),
    ("2.298 pengunjuk rasa", "id", [(2298, None, None)]),
    ("1.234.567 pemilih", "id", [(1234567, None, None)]),
    ("12 orang", "id", [(12, None, None)]),
    ("0 korban", "id", [(0, None, None)]),
    ("1,5 juta warga", "id", [(1500000, None, None)]),
    ("2,75 persen", "id", [(2.75, None, "%")]),
    ("3,5 ton beras", "id", [(3.5, None, "ton")]),
    ("1.250,5 kg", "id", [(1250.5, None, "kg")]),
    ("4 ribu rumah", "id", [(4000, None, None)]),
    ("7 miliar", "id", [(7000000000, None, None)]),
    ("2 triliun", "id", [(2000000000000, None, None)]),
    ("20 jt", "id", [(20000000, None, None)]),
    ("150 rb", "id", [(150000, None, None)]),
    ("Rp 12.500", "id", [(12500, None, "IDR")]),
    ("Rp12.500", "id", [(12500, None, "IDR")]),
    ("Rp. 3 juta", "id", [(3000000, None, "IDR")]),
    ("Rp 1,2 triliun", "id", [(1200000000000, None, "IDR")]),
    ("IDR 500", "id", [(500, None, "IDR")]),
    ("tawaran 65 juta pounds", "id", [(65000000, None, "GBP")]),
    ("senilai 25 juta poundsterling", "id", [(25000000, None, "GBP")]),
    ("US$ 5 juta", "id", [(5000000, None, "USD")]),
    ("$40 juta", "id", [(40000000, None, "USD")]),
    ("50 dolar AS", "id", [(50, None, "USD")]),
    ("5.000 rupiah", "id", [(5000, None, "IDR")]),
    ("100%", "id", [(100, None, "%")]),
    ("100 %", "id", [(100, None, "%")]),
    ("45 persen", "id", [(45, None, "%")]),
    ("5 km", "id", [(5, None, "km")]),
    ("5km", "id", [(5, None, "km")]),
    ("10 kilometer", "id", [(10, None, "km")]),
    ("200 hektare", "id", [(200, None, "ha")]),
    ("30 liter", "id", [(30, None, "l")]),
    ("8 barel", "id", [(8, None, "barrel")]),
    ("3 tahun", "id", [(3, None, "tahun")]),
    ("6 bulan", "id", [(6, None, "bulan")]),
    ("2 minggu", "id", [(2, None, "minggu")]),
    ("24 jam", "id", [(24, None, "jam")]),
    ("15 menit", "id", [(15, None, "menit")]),
    ("90 hari", "id", [(90, None, "hari")]),
    # number words, Indonesian
    ("satu persen", "id", [(1, None, "%")]),
    ("satu orang tewas", "id", [(1, None, None)]),
    ("dua orang", "id", [(2, None, None)]),
    ("tiga tahun lalu", "id", [(3, None, "tahun")]),
    ("empat desa", "id", [(4, None, None)]),
    ("lima negara", "id", [(5, None, None)]),
    ("enam bulan", "id", [(6, None, "bulan")]),
    ("tujuh kapal", "id", [(7, None, None)]),
    ("delapan truk", "id", [(8, None, None)]),
    ("sembilan anak", "id", [(9, None, None)]),
    ("sepuluh hari", "id", [(10, None, "hari")]),
    ("sebelas pemain", "id", [(11, None, None)]),
    ("dua belas bus", "id", [(12, None, None)]),
    ("sembilan belas mobil", "id", [(19, None, None)]),
    ("dua puluh rumah", "id", [(20, None, None)]),
    ("dua puluh lima orang", "id", [(25, None, None)]),
    ("sembilan puluh sembilan", "id", [(99, None, None)]),
    ("seratus pohon", "id", [(100, None, None)]),
    ("seratus dua puluh tiga", "id", [(123, None, None)]),
    ("dua ratus", "id", [(200, None, None)]),
    ("tiga ratus lima puluh", "id", [(350, None, None)]),
    ("seribu orang", "id", [(1000, None, None)]),
    ("dua ribu lima ratus", "id", [(2500, None, None)]),
    ("sejuta umat", "id", [(1000000, None, None)]),
    ("tiga juta", "id", [(3000000, None, None)]),
    ("lima miliar rupiah", "id", [(5000000000, None, "IDR")]),
    ("dua triliun", "id", [(2000000000000, None, None)]),
    ("setengah juta", "id", [(500000, None, None)]),
    ("satu setengah juta", "id", [(1500000, None, None)]),
    ("setengah jam", "id", [(0.5, None, "jam")]),
    ("dua kali lipat", "id", [(2, None, "x")]),
    ("tiga kali lipat", "id", [(3, None, "x")]),
    ("harga naik berlipat ganda", "id", [(2, None, None)]),
    ("Dua puluh orang", "id", [(20, None, None)]),
    # vague quantities: the lower bound
    ("puluhan orang", "id", [(10, "vague", None)]),
    ("belasan rumah", "id", [(11, "vague", None)]),
    ("ratusan warga", "id", [(100, "vague", None)]),
    ("ribuan orang", "id", [(1000, "vague", None)]),
    ("jutaan pemilih", "id", [(1000000, "vague", None)]),
    ("puluhan ribu orang", "id", [(10000, "vague", None)]),
    ("ratusan ribu", "id", [(100000, "vague", None)]),
    ("Puluhan orang", "id", [(10, "vague", None)]),
    # qualifiers
    ("lebih dari 2.000 orang", "id", [(2000, "min", None)]),
    ("Lebih dari 8.000 orang", "id", [(8000, "min", None)]),
    ("setidaknya 30 orang", "id", [(30, "min", None)]),
    ("sedikitnya 12 orang", "id", [(12, "min", None)]),
    ("paling sedikit 5 unit", "id", [(5, "min", None)]),
    ("sekitar 2.500 tentara", "id", [(2500, "approx", None)]),
    ("Sekitar 18 anggota", "id", [(18, "approx", None)]),
    ("hampir 100% suara", "id", [(100, "approx", "%")]),
    ("kurang lebih 40 menit", "id", [(40, "approx", "menit")]),
    ("kira-kira 70 orang", "id", [(70, "approx", None)]),
    ("sekira 300 meter", "id", [(300, "approx", "m")]),
    ("nyaris 1.000 warga", "id", [(1000, "approx", None)]),
    ("kurang dari 10 persen", "id", [(10, "max", "%")]),
    ("tidak lebih dari 5 orang", "id", [(5, "max", None)]),
    ("maksimal 3 orang", "id", [(3, "max", None)]),
    ("lebih dari satu persen", "id", [(1, "min", "%")]),
    ("sekitar Rp 5 juta", "id", [(5000000, "approx", "IDR")]),
    ("sebanyak 164 orang", "id", [(164, None, None)]),
    ("lebih dari ribuan", "id", [(1000, "vague", None)]),
    # several in one sentence
    ("16 tewas dan lebih dari 1.300 terluka", "id", [(16, None, None), (1300, "min", None)]),
    ("naik dari 2.000 menjadi 3.500 orang", "id", [(2000, None, None), (3500, None, None)]),
    ("Rp 10.000 per kg", "id", [(10000, None, "IDR")]),
    # English
    ("2,500 troops", "en", [(2500, None, None)]),
    ("1,234,567 voters", "en", [(1234567, None, None)]),
    ("1.5 million people", "en", [(1500000, None, None)]),
    ("3.2 billion", "en", [(3200000000, None, None)]),
    ("$5 million", "en", [(5000000, None, "USD")]),
    ("US$ 12,500", "en", [(12500, None, "USD")]),
    ("40 percent", "en", [(40, None, "%")]),
    ("12.5%", "en", [(12.5, None, "%")]),
    ("10 kilometres", "en", [(10, None, "km")]),
    ("three years", "en", [(3, None, "tahun")]),
    ("two people", "en", [(2, None, None)]),
    ("one person", "en", [(1, None, None)]),
    ("twelve", "en", [(12, None, None)]),
    ("twenty-five soldiers", "en", [(25, None, None)]),
    ("ninety-nine", "en", [(99, None, None)]),
    ("a hundred people", "en", [(100, None, None)]),
    ("two hundred and fifty", "en", [(250, None, None)]),
    ("three thousand", "en", [(3000, None, None)]),
    ("a dozen", "en", [(12, None, None)]),
    ("dozens of people", "en", [(24, "vague", None)]),
    ("hundreds of homes", "en", [(100, "vague", None)]),
    ("thousands of protesters", "en", [(1000, "vague", None)]),
    ("tens of thousands", "en", [(10000, "vague", None)]),
    ("more than 2,000 troops", "en", [(2000, "min", None)]),
    ("at least 30 dead", "en", [(30, "min", None)]),
    ("about 2,500", "en", [(2500, "approx", None)]),
    ("nearly 100%", "en", [(100, "approx", "%")]),
    ("approximately 40 people", "en", [(40, "approx", None)]),
    ("fewer than 10 people", "en", [(10, "max", None)]),
    ("less than 5 percent", "en", [(5, "max", "%")]),
    ("up to 3 years", "en", [(3, "max", "tahun")]),
    # English durations take the Indonesian unit; a hyphened unit belongs to its number
    ("two days of rain", "en", [(2, None, "hari")]),
    ("a 14-day emergency", "en", [(14, None, "hari")]),
    ("a five-hour blaze", "en", [(5, None, "jam")]),
    ("a 10-kilometre stretch", "en", [(10, None, "km")]),
    ("a 3-0 win", "en", []),
    ("prices doubled", "en", [(2, None, None)]),
    ("tripled", "en", [(3, None, None)]),
    # not quantities: phone numbers, dates, years, times, references, ordinals, identifiers, determiners
    ("WhatsApp ke nomor 0811 9787 670 sekarang", "id", []),
    ("hubungi 021 555 1234", "id", []),
    ("telepon +62 812 3456 7890", "id", []),
    ("Sabtu (8/1/2022)", "id", []),
    ("Kamis (6/1)", "id", []),
    ("pada 8/1/2022", "id", []),
    ("tanggal 2022-01-08", "id", []),
    ("pada tahun 2022", "id", []),
    ("sejak 1991", "id", []),
    ("pada 2022 lalu", "id", []),
    ("Senin 10 Januari", "id", []),
    ("Minggu (9 Januari)", "id", []),
    ("9 Januari 2022", "id", []),
    ("pukul 10.30 WIB", "id", []),
    ("10.30 WIB", "id", []),
    ("pukul 08.00", "id", []),
    ("jam 7 pagi", "id", []),
    ("10:30", "id", []),
    ("Pasal 5", "id", []),
    ("Pasal 5 ayat 2", "id", []),
    ("nomor 12", "id", []),
    ("No. 7", "id", []),
    ("halaman 3", "id", []),
    ("yang ke-3", "id", []),
    ("Covid-19", "id", []),
    ("G20", "id", []),
    ("Liputan6.com", "id", []),
    ("artikel 1234567890", "id", []),
    ("satu pelajaran dari sejarah", "id", []),
    ("Satu pelajaran", "id", []),
    ("salah satu penambang", "id", []),
    ("satu-satunya jalan", "id", []),
    ("tahun 90-an", "id", []),
    ("usia 40-an tahun", "id", []),
    ("era 90-an orang tua", "id", []),
    ("Yang pertama dari", "id", []),
    ("kedua negara", "id", []),
    ("on January 8, 2022", "en", []),
    ("Jan 8", "en", []),
    ("3rd place", "en", []),
    ("the 21st century", "en", []),
    ("one of the", "en", []),
    ("no one knows", "en", []),
    ("at 10:30 am", "en", []),
    ("in 2022", "en", []),
    ("Article 5", "en", []),
    ("page 12", "en", []),
]


def _triples(found: list[Quantity]) -> list[Q]:
    return [(q.value, q.qualifier, q.unit) for q in found]


def test_table_is_large() -> None:
    assert len(CASES) >= 150


@pytest.mark.parametrize(("text", "language", "expected"), CASES)
def test_quantities(text: str, language: str, expected: list[Q]) -> None:
    assert _triples(find_quantities(text, language=language)) == expected


@pytest.mark.parametrize(
    ("text", "span", "kind"),
    [
        ("Polisi menahan sekitar 2.500 orang.", "sekitar 2.500", "count"),
        ("Harga naik lebih dari satu persen kemarin.", "lebih dari satu persen", "percent"),
        ("Biaya Rp 12.500 per liter.", "Rp 12.500", "money"),
        ("Harga LPG naik dua kali lipat.", "dua kali lipat", "multiplier"),
        ("Harga LPG berlipat ganda.", "berlipat ganda", "multiplier"),
        ("Ia berusia 58 tahun.", "58 tahun", "duration"),
        ("Jaraknya 5 km saja.", "5 km", "measure"),
    ],
)
def test_span_and_kind(text: str, span: str, kind: str) -> None:
    (q,) = find_quantities(text)
    assert (q.text, text[q.start : q.end], q.kind) == (span, span, kind)


def test_number_words_are_not_glued_across_lines() -> None:
    assert _triples(find_quantities("dua\nratus")) == [(2, None, None)]


def test_megabyte_of_text_parses() -> None:
    """Linear time: a 1 MB text of numbers and words completes (no timing assert; the run time shows it)."""
    unit = (
        "Pemerintah kota mengatakan sekitar 2.500 warga mengungsi setelah banjir pada Senin (3/2/2025), "
        "dan petugas masih mendata kerusakan di lima kecamatan; hubungi 0811 1111 222 atau pukul 10.30 WIB. "
    )
    text = unit * (1_000_000 // len(unit))
    found = find_quantities(text)
    assert len(found) == 2 * (1_000_000 // len(unit))


def _gold_offset(path: Path, text: str) -> tuple[str, int]:
    raw = path.read_text(encoding="utf-8")
    return raw, raw.index(text)


def test_seed_single_figures_are_quantities(seed_files: dict[str, Path], gold: dict[str, Any]) -> None:
    for fig in gold["single_figures"]:
        raw, at = _gold_offset(seed_files[fig["article"]], fig["text"])
        near = [q for q in find_quantities(raw) if q.start < at + len(fig["text"]) and at < q.end]
        assert [(q.value, q.qualifier) for q in near] == [(fig["value"], fig["qualifier"])], fig["text"]


def test_seed_group_values_are_quantities(seed_files: dict[str, Path], gold: dict[str, Any]) -> None:
    for group in gold["figures"]:
        for v in group["values"]:
            raw, at = _gold_offset(seed_files[v["article"]], v["text"])
            near = [q for q in find_quantities(raw) if q.start < at + len(v["text"]) and at < q.end]
            assert [(q.value, q.qualifier) for q in near] == [(v["value"], v["qualifier"])], v["text"]


def test_seed_dates_phones_and_determiners_are_not_quantities(
    seed_files: dict[str, Path], gold: dict[str, Any]
) -> None:
    boilerplate_captions = {"Infografis 6 Cara", "Dalam 3 Bulan"}  # headline-shaped; figures skip them
    for item in gold["not_figures"]:
        if item["text"] in boilerplate_captions:
            continue
        raw, at = _gold_offset(seed_files[item["article"]], item["text"])
        hits = [q for q in find_quantities(raw) if q.start < at + len(item["text"]) and at < q.end]
        assert hits == [], item["text"]


def test_a_loosely_rounded_count_is_approximate() -> None:
    """ "1.300-an orang" is about 1,300 people, as written; a decade or an age with "-an" is no count."""
    [q] = find_quantities("Warga yang mengungsi sebanyak 1.300-an orang.")
    assert (q.value, q.qualifier, q.text) == (1300, "approx", "1.300-an")
    assert _triples(find_quantities("sekitar 200-an warga")) == [(200, "approx", None)]


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("aset minimum SG$ 500 juta", "SGD"),
        ("senilai HK$ 10 juta", "HKD"),
        ("sekitar A$ 3 miliar", "AUD"),
        ("¥ 100 juta", "JPY"),
        ("5 juta dollar Singapura untuk itu", "SGD"),  # a dollar named by its country
        ("5 juta dolar AS", "USD"),
    ],
)
def test_currencies_of_the_region(text: str, unit: str) -> None:
    q = find_quantities(text)[0]
    assert (q.kind, q.unit) == ("money", unit)


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("Guru memiliki beban mengajar 24-40 jam tatap muka.", [(24, "jam", "24"), (40, "jam", "40 jam")]),
        (
            "Sekitar 30-40 persen penonton dari luar negeri.",
            [(30, "%", "Sekitar 30"), (40, "%", "40 persen")],
        ),
        ("Sekitar 30 hingga 40 persen penonton.", [(30, "%", "Sekitar 30"), (40, "%", "40 persen")]),
        ("Pencarian berlangsung tiga sampai empat hari.", [(3, "hari", "tiga"), (4, "hari", "empat hari")]),
        ("Persib menang 2-1 atas Persija.", []),  # a score: no unit after the upper end
        ("Festival digelar 2-5 November 2016.", []),  # a date
        ("Sebanyak 10 - 15 rumah rusak.", [(10, None, "10"), (15, None, "15")]),  # a count: no unit to share
    ],
)
def test_the_ends_of_a_range_share_its_unit(text: str, read: list[tuple[float, str | None, str]]) -> None:
    assert [(q.value, q.unit, q.text) for q in find_quantities(text)] == read
