"""What a number measures: head, unit and role read from a sentence; when two measures are the same."""

from __future__ import annotations

import pytest

from warta.extract.measures import SAME_MEASURE_THRESHOLD, Measure, find_measure, same_measure
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


M = Measure


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        (M("petugas keamanan", None, "killed", ""), M("pasukan keamanan", None, "killed", ""), True),
        (M("aparat keamanan", None, "killed", ""), M("anggota pasukan keamanan", None, "killed", ""), True),
        (M("pengunjuk rasa", None, "detained", ""), M("demonstran", None, "detained", ""), True),
        (M("tentara pimpinan Rusia", None, "deployed", ""), M("pasukan", None, None, ""), True),
        (M("tentara", None, "deployed", ""), M("anggota", None, None, ""), True),
        (M("orang", None, "killed", ""), M("orang", None, "killed", ""), True),
        (M("harga LPG", "%", "price", ""), M("harga LPG", "%", "price", ""), True),
        (M("orang", None, "killed", ""), M("orang", None, "detained", ""), False),
        (M("orang", None, None, ""), M("orang", None, "killed", ""), False),
        (M("pasukan keamanan", None, "killed", ""), M("tentara", None, "deployed", ""), False),
        (M("harga LPG", "%", "price", ""), M("harga minyak", "%", "price", ""), False),
        (M("harga LPG", "%", "price", ""), M("harga LPG", None, "price", ""), False),
        (M("warga Rusia", None, "evacuated", ""), M("warga Indonesia", None, "evacuated", ""), False),
        (M("", None, None, ""), M("", None, None, ""), False),
        (M("security forces", None, "killed", "", "en"), M("petugas keamanan", None, "killed", ""), True),
    ],
)
def test_same_measure(a: Measure, b: Measure, same: bool) -> None:
    score = same_measure(a, b)
    assert 0.0 <= score <= 1.0
    assert (score >= SAME_MEASURE_THRESHOLD) is same
    assert same_measure(b, a) == score


def test_embedding_only_raises_similarity() -> None:
    a = M("korban jiwa", None, "killed", "korban jiwa tewas")
    b = M("orang", None, "killed", "orang tewas")
    assert same_measure(a, b, embed=True) >= same_measure(a, b)
