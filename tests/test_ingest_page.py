"""Saved HTML pages: charset, the article text and metadata, and pages with no article."""

from __future__ import annotations

import gzip
from pathlib import Path

import pytest

from conftest import DATA, needs_shared
from warta.ingest import read
from warta.ingest.page import html_document
from warta.types import RawDocument, Skipped

# A fictional article, written for these tests.
PARAGRAPHS = [
    "Pemerintah Kota Sukamaju meresmikan jembatan gantung baru di atas Sungai Cibening pada Senin pagi. "
    "Jembatan sepanjang 120 meter itu menghubungkan dua desa yang selama ini terpisah saat musim hujan.",
    "Wali Kota Sukamaju, Ratna Wijayakusuma, mengatakan pembangunan jembatan menelan biaya sekitar "
    "Rp 4,2 miliar dan dikerjakan selama delapan bulan oleh kontraktor lokal.",
    "Warga Desa Cibening menyambut peresmian itu dengan gembira. Menurut mereka, anak-anak kini dapat "
    "berangkat ke sekolah tanpa harus menyeberang sungai dengan perahu kecil yang berbahaya.",
    "Dinas Pekerjaan Umum setempat berjanji akan memeriksa kondisi jembatan setiap tiga bulan. "
    "Pemeriksaan itu mencakup kabel baja, lantai kayu, dan fondasi di kedua tepi sungai.",
    "Peresmian ditutup dengan doa bersama dan pertunjukan kesenian tradisional dari sanggar desa, "
    "yang ditonton ratusan warga dari desa-desa sekitar.",
]
TITLE = "Jembatan Gantung Baru Hubungkan Dua Desa di Sukamaju"


def article_html(*, charset: str = "utf-8", paragraphs: list[str] = PARAGRAPHS) -> str:
    body = "\n".join(f"<p>{p}</p>" for p in paragraphs)
    return f"""<!DOCTYPE html>
<html lang="id"><head><meta charset="{charset}"><title>{TITLE} - Kabar Sukamaju</title>
<meta property="og:title" content="{TITLE}">
<meta property="og:site_name" content="Kabar Sukamaju">
<meta property="article:published_time" content="2022-01-10T08:30:00+07:00">
<link rel="canonical" href="https://kabar.example/2022/01/10/jembatan-gantung">
</head><body>
<nav><a href="/">Beranda</a> | <a href="/daerah">Daerah</a></nav>
<article><h1>{TITLE}</h1>{body}</article>
<footer>Hak cipta Kabar Sukamaju</footer>
</body></html>"""


def test_html_document_reads_text_and_metadata() -> None:
    page = article_html()
    doc = html_document(page.encode(), source="p.html")
    assert isinstance(doc, RawDocument)
    assert doc.format == "html" and doc.raw == page and doc.encoding == "utf-8"
    assert doc.title == TITLE
    assert doc.published == "2022-01-10"
    assert doc.url == "https://kabar.example/2022/01/10/jembatan-gantung"
    assert "Ratna Wijayakusuma" in doc.text and "Beranda" not in doc.text


def test_a_declared_legacy_charset_is_honoured() -> None:
    paragraphs = [p.replace("Sukamaju", "Sukamajú") for p in PARAGRAPHS]
    page = article_html(charset="windows-1252", paragraphs=paragraphs)
    doc = html_document(page.encode("cp1252"), source="p.html")
    assert isinstance(doc, RawDocument)
    assert doc.encoding == "cp1252" and "Kota Sukamajú" in doc.text


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"<html><head><title>Indeks</title></head><body><img src='a.png'></body></html>", "no article text"),
        (b"   \n", "empty file"),
        (b"\x00\x01\x02<html>", "binary file"),
    ],
)
def test_unusable_pages_are_skipped(data: bytes, reason: str) -> None:
    item = html_document(data, source="p.html")
    assert isinstance(item, Skipped)
    assert item.reason.startswith(reason) and item.hint


def test_read_takes_a_gzipped_page(tmp_path: Path) -> None:
    path = tmp_path / "berita.html.gz"
    path.write_bytes(gzip.compress(article_html().encode()))
    (doc,) = read([path])
    assert isinstance(doc, RawDocument)
    assert doc.source == str(path) and doc.format == "html" and doc.title == TITLE


def test_a_corrupt_gzip_page_is_skipped(tmp_path: Path) -> None:
    path = tmp_path / "rusak.htm.gz"
    path.write_bytes(b"\x1f\x8b\x08\x00not really gzip")
    (item,) = read([path])
    assert isinstance(item, Skipped) and "gzip" in item.reason


SCRAPINGHUB = DATA / "extraction" / "scrapinghub" / "html"


@needs_shared(SCRAPINGHUB)
def test_real_saved_pages_read_as_html_documents() -> None:
    paths = sorted(SCRAPINGHUB.glob("*.html.gz"))[:6]
    docs = list(read(paths))
    assert len(docs) == 6
    assert all(isinstance(d, RawDocument) and d.format == "html" and len(d.text) > 200 for d in docs)
