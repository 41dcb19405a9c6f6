"""Fetching against a loopback server: conditional GET, retries, redirects, caps, timeouts, robots.txt."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from fixtures.feeds.loopback import Site
from warta.ingest.fetch import Fetcher, FetchOptions, _retry_after
from warta.ingest.fetch_pages import is_url, read_url, response_document
from warta.ingest.fetch_rate import HostLimits
from warta.ingest.fetch_urls import canonical_url, host_of, normalize_url, page_key
from warta.types import RawDocument, Skipped


@pytest.fixture(scope="module")
def site() -> Iterator[Site]:
    with Site() as running:
        yield running


@pytest.fixture
def waits() -> list[float]:
    return []


@pytest.fixture
def fetcher(waits: list[float]) -> Iterator[Fetcher]:
    # The fixture site is on loopback, which the fetcher refuses unless told otherwise.
    options = FetchOptions(timeout=0.5, interval=0.0, backoff=0.01, retries=2, allow_private=True)
    with Fetcher(options=options, sleep=waits.append) as client:
        yield client


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("HTTPS://Example.COM:443/a?utm_source=x&id=3#top", "https://example.com/a?id=3"),
        ("http://example.com:8080/", "http://example.com:8080/"),
        ("http://example.com", "http://example.com/"),
        ("https://x.id/b?fbclid=1&gclid=2&utm_medium=rss", "https://x.id/b"),
        ("https://x.id/b?page=2&ref=home", "https://x.id/b?page=2"),
        ("https://X.ID./Path/Case", "https://x.id/Path/Case"),
    ],
)
def test_normalize_url(url: str, expected: str) -> None:
    assert normalize_url(url) == expected


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("https://m.kabar.example/berita/1", "https://kabar.example/berita/1"),
        ("https://kabar.example/amp/berita/1", "https://kabar.example/berita/1"),
        ("https://kabar.example/berita/1/amp", "https://kabar.example/berita/1"),
        ("https://amp.kabar.example/berita/1?utm_source=x", "https://kabar.example/berita/1"),
        ("https://kabar.example/berita/1.amp.html", "https://kabar.example/berita/1.html"),
    ],
)
def test_page_key_folds_mobile_and_amp_copies(a: str, b: str) -> None:
    assert page_key(a) == page_key(b)


@pytest.mark.parametrize(
    ("html", "expected"),
    [
        ('<link rel="canonical" href="/berita/1">', "https://m.kabar.example/berita/1"),
        ("<link href='https://kabar.example/b?utm_source=x' rel='canonical'>", "https://kabar.example/b"),
        ('<link rel="amphtml" href="/amp/1">', None),
        ('<link rel="canonical" href="javascript:void(0)">', None),
    ],
)
def test_canonical_url(html: str, expected: str | None) -> None:
    assert canonical_url(html, base="https://m.kabar.example/amp/berita/1") == expected


@pytest.mark.parametrize(("value", "expected"), [("2", 2.0), (None, None), ("soon", None)])
def test_retry_after(value: str | None, expected: float | None) -> None:
    assert _retry_after(value) == expected


def test_host_limits_space_requests_to_one_host() -> None:
    clock = [0.0]
    slept: list[float] = []

    def sleep(seconds: float) -> None:
        slept.append(seconds)
        clock[0] += seconds

    limits = HostLimits(interval=2.0, per_host=1, clock=lambda: clock[0], sleep=sleep)
    for _ in range(3):
        with limits.slot("https://a.example/x"):
            pass
    with limits.slot("https://b.example/x"):
        pass
    assert slept == [2.0, 2.0]  # the second and third request to a.example waited; b.example did not


def test_conditional_get_costs_one_304(site: Site, fetcher: Fetcher) -> None:
    first = fetcher.get(f"{site.base}/ws/atom.xml")
    assert first.ok and first.etag
    again = fetcher.get(f"{site.base}/ws/atom.xml", etag=first.etag)
    assert again.not_modified and again.body == b"" and not again.ok


def test_500_then_200_is_retried(site: Site, fetcher: Fetcher) -> None:
    answer = fetcher.get(f"{site.base}/flaky/rss.xml")
    assert answer.ok and answer.attempts == 2
    assert b"<rss" in answer.body


def test_429_waits_for_retry_after(site: Site, fetcher: Fetcher, waits: list[float]) -> None:
    answer = fetcher.get(f"{site.base}/busy/rss.xml")
    assert answer.ok and answer.attempts == 2
    assert 2.0 in waits


def test_redirects_are_followed_and_recorded(site: Site, fetcher: Fetcher) -> None:
    answer = fetcher.get(f"{site.base}/old/rss.xml")
    assert answer.ok
    assert answer.redirects == (f"{site.base}/old/rss.xml",)
    assert answer.final_url == f"{site.base}/kp/rss.xml"


def test_a_20_mb_page_is_capped(site: Site, fetcher: Fetcher) -> None:
    answer = fetcher.get(f"{site.base}/big.html")
    assert not answer.ok and answer.error is not None and answer.error.startswith("larger than")
    assert answer.body == b""


def test_a_page_that_never_answers_times_out(site: Site, fetcher: Fetcher) -> None:
    answer = fetcher.get(f"{site.base}/hang.html")
    assert answer.error == "timed out" and answer.attempts == 1


def test_robots_txt_is_respected(site: Site, fetcher: Fetcher) -> None:
    before = site.count("/private/internal.html")
    answer = fetcher.get(f"{site.base}/private/internal.html")
    assert answer.error == "disallowed by robots.txt"
    assert site.count("/private/internal.html") == before
    assert fetcher.get(f"{site.base}/kp/harga-cabai.html").ok


def test_get_many_keeps_order(site: Site, fetcher: Fetcher) -> None:
    urls = [f"{site.base}/kp/harga-cabai.html", f"{site.base}/nope.html", f"{site.base}/ws/atom.xml"]
    assert [a.status for a in fetcher.get_many(urls)] == [200, 404, 200]


def test_amp_copy_declares_its_canonical_page(site: Site, fetcher: Fetcher) -> None:
    amp = fetcher.get(f"{site.base}/ws/amp/banjir-cilumpang.html")
    doc = response_document(amp)
    assert isinstance(doc, RawDocument)
    assert doc.url == f"{site.base}/ws/banjir-cilumpang.html"
    assert page_key(amp.url) == page_key(doc.url)


@pytest.mark.parametrize(
    ("path", "kinds"),
    [
        ("/kp/harga-cabai.html", ["RawDocument"]),
        ("/kp/rss.xml", ["RawDocument", "RawDocument"]),
        (
            "/ws/news-sitemap.xml",
            ["RawDocument", "RawDocument", "Skipped"],
        ),  # AMP, print view; private: robots
        ("/nope.html", ["Skipped"]),
    ],
)
def test_read_url(site: Site, fetcher: Fetcher, path: str, kinds: list[str]) -> None:
    items = list(read_url(f"{site.base}{path}", fetcher=fetcher))
    assert [type(i).__name__ for i in items] == kinds
    for item in items:
        if isinstance(item, RawDocument):
            assert item.text and item.url and item.url.startswith(site.base)
        else:
            assert isinstance(item, Skipped) and item.reason


@pytest.mark.parametrize(
    ("value", "expected"), [("https://x.id/a", True), ("HTTP://x.id", True), ("x.id/a", False), ("-", False)]
)
def test_is_url(value: str, expected: bool) -> None:
    assert is_url(value) is expected


def test_host_of() -> None:
    assert host_of("HTTPS://X.id:8443/a/b") == "https://x.id:8443"


def test_read_takes_urls_like_paths(site: Site) -> None:
    from warta.ingest import read

    items = list(read([f"{site.base}/kp/harga-cabai.html"], fetch=FetchOptions(allow_private=True)))
    assert [type(i).__name__ for i in items] == ["RawDocument"]
    assert isinstance(items[0], RawDocument) and items[0].source == f"{site.base}/kp/harga-cabai.html"
