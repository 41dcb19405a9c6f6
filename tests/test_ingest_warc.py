"""WARC archives built in the test with warcio: HTML, non-HTML, redirects, errors and a truncated tail."""

from __future__ import annotations

import gzip
import io
import re
from pathlib import Path

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from warta.ingest.warc import WarcPage, page_document, warc_documents, warc_pages
from warta.types import RawDocument, Skipped

FIXTURES = Path(__file__).parent / "fixtures" / "feeds"
BASE = "https://kabarpantura.example"


def _html(name: str) -> bytes:
    return (FIXTURES / name).read_bytes().replace(b"{base}", BASE.encode())


def build_warc(path: Path, *, gz: bool) -> None:
    """An archive of: warcinfo, a request, two HTML pages, a PNG, a redirect, a 404, a page with no date."""
    with path.open("wb") as out:
        writer = WARCWriter(out, gzip=gz)
        writer.write_record(writer.create_warcinfo_record(path.name, {"software": "warta tests"}))

        def response(
            uri: str, status: str, kind: str, body: bytes, extra: tuple[tuple[str, str], ...] = ()
        ) -> None:
            http = StatusAndHeaders(status, [("Content-Type", kind), *extra], protocol="HTTP/1.1")
            record = writer.create_warc_record(
                uri,
                "response",
                payload=io.BytesIO(body),
                http_headers=http,
                warc_headers_dict={"WARC-Date": "2024-03-07T01:02:03Z"},
            )
            writer.write_record(record)

        request = writer.create_warc_record(
            f"{BASE}/kp/banjir-karangsari.html", "request", payload=io.BytesIO(b"GET / HTTP/1.1\r\n\r\n")
        )
        writer.write_record(request)
        response(
            f"{BASE}/kp/banjir-karangsari.html?utm_source=x",
            "200 OK",
            "text/html; charset=utf-8",
            _html("kp/banjir-karangsari.html"),
        )
        response(f"{BASE}/logo.png", "200 OK", "image/png", b"\x89PNG\r\n\x1a\n" + bytes(200))
        response(f"{BASE}/lama", "301 Moved Permanently", "text/html", b"", (("Location", "/baru"),))
        response(f"{BASE}/hilang", "404 Not Found", "text/html", b"<html><body>tidak ada</body></html>")
        page = re.sub(rb"<meta property=.article:published_time[^>]*>", b"", _html("kp/harga-cabai.html"))
        response(f"{BASE}/kp/harga-cabai.html", "200 OK", "text/html", page)


@pytest.mark.parametrize("gz", [True, False])
def test_warc_reads_html_and_explains_the_rest(tmp_path: Path, gz: bool) -> None:
    path = tmp_path / ("crawl.warc.gz" if gz else "crawl.warc")
    build_warc(path, gz=gz)
    items = list(warc_documents(path))
    docs = [i for i in items if isinstance(i, RawDocument)]
    skipped = [i for i in items if isinstance(i, Skipped)]
    assert [d.url for d in docs] == [f"{BASE}/kp/banjir-karangsari.html", f"{BASE}/kp/harga-cabai.html"]
    assert docs[0].published == "2024-03-04"  # the page's own date wins over the capture date
    assert docs[1].published == "2024-03-07"  # no date on the page: the capture date
    assert all(d.format == "warc" and "Karangsari" in docs[0].text for d in docs)
    assert docs[0].source == f"{path}#{BASE}/kp/banjir-karangsari.html?utm_source=x"
    assert sorted(s.reason for s in skipped) == [
        "HTTP 404 response, not a page",
        "not an HTML page (image/png)",
    ]


@pytest.mark.parametrize("cut", [0.5, 0.8, 0.97])
def test_a_truncated_warc_keeps_what_came_before(tmp_path: Path, cut: float) -> None:
    whole = tmp_path / "whole.warc.gz"
    build_warc(whole, gz=True)
    data = whole.read_bytes()
    path = tmp_path / "cut.warc.gz"
    path.write_bytes(data[: int(len(data) * cut)])
    items = list(warc_documents(path))  # must not raise
    assert items
    assert all(isinstance(i, RawDocument | Skipped) for i in items)


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (b"", "not a WARC or ARC file"),
        (b"this is not an archive at all\n" * 10, "not a WARC or ARC file"),
        (gzip.compress(b"neither is this"), "not a WARC or ARC file"),
        (b"\x1f\x8b broken gzip", "not a WARC or ARC file"),
        (b"WARC/1.0\r\nWARC-Type: response\r\nContent-Length: 99999\r\n\r\nshort", "damaged or truncated"),
    ],
)
def test_not_a_warc(tmp_path: Path, content: bytes, reason: str) -> None:
    path = tmp_path / "x.warc"
    path.write_bytes(content)
    items = list(warc_pages(path))
    assert any(isinstance(i, Skipped) and reason in i.reason for i in items)


def test_missing_file_is_skipped(tmp_path: Path) -> None:
    (item,) = list(warc_pages(tmp_path / "nope.warc.gz"))
    assert isinstance(item, Skipped) and "cannot be read" in item.reason


def test_page_document_is_pure() -> None:
    page = WarcPage(
        source="a.warc#u", url=f"{BASE}/a", captured="2024-01-02T00:00:00Z", body=b"<html></html>"
    )
    assert page_document(page) == page_document(page)
    assert isinstance(page_document(page), Skipped)


def test_read_dispatches_warc_files(tmp_path: Path) -> None:
    from warta.ingest import read

    path = tmp_path / "crawl.warc.gz"
    build_warc(path, gz=True)
    docs = [i for i in read([path]) if isinstance(i, RawDocument)]
    assert len(docs) == 2 and docs[0].format == "warc"
