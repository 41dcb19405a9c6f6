"""Plain-text articles: one file (or stdin) is one article, decoded but not cleaned.

>>> text_document("Judul\\r\\n\\r\\nIsi berita.".encode(), source="a.txt").text
'Judul\\n\\nIsi berita.'
"""

from __future__ import annotations

from warta.ingest.decode import decode, normalise_newlines
from warta.ingest.formats import SUPPORTED, TEXT
from warta.types import RawDocument, Skipped


def text_document(data: bytes, *, source: str) -> RawDocument | Skipped:
    """One plain-text article from ``data``; Skipped when it is empty or binary."""
    if not data.strip():
        return empty(source)
    decoded = decode(data)
    if decoded is None:
        return binary(source)
    if not decoded.text.strip():
        return empty(source)
    return RawDocument(
        source=source,
        text=normalise_newlines(decoded.text),
        raw=decoded.text,
        format=TEXT,
        encoding=decoded.encoding,
    )


def empty(source: str) -> Skipped:
    """The Skipped for an input with no text at all."""
    return Skipped(source, "empty file", hint="put the article text in it, or leave it out")


def binary(source: str) -> Skipped:
    """The Skipped for bytes that are not text in any encoding."""
    return Skipped(source, "binary file, not text", hint=f"pass articles as {SUPPORTED}")
