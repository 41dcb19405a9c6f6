"""Near-duplicates, wire copies and independent sources, on fictional text."""

from __future__ import annotations

import itertools
from dataclasses import replace

import pytest
from tests.factories import make_article

from warta.stories.dedupe import DuplicateIndex, count_independent, find_duplicates, source_key
from warta.stories.records import Record, make_record

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


def _rec(
    aid: str,
    text: str,
    *,
    outlet: str = "Kabar",
    published: str | None = "2024-03-04",
    at: str | None = None,
    credits: tuple[str, ...] = (),
) -> Record:
    article = replace(
        make_article(aid, text, outlet=outlet, published=published), published_at=at, credited_sources=credits
    )
    return make_record(article, embed=False)


CUT = " ".join(BODY.split()[: int(len(BODY.split()) * 0.7)])
# Same-day pairs whose copy has the smaller id, so only the evidence can point them right:
# (copy, original), each named for what decides it.
DIRECTED = {
    "later date": (_rec("a1", BODY, published="2024-03-05"), _rec("a2", BODY, outlet="Lintas")),
    "later time": (
        _rec("a1", BODY, at="2024-03-04T15:10+07:00"),
        _rec("a2", BODY, outlet="Lintas", at="2024-03-04T09:30+07:00"),
    ),
    "later time, other zone": (
        _rec("a1", BODY, at="2024-03-04T04:00+00:00"),
        _rec("a2", BODY, outlet="Lintas", at="2024-03-04T09:30+07:00"),
    ),
    "credits the outlet": (_rec("a1", BODY, credits=("Lintas.com",)), _rec("a2", BODY, outlet="Lintas")),
    "credits it by its first word": (
        _rec("a1", BODY, credits=("Lintas",)),
        _rec("a2", BODY, outlet="Lintas Jaya"),
    ),
    "credits the wire it is": (_rec("a1", BODY, credits=("ANTARA",)), _rec("a2", BODY, outlet="Antaranews")),
    "cut version": (_rec("a1", CUT), _rec("a2", BODY, outlet="Lintas")),
}


@pytest.mark.parametrize("case", sorted(DIRECTED))
@pytest.mark.parametrize("backwards", [False, True])
def test_the_copy_is_the_later_crediting_or_cut_one(case: str, backwards: bool) -> None:
    copy, original = DIRECTED[case]
    verdicts = find_duplicates([original, copy][:: -1 if backwards else 1])
    assert verdicts[copy.id].duplicate_of == original.id
    assert verdicts[original.id].duplicate_of is None
    assert verdicts[copy.id].origin == verdicts[original.id].origin


def test_without_evidence_the_smaller_id_is_the_original() -> None:
    verdicts = find_duplicates([_rec("b", BODY), _rec("a", BODY, outlet="Lintas")])
    assert verdicts["b"].duplicate_of == "a"


def test_an_original_arriving_late_takes_over_its_copies() -> None:
    index = DuplicateIndex()
    first = index.add(_rec("c1", CUT, published="2024-03-06"))
    second = index.add(_rec("c2", BODY, published="2024-03-07"))
    assert first.duplicate_of is None and second.duplicate_of == "c1"
    assert index.recopied() == []
    original = index.add(_rec("o", BODY, outlet="Lintas", published="2024-03-04"))
    assert original.duplicate_of is None and index.demoted("o") == "c1"
    assert {c.id: c.duplicate_of for c in index.recopied()} == {"c1": "o", "c2": "o"}
    assert index.recopied() == []  # given once
    assert {a: c.duplicate_of for a, c in index.copies().items()} == {"c1": "o", "c2": "o", "o": None}
    assert {c.origin for c in index.copies().values()} == {"lintas"}
    # A restored index knows the new root: a fourth copy points at it.
    restored = DuplicateIndex.from_state(index.state())
    assert restored.add(_rec("c3", BODY, published="2024-03-07")).duplicate_of == "o"
    rows = DuplicateIndex.from_remembered([index.remembered(a) for a in ("c1", "c2", "o")])
    assert rows.add(_rec("c4", CUT, published="2024-03-08")).duplicate_of == "o"


def test_verdicts_do_not_depend_on_the_order_of_arrival() -> None:
    records = [
        _rec("x1", BODY, outlet="Lintas", at="2024-03-04T08:00+07:00"),
        _rec("x2", CUT, credits=("Lintas",)),
        _rec("x3", _trimmed_edit(BODY), outlet="Pesisir", published="2024-03-05"),
        _rec("x4", OTHER, outlet="Pesisir"),
    ]
    want = {a: c.duplicate_of for a, c in find_duplicates(records).items()}
    assert want == {"x1": None, "x2": "x1", "x3": "x1", "x4": None}
    for order in itertools.permutations(records):
        index = DuplicateIndex()
        for r in order:
            index.add(r)
        assert {a: c.duplicate_of for a, c in index.copies().items()} == want
