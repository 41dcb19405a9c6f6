"""Near-duplicates, wire copies and independent sources, on fictional text."""

from __future__ import annotations

import pytest
from tests.factories import make_article

from warta.stories.dedupe import DuplicateIndex, count_independent, find_duplicates, source_key
from warta.stories.records import make_record

BODY = (
    "Banjir bandang melanda Desa Watukarang di Kabupaten Sendangsari pada Senin malam setelah hujan deras "
    "mengguyur kawasan hulu sungai selama enam jam tanpa henti. Sedikitnya dua ratus rumah warga terendam "
    "air setinggi satu meter dan tiga jembatan kayu hanyut terbawa arus. Kepala pelaksana badan penanggulangan "
    "bencana daerah mengatakan petugas gabungan masih mengevakuasi warga lanjut usia ke balai desa. Dapur umum "
    "didirikan di halaman sekolah dasar dan bantuan selimut mulai dibagikan pada Selasa pagi. Warga diminta "
    "mewaspadai banjir susulan karena hujan diperkirakan masih turun hingga akhir pekan."
)
OTHER = (
    "Pemerintah kota Lembahraya meresmikan taman baca di kawasan pasar lama pada Rabu. Taman itu menampung "
    "tiga ribu buku sumbangan warga dan dibuka setiap hari hingga pukul sembilan malam. Wali kota berharap "
    "anak-anak pedagang pasar dapat belajar sambil menunggu orang tua mereka berjualan."
)


def _trimmed_edit(text: str) -> str:
    words = text.split()[: int(len(text.split()) * 0.8)]
    words[5] = "kemarin"
    return "Baca juga: kabar lain hari ini. " + " ".join(words)


@pytest.mark.parametrize(
    ("second", "is_copy"),
    [
        (BODY, True),
        (_trimmed_edit(BODY), True),
        (OTHER, False),
        ("", False),
    ],
)
def test_copies_point_at_the_earliest(second: str, is_copy: bool) -> None:
    first = make_record(make_article("a1", BODY, outlet="Lintas", published="2024-03-04"), embed=False)
    later = make_record(make_article("a2", second, outlet="Kabar", published="2024-03-05"), embed=False)
    verdicts = find_duplicates([later, first])
    assert verdicts["a1"].duplicate_of is None
    assert (verdicts["a2"].duplicate_of == "a1") is is_copy
    if is_copy:
        assert verdicts["a2"].origin == verdicts["a1"].origin == "lintas"
        assert verdicts["a2"].similarity >= 0.5


def test_copies_years_apart_are_not_copies() -> None:
    first = make_record(make_article("a1", BODY, published="2020-01-01"), embed=False)
    later = make_record(make_article("a2", BODY + " Tambahan.", published="2024-01-01"), embed=False)
    assert find_duplicates([first, later])["a2"].duplicate_of is None


def test_adding_twice_is_one_verdict() -> None:
    index = DuplicateIndex()
    rec = make_record(make_article("a1", BODY), embed=False)
    assert index.add(rec) == index.add(rec)
    assert len(index.copies()) == 1


@pytest.mark.parametrize(
    ("name", "key"),
    [
        ("Reuters", "reuters"),
        ("Channel NewsAsia", "cna"),
        ("antaranews.com", "antara"),
        ("AFP", "afp"),
        ("Kompas", "kompas"),
    ],
)
def test_source_keys_fold_wire_names(name: str, key: str) -> None:
    assert source_key(name) == key


def test_independent_sources_collapse_copies_and_wires() -> None:
    recs = [
        make_record(make_article("a1", BODY, outlet="Lintas", published="2024-03-04"), embed=False),
        make_record(
            make_article("a2", _trimmed_edit(BODY), outlet="Kabar", published="2024-03-05"), embed=False
        ),
        make_record(make_article("a3", OTHER, outlet="Pesisir", published="2024-03-05"), embed=False),
    ]
    verdicts = find_duplicates(recs)
    assert count_independent(["a1", "a2", "a3"], verdicts) == 2
    assert count_independent(["a1", "unknown"], verdicts) == 2


def test_state_round_trip_keeps_copies() -> None:
    index = DuplicateIndex()
    index.add(make_record(make_article("a1", BODY, published="2024-03-04"), embed=False))
    restored = DuplicateIndex.from_state(index.state())
    verdict = restored.add(make_record(make_article("a2", BODY, published="2024-03-04"), embed=False))
    assert verdict.duplicate_of == "a1"
