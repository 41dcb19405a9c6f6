"""What a number measures: head, unit and role read from a sentence (matching: test_extract_measure_match)."""

from __future__ import annotations

import pytest

from warta.extract.measures import Measure, find_measure
from warta.extract.numbers import find_quantities


def _measure(sentence: str, *, language: str = "id") -> Measure:
    (q,) = find_quantities(sentence, language=language)
    return find_measure(sentence, q, language=language)


# Made-up sentences: (sentence, head, role).
@pytest.mark.parametrize(
    ("sentence", "head", "role"),
    [
        ("Sekitar 2.500 pasukan tiba di ibu kota.", "pasukan", "deployed"),
        ("Polisi mengatakan 12 orang ditahan.", "orang", "detained"),
        ("Sedikitnya 7 petugas keamanan tewas dalam bentrokan.", "petugas keamanan", "killed"),
        ("Sebanyak 30 anggota pasukan keamanan terluka.", "pasukan keamanan", "injured"),
        ("Aparat menangkap sekitar 400 pengunjuk rasa.", "pengunjuk rasa", "detained"),
        ("Militer mengevakuasi 900 warga desa.", "warga desa", "evacuated"),
        ("Pasukan itu berjumlah sekitar 1.000.", "Pasukan", None),
        ("Harga beras naik 5 persen.", "Harga beras", "price"),
        ("Ia berusia 40 tahun.", "", "age"),
        ("Ia sudah dua kali dijatuhi sanksi ringan.", "sanksi ringan", None),
        ("Masih ada dua kita kejar sampai sekarang.", "", None),
        ("Mereka membunuh puluhan orang yang disebut sebagai perusuh.", "perusuh", "killed"),
        ("At least 30 people were killed on Friday.", "people", "killed"),
        ("Police arrested 200 protesters.", "protesters", "detained"),
    ],
)
def test_find_measure(sentence: str, head: str, role: str | None) -> None:
    language = "en" if sentence.split()[0] in {"At", "Police"} else "id"
    m = _measure(sentence, language=language)
    assert (m.head, m.role) == (head, role)


def test_label_joins_head_and_role() -> None:
    assert _measure("Lebih dari 20 orang tewas.").text == "orang tewas"
    assert _measure("Polisi menangkap 50 demonstran.").text == "demonstran ditahan"


# Made-up sentences whose number closes its clause: the counted thing is the clause's subject, read past
# prepositional phrases, relative clauses and appositions; (sentence, language, head, role).
@pytest.mark.parametrize(
    ("sentence", "language", "head", "role"),
    [
        ("Korban meninggal akibat longsor di Desa Sukamaju, Jawa Barat, bertambah menjadi 7 orang.", "id", "Korban", "killed"),
        ("Jumlah orang yang ditangkap terkait bentrokan itu bertambah menjadi 60 orang.", "id", "orang", "detained"),
        ("Adapun warga yang dirawat akibat ledakan tercatat 4 orang.", "id", "warga", "injured"),
        ("The death toll from the landslide in the hill district rose to 11 on Monday.", "en", "toll", "killed"),
        ("Kerugian ditaksir sekitar Rp 2 miliar.", "id", "Kerugian", None),
        ("Bupati Sukamaju memperkirakan kerugian petani mencapai Rp 3 miliar.", "id", "kerugian petani", None),
        ("Pemerintah provinsi menyalurkan dana darurat sebesar Rp 200 juta.", "id", "dana darurat", None),
        ("Pemerintah provinsi telah menyalurkan bantuan Rp 200 juta.", "id", "bantuan", None),
        ("The province has released 200 million rupiah in relief funds.", "en", "relief funds", None),
        ("Para pedagang menyebut harga kini hanya Rp 9.000 per kilogram.", "id", "harga", "price"),
        ("Sebanyak 8 unit mobil pemadam dikerahkan ke lokasi.", "id", "mobil pemadam", "deployed"),
        ("Enam mobil pemadam diturunkan ke lokasi kebakaran.", "id", "mobil pemadam", "deployed"),
        ("Kuota impor gula sebanyak 5.000 ton dibuka pekan lalu.", "id", "Kuota impor gula", None),
        ("Lima tersangka diperiksa polisi.", "id", "tersangka", None),
    ],
)  # fmt: skip
def test_clause_subject_is_what_a_closing_number_counts(
    sentence: str, language: str, head: str, role: str | None
) -> None:
    m = _measure(sentence, language=language)
    assert (m.head, m.role) == (head, role)


# Durations measure what lasted ("selama"), or the task they took ("untuk ..."); a hyphened English
# duration measures the noun after it.
@pytest.mark.parametrize(
    ("sentence", "language", "head", "unit"),
    [
        ("Gubernur menetapkan status siaga darurat selama 7 hari.", "id", "siaga darurat", "hari"),
        ("Petugas butuh tiga jam untuk memadamkan api.", "id", "memadamkan api", "jam"),
        ("The governor declared a 10-day emergency.", "en", "emergency", "hari"),
        ("Rescuers needed five hours to reach the village.", "en", "reach village", "jam"),
    ],
)
def test_duration_measures_what_lasted(sentence: str, language: str, head: str, unit: str) -> None:
    m = _measure(sentence, language=language)
    assert (m.head, m.unit) == (head, unit)


def test_measure_keeps_its_sentence_words_as_context() -> None:
    m = _measure("Unjuk rasa ratusan nelayan berakhir ricuh.")
    assert {"unjuk", "rasa", "berakhir", "ricuh"} <= set(m.context)
