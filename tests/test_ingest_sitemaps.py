"""XML sitemaps, sitemap indexes and news sitemaps."""

from __future__ import annotations

import gzip
from pathlib import Path

import pytest

from warta.ingest.sitemaps import Sitemap, SitemapUrl, gunzip_capped, is_sitemap, parse_sitemap

FEEDS = Path(__file__).parent / "fixtures" / "feeds"
BASE = b"https://kabar.example"
NS = b'xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"'


def fixture(name: str) -> bytes:
    return (FEEDS / name).read_bytes().replace(b"{base}", BASE)


def test_news_sitemap() -> None:
    sitemap = parse_sitemap(fixture("ws/news-sitemap.xml"))
    first = sitemap.urls[0]
    assert first == SitemapUrl(
        loc="https://kabar.example/ws/amp/banjir-cilumpang.html",
        published="2024-03-04",
        title="Sungai Cilumpang Meluap, Ratusan Warga Mengungsi",
        language="id",
        outlet="Warta Selatan",
    )
    assert sitemap.urls[-1].lastmod == "2024-03-01" and sitemap.urls[-1].published is None
    assert sitemap.sitemaps == ()


def test_sitemap_index() -> None:
    assert parse_sitemap(fixture("ws/sitemap-index.xml")) == Sitemap(
        sitemaps=("https://kabar.example/ws/news-sitemap.xml",)
    )


@pytest.mark.parametrize(
    ("data", "locs"),
    [
        (
            b"<urlset " + NS + b"><url><loc> https://a.example/1 </loc></url><url><loc/></url></urlset>",
            ["https://a.example/1"],
        ),
        (
            b"<urlset><url><loc>https://a.example/2</loc></url></urlset>",
            ["https://a.example/2"],
        ),  # no namespace
        (
            gzip.compress(b"<urlset><url><loc>https://a.example/3</loc></url></urlset>"),
            ["https://a.example/3"],
        ),
        (b"<urlset><url><loc>https://a.example/4</loc></url>", ["https://a.example/4"]),  # cut short
        (
            b'<!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]><urlset><url><loc>&e;</loc></url></urlset>',
            [],
        ),
        (b"<rss><channel/></rss>", []),
        (b"not xml", []),
        (b"", []),
    ],
)
def test_parse_sitemap(data: bytes, locs: list[str]) -> None:
    assert [u.loc for u in parse_sitemap(data).urls] == locs


@pytest.mark.parametrize(
    ("head", "expected"),
    [
        (b'<?xml version="1.0"?>\n<urlset ' + NS + b">", True),
        (b"<sitemapindex>", True),
        (b'<?xml version="1.0"?><rss>', False),
        (b"<html>", False),
    ],
)
def test_is_sitemap(head: bytes, expected: bool) -> None:
    assert is_sitemap(head) is expected


def test_gunzip_is_capped() -> None:
    bomb = gzip.compress(b"0" * 1_000_000)
    assert len(gunzip_capped(bomb, cap=1000)) == 1000
    assert gunzip_capped(b"plain") == b"plain"
