"""Saved HTML pages: decode the page, let :func:`warta.ingest.html.extract_html` find the article."""

from __future__ import annotations

import functools
import re

from warta.ingest.decode import decode, normalise_newlines
from warta.ingest.formats import HTML
from warta.ingest.published import iso_day
from warta.ingest.text import binary, empty
from warta.types import RawDocument, Skipped


# A page's own charset declaration sits in its first couple of kilobytes, per the HTML standard.
@functools.cache
def _meta_charset() -> re.Pattern[bytes]:
    """_META_CHARSET, compiled on first use (many briefs never need it)."""
    return re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)""", re.I)


_DECLARATION_WINDOW = 4096


def html_document(data: bytes, *, source: str) -> RawDocument | Skipped:
    """The article in a saved HTML page; Skipped when the page is empty, binary or has no article."""
    if not data.strip():
        return empty(source)
    declared = _meta_charset().search(data[:_DECLARATION_WINDOW])
    decoded = decode(data, declared=declared.group(1).decode("ascii") if declared else None)
    if decoded is None:
        return binary(source)
    from warta.ingest.html import extract_html  # trafilatura and lxml: only when a page is read

    page = extract_html(decoded.text)
    text = normalise_newlines(page.text).strip()
    if not text:
        return Skipped(
            source,
            "no article text found in this HTML page",
            hint="save the article's own page (not a front or index page) or paste its text into a .txt file",
        )
    return RawDocument(
        source=source,
        text=text,
        raw=decoded.text,
        format=HTML,
        title=_clean(page.title),
        url=_clean(page.url),
        outlet=_clean(page.outlet),
        published=iso_day(page.published),
        language=_clean(page.language),
        encoding=decoded.encoding,
    )


def _clean(value: str | None) -> str | None:
    return (value.strip() or None) if value else None
