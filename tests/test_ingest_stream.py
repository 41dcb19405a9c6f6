"""Standard input: sniffed as JSON Lines, an HTML page or one plain-text article."""

from __future__ import annotations

import io
import json

import pytest

from test_ingest_page import TITLE, article_html
from warta.ingest import read
from warta.ingest.jsonl import field_map
from warta.ingest.stream import read_stream
from warta.types import RawDocument, Skipped

TEXT = "Kabar Desa\r\n\r\nSukamaju - Panen raya padi dimulai pekan ini di sawah-sawah utara desa.\r\n"


def test_stdin_text_is_one_article() -> None:
    (doc,) = read(["-"], stdin=io.BytesIO(TEXT.encode()))
    assert isinstance(doc, RawDocument)
    assert (doc.source, doc.format, doc.raw) == ("<stdin>", "text", TEXT)
    assert doc.text == TEXT.replace("\r\n", "\n")


def test_stdin_jsonl_names_each_line() -> None:
    data = b'\n{"body": "Satu.", "date": "2022-01-10"}\nrusak\n{"body": "Dua."}\n'
    items = list(read(["-"], stdin=io.BytesIO(data), fields={"text": "body", "published": "date"}))
    assert [(type(i).__name__, i.source) for i in items] == [
        ("RawDocument", "<stdin>:2"),
        ("Skipped", "<stdin>:3"),
        ("RawDocument", "<stdin>:4"),
    ]
    assert isinstance(items[0], RawDocument) and items[0].published == "2022-01-10"


def test_stdin_html_is_extracted() -> None:
    (doc,) = read(["-"], stdin=io.BytesIO(article_html().encode()))
    assert isinstance(doc, RawDocument) and doc.format == "html" and doc.title == TITLE


@pytest.mark.parametrize(("data", "reason"), [(b"", "empty file"), (b"\x00\x01\x02\x03", "binary file")])
def test_unusable_stdin_is_skipped(data: bytes, reason: str) -> None:
    (item,) = read(["-"], stdin=io.BytesIO(data))
    assert isinstance(item, Skipped) and item.source == "<stdin>" and item.reason.startswith(reason)


@pytest.mark.parametrize("line_length", [10, 4095, 4096, 4097, 9000])
def test_jsonl_lines_straddling_the_sniffed_head_are_whole(line_length: int) -> None:
    texts = ["x" * line_length, "y" * 7, "z" * line_length]
    data = "".join(json.dumps({"text": t}) + "\n" for t in texts).encode()
    docs = list(read_stream(io.BytesIO(data), fields=field_map()))
    assert [d.text for d in docs if isinstance(d, RawDocument)] == texts


def test_stdin_jsonl_is_read_lazily() -> None:
    data = b"".join(json.dumps({"text": f"Berita {n}."}).encode() + b"\n" for n in range(50_000))
    stream = io.BytesIO(data)
    first = next(read(["-"], stdin=stream))
    assert isinstance(first, RawDocument) and first.text == "Berita 0."
    assert stream.tell() < len(data) // 10
