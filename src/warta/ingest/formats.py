"""Which reader a file needs: by its name first, by its first bytes when the name does not say.

>>> format_of("news/a.html.gz")
'html'
>>> sniff(b'  {"text": "..."}')
'jsonl'
"""

from __future__ import annotations

import functools
import re
from pathlib import PurePath

TEXT = "text"
HTML = "html"
JSONL = "jsonl"
XML = "xml"  # an RSS/Atom feed or a sitemap (warta.ingest.fetch_pages.xml_documents)
WARC = "warc"  # a web archive (warta.ingest.warc)

_SUFFIXES = {
    ".txt": TEXT,
    ".text": TEXT,
    ".html": HTML,
    ".htm": HTML,
    ".jsonl": JSONL,
    ".ndjson": JSONL,
    ".xml": XML,
    ".rss": XML,
    ".atom": XML,
    ".warc": WARC,
    ".arc": WARC,
}
SUPPORTED = (
    ".txt/.text (one article), .html/.htm (a saved page), .jsonl/.ndjson (one article a line), "
    ".xml/.rss/.atom (a feed or sitemap), .warc/.arc (a web archive), any gzipped"
)


@functools.cache
def _html_start() -> re.Pattern[bytes]:
    """_HTML_START, compiled on first use (many briefs never need it)."""
    return re.compile(
        rb"^\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head)\b", re.I | re.S
    )


_HTML_ANYWHERE = re.compile(rb"<(?:html|body)\b[^>]*>", re.I)


def is_gzip(path: PurePath | str) -> bool:
    """Whether the name ends in ``.gz``."""
    return str(path).lower().endswith(".gz")


def format_of(path: PurePath | str) -> str | None:
    """``"text"``, ``"html"`` or ``"jsonl"`` by the file's name; None when the name does not tell."""
    name = PurePath(path).name.lower()
    if name.endswith(".gz"):
        name = name[:-3]
    return _SUFFIXES.get(PurePath(name).suffix)


def has_no_suffix(path: PurePath | str) -> bool:
    """Whether the name has no extension at all (such files are read as text when they decode)."""
    return PurePath(path).suffix == ""


def sniff(head: bytes) -> str:
    """The format the first bytes of an input look like: JSON Lines, an HTML document, else text."""
    stripped = head.lstrip(b"\xef\xbb\xbf \t\r\n")
    if stripped.startswith(b"{"):
        return JSONL
    from warta.ingest.feeds import is_feed  # feeds and sitemaps: only here, to keep this module light
    from warta.ingest.sitemaps import is_sitemap

    if is_feed(stripped) or is_sitemap(stripped):
        return XML
    if _html_start().match(stripped) or _HTML_ANYWHERE.search(head):
        return HTML
    return TEXT
