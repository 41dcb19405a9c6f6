"""XML sitemaps, sitemap indexes and Google News sitemaps: the page URLs an outlet lists, with dates.

>>> sm = parse_sitemap(b'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
...                    b'<url><loc>https://example.com/a</loc><lastmod>2024-05-01</lastmod></url></urlset>')
>>> sm.urls[0].loc, sm.urls[0].lastmod
('https://example.com/a', '2024-05-01')
"""

from __future__ import annotations

import gzip
import re
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from lxml import etree

from warta.ingest.published import iso_day

SITEMAP = "sitemap"
# A sitemap may hold 50,000 URLs and 50 MB uncompressed (sitemaps.org); more is not a sitemap.
MAX_SITEMAP_BYTES = 64 * 1024 * 1024
_SITEMAP_START = re.compile(
    rb"^\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*|<\?[^>]*>\s*)*<(?:\w+:)?(?:urlset|sitemapindex)\b", re.S
)


@dataclass(frozen=True)
class SitemapUrl:
    """One ``<url>``: the page, its last change, and the news extension's fields when present."""

    loc: str
    lastmod: str | None = None  # ISO date
    published: str | None = None  # <news:publication_date>, ISO date
    title: str | None = None  # <news:title>
    language: str | None = None  # <news:language>
    outlet: str | None = None  # <news:publication><news:name>


@dataclass(frozen=True)
class Sitemap:
    """A parsed sitemap: page URLs (a urlset) or child sitemap URLs (a sitemap index)."""

    urls: tuple[SitemapUrl, ...] = ()
    sitemaps: tuple[str, ...] = ()


def is_sitemap(head: bytes) -> bool:
    """Whether the first bytes are a sitemap or a sitemap index."""
    return bool(_SITEMAP_START.match(head.lstrip(b"\xef\xbb\xbf")))


def gunzip_capped(data: bytes, *, cap: int = MAX_SITEMAP_BYTES) -> bytes:
    """``data`` decompressed when it is gzip (``sitemap.xml.gz``), at most ``cap`` bytes of it."""
    if not data.startswith(b"\x1f\x8b"):
        return data
    try:
        return zlib.decompressobj(16 + zlib.MAX_WBITS).decompress(data, cap)
    except zlib.error:
        return gzip.decompress(data)[:cap]


def parse_sitemap(data: bytes) -> Sitemap:
    """The URLs in a sitemap, an index, or a news sitemap; an empty Sitemap when ``data`` is none of them."""
    # No entity resolution and no network: a sitemap is untrusted input.
    parser = etree.XMLParser(resolve_entities=False, no_network=True, recover=True, huge_tree=False)
    try:
        root = etree.fromstring(gunzip_capped(data), parser=parser)
    except etree.XMLSyntaxError:
        return Sitemap()
    if root is None:
        return Sitemap()
    kind = etree.QName(root).localname
    if kind == "sitemapindex":
        return Sitemap(sitemaps=tuple(loc for el in _children(root, "sitemap") if (loc := _text(el, "loc"))))
    if kind != "urlset":
        return Sitemap()
    urls = []
    for el in _children(root, "url"):
        loc = _text(el, "loc")
        if not loc:
            continue
        news = next(_children(el, "news"), None)
        publication = next(_children(news, "publication"), None) if news is not None else None
        urls.append(
            SitemapUrl(
                loc=loc,
                lastmod=iso_day(_text(el, "lastmod")),
                published=iso_day(_text(news, "publication_date")) if news is not None else None,
                title=_text(news, "title") if news is not None else None,
                language=_text(publication, "language") if publication is not None else None,
                outlet=_text(publication, "name") if publication is not None else None,
            )
        )
    return Sitemap(urls=tuple(urls))


def _children(el: Any, name: str) -> Iterator[Any]:
    """Child elements called ``name`` in any namespace (sites get the namespaces wrong often)."""
    return (c for c in el if isinstance(c.tag, str) and etree.QName(c).localname == name)


def _text(el: Any, name: str) -> str | None:
    if el is None:
        return None
    child = next(_children(el, name), None)
    text = (child.text or "").strip() if child is not None else ""
    return text or None
