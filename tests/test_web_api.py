"""The JSON API over an in-memory archive: answers, errors with reasons, size limits, OpenAPI."""

from __future__ import annotations

import json
from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient

from test_web_fakes import FakeArchive, fake_opener, flood_story, hostile_story
from warta.web import WebOptions, create_app

SMALL = WebOptions(max_body_bytes=4096, max_articles=3, max_query_chars=50)
ARTICLE = {"text": "Jembatan gantung di Desa Karang Jati putus diterjang arus.", "outlet": "Kabar Lereng"}


@pytest.fixture(scope="module")
def shared() -> FakeArchive:
    return FakeArchive([flood_story(), hostile_story()])


@pytest.fixture()
def archive(shared: FakeArchive) -> FakeArchive:
    shared.added.clear()
    return shared


@pytest.fixture(scope="module")
def client(shared: FakeArchive) -> Iterator[TestClient]:
    with TestClient(create_app("unused.db", options=SMALL, opener=fake_opener(shared))) as c:
        yield c


def test_health(client: TestClient) -> None:
    got = client.get("/health")
    assert got.status_code == 200
    assert got.json()["status"] == "ok"
    assert got.json()["articles"] == 4


def test_stories_lists_rows(client: TestClient) -> None:
    body = client.get("/stories", params={"limit": 1}).json()
    assert [s["id"] for s in body["stories"]] == ["sflood"]
    assert body["stories"][0]["independent_sources"] == 3


def test_story_is_the_brief_json(client: TestClient) -> None:
    body = client.get("/stories/sflood").json()
    assert body["title"] == "Banjir bandang landa Lereng Sari"
    assert [g["status"] for g in body["figures"]] == ["conflict", "updated", "single"]
    assert body["summary"][0]["citations"][0]["article"] == "a1"


@pytest.mark.parametrize(
    ("path", "status", "reason"),
    [
        ("/stories/nope", 404, "no story 'nope'"),
        ("/articles/nope", 404, "no article 'nope'"),
        ("/stories?limit=0", 422, "limit"),
        ("/stories?limit=abc", 422, "limit"),
        ("/search", 400, "the search query is empty"),
        ("/search?q=%20%20", 400, "the search query is empty"),
        ("/search?q=" + "a" * 51, 400, "longer than 50"),
        ("/search?q=a%00b", 400, "NUL"),
        ("/no/such/path", 404, "Not Found"),
    ],
)
def test_errors_are_json_with_a_reason(client: TestClient, path: str, status: int, reason: str) -> None:
    got = client.get(path)
    assert got.status_code == status
    assert got.headers["content-type"].startswith("application/json")
    assert reason in got.json()["error"]["reason"]


@pytest.mark.parametrize(
    ("query", "ids"),
    [
        ("banjir", ["sflood"]),
        ("Lereng Sari", ["sflood"]),
        ("'; DROP TABLE stories; --", []),
        ('"unbalanced', []),
        ("NEAR(banjir", []),
        ("gempa", ["sevil"]),
    ],
)
def test_search(client: TestClient, query: str, ids: list[str]) -> None:
    got = client.get("/search", params={"q": query})
    assert got.status_code == 200
    assert [h["story"]["id"] for h in got.json()["hits"]] == ids


def test_post_one_json_article(client: TestClient, archive: FakeArchive) -> None:
    got = client.post("/articles", json=ARTICLE)
    assert got.status_code == 201, got.text
    assert got.json()["added"] == 1
    assert archive.added[0].outlet == "Kabar Lereng"
    assert archive.added[0].source == "upload"


def test_post_a_list_skips_items_without_text(client: TestClient, archive: FakeArchive) -> None:
    got = client.post("/articles", json=[ARTICLE, {"title": "tanpa isi"}])
    assert got.status_code == 201
    assert got.json()["added"] == 1
    assert "'text'" in got.json()["skipped"][0]["reason"]


@pytest.mark.parametrize(
    ("files", "outlets"),
    [
        ([("file", ("a.jsonl", json.dumps(ARTICLE).encode() + b"\n"))], ["Kabar Lereng"]),
        ([("file", ("a.txt", b"Hujan deras mengguyur Kota Lereng Sari."))], [None]),
        ([("file", ("a.txt", "Hujan deras mengguyur Kota Lereng Sari.".encode("utf-16")))], [None]),
        (
            [("file", ("a.txt", b"Satu artikel.")), ("file", ("b.txt", b"Artikel kedua lain."))],
            [None, None],
        ),
    ],
)
def test_post_file_uploads(
    client: TestClient,
    archive: FakeArchive,
    files: list[tuple[str, tuple[str, bytes]]],
    outlets: list[str | None],
) -> None:
    got = client.post("/articles", files=files)
    assert got.status_code == 201, got.text
    assert [d.outlet for d in archive.added] == outlets
    assert all(d.source.startswith("upload:") for d in archive.added)


def test_post_json_lines_body(client: TestClient, archive: FakeArchive) -> None:
    body = (json.dumps(ARTICLE) + "\n" + json.dumps({**ARTICLE, "text": "Isi lain."}) + "\n").encode()
    got = client.post("/articles", content=body, headers={"content-type": "application/x-ndjson"})
    assert got.status_code == 201
    assert len(archive.added) == 2


@pytest.mark.parametrize(
    ("body", "ctype", "status", "reason"),
    [
        (b'{"text": "tanpa penutup"', "application/json", 400, "malformed JSON"),
        (b"", "application/json", 400, "empty"),
        (b"[]", "application/json", 400, "list of articles is empty"),
        (b"[1]", "application/json", 400, "not an object"),
        (b'"teks saja"', "application/json", 400, "not an object"),
        (b'{"title": "x"}', "application/json", 422, "no usable article"),
        (b'{"text": "caf\xe9"}', "application/json", 400, "not UTF-8"),
        (b"Teks caf\xe9.", "text/plain", 400, "not UTF-8"),
        (json.dumps([ARTICLE] * 4).encode(), "application/json", 413, "limit is 3"),
        (b"x" * 5000, "application/json", 413, "too large"),
        (b"<xml/>", "application/xml", 415, "unsupported content type"),
        (b"text=x", "", 415, "unsupported content type"),
    ],
)
def test_post_errors(client: TestClient, body: bytes, ctype: str, status: int, reason: str) -> None:
    headers = {"content-type": ctype} if ctype else {}
    got = client.post("/articles", content=body, headers=headers)
    assert got.status_code == status, got.text
    assert reason in got.json()["error"]["reason"]
    assert got.json()["error"]["hint"]


def test_a_chunked_body_over_the_limit_is_refused(client: TestClient) -> None:
    def chunks() -> Iterator[bytes]:
        for _ in range(10):
            yield b"x" * 1000

    got = client.post("/articles", content=chunks(), headers={"content-type": "text/plain"})
    assert got.status_code == 413


def test_an_upload_over_the_limit_is_refused(client: TestClient) -> None:
    got = client.post("/articles", files=[("file", ("big.txt", b"kata " * 2000))])
    assert got.status_code == 413
    assert "too large" in got.json()["error"]["reason"]


def test_openapi_documents_every_route(client: TestClient) -> None:
    schema = client.get("/openapi.json").json()
    assert {"/health", "/stories", "/stories/{story_id}", "/search", "/articles"} <= set(schema["paths"])
    assert "post" in schema["paths"]["/articles"]
    assert "ArticleIn" in schema["components"]["schemas"]
    assert "/story/{story_id}" not in schema["paths"]  # pages are not API


def test_docs_page_is_served_without_network(client: TestClient) -> None:
    page = client.get("/docs")
    assert page.status_code == 200
    assert "cdn." not in page.text and "/docs-assets/swagger-ui-bundle.js" in page.text
    script = client.get("/docs-assets/swagger-ui-bundle.js")
    assert script.status_code == 200 and len(script.content) > 100_000
    assert client.get("/docs-assets/swagger-ui.css").status_code == 200


def test_the_docs_page_reads_an_openapi_30_copy_its_swagger_ui_renders(client: TestClient) -> None:
    page = client.get("/docs")
    assert "/docs/openapi-3.0.json" in page.text
    full, old = client.get("/openapi.json").json(), client.get("/docs/openapi-3.0.json").json()
    assert full["openapi"].startswith("3.1") and old["openapi"] == "3.0.3"
    assert set(old["paths"]) == set(full["paths"]) and set(old["components"]["schemas"]) >= {
        "Story",
        "ArticleIn",
    }
    text = json.dumps(old)
    assert '"type": "null"' not in text and '"const"' not in text and '"examples": [' not in text
    assert '"nullable": true' in text


def test_closing_the_app_closes_the_archive() -> None:
    archive = FakeArchive()
    with TestClient(create_app("unused.db", opener=fake_opener(archive))) as c:
        c.get("/health")
    assert archive.closed
