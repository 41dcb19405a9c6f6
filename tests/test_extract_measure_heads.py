"""The noun phrase a number counts, read from made-up word lists around it."""

from __future__ import annotations

import re

import pytest

from warta.extract import measure_heads as heads

_WORD = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*|\d+(?:[.,]\d+)*|[^\w\s]")


def words(text: str) -> list[tuple[str, str]]:
    """(raw, lower-case) pairs, as find_measure tokenizes a clause."""
    return [(m.group(), m.group().lower()) for m in _WORD.finditer(text)]


@pytest.mark.parametrize(
    ("after", "english", "head"),
    [
        ("petugas keamanan tewas dalam bentrokan", False, "petugas keamanan"),
        ("para pengunjuk rasa ditangkap polisi", False, "pengunjuk rasa"),
        ('"perusuh" yang', False, "perusuh"),
        ("mobil pemadam dikerahkan ke lokasi", False, "mobil pemadam"),
        ("the protesters were detained", True, "protesters"),
        ("ditangkap polisi", False, ""),
    ],
)
def test_head_after(after: str, english: bool, head: str) -> None:
    assert heads.head_after(words(after), english=english) == head


@pytest.mark.parametrize(
    ("before", "head", "role"),
    [
        ("warga yang dirawat akibat kericuhan tercatat", ("warga",), "injured"),
        ("Korban meninggal akibat longsor di Desa Sukamaju bertambah menjadi", ("Korban",), "killed"),
        ("Kerugian ditaksir sekitar", ("Kerugian",), None),
    ],
)
def test_clause_subject(before: str, head: tuple[str, ...], role: str | None) -> None:
    subject = heads.clause_subject(words(before), english=False)
    assert (subject.words, subject.role) == (head, role)


@pytest.mark.parametrize(
    ("before", "after", "head"),
    [
        ("status siaga darurat selama", "hari", "siaga darurat"),
        ("Petugas butuh", "untuk memadamkan api", "memadamkan api"),
        ("Petugas bekerja", "kemarin", ""),
    ],
)
def test_lasting(before: str, after: str, head: str) -> None:
    assert heads.lasting(words(before), words(after), english=False) == head


def test_described_as_and_head_before() -> None:
    assert heads.described_as(words("orang yang disebut sebagai perusuh")) == "perusuh"
    assert heads.head_before(words("harga minyak naik")) == "harga minyak"


@pytest.mark.parametrize(
    ("word", "english", "verb"),
    [("menyebut", False, True), ("diturunkan", False, True), ("tersebar", False, True),
     ("menteri", False, False), ("pasukan", False, False), ("reported", True, False)],
)  # fmt: skip
def test_is_verb(word: str, english: bool, verb: bool) -> None:
    assert heads.is_verb(word, english=english) is verb
