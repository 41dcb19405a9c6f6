"""Attack suite, uploads: POST /articles takes data, never instructions, and never answers 5xx.

SSRF through uploaded feeds and sitemaps, XXE, external DTDs and entity bombs in feeds, sitemaps and
WARC records, and oversized or malformed bodies. An internal service on loopback records every
request; each attack asserts it got none, that no entity was expanded and no local file was read.
"""

from __future__ import annotations

import gzip
import io
import json
import time
from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from internal_service import SECRET, Service
from test_web_fakes import FakeArchive, fake_opener
from warta.web import WebOptions, create_app

OPTIONS = WebOptions(max_body_bytes=2 * 2**20, max_articles=20)
# Expanded, any of these would show in an article's text.
LEAKS = ("root:", SECRET.decode()[:20], "AAAAAAAAAA", "lol" * 5)
BODY = " ".join(["Warga Karang Jati membersihkan saluran air bersama-sama sejak pagi hari."] * 10)
BOMB = "".join(f'<!ENTITY l{i} "{f"&l{i - 1};" * 10}">' for i in range(1, 10))
# (name, DOCTYPE internal subset, where the entity is referenced)
ENTITY_ATTACKS = [
    ("file", '<!ENTITY x SYSTEM "file:///etc/passwd">', "&x;"),
    ("http", '<!ENTITY x SYSTEM "{internal}/xxe">', "&x;"),
    ("parameter", '<!ENTITY % p SYSTEM "{internal}/dtd"> %p;', ""),
    ("billion-laughs", '<!ENTITY l0 "lol">' + BOMB, "&l9;"),
    ("quadratic", f'<!ENTITY x "{"A" * 100_000}">', "&x;" * 500),
]


@pytest.fixture
def internal() -> Iterator[Service]:
    with Service() as service:
        yield service


@pytest.fixture
def archive() -> FakeArchive:
    return FakeArchive()


@pytest.fixture
def client(archive: FakeArchive) -> Iterator[TestClient]:
    app = create_app("unused.db", options=OPTIONS, opener=fake_opener(archive))
    with TestClient(app, raise_server_exceptions=False) as c:
        yield c


def _texts(archive: FakeArchive) -> str:
    return " ".join(f"{d.title} {d.text} {d.url}" for d in archive.added)


def _rss(items: str, doctype: str = "") -> bytes:
    head = f'<?xml version="1.0"?>{doctype}<rss version="2.0"><channel><title>Kabar</title>'
    return f"{head}{items}</channel></rss>".encode()


def _item(link: str, *, full: bool, extra: str = "") -> str:
    text = f"{BODY} {extra}" if full else f"Teaser {extra}"
    return (
        f"<item><title>Kerja bakti {extra}</title><link>{link}</link><description>{text}</description></item>"
    )


def _urlset(locs: list[str], doctype: str = "") -> bytes:
    urls = "".join(f"<url><loc>{loc}</loc></url>" for loc in locs)
    ns = "http://www.sitemaps.org/schemas/sitemap/0.9"
    return f'<?xml version="1.0"?>{doctype}<urlset xmlns="{ns}">{urls}</urlset>'.encode()


def _warc(body: bytes, uri: str = "https://kabar.example/a") -> bytes:
    out = io.BytesIO()
    writer = WARCWriter(out, gzip=True)
    http = StatusAndHeaders("200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.1")
    record = writer.create_warc_record(
        uri,
        "response",
        payload=io.BytesIO(body),
        http_headers=http,
        warc_headers_dict={"WARC-Date": "2031-05-02T01:02:03Z"},
    )
    writer.write_record(record)
    return out.getvalue()


def _post_file(client: TestClient, name: str, data: bytes) -> tuple[int, dict[str, object]]:
    got = client.post("/articles", files=[("file", (name, data))])
    return got.status_code, got.json()


@pytest.mark.parametrize("name", ["feed.xml", "feed.rss", "feed.atom", "feed.xml.gz", "upload"])
def test_an_uploaded_feed_never_fetches_its_links(
    client: TestClient, archive: FakeArchive, internal: Service, name: str
) -> None:
    links = [f"{internal.base}/admin", f"http://localhost:{internal.port}/x", "http://169.254.169.254/"]
    data = _rss("".join(_item(u, full=False) for u in links))
    status, body = _post_file(client, name, gzip.compress(data) if name.endswith(".gz") else data)
    assert status == 422, body
    assert "teaser" in json.dumps(body)
    assert internal.requests == [] and archive.added == []


def test_an_uploaded_feed_gives_its_full_entries_and_skips_its_teasers(
    client: TestClient, archive: FakeArchive, internal: Service
) -> None:
    items = _item("https://kabar.example/a", full=True) + _item(f"{internal.base}/admin", full=False)
    status, body = _post_file(client, "feed.xml", _rss(items))
    assert status == 201, body
    assert body["added"] == 1
    assert [s["reason"] for s in body["skipped"]] == ["the feed has only a teaser of this article"]  # type: ignore[union-attr,index]
    assert internal.requests == []


@pytest.mark.parametrize("gz", [False, True])
def test_an_uploaded_sitemap_is_not_fetched(
    client: TestClient, archive: FakeArchive, internal: Service, gz: bool
) -> None:
    data = _urlset([f"{internal.base}/page{i}" for i in range(5)])
    status, body = _post_file(
        client, "sitemap.xml" + (".gz" if gz else ""), gzip.compress(data) if gz else data
    )
    assert status == 422, body
    reason = body["error"]["reason"]  # type: ignore[index]
    assert "lists 5 URLs" in reason and "never fetched" in reason
    assert internal.requests == [] and archive.added == []


def test_an_uploaded_sitemap_index_is_not_fetched(client: TestClient, internal: Service) -> None:
    ns = "http://www.sitemaps.org/schemas/sitemap/0.9"
    data = f'<sitemapindex xmlns="{ns}"><sitemap><loc>{internal.base}/sm.xml</loc></sitemap></sitemapindex>'
    status, _ = _post_file(client, "index.xml", data.encode())
    assert status == 422
    assert internal.requests == []


def test_a_sniffed_feed_in_a_json_lines_or_text_body_is_not_fetched(
    client: TestClient, internal: Service
) -> None:
    data = _rss(_item(f"{internal.base}/admin", full=False))
    for ctype in ("text/plain", "application/x-ndjson"):
        got = client.post("/articles", content=data, headers={"content-type": ctype})
        assert got.status_code < 500, got.text
    assert internal.requests == []


def test_a_warc_upload_is_read_and_its_links_are_not_fetched(
    client: TestClient, archive: FakeArchive, internal: Service
) -> None:
    page = f'<html><body><article><p>{BODY}</p><a href="{internal.base}/x">x</a>'
    page += f'<img src="{internal.base}/img.png"><link rel="stylesheet" href="{internal.base}/s.css"></article></body></html>'
    status, body = _post_file(client, "crawl.warc.gz", _warc(page.encode()))
    assert status == 201, body
    assert [d.url for d in archive.added] == ["https://kabar.example/a"]
    assert archive.added[0].source == "upload:crawl.warc.gz#https://kabar.example/a"
    assert internal.requests == []


@pytest.mark.parametrize(("attack", "subset", "use"), ENTITY_ATTACKS, ids=[a[0] for a in ENTITY_ATTACKS])
def test_entities_in_an_uploaded_feed_are_not_expanded(
    client: TestClient, archive: FakeArchive, internal: Service, attack: str, subset: str, use: str
) -> None:
    doctype = f"<!DOCTYPE rss [{subset.format(internal=internal.base)}]>"
    started = time.monotonic()
    status, body = _post_file(
        client, "feed.xml", _rss(_item("https://kabar.example/a", full=True, extra=use), doctype)
    )
    assert time.monotonic() - started < 10
    assert status in (201, 422), body
    assert not any(leak in _texts(archive) for leak in LEAKS)
    assert len(_texts(archive)) < 200_000
    assert internal.requests == []


@pytest.mark.parametrize(("attack", "subset", "use"), ENTITY_ATTACKS, ids=[a[0] for a in ENTITY_ATTACKS])
def test_entities_in_an_uploaded_sitemap_are_not_expanded(
    client: TestClient, internal: Service, attack: str, subset: str, use: str
) -> None:
    doctype = f"<!DOCTYPE urlset [{subset.format(internal=internal.base)}]>"
    started = time.monotonic()
    status, body = _post_file(client, "sitemap.xml", _urlset([f"https://kabar.example/{use}"], doctype))
    assert time.monotonic() - started < 10
    assert status == 422, body
    assert not any(leak in json.dumps(body) for leak in LEAKS)
    assert internal.requests == []


@pytest.mark.parametrize(("attack", "subset", "use"), ENTITY_ATTACKS, ids=[a[0] for a in ENTITY_ATTACKS])
@pytest.mark.parametrize("how", ["warc", "html"])
def test_entities_in_an_uploaded_page_are_not_expanded(
    client: TestClient, archive: FakeArchive, internal: Service, attack: str, subset: str, use: str, how: str
) -> None:
    doctype = f"<!DOCTYPE html [{subset.format(internal=internal.base)}]>"
    page = (
        f"{doctype}<html><body><article><h1>Kerja bakti {use}</h1><p>{BODY} {use}</p></article></body></html>"
    )
    data = _warc(page.encode()) if how == "warc" else page.encode()
    started = time.monotonic()
    status, body = _post_file(client, "crawl.warc.gz" if how == "warc" else "page.html", data)
    assert time.monotonic() - started < 10
    assert status in (201, 422), body
    assert not any(leak in _texts(archive) for leak in LEAKS)
    assert internal.requests == []


def test_an_external_dtd_is_not_loaded(client: TestClient, internal: Service) -> None:
    for name, data in [
        (
            "feed.xml",
            _rss(_item("https://k.example/a", full=True), f'<!DOCTYPE rss SYSTEM "{internal.base}/rss.dtd">'),
        ),
        (
            "sitemap.xml",
            _urlset(["https://k.example/a"], f'<!DOCTYPE urlset SYSTEM "{internal.base}/sm.dtd">'),
        ),
        ("crawl.warc.gz", _warc(f'<!DOCTYPE html SYSTEM "{internal.base}/x.dtd"><p>{BODY}</p>'.encode())),
    ]:
        status, body = _post_file(client, name, data)
        assert status < 500, body
    assert internal.requests == []


NESTED = b"[" * 100_000 + b"]" * 100_000
MALFORMED = [
    (b'{"text": "tanpa penutup"', "application/json", 400),
    (NESTED, "application/json", 400),  # would blow the parser's recursion limit
    (b'{"text": 1e999999}', "application/json", 422),
    (b'{"text": ["a", "b"]}', "application/json", 422),
    (b'{"text": {"$gt": ""}}', "application/json", 422),
    (b'{"text": null}', "application/json", 422),
    (b'{"text": "\\u0000\\u0000"}', "application/json", (201, 422)),
    (b'{"text": "\\ud800 lone surrogate"}', "application/json", 201),
    (b"\xff\xfe\x00\x00garbage", "application/json", 400),
    (b"\x00" * 3000, "text/plain", 422),
    (b"--x\r\nContent-Disposition: form-data\r\n\r\nno name\r\n", "multipart/form-data; boundary=x", 400),
    (b"not multipart at all", "multipart/form-data; boundary=zz", 400),
    (b"garbage", "multipart/form-data", 400),  # no boundary
    (b"x", "application/x-www-form-urlencoded", 415),
]


@pytest.mark.parametrize(("body", "ctype", "status"), MALFORMED)
def test_malformed_bodies_get_a_clear_4xx(
    client: TestClient, body: bytes, ctype: str, status: int | tuple[int, ...]
) -> None:
    got = client.post("/articles", content=body, headers={"content-type": ctype})
    assert got.status_code in (status if isinstance(status, tuple) else (status,)), got.text
    if got.status_code >= 400:
        error = got.json()["error"]
        assert error["reason"] and "Traceback" not in got.text


@pytest.mark.parametrize(
    ("name", "data"),
    [
        ("broken.xml.gz", b"\x1f\x8b\x08\x00broken"),
        ("broken.warc.gz", b"\x1f\x8b\x08\x00broken"),
        ("random.warc", bytes(range(256)) * 8),
        ("truncated.warc.gz", _warc(f"<p>{BODY}</p>".encode())[:-40]),
        ("image.png", b"\x89PNG\r\n\x1a\n" + bytes(2000)),
        ("page.html", b"<html><body>" + b"<div>" * 20_000 + b"</body></html>"),
        ("feed.xml", b'<?xml version="1.0"?><rss version="2.0"><channel><item><title>x'),
        ("sitemap.xml", b"<urlset><url><loc>" + b"x" * 100_000),
        ("lines.jsonl", b'{"text": "a"}\n{"broken\n' + b"\xff\xfe\n"),
        ("../../etc/passwd", b"Nama berkas ini mencoba keluar dari folder unggahan."),
    ],
)
def test_malformed_files_never_give_a_5xx(
    client: TestClient, archive: FakeArchive, name: str, data: bytes
) -> None:
    status, body = _post_file(client, name, data)
    assert status in (201, 400, 413, 422), body
    assert not any("root:" in d.text for d in archive.added)


def test_an_oversized_body_is_413_whether_declared_or_streamed(client: TestClient) -> None:
    too_big = b"x" * (OPTIONS.max_body_bytes + 1)
    assert (
        client.post("/articles", content=too_big, headers={"content-type": "text/plain"}).status_code == 413
    )

    def chunks() -> Iterator[bytes]:
        for _ in range(OPTIONS.max_body_bytes // 65536 + 2):
            yield b"x" * 65536

    assert (
        client.post("/articles", content=chunks(), headers={"content-type": "text/plain"}).status_code == 413
    )
    many = json.dumps([{"text": f"Artikel {i}."} for i in range(OPTIONS.max_articles + 1)]).encode()
    assert (
        client.post("/articles", content=many, headers={"content-type": "application/json"}).status_code
        == 413
    )


def test_too_many_files_is_refused(client: TestClient) -> None:
    files = [("file", (f"a{i}.txt", f"Artikel nomor {i}.".encode())) for i in range(OPTIONS.max_articles + 5)]
    got = client.post("/articles", files=files)
    assert 400 <= got.status_code < 500, got.text
