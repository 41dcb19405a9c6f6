"""WARC and ARC web archives, gzipped or not: each HTML ``response`` record is one page.

>>> for item in warc_documents(Path("crawl.warc.gz")):        # doctest: +SKIP
...     print(item.url if isinstance(item, RawDocument) else item.message())

Reading is split in two so big archives parallelise: :func:`warc_pages` walks the archive in one
process and only copies bytes out; :func:`page_document` (HTML extraction, the costly part) is a
pure function a backend can map.
"""

from __future__ import annotations

import gzip
import zlib
from collections.abc import Iterator
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from warcio.archiveiterator import ArchiveIterator

from warta.backends import Backend, get_backend
from warta.ingest.fetch_urls import normalize_url
from warta.ingest.page import html_document
from warta.ingest.published import iso_day
from warta.types import RawDocument, Skipped

WARC = "warc"
# One page beyond this is not an article; its bytes are not even copied out.
MAX_PAGE_BYTES = 16 * 1024 * 1024
_HTML_TYPES = ("text/html", "application/xhtml+xml")


@dataclass(frozen=True)
class WarcPage:
    """An HTML response record's payload and where and when it was captured."""

    source: str
    url: str
    captured: str | None  # WARC-Date, ISO 8601
    body: bytes


def warc_pages(path: Path) -> Iterator[WarcPage | Skipped]:
    """The HTML response records of the archive at ``path``; a Skipped per unusable response or damage."""
    source = str(path)
    try:
        stream = path.open("rb")
    except OSError as exc:
        yield Skipped(source, f"cannot be read ({exc.strerror or exc})", hint="check the path")
        return
    kind = _kind(path)
    if kind is None:
        stream.close()
        # warcio reads almost anything as some record; check the opening bytes first.
        yield Skipped(
            source, "not a WARC or ARC file", hint="pass a .warc, .warc.gz, .arc or .arc.gz archive"
        )
        return
    with stream:
        records = iter(ArchiveIterator(stream, arc2warc=kind == "arc"))
        count = 0
        while True:
            try:
                record = next(records)
                count += 1
                item = _page(record, source) if record.rec_type == "response" else None
            except StopIteration:
                break
            except Exception as exc:  # warcio fails on damage in many ways (None fields, bad lengths)
                # A truncated download or a damaged member: what came before it is still good.
                yield Skipped(
                    source,
                    f"damaged or truncated after {count} records ({type(exc).__name__})",
                    hint="re-download the archive; the records before the damage were read",
                )
                break
            if item is not None:
                yield item
        if count == 0:
            yield Skipped(
                source, "no WARC or ARC records in this file", hint="check that it is a web archive"
            )


def page_document(page: WarcPage) -> RawDocument | Skipped:
    """The article in one archived page (pure; what a backend maps over pages)."""
    doc = html_document(page.body, source=page.source)
    if isinstance(doc, Skipped):
        return doc
    # The page's own date is the publication date; the capture date is only a fallback.
    return replace(doc, format=WARC, url=page.url, published=doc.published or iso_day(page.captured))


def warc_documents(path: Path, *, backend: Backend | str = "local") -> Iterator[RawDocument | Skipped]:
    """Every article in the archive at ``path``, in record order, extraction running on ``backend``."""
    runner = get_backend(backend) if isinstance(backend, str) else backend
    return runner.map(_document, warc_pages(path))


def _document(item: WarcPage | Skipped) -> RawDocument | Skipped:
    return item if isinstance(item, Skipped) else page_document(item)


def _page(record: Any, archive: str) -> WarcPage | Skipped | None:
    """The page in a response record; None for what is not a page at all (redirects, no HTTP headers)."""
    uri = str(record.rec_headers.get_header("WARC-Target-URI") or "")
    http = record.http_headers
    if not uri or http is None:
        return None
    source = f"{archive}#{uri}"
    status = http.get_statuscode() or ""
    if status.startswith("3"):
        return None  # the redirect's target is a record of its own
    if not status.startswith("2"):
        return Skipped(source, f"HTTP {status} response, not a page", hint="nothing to do")
    kind = (http.get_header("Content-Type") or "").split(";")[0].strip().lower()
    if kind and kind not in _HTML_TYPES:
        return Skipped(source, f"not an HTML page ({kind})", hint="nothing to do")
    body = record.content_stream().read(MAX_PAGE_BYTES + 1)
    if len(body) > MAX_PAGE_BYTES:
        return Skipped(source, f"larger than {MAX_PAGE_BYTES // 2**20} MB", hint="nothing to do")
    captured = record.rec_headers.get_header("WARC-Date")
    return WarcPage(source=source, url=normalize_url(uri), captured=captured, body=body)


def _kind(path: Path) -> str | None:
    """``"warc"`` or ``"arc"`` by the first record's opening bytes; None for anything else."""
    try:
        with path.open("rb") as raw:
            head = raw.read(2)
        with gzip.open(path, "rb") if head == b"\x1f\x8b" else path.open("rb") as stream:
            start = stream.read(11)
    except (OSError, EOFError, zlib.error):
        return None
    if start.startswith(b"WARC/"):
        return "warc"
    return "arc" if start == b"filedesc://" else None
