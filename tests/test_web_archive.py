"""The app over a real SQLite archive, served by uvicorn: add the seeds over HTTP, search, read while writing.

Seeds are read from ../shared in place (skipped when absent); every other article is fictional, written here.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from loopback_app import serve
from test_web_fakes import HOSTILE_TEXT, HOSTILE_TITLE, active_content
from warta.web import create_app

TOWNS = ["Karang Jati", "Bukit Sembilan", "Muara Tenang", "Telaga Biru", "Padang Lestari"]


def _fiction(i: int) -> dict[str, str]:
    town = TOWNS[i % len(TOWNS)]
    return {
        "text": f"Pasar malam ke-{i} di {town} ramai dikunjungi warga. Panitia mencatat {100 + i} pedagang "
        f"membuka lapak. Lurah {town} berharap acara ini digelar lagi tahun depan.",
        "title": f"Pasar malam {town} ke-{i}",
        "outlet": f"Kabar {town}",
        "published": f"2031-05-{1 + i % 28:02d}",
    }


@pytest.fixture(scope="module")
def base_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    db = tmp_path_factory.mktemp("web") / "warta.db"
    with serve(create_app(db), join_timeout=30, timeout_keep_alive=30) as url:
        yield url


@pytest.fixture(scope="module")
def http(base_url: str) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=base_url, timeout=120) as c:
        yield c


@pytest.fixture(scope="module")
def seeded(http: httpx.Client, seeds_dir: Path) -> dict[str, Any]:
    """The five seeds uploaded as files; the answer of that POST."""
    files = [("file", (p.name, p.read_bytes())) for p in sorted(seeds_dir.glob("*.txt"))]
    got = http.post("/articles", files=files)
    assert got.status_code == 201, got.text
    body: dict[str, Any] = got.json()
    return body


def test_seeds_uploaded_are_found_by_search(http: httpx.Client, seeded: dict[str, Any]) -> None:
    assert seeded["added"] == 5
    hits = http.get("/search", params={"q": "Kazakhstan"}).json()["hits"]
    assert hits, "searching the seeds for Kazakhstan found nothing"
    assert hits[0]["brief"] is None and hits[0]["summary"]  # the whole brief is one request away
    brief = http.get(f"/stories/{hits[0]['story']['id']}").json()
    assert len(brief["articles"]) >= 4
    assert brief["summary"] and brief["summary"][0]["citations"]
    assert http.get("/health").json()["articles"] == 5


def test_adding_the_same_files_again_changes_nothing(
    http: httpx.Client, seeds_dir: Path, seeded: dict[str, Any]
) -> None:
    files = [("file", (p.name, p.read_bytes())) for p in sorted(seeds_dir.glob("*.txt"))]
    got = http.post("/articles", files=files).json()
    assert (got["added"], got["unchanged"]) == (0, 5)


def test_story_page_and_citation_of_the_seeds(http: httpx.Client, seeded: dict[str, Any]) -> None:
    story_id = seeded["stories_touched"][0]
    html = http.get(f"/story/{story_id}").text
    assert 'class="cite"' in html
    href = html.split('class="cite" href="', 1)[1].split('"', 1)[0].replace("&amp;", "&")
    article = http.get(href)
    assert article.status_code == 200
    assert '<mark id="cited" class="active">' in article.text


@pytest.mark.parametrize(
    "query",
    [
        "'; DROP TABLE articles; --",
        '"unbalanced',
        "NEAR(",
        "NEAR(Kazakhstan Rusia",
        "Kazakhstan AND OR NOT",
        "title:Kazakhstan",
        "Kaz*",
        "^Kazakhstan",
        "{Kazakhstan}",
        "a" * 300,
        "🙂 ☃",
        "' OR 1=1 --",
    ],
)
def test_hostile_queries_give_results_or_a_clear_400(
    http: httpx.Client, seeded: dict[str, Any], query: str
) -> None:
    got = http.get("/search", params={"q": query})
    assert got.status_code in (200, 400), got.text
    if got.status_code == 400:
        assert got.json()["error"]["reason"]
    page = http.get("/", params={"q": query})
    assert page.status_code in (200, 400)
    assert http.get("/health").json()["articles"] >= 5  # the tables are still there


def test_an_uploaded_hostile_article_renders_inert(http: httpx.Client) -> None:
    article = {
        "text": HOSTILE_TEXT,
        "title": HOSTILE_TITLE,
        "url": "javascript:alert(3)",
        "outlet": '<b onmouseover="alert(4)">Evil</b>',
        "published": "2031-04-01",
    }
    got = http.post("/articles", json=article)
    assert got.status_code == 201, got.text
    story_id = got.json()["stories_touched"][0]
    story = http.get(f"/stories/{story_id}").json()
    pages = [f"/story/{story_id}", "/", "/?q=Tanjung+Awan", "/?q=script"]
    pages += [f"/story/{story_id}/article/{a['id']}" for a in story["articles"]]
    for path in pages:
        assert active_content(http.get(path).text) == [], path


def test_readers_keep_answering_while_a_large_add_runs(http: httpx.Client, base_url: str) -> None:
    batch = [_fiction(i) for i in range(16)]
    result: dict[str, Any] = {}

    def write() -> None:
        with httpx.Client(base_url=base_url, timeout=300) as writer:
            result["response"] = writer.post("/articles", json=batch)

    thread = threading.Thread(target=write)
    thread.start()
    latencies: list[float] = []
    during = 0
    while thread.is_alive() and len(latencies) < 400:
        for path in ("/search?q=Kazakhstan", "/stories", "/"):
            started = time.monotonic()
            assert http.get(path).status_code == 200
            latencies.append(time.monotonic() - started)
        during += thread.is_alive()
        time.sleep(0.02)
    thread.join()
    assert result["response"].status_code == 201
    assert result["response"].json()["added"] == 16
    assert during >= 3, "the add finished before readers could be checked; make the batch larger"
    assert max(latencies) < 5.0, f"a read waited {max(latencies):.1f} s behind the writer"


def test_search_options_over_http(http: httpx.Client, seeded: dict[str, Any]) -> None:
    full = http.get("/search", params={"q": "Kazakhstan", "brief": "true"}).json()["hits"]
    assert full[0]["brief"]["id"] == full[0]["story"]["id"]
    numbers = http.get("/search", params={"q": "8.000"}).json()["hits"]
    assert numbers and "numbers" in numbers[0]["matched"]
    assert http.get("/search", params={"q": "Kazakhstan", "since": "2030-01-01"}).json()["hits"] == []
    bad = http.get("/search", params={"q": "Kazakhstan", "since": "kemarin"})
    assert bad.status_code == 400 and "YYYY-MM-DD" in bad.text
    assert http.get("/search", params={"q": "Kazakhstan", "meaning": "sometimes"}).status_code == 422
