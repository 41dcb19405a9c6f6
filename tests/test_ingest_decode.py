"""Bytes to text: BOMs, UTF-8, legacy Western code pages, other code pages and binary input."""

from __future__ import annotations

import codecs

import pytest

from warta.ingest.decode import decode, normalise_newlines

# Fictional sentences, one per language, long enough for a code page guess.
FRENCH = "Le maire de Lyon a inauguré hier un musée consacré à l'été, où les élèves étaient très nombreux."
INDONESIAN = "Wali kota Bandung meresmikan taman baru pada Senin pagi; warga menyambutnya dengan gembira."
TURKISH = "Ünlü şarkıcı İstanbul'da konser verdi ve dinleyiciler çok güzel bir akşam geçirdiğini söyledi."
RUSSIAN = "Мэр города открыл новый парк в понедельник утром, и жители встретили его с радостью."
POLISH = "Zażółć gęślą jaźń, powiedział burmistrz w środę, otwierając nowy park dla mieszkańców."


@pytest.mark.parametrize(
    ("data", "text", "encoding"),
    [
        (INDONESIAN.encode(), INDONESIAN, "utf-8"),
        (codecs.BOM_UTF8 + FRENCH.encode(), FRENCH, "utf-8-sig"),
        (FRENCH.encode("utf-16"), FRENCH, "utf-16"),
        (FRENCH.encode("cp1252"), FRENCH, "cp1252"),
        (FRENCH.encode("latin-1"), FRENCH, "cp1252"),
        ("Café “kopi” — enak…".encode("cp1252"), "Café “kopi” — enak…", "cp1252"),
        (TURKISH.encode("cp1254"), TURKISH, "cp1254"),
        (RUSSIAN.encode("cp1251"), RUSSIAN, "cp1251"),
        (POLISH.encode("cp1250"), POLISH, "cp1250"),
    ],
)
def test_decode_reads_text_and_names_its_encoding(data: bytes, text: str, encoding: str) -> None:
    found = decode(data)
    assert found is not None
    assert (found.text, found.encoding) == (text, encoding)


def test_a_declared_charset_is_used_when_the_bytes_are_not_utf8() -> None:
    found = decode(POLISH.encode("iso8859-2"), declared="ISO-8859-2")
    assert found is not None
    assert (found.text, found.encoding) == (POLISH, "iso8859-2")


def test_valid_utf8_wins_over_a_wrong_declaration() -> None:
    found = decode(FRENCH.encode(), declared="windows-1252")
    assert found is not None and found.encoding == "utf-8"


@pytest.mark.parametrize(
    "data",
    [
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00",
        bytes(range(256)) * 4,
        b"\x01\x02\x03\x04\x05\x06\x07\x08" * 64,
    ],
)
def test_binary_bytes_decode_to_none(data: bytes) -> None:
    assert decode(data) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [("a\r\nb", "a\nb"), ("a\rb\r", "a\nb\n"), ("a\n\r\nb", "a\n\nb"), ("plain", "plain")],
)
def test_normalise_newlines(text: str, expected: str) -> None:
    assert normalise_newlines(text) == expected
