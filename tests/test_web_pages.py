"""The web page over an in-memory archive: what each page shows, and that untrusted text stays inert."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace

import pytest
from fastapi.testclient import TestClient

from test_web_fakes import (
    HOSTILE_TEXT,
    FakeArchive,
    active_content,
    fake_opener,
    flood_story,
    hostile_story,
)
from warta.types import EntityRecord
from warta.web import create_app

ENGLISH = {"Accept-Language": "en-GB,en;q=0.9"}  # these tests read the English page; see test_web_language


@pytest.fixture(scope="module")
def client() -> Iterator[TestClient]:
    archive = FakeArchive([flood_story(), hostile_story()])
    with TestClient(create_app("unused.db", opener=fake_opener(archive)), headers=ENGLISH) as c:
        yield c


def _text(html: str) -> str:
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", html))


def test_index_lists_stories_with_dates_outlets_and_sources(client: TestClient) -> None:
    html = client.get("/").text
    assert 'href="/story/sflood"' in html
    text = _text(html)
    assert "4 Mar 2031 – 5 Mar 2031" in text
    assert "3 independent sources" in text
    assert "Warta Timur" in text
    assert '<input id="q" name="q" type="search"' in html


@pytest.mark.parametrize(
    ("query", "status", "expect"),
    [
        ("banjir", 200, 'href="/story/sflood"'),
        ("tidak ada", 200, "No story matches"),
        ("", 400, "the search query is empty"),
        ("x" * 400, 400, "longer than 300"),
    ],
)
def test_search_page(client: TestClient, query: str, status: int, expect: str) -> None:
    got = client.get("/", params={"q": query})
    assert got.status_code == status
    assert expect in got.text


def test_search_snippet_marks_the_match(client: TestClient) -> None:
    assert "<mark>banjir</mark>" in client.get("/", params={"q": "banjir"}).text


@pytest.mark.parametrize(
    "expect",
    [
        "Banjir bandang melanda Kota Lereng Sari pada Selasa malam.",  # summary
        'class="cite" href="/story/sflood/article/a1?start=0&amp;end=58#cited"',  # its citation
        '<span class="badge badge-conflict">disputed</span>',  # facts: dispute marked
        '<span class="badge badge-updated">updated</span>',  # facts: update marked
        "as of 5 Mar 2031",
        '<th scope="row">Warta Timur</th>',  # outlet x fact matrix
        '<time datetime="2031-03-03">3 Mar 2031</time>',  # timeline
        "carried by Kabar Lereng, Warta Timur",  # quote with its outlets
        "2 wordings",
        "also Kota Lereng Sari",  # entity aliases
    ],
)
def test_story_page_shows_every_part_of_the_brief(client: TestClient, expect: str) -> None:
    assert expect in client.get("/story/sflood").text


def test_story_page_renders_an_empty_brief_gracefully() -> None:
    bare = flood_story()
    bare = type(bare)(id="sbare", title="Hanya judul", articles=bare.articles[:1], summary=())
    with TestClient(create_app("unused.db", opener=fake_opener(FakeArchive([bare]))), headers=ENGLISH) as c:
        html = c.get("/story/sbare").text
    for empty in ("No summary yet.", "No figures extracted", "No dated events", "No quotes found"):
        assert empty in html


def test_citation_opens_the_article_with_the_sentence_highlighted(client: TestClient) -> None:
    html = client.get("/story/sflood/article/a2", params={"start": 0, "end": 52}).text
    assert (
        '<mark id="cited" class="active">Korban tewas banjir di Lereng Sari menjadi 14 orang.</mark>' in html
    )
    assert '<mark class="cited">' in html  # the quote this story also cites from a2


@pytest.mark.parametrize(("start", "end"), [(50, 10), (0, 10_000), (None, 5)])
def test_an_out_of_range_citation_shows_the_article_unmarked(
    client: TestClient, start: int | None, end: int | None
) -> None:
    params = {k: v for k, v in {"start": start, "end": end}.items() if v is not None}
    got = client.get("/story/sflood/article/a2", params=params)
    assert got.status_code == 200
    assert 'id="cited"' not in got.text


@pytest.mark.parametrize("path", ["/story/nope", "/story/sflood/article/nope", "/story/sevil/article/a1"])
def test_missing_pages_are_html_404s(client: TestClient, path: str) -> None:
    got = client.get(path)
    assert got.status_code == 404
    assert got.headers["content-type"].startswith("text/html")


PAGES = [
    "/",
    "/?q=gempa",
    "/?q=%3Cscript%3Ealert(1)%3C/script%3E",
    "/story/sevil",
    "/story/sevil/article/evil1",
    "/story/sevil/article/evil1?start=37&end=66",
    "/story/nope%3Cscript%3E",
]


@pytest.mark.parametrize("path", PAGES)
def test_untrusted_text_renders_inert(client: TestClient, path: str) -> None:
    got = client.get(path)
    assert active_content(got.text) == []
    assert "script-src 'self'" in got.headers["content-security-policy"]
    assert got.headers["x-content-type-options"] == "nosniff"


def test_untrusted_text_is_shown_as_text(client: TestClient) -> None:
    html = client.get("/story/sevil/article/evil1").text
    assert "&lt;script&gt;document.title=" in html
    assert HOSTILE_TEXT[:30] in html
    assert 'href="javascript:' not in html


def test_static_assets_are_served(client: TestClient) -> None:
    assert "scrollIntoView" in client.get("/static/warta.js").text
    assert "@media (max-width: 600px)" in client.get("/static/warta.css").text


def test_a_page_past_the_last_is_not_called_an_empty_archive(client: TestClient) -> None:
    text = _text(client.get("/?page=2").text)
    assert "The archive is empty" not in text
    assert "No stories on page 2" in text and "Back to the newest stories" in text


def test_an_empty_archive_says_so_and_how_to_add() -> None:
    with TestClient(create_app("unused.db", opener=fake_opener(FakeArchive([]))), headers=ENGLISH) as c:
        text = _text(c.get("/").text)
    assert "The archive is empty" in text and "warta add PATH" in text


def test_article_page_names_no_path_for_an_unknown_outlet() -> None:
    """An article whose outlet is unknown shows "unknown outlet", never the file it was read from."""
    story = flood_story()
    first = replace(story.articles[0], outlet=None, source="/home/user/inputs/banjir-01.txt")
    story = replace(story, articles=(first, *story.articles[1:]))
    archive = FakeArchive([story])
    with TestClient(create_app("unused.db", opener=fake_opener(archive)), headers=ENGLISH) as c:
        html = c.get(f"/story/sflood/article/{first.id}").text
    assert "/home/user/inputs" not in html
    assert "unknown outlet" in _text(html)


def test_story_page_lists_only_trusted_entities() -> None:
    story = flood_story()
    junk = EntityRecord("A-G", "PER", ("A-G",), tuple(a.id for a in story.articles))
    story = replace(story, entities=(*story.entities, junk))
    with TestClient(create_app("unused.db", opener=fake_opener(FakeArchive([story]))), headers=ENGLISH) as c:
        html = c.get(f"/story/{story.id}").text
    assert "A-G" not in _text(html)
    assert "also Kota Lereng Sari" in html
