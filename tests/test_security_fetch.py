"""Attack suite, fetching: SSRF through URLs, redirects, feeds, sitemaps and DNS answers never reaches a private address.

An "internal service" on 127.0.0.1 records every request it gets; each attack asserts it got none.
Where an attack needs a public host, an outlet on 127.0.0.2 stands in for one (a custom ``refuse``
treats that one address as public); everything else goes through the real rules.
"""

from __future__ import annotations

import ipaddress
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest

from internal_service import SECRET, Service, second_loopback
from warta.cli import main
from warta.errors import DestinationRefused
from warta.ingest import fetch_guard, read
from warta.ingest.fetch import Fetcher, FetchOptions
from warta.ingest.fetch_guard import PublicOnlyTransport, address_kind, check_scheme, refusal
from warta.ingest.fetch_pages import read_url
from warta.store import open_archive
from warta.types import RawDocument, Skipped

FAST = FetchOptions(timeout=2.0, interval=0.0, backoff=0.01, retries=1, robots=False)
ARTICLE = (
    "<html><head><title>Pasar Karang Jati</title></head><body><article><h1>Pasar Karang Jati</h1>"
    + "<p>Pasar malam di Karang Jati ramai dikunjungi warga yang datang dari desa sekitar.</p>" * 8
    + "</article></body></html>"
).encode()


@pytest.fixture
def internal() -> Iterator[Service]:
    with Service() as service:
        yield service


def public_stand_in(address: str, *, host: str | None = None) -> str | None:
    """The real rules, except that 127.0.0.2 counts as a public address (the test's outlet)."""
    return None if address == "127.0.0.2" else refusal(address, host=host)


def outlet_fetcher() -> Fetcher:
    return Fetcher(options=FAST, transport=PublicOnlyTransport(refuse=public_stand_in))


@pytest.mark.parametrize(
    ("address", "kind"),
    [
        ("127.0.0.1", "a loopback address"),
        ("127.255.0.9", "a loopback address"),
        ("10.1.2.3", "a private address"),
        ("172.16.0.1", "a private address"),
        ("192.168.1.1", "a private address"),
        ("169.254.169.254", "a link-local address"),  # cloud metadata
        ("0.0.0.0", "an unspecified address"),
        ("224.0.0.1", "a multicast address"),
        ("240.0.0.1", "a private address"),  # reserved; ipaddress files 240/4 under private too
        ("255.255.255.255", "a private address"),
        ("100.64.0.1", "not a public address"),  # carrier-grade NAT
        ("198.18.0.1", "a private address"),  # benchmarking
        ("::1", "a loopback address"),
        ("::", "an unspecified address"),
        ("fe80::1", "a link-local address"),
        ("fc00::1", "a private address"),
        ("ff02::1", "a multicast address"),
        ("::ffff:127.0.0.1", "a loopback address"),  # IPv4-mapped
        ("::ffff:169.254.169.254", "a link-local address"),
        ("64:ff9b::7f00:1", "a loopback address"),  # NAT64 of 127.0.0.1
        ("2002:7f00:1::", "a loopback address"),  # 6to4 of 127.0.0.1
        ("2001:db8::1", "a private address"),  # documentation
        ("93.184.215.14", None),
        ("8.8.8.8", None),
        ("2606:4700:4700::1111", None),
        ("::ffff:8.8.8.8", None),
    ],
)
def test_address_kinds(address: str, kind: str | None) -> None:
    assert address_kind(ipaddress.ip_address(address)) == kind


def test_refusal_says_what_and_what_to_do() -> None:
    assert refusal("127.0.0.1") == (
        "refused: 127.0.0.1 is a loopback address; pass --allow-private to fetch local addresses"
    )
    assert refusal("10.0.0.7", host="intranet") == (
        "refused: intranet resolves to 10.0.0.7, a private address; pass --allow-private to fetch local addresses"
    )
    assert refusal("fe80::1%eth0") is not None


@pytest.mark.parametrize(
    "url", ["file:///etc/passwd", "ftp://example.com/x", "gopher://127.0.0.1:70/", "data:text/html,x", "//x"]
)
def test_schemes_other_than_http_are_refused(url: str) -> None:
    with pytest.raises(DestinationRefused, match="not an http or https URL"):
        check_scheme(url)
    with Fetcher(options=FAST) as fetcher:
        answer = fetcher.get(url)
    assert not answer.ok and answer.error is not None and answer.error.startswith("refused:")


@pytest.mark.parametrize(
    "host",
    [
        "127.0.0.1",
        "localhost",
        "127.1",  # short form
        "2130706433",  # decimal
        "0x7f000001",  # hex
        "[::ffff:127.0.0.1]",
    ],
)
def test_loopback_in_any_spelling_is_refused(internal: Service, host: str) -> None:
    url = f"http://{host}:{internal.port}/admin"
    with Fetcher(options=FAST) as fetcher:
        answer = fetcher.get(url)
    assert answer.status == 0 and answer.attempts == 1  # refused, not retried
    assert answer.error is not None and answer.error.startswith("refused:")
    assert "loopback address; pass --allow-private to fetch local addresses" in answer.error
    assert internal.requests == []


@pytest.mark.parametrize("url", ["http://0177.0.0.1/", "http://[::1/", "http://exa mple.com/", "http://:80/"])
def test_a_url_that_does_not_parse_is_an_error_not_an_exception(url: str) -> None:
    with Fetcher(options=FetchOptions(timeout=1.0, interval=0.0, retries=0)) as fetcher:
        answer = fetcher.get(url)
    assert answer.status == 0 and answer.error is not None and answer.attempts == 1


def test_allow_private_reaches_a_local_server(internal: Service) -> None:
    with Fetcher(options=replace(FAST, allow_private=True)) as fetcher:
        answer = fetcher.get(f"{internal.base}/page")
    assert answer.ok and answer.body == SECRET
    assert internal.requests == ["/page"]


def test_robots_txt_of_a_private_host_is_not_fetched_either(internal: Service) -> None:
    with Fetcher(options=FetchOptions(timeout=2.0, interval=0.0, retries=0)) as fetcher:
        answer = fetcher.get(f"{internal.base}/page")
    assert answer.error is not None and "loopback address" in answer.error
    assert internal.requests == []


@pytest.mark.parametrize(
    "target",
    [
        "{internal}/admin",
        "http://localhost:{port}/admin",
        "http://[::ffff:127.0.0.1]:{port}/admin",
        "http://169.254.169.254/latest/meta-data/",
        "file:///etc/passwd",
    ],
)
def test_a_redirect_to_a_private_address_is_refused(internal: Service, target: str) -> None:
    location = target.format(internal=internal.base, port=internal.port)
    routes = {"/go": (302, {"Location": location}, b"")}
    with Service(host=second_loopback(), routes=routes) as outlet, outlet_fetcher() as fetcher:
        answer = fetcher.get(f"{outlet.base}/go")
    assert outlet.requests == ["/go"]
    assert not answer.ok and answer.error is not None and answer.error.startswith("refused:"), answer
    assert internal.requests == []


def test_a_public_redirect_chain_is_followed() -> None:
    routes = {"/a": (301, {"Location": "/b"}, b""), "/b": (200, {"Content-Type": "text/html"}, ARTICLE)}
    with Service(host=second_loopback(), routes=routes) as outlet, outlet_fetcher() as fetcher:
        answer = fetcher.get(f"{outlet.base}/a")
    assert answer.ok and answer.redirects == (f"{outlet.base}/a",)


def test_dns_rebinding_cannot_swap_the_checked_address(
    internal: Service, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A name that answers public then private: the socket goes to the address that was checked."""
    outlet_host = second_loopback()
    with Service(host=outlet_host, port=internal.port) as outlet:
        answers = iter([[outlet_host], ["127.0.0.1"], [outlet_host], ["127.0.0.1"]])
        monkeypatch.setattr(fetch_guard, "resolve", lambda host, port: next(answers))
        with outlet_fetcher() as fetcher:
            results = [fetcher.get(f"http://rebind.test:{internal.port}/p{i}") for i in range(2)]
    assert internal.requests == []
    for answer in results:  # each either came from the outlet or was refused, naming the private answer
        assert answer.ok or (answer.error or "").startswith("refused: rebind.test resolves to 127.0.0.1")
    assert outlet.requests  # at least the first went to the checked, public address


def test_a_name_with_public_and_private_answers_connects_only_to_the_public_one(
    internal: Service, monkeypatch: pytest.MonkeyPatch
) -> None:
    outlet_host = second_loopback()
    with Service(host=outlet_host, port=internal.port) as outlet:
        monkeypatch.setattr(fetch_guard, "resolve", lambda host, port: ["127.0.0.1", outlet_host])
        with outlet_fetcher() as fetcher:
            answer = fetcher.get(f"http://mixed.test:{internal.port}/page")
    assert answer.ok and outlet.requests == ["/page"] and internal.requests == []


def _feed(links: list[str]) -> bytes:
    items = "".join(f"<item><title>Teaser {i}</title><link>{u}</link></item>" for i, u in enumerate(links))
    return (
        f'<?xml version="1.0"?><rss version="2.0"><channel><title>K</title>{items}</channel></rss>'.encode()
    )


def test_a_named_feed_cannot_send_the_fetcher_to_a_private_address(internal: Service) -> None:
    """The feed is on a public host; its teasers link to the internal service: refused, each with a reason."""
    links = [f"{internal.base}/admin", f"http://localhost:{internal.port}/x", "http://10.0.0.1/"]
    routes = {"/rss.xml": (200, {"Content-Type": "application/rss+xml"}, _feed(links))}
    with Service(host=second_loopback(), routes=routes) as outlet, outlet_fetcher() as fetcher:
        items = list(read_url(f"{outlet.base}/rss.xml", fetcher=fetcher))
    assert [type(i).__name__ for i in items] == ["Skipped"] * 3
    assert all(isinstance(i, Skipped) and "refused:" in i.reason for i in items)
    assert internal.requests == []


def test_a_named_sitemap_index_cannot_send_the_fetcher_to_a_private_address(internal: Service) -> None:
    index = (
        f'<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><sitemap><loc>{internal.base}/sm.xml'
        "</loc></sitemap></sitemapindex>"
    ).encode()
    urlset = (
        '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
        f"<url><loc>{internal.base}/page</loc></url><url><loc>http://127.0.0.2:1/x</loc></url></urlset>"
    ).encode()
    routes = {
        "/index.xml": (200, {"Content-Type": "application/xml"}, index),
        "/sitemap.xml": (200, {"Content-Type": "application/xml"}, urlset),
    }
    with Service(host=second_loopback(), routes=routes) as outlet, outlet_fetcher() as fetcher:
        from_index = list(read_url(f"{outlet.base}/index.xml", fetcher=fetcher))
        from_urlset = list(read_url(f"{outlet.base}/sitemap.xml", fetcher=fetcher))
    assert [type(i).__name__ for i in from_index] == ["Skipped"]  # the child sitemap was refused
    assert isinstance(from_urlset[0], Skipped) and "refused:" in from_urlset[0].reason
    assert internal.requests == []


def test_a_feed_file_is_read_without_fetching(internal: Service, tmp_path: Path) -> None:
    path = tmp_path / "feed.xml"
    path.write_bytes(_feed([f"{internal.base}/admin"]))
    items = list(read([path], fetch=FetchOptions(allow_private=True)))  # even with private allowed
    assert [type(i).__name__ for i in items] == ["Skipped"]
    assert internal.requests == []


def test_cli_add_refuses_a_local_url_without_allow_private(
    internal: Service, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    internal.routes["/page.html"] = (200, {"Content-Type": "text/html"}, ARTICLE)
    db = tmp_path / "warta.db"
    assert main(["add", f"{internal.base}/page.html", "--db", str(db)]) == 0
    err = capsys.readouterr().err
    assert "refused: 127.0.0.1 is a loopback address; pass --allow-private to fetch local addresses" in err
    assert internal.requests == []
    assert main(["add", f"{internal.base}/page.html", "--db", str(db), "--allow-private"]) == 0
    assert "/page.html" in internal.requests
    with open_archive(db, readonly=True) as archive:
        assert archive.count_articles() == 1


def test_follow_refuses_a_local_feed_without_allow_private(
    internal: Service, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    toml = tmp_path / "SOURCES.toml"
    toml.write_text(f'[[source]]\nname = "Lokal"\nfeeds = ["{internal.base}/rss.xml"]\n', encoding="utf-8")
    argv = [
        "follow",
        str(toml),
        "--once",
        "--db",
        str(tmp_path / "w.db"),
        "--timeout",
        "1",
        "--interval",
        "0",
    ]
    assert main(argv) == 1  # no source could be read
    captured = capsys.readouterr()
    assert "refused: 127.0.0.1 is a loopback address" in captured.out + captured.err
    assert internal.requests == []


def test_full_text_feed_entries_still_come_from_a_named_url() -> None:
    body = " ".join(["Warga Karang Jati membersihkan saluran air bersama-sama."] * 12)
    feed = (
        '<?xml version="1.0"?><rss version="2.0"><channel><title>K</title><item><title>Kerja bakti</title>'
        f"<link>http://127.0.0.2/a</link><description>{body}</description></item></channel></rss>"
    ).encode()
    routes = {"/rss.xml": (200, {"Content-Type": "application/rss+xml"}, feed)}
    with Service(host=second_loopback(), routes=routes) as outlet, outlet_fetcher() as fetcher:
        items = list(read_url(f"{outlet.base}/rss.xml", fetcher=fetcher))
    assert [type(i).__name__ for i in items] == ["RawDocument"]
    assert isinstance(items[0], RawDocument) and outlet.requests == ["/rss.xml"]
