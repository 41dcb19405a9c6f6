"""Attack suite over a real SQLite archive: hostile articles on every page, FTS5/SQL syntax in queries,
concurrent writers.

Hostile articles are posted through the API like any client would, then every page that shows them is
checked for live script; queries built from FTS5 and SQL syntax must give results or a clear 400, never a
5xx or a database message; writers racing on one archive must store each article exactly once.
(SIGKILL in the middle of ``warta add`` is :mod:`test_store_crash`.)
"""

from __future__ import annotations

import html
import json
import subprocess
import sys
import threading
import urllib.parse
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import markupsafe
import pytest
from fastapi.testclient import TestClient

from test_web_fakes import HOSTILE_TEXT, HOSTILE_TITLE, active_content
from warta.store import open_archive
from warta.web import create_app

HOSTILE_URLS = [
    "javascript:alert(3)",
    " JaVaScRiPt:alert(3)",
    "java\tscript:alert(3)",
    "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
    "vbscript:msgbox(1)",
    'https://kabar.example/a" onmouseover="alert(1)',
    "https://kabar.example/a'><script>alert(1)</script>",
    "//evil.example/x",
]
# Attribute breaking and tag breaking in every field a page shows.
HOSTILE_FIELDS = [
    '"><script>alert(20)</script>',
    "'><img src=x onerror=alert(21)>",
    "</title><script>alert(22)</script>",
    "</textarea><svg/onload=alert(23)>",
    "{{7*7}} {% raw %}x{% endraw %} ${7*7}",
    "\u202egnp.exe",
]


def _hostile(i: int, url: str) -> dict[str, str]:
    field = HOSTILE_FIELDS[i % len(HOSTILE_FIELDS)]
    return {
        "text": f"{HOSTILE_TEXT} {field} Warga Tanjung Awan mengungsi ke balai desa nomor {i}.",
        "title": f"{HOSTILE_TITLE} {field}",
        "url": url,
        "outlet": f'<b onmouseover="alert(4)">Evil {i}</b>{field}',
        "published": "2031-04-01",
    }


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("security") / "warta.db"


@pytest.fixture(scope="module")
def client(db: Path) -> Iterator[TestClient]:
    with TestClient(create_app(db), raise_server_exceptions=False) as c:
        yield c


@pytest.fixture(scope="module")
def hostile(client: TestClient) -> dict[str, Any]:
    articles = [_hostile(i, url) for i, url in enumerate(HOSTILE_URLS)]
    got = client.post("/articles", json=articles)
    assert got.status_code == 201, got.text
    body: dict[str, Any] = got.json()
    assert body["added"] == len(HOSTILE_URLS)
    return body


def _pages(client: TestClient, story_ids: list[str]) -> list[str]:
    paths = ["/", "/?q=Tanjung+Awan", "/?q=script", "/?q=%3Cscript%3Ealert(1)%3C/script%3E", "/?page=2"]
    for story_id in story_ids:
        story = client.get(f"/stories/{story_id}").json()
        paths.append(f"/story/{story_id}")
        for article in story["articles"]:
            paths.append(f"/story/{story_id}/article/{article['id']}")
            paths.append(f"/story/{story_id}/article/{article['id']}?start=0&end=40")
            paths.append(f"/story/{story_id}/article/{article['id']}?start=-5&end=999999")
    return paths


def test_hostile_articles_render_inert_on_every_page(client: TestClient, hostile: dict[str, Any]) -> None:
    paths = _pages(client, hostile["stories_touched"])
    assert len(paths) > 10
    for path in paths:
        got = client.get(path)
        assert got.status_code in (200, 400, 422), (path, got.status_code)  # 422: a span out of range
        assert active_content(got.text) == [], path
        assert "<script>alert" not in got.text, path
        assert "49" not in got.text.split("{{7*7}}")[0][-3:]  # a template expression is text, not evaluated


def test_hostile_urls_are_never_links(client: TestClient, hostile: dict[str, Any]) -> None:
    for path in _pages(client, hostile["stories_touched"]):
        text = client.get(path).text.lower()
        for url in ("javascript:", "vbscript:", "data:text/html", 'onmouseover="alert(1)'):
            assert f'href="{url}' not in text and f"href='{url}" not in text, (path, url)
        assert 'href="//evil.example' not in text


@pytest.mark.parametrize(
    "path",
    [
        "/story/%3Cscript%3Ealert(1)%3C%2Fscript%3E",
        "/story/x%22%3E%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E",
        "/story/x/article/%3Csvg%20onload%3Dalert(1)%3E",
        "/%3Cscript%3Ealert(1)%3C/script%3E",
    ],
)
def test_hostile_paths_are_not_reflected_as_markup(client: TestClient, path: str) -> None:
    got = client.get(path)
    assert got.status_code == 404
    assert active_content(got.text) == []


def test_the_json_api_is_never_html(client: TestClient, hostile: dict[str, Any]) -> None:
    story_id = hostile["stories_touched"][0]
    for path in (f"/stories/{story_id}", "/stories", "/search?q=script", "/stories/%3Cscript%3E"):
        got = client.get(path)
        assert got.headers["content-type"].startswith("application/json"), path
        assert got.headers["x-content-type-options"] == "nosniff"


FTS_AND_SQL = [
    '"',
    '""',
    '"unterminated',
    "'",
    "*",
    "banjir*",
    "*banjir",
    "^banjir",
    "NEAR(banjir warga)",
    "NEAR(banjir warga, -1)",
    "banjir NEAR/2 warga",
    "title:banjir",
    "{title text}:banjir",
    "-banjir",
    "banjir AND",
    "OR",
    "NOT NOT NOT",
    "AND OR NOT",
    "(((banjir",
    "banjir)))",
    "a:b:c",
    "rowid:1",
    "articles MATCH 'x'",
    "'; DROP TABLE articles; --",
    '" OR 1=1 --',
    "1; SELECT * FROM sqlite_master",
    "x' UNION SELECT sql FROM sqlite_master --",
    "%",
    "_",
    "\\",
    "\\x00",
    "banjir\u200b",
    "\ufeffbanjir",
    "🌊🌊🌊",
    "بنجير",
    "a" * 300,
    " ".join(["banjir"] * 60),
    "+++",
    "@#$%^&*()",
]


@pytest.mark.parametrize("query", FTS_AND_SQL)
def test_search_syntax_gives_results_or_a_clear_400(
    client: TestClient, hostile: dict[str, Any], query: str
) -> None:
    for path in ("/search", "/"):
        got = client.get(path, params={"q": query})
        assert got.status_code in (200, 400), (path, got.status_code, got.text[:300])
        encoded = (urllib.parse.quote_plus(query), urllib.parse.quote(query))  # in the language-switch links
        echoed = (
            query,
            html.escape(query),
            str(markupsafe.escape(query)),
            json.dumps(query)[1:-1],
            *encoded,
            *(html.escape(e) for e in encoded),
        )
        lowered = got.text.lower()
        for copy in echoed:  # the query shown back is not a leak
            lowered = lowered.replace(copy.lower(), "")
        for leak in ("sqlite", "fts5", "syntax error", "traceback", "operationalerror", "no such column"):
            assert leak not in lowered, (path, leak)
        if path == "/search" and got.status_code == 400:
            assert got.json()["error"]["reason"]
    assert client.get("/health").json()["articles"] >= len(HOSTILE_URLS)  # the tables are still there


@pytest.mark.parametrize("query", ["\x00", "banjir\x00", "x" * 301])
def test_search_refuses_nul_and_overlong_queries(client: TestClient, query: str) -> None:
    got = client.get("/search", params={"q": query})
    assert got.status_code == 400 and got.json()["error"]["reason"]


def test_the_library_search_survives_the_same_syntax(db: Path, hostile: dict[str, Any]) -> None:
    with open_archive(db, readonly=True) as archive:
        for query in FTS_AND_SQL:
            archive.search(query, limit=5)  # must not raise


def _fiction(i: int) -> dict[str, str]:
    towns = ["Karang Jati", "Bukit Sembilan", "Muara Tenang", "Telaga Biru"]
    town = towns[i % len(towns)]
    return {
        "text": f"Lomba perahu ke-{i} di {town} diikuti {20 + i} regu. Panitia {town} menyiapkan hadiah.",
        "title": f"Lomba perahu {town} ke-{i}",
        "outlet": f"Kabar {town}",
        "published": f"2031-06-{1 + i % 28:02d}",
    }


def test_concurrent_http_writers_store_each_article_once(tmp_path: Path) -> None:
    """Four clients post overlapping batches at once: every article once, every request answered."""
    db = tmp_path / "race.db"
    statuses: list[int] = []
    lock = threading.Lock()
    with TestClient(create_app(db), raise_server_exceptions=False) as client:

        def writer(start: int) -> None:
            got = client.post("/articles", json=[_fiction(i) for i in range(start, start + 6)])
            with lock:
                statuses.append(got.status_code)

        threads = [threading.Thread(target=writer, args=(n * 3,)) for n in range(4)]  # 0-5, 3-8, 6-11, 9-14
        for t in threads:
            t.start()
        for t in threads:
            t.join(timeout=120)
        assert statuses == [201] * 4
        assert client.get("/health").json()["articles"] == 15


def test_concurrent_cli_writers_store_each_article_once(tmp_path: Path) -> None:
    """Two ``warta add`` processes on one archive, overlapping files: both finish, each article once."""
    folder = tmp_path / "in"
    folder.mkdir()
    for i in range(8):
        article = _fiction(i)
        (folder / f"a{i:02d}.txt").write_text(f"{article['title']}\n\n{article['text']}\n", encoding="utf-8")
    first = [str(folder / f"a{i:02d}.txt") for i in range(6)]
    second = [str(folder / f"a{i:02d}.txt") for i in range(2, 8)]
    db = tmp_path / "race.db"
    with open_archive(db):
        pass  # created and migrated once, as a user's first `warta add` would
    command = [sys.executable, "-m", "warta", "add", "--db", str(db), "--batch", "2"]
    runs = [
        subprocess.Popen([*command, *paths], stderr=subprocess.PIPE, text=True) for paths in (first, second)
    ]
    outcomes = [(run.wait(timeout=300), run.stderr.read() if run.stderr else "") for run in runs]
    assert [code for code, _ in outcomes] == [0, 0], outcomes
    with open_archive(db, readonly=True) as archive:
        assert archive.count_articles() == 8
