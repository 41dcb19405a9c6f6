"""What a number counts, as a noun phrase: never a preposition, time word, verb or adverb (invented sentences)."""

from __future__ import annotations

import pytest

from warta.extract.counted_nouns import counted_noun, noun_run, readable, times_object
from warta.extract.numbers import find_quantities


def first(text: str, kind: str | None = None, head: str = "") -> str:
    return counted_noun(text, find_quantities(text)[0], kind=kind, head=head)


@pytest.mark.parametrize(
    "text",
    [
        "Polisi juga menangkap pria 23 tahun pada Selasa malam.",
        "Polisi menahan seorang pria berusia 23 tahun di selatan kota.",
    ],
)
def test_an_age_counts_the_person_before_it(text: str) -> None:
    assert first(text, kind="age") == "pria"


def test_an_age_with_no_person_counts_nothing() -> None:
    assert first("Pada usia 23 tahun ia pindah ke kota.", kind="age") == ""


@pytest.mark.parametrize(
    "text",
    [
        "Mas kawinnya berupa emas seberat 80 gram.",
        "Mas kawinnya seperangkat alat salat dan emas 80 gram dibayar tunai.",
        "Petugas menyita 80 gram emas dari rumah itu.",
    ],
)
def test_a_measured_amount_counts_its_substance(text: str) -> None:
    assert first(text) == "emas"


def test_a_length_is_a_distance_or_counts_what_is_that_long() -> None:
    assert first("Pesawat hilang kontak sekitar 11 mil dari bandara.") == "jarak"
    assert first("Pesawat hilang kontak 11 mil laut di utara bandara.") == ""
    assert first("Jalan sepanjang 5 km itu rusak.") == "Jalan"


def test_times_a_verb_happened_count_its_object() -> None:
    assert first("Ia sudah dua kali dijatuhi sanksi ringan.") == "sanksi ringan"
    assert times_object(["oleh", "tim", "tamu"]) == ""  # "dibobol empat kali oleh ...": no verb, no object


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Ia menjalani perawatan di Kota Baru selama kurang lebih sepuluh bulan.", "perawatan"),
        ("Periode pencegahan berlaku untuk enam bulan ke depan.", "Periode pencegahan"),
        ("Sekolah berlangsung lima hari kerja setiap pekan.", "hari kerja"),
        ("Petugas butuh lima jam untuk memadamkan api.", "memadamkan api"),
        ("Petugas butuh lima jam.", ""),
        ("Ia dirawat selama sepuluh bulan.", ""),
        ("Setelah sekitar 10 bulan dirawat di Kota Baru, ia pulang.", ""),
        ("Penyelidikan sudah berjalan 10 bulan.", "Penyelidikan"),
        ("Sudah 10 bulan lebih melakukan pemeriksaan.", ""),
    ],
)
def test_a_duration_counts_what_lasted(text: str, want: str) -> None:
    assert first(text) == want


def test_a_head_is_cut_at_its_first_non_noun() -> None:
    assert (
        first("Pesawat membawa 62 penumpang tapi pesawatnya turun.", head="penumpang tapi pesawatnya")
        == "penumpang"
    )
    assert first("Ada 5 orang lainnya terluka.", head="") == "orang lainnya"


def test_a_length_after_a_dimension_noun_measures_that_dimension() -> None:
    """ "kaki" after a number is feet; the noun of a dimension before a length says what it measures."""
    assert first("Pesawat diizinkan naik di ketinggian 29.000 kaki mengikuti prosedur.") == "ketinggian"
    assert first("Kapal tenggelam di kedalaman 30 meter.") == "kedalaman"
    assert first("Pesawat terbang di 29.000 kaki tapi pesawatnya turun.") == ""  # nothing says what


def test_readable_noun_phrases() -> None:
    assert readable("warga binaan")
    assert not readable("pada selasa")
    assert not readable("lebih melakukan penyelidikan")
    assert not readable("dibayar tunai")
    assert not readable("itu adalah merujuk")
    assert not readable("")
    assert noun_run(["harga", "minyak", "hari", "ini"]) == ["harga", "minyak"]
    assert noun_run(["kebijakan", "satu", "harga"]) == ["kebijakan", "satu", "harga"]


def test_a_word_capitalised_by_its_sentence_is_written_lower_case() -> None:
    text = 'Masa pencegahan sudah diumumkan. "Pencegahan berlaku untuk enam bulan."'
    q = find_quantities(text)[0]
    assert counted_noun(text, q, lo=text.index('"P')) == "pencegahan"
    name = "Kota Baru ramai. Pemerintah Kota Baru berlaku untuk enam bulan."
    assert counted_noun(name, find_quantities(name)[0], lo=name.index("Pemerintah")) == "Pemerintah Kota Baru"
