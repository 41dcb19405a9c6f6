"""Bylines, editors, tags and credits, on lines we wrote ourselves."""

from __future__ import annotations

import pytest

from warta.clean.metadata import (
    credits_in_text,
    match_author_line,
    match_metadata_line,
    split_sources,
    trailing_tag,
)


@pytest.mark.parametrize(
    ("line", "field", "value"),
    [
        ("Penulis: Ani Lestari", "byline", "Ani Lestari"),
        ("Reporter: Budi Santoso", "byline", "Budi Santoso"),
        ("Editor: Citra", "editor", "Citra"),
        ("Sumber : KNA/XY", "credit", "KNA"),
        ("Sumber: Warta Kampung.", "credit", "Warta Kampung"),
        ("Sumber berita Gadgetku.", "credit", "Gadgetku"),
        ("Artikel ini telah tayang di Kabarkota.com dengan judul Hujan Es", "credit", "Kabarkota.com"),
    ],
)
def test_metadata_line(line: str, field: str, value: str) -> None:
    found = match_metadata_line(line)
    assert found is not None and (found.field, found.value) == (field, value)


@pytest.mark.parametrize(
    "line",
    ["Sumber itu menolak berkomentar.", "Editor buku itu warga desa.", "Penulis muda itu menang lomba."],
)
def test_not_metadata_line(line: str) -> None:
    assert match_metadata_line(line) is None


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Ani Lestari dan Budi Santoso", "Ani Lestari dan Budi Santoso"),
        ("Ani Lestari", "Ani Lestari"),
        ("Warga mengungsi ke balai desa.", None),
        ("Tim 3 Kota", None),
    ],
)
def test_author_line(line: str, expected: str | None) -> None:
    assert match_author_line(line) == expected


@pytest.mark.parametrize(
    ("line", "value", "is_wire", "rest"),
    [
        ("Warga kembali ke rumah. (abc)", "abc", False, "Warga kembali ke rumah."),
        ("(abc/def)", "abc/def", False, ""),
        ("[xyz]", "xyz", False, ""),
        ("Jalan dibuka lagi. (AFP)", "AFP", True, "Jalan dibuka lagi."),
        ("(T.A-BC/D012)", "T.A-BC/D012", False, ""),
    ],
)
def test_trailing_tag(line: str, value: str, is_wire: bool, rest: str) -> None:
    tag = trailing_tag(line)
    assert tag is not None
    assert (tag.value, tag.is_wire, line[: tag.start].rstrip()) == (value, is_wire, rest)


@pytest.mark.parametrize(
    "line", ["Rapat digelar Senin (27/3)", "Ia tiba di kantor (lantai dua)", "Harga naik (lihat tabel)."]
)
def test_no_trailing_tag(line: str) -> None:
    assert trailing_tag(line) is None


@pytest.mark.parametrize(
    ("text", "sources"),
    [
        ("Dilansir dari laman Warta Dunia, Sabtu (8/1/2022), hujan turun.", ["Warta Dunia"]),
        ("Hujan turun, demikian dikutip dari KabarNet, Jumat (7/1/2022).", ["KabarNet"]),
        ("Ia tiba, seperti dilansir Antara. Ia lalu pulang.", ["Antara"]),
        ("Melansir gadgetku.com, ponsel itu dirilis.", ["gadgetku.com"]),
        ("Ia berkata kepada kantor berita Warta Dunia bahwa hujan turun.", []),
        ("Dikutip dari Warta Pagi Menurut Polisi ada dua korban.", ["Warta Pagi"]),
        ("Dikutip dari harian Kabar Kota, hujan turun.", ["Kabar Kota"]),
    ],
)
def test_credits_in_text(text: str, sources: list[str]) -> None:
    assert credits_in_text(text) == sources


@pytest.mark.parametrize(
    ("value", "sources"),
    [("KNA", ["KNA"]), ("Gadgetku dan Tekno Harian", ["Gadgetku", "Tekno Harian"]), ("A (Twitter)", ["A"])],
)
def test_split_sources(value: str, sources: list[str]) -> None:
    assert split_sources(value) == sources


@pytest.mark.parametrize(
    ("line", "byline", "editor"),
    [
        ("(Reporting by Adi Putra; Editing by Jane Roe)", "Adi Putra", "Jane Roe"),
        (
            "(Reporting by Adi Putra; Additional reporting by Budi; Editing by Jane Roe)",
            "Adi Putra",
            "Jane Roe",
        ),
        ("(Writing by Sari Dewi)", "Sari Dewi", None),
    ],
)
def test_wire_credit_lines(line: str, byline: str, editor: str | None) -> None:
    from warta.clean.metadata import match_wire_credit

    meta = match_wire_credit(line)
    assert meta is not None and meta.value == byline and meta.editor == editor


def test_wire_credit_needs_the_whole_line() -> None:
    from warta.clean.metadata import match_wire_credit

    assert match_wire_credit("He said (Reporting by nobody) it was fine.") is None
