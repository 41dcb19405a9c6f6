"""Choosing a reader by file name, and by the first bytes when the name does not say."""

from __future__ import annotations

import pytest

from warta.ingest.formats import format_of, has_no_suffix, sniff


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("a.txt", "text"),
        ("dir/A.TXT", "text"),
        ("a.text", "text"),
        ("a.html", "html"),
        ("a.htm.gz", "html"),
        ("page.HTML.GZ", "html"),
        ("a.jsonl", "jsonl"),
        ("a.ndjson.gz", "jsonl"),
        ("a.json", None),
        ("a.pdf", None),
        ("README", None),
        ("a.gz", None),
    ],
)
def test_format_of(name: str, expected: str | None) -> None:
    assert format_of(name) == expected


@pytest.mark.parametrize(("name", "expected"), [("README", True), ("a.txt", False), ("dir.v2/notes", True)])
def test_has_no_suffix(name: str, expected: bool) -> None:
    assert has_no_suffix(name) is expected


@pytest.mark.parametrize(
    ("head", "expected"),
    [
        (b'{"text": "x"}\n', "jsonl"),
        (b'\xef\xbb\xbf\n  {"text": "x"}', "jsonl"),
        (b"<!DOCTYPE html><html><body>x</body></html>", "html"),
        (b"  <html lang='id'><head>", "html"),
        (b"<?xml version='1.0'?>\n<!-- saved -->\n<html>", "html"),
        (b"Saved from somewhere\n<html><body><p>x</p></body></html>", "html"),
        (b"Judul Berita\n\nJakarta - Isi berita.", "text"),
        (b"a < b and c > d", "text"),
        (b"", "text"),
    ],
)
def test_sniff(head: bytes, expected: str) -> None:
    assert sniff(head) == expected
