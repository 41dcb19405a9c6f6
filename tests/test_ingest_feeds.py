"""RSS and Atom feeds read offline: entries, dates, full content versus teasers."""

from __future__ import annotations

from pathlib import Path

import pytest

from warta.ingest.feeds import entry_text, feed_day, feed_documents, html_to_text, is_feed, parse_feed
from warta.types import RawDocument, Skipped

FEEDS = Path(__file__).parent / "fixtures" / "feeds"
BASE = b"https://kabar.example"


def fixture(name: str) -> bytes:
    return (FEEDS / name).read_bytes().replace(b"{base}", BASE)


@pytest.mark.parametrize(
    ("name", "titles", "days"),
    [
        (
            "kp/rss-1.xml",
            [
                "Banjir Rendam Karangsari, Dua Warga Meninggal",
                "Korban Banjir Karangsari Bertambah Menjadi Tiga Orang",
            ],
            ["2024-03-04", "2024-03-05"],
        ),
        ("kp/rss-2.xml", None, ["2024-03-06", "2024-03-04", "2024-03-05"]),
        (
            "ws/atom.xml",
            ["Jembatan Gantung Rawasari Resmi Dibuka", "Sungai Cilumpang Meluap, Ratusan Warga Mengungsi"],
            ["2024-03-05", "2024-03-04"],
        ),
    ],
)
def test_parse_feed(name: str, titles: list[str] | None, days: list[str]) -> None:
    feed = parse_feed(fixture(name))
    assert feed is not None
    if titles is not None:
        assert [e.title for e in feed.entries] == titles
    assert [e.published for e in feed.entries] == days
    assert all(e.link and e.link.startswith("https://kabar.example/") for e in feed.entries)


def test_atom_full_content_is_an_article_and_a_teaser_is_not() -> None:
    feed = parse_feed(fixture("ws/atom.xml"))
    assert feed is not None
    full, teaser = feed.entries
    assert "Sutarni" in entry_text(full) and "\n\n" in entry_text(full)  # paragraphs kept apart
    assert entry_text(teaser) == ""


def test_feed_documents() -> None:
    items = list(feed_documents(fixture("ws/atom.xml"), source="atom.xml"))
    doc, teaser = items
    assert isinstance(doc, RawDocument) and doc.format == "feed"
    assert doc.url == "https://kabar.example/ws/jembatan-rawasari.html"
    assert doc.title == "Jembatan Gantung Rawasari Resmi Dibuka" and doc.published == "2024-03-05"
    assert isinstance(teaser, Skipped) and "teaser" in teaser.reason


@pytest.mark.parametrize(
    ("head", "expected"),
    [
        (b'<?xml version="1.0"?>\n<rss version="2.0">', True),
        (b'\xef\xbb\xbf<feed xmlns="http://www.w3.org/2005/Atom">', True),
        (b'<?xml version="1.0"?><!-- hi --><rdf:RDF xmlns:rdf="...">', True),
        (b"<!DOCTYPE html><html>", False),
        (b'<?xml version="1.0"?><urlset>', False),
    ],
)
def test_is_feed(head: bytes, expected: bool) -> None:
    assert is_feed(head) is expected


@pytest.mark.parametrize(
    ("value", "day"),
    [
        ("Mon, 04 Mar 2024 23:30:00 +0700", "2024-03-04"),  # the day as written, not shifted to UTC
        ("2024-03-05T01:00:00+07:00", "2024-03-05"),
        ("kemarin", None),
        (None, None),
    ],
)
def test_feed_day(value: str | None, day: str | None) -> None:
    assert feed_day(value) == day


@pytest.mark.parametrize(
    ("fragment", "text"),
    [
        ("<p>Satu &amp; dua.</p><p>Tiga</p>", "Satu & dua.\n\nTiga"),
        ("Baris<br/>berikut<script>x()</script>", "Baris\n\nberikut"),
        ("<figure><img src=a><figcaption>Foto</figcaption></figure><p>Isi</p>", "Isi"),
    ],
)
def test_html_to_text(fragment: str, text: str) -> None:
    assert html_to_text(fragment) == text


@pytest.mark.parametrize("data", [b"", b"not xml at all", b"<html><body>page</body></html>"])
def test_not_a_feed(data: bytes) -> None:
    (item,) = list(feed_documents(data, source="x.xml"))
    assert isinstance(item, Skipped)


@pytest.mark.parametrize("name", ["feed.xml", "feed.atom", "feed.rss.gz", "feed"])
def test_read_dispatches_feed_files(tmp_path: Path, name: str) -> None:
    import gzip

    from warta.ingest import read

    path = tmp_path / name
    data = (FEEDS / "ws/atom.xml").read_bytes().replace(b"{base}", b"http://127.0.0.1:9")
    path.write_bytes(gzip.compress(data) if name.endswith(".gz") else data)
    items = list(read([path]))
    # A file is data: the full entry is read, the teaser is skipped, its link never fetched.
    assert [type(i).__name__ for i in items] == ["RawDocument", "Skipped"]
    assert isinstance(items[1], Skipped) and "teaser" in items[1].reason
