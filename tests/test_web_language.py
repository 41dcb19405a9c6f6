from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient

from test_web_fakes import FakeArchive, fake_opener, flood_story
from warta.web import create_app
from warta.web.language import page_language, with_lang


@pytest.mark.parametrize(
    ("requested", "header", "lang"),
    [
        (None, None, "id"),
        (None, "en-US,en;q=0.9", "en"),
        (None, "fr-FR,fr;q=0.9,en;q=0.8,id;q=0.7", "en"),
        (None, "en;q=0.3,id;q=0.8", "id"),
        (None, "in", "id"),
        (None, "de", "id"),
        ("en", "id", "en"),
        ("xx", "en", "en"),
    ],
)
def test_page_language(requested: str | None, header: str | None, lang: str) -> None:
    assert page_language(requested, header) == lang


def test_with_lang_keeps_the_fragment() -> None:
    assert with_lang("/", "id") == "/?lang=id"
    assert with_lang("/a?start=1&end=2#cited", "en") == "/a?start=1&end=2&lang=en#cited"
    assert with_lang("/a", None) == "/a"


@pytest.fixture(scope="module")
def client() -> Iterator[TestClient]:
    with TestClient(create_app("unused.db", opener=fake_opener(FakeArchive([flood_story()])))) as c:
        yield c


def test_the_page_follows_the_browser(client: TestClient) -> None:
    indonesian = client.get("/", headers={"Accept-Language": "id-ID,id;q=0.9"})
    assert '<html lang="id">' in indonesian.text and "artikel tersimpan" in indonesian.text
    assert "4 Maret 2031" in indonesian.text and indonesian.headers["content-language"] == "id"
    english = client.get("/", headers={"Accept-Language": "en"})
    assert '<html lang="en">' in english.text and "4 Mar 2031" in english.text
    assert "Accept-Language" in english.headers["vary"]


def test_the_story_page_in_indonesian(client: TestClient) -> None:
    html = client.get("/story/sflood", headers={"Accept-Language": "id"}).text
    for words in (
        "Ringkasan",
        "Kronologi",
        "diperdebatkan",
        "dimuat oleh",
        'datetime="2031-03-03">3 Maret 2031',
    ):
        assert words in html, words
    for english in (">Summary<", ">Timeline<", "carried by", "as of", "(killed)", "unknown outlet"):
        assert english not in html, english


def test_the_switch_is_visible_and_a_chosen_language_stays_in_links(client: TestClient) -> None:
    html = client.get("/", params={"lang": "en"}, headers={"Accept-Language": "id"}).text
    assert '<html lang="en">' in html
    assert 'href="/?lang=id"' in html  # the switch to the other language
    assert 'href="/story/sflood?lang=en"' in html  # the story link keeps the choice
    assert '<input type="hidden" name="lang" value="en">' in html  # so does a search
    story = client.get("/story/sflood", params={"lang": "en"}).text
    assert re.search(r'href="/story/sflood/article/a1\?start=\d+&amp;end=\d+&amp;lang=en#cited"', story)
    searched = client.get("/", params={"q": "banjir", "lang": "id"}).text
    assert 'href="/?q=banjir&amp;lang=en"' in searched and "Cari: " in searched
