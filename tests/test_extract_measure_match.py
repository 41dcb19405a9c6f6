"""When two measures are the same: head concepts, units, roles and (optionally) embeddings."""

from __future__ import annotations

import pytest

from warta.extract import measures
from warta.extract.measure_match import SAME_MEASURE_THRESHOLD, concepts, same_measure
from warta.extract.measures import Measure

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


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        # Across languages the head concept decides; modifiers in two languages are not compared.
        (M("dana siap pakai", "IDR", None, ""), M("emergency funds", "IDR", None, "", "en"), True),
        (M("bantuan", "IDR", None, ""), M("dana siap pakai", "IDR", None, ""), True),
        (M("korban", None, "killed", ""), M("toll", None, "killed", "", "en"), True),
        (M("korban", None, "killed", ""), M("orang", None, "killed", ""), True),
        (M("tanggap darurat", "hari", None, ""), M("emergency", "hari", None, "", "en"), True),
        (M("kerugian pedagang", "IDR", None, ""), M("Kerugian", "IDR", None, ""), True),
        (M("dana", "IDR", None, ""), M("kerugian", "IDR", None, ""), False),
        (M("dana siap pakai", "IDR", None, ""), M("dana hibah", "IDR", None, ""), False),
        (M("tanggap darurat", "hari", None, ""), M("emergency", "jam", None, "", "en"), False),
    ],
)
def test_same_measure_across_languages_and_synonyms(a: Measure, b: Measure, same: bool) -> None:
    assert (same_measure(a, b) >= SAME_MEASURE_THRESHOLD) is same


@pytest.mark.parametrize(
    ("head", "language", "want"),
    [
        ("pengunjuk rasa", "id", ("protester",)),
        ("demonstran", "id", ("protester",)),
        ("anggota", "id", ("troops",)),
        ("harga bahan bakar", "id", ("price", "fuel")),
        ("relief funds", "en", ("fund", "relief")),  # English phrases end in their head
        ("", "id", ()),
    ],
)
def test_concepts_merge_synonyms_and_put_the_head_first(
    head: str, language: str, want: tuple[str, ...]
) -> None:
    assert concepts(M(head, None, None, "", language)) == want


def test_measures_still_exports_the_matching_names() -> None:
    assert measures.same_measure is same_measure
    assert measures.concepts is concepts
    assert measures.SAME_MEASURE_THRESHOLD == SAME_MEASURE_THRESHOLD
