"""Replies over a real archive of the seeds and the bundled sample; ten keywords' replies are printed."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from conftest import needs_shared
from warta.api import sample_path
from warta.brief.reply import MAX_CHARS, not_found_reply, reply, story_reply
from warta.ingest import read
from warta.store import Archive, open_archive
from warta.web import create_app
from warta.web.reply import reader_language

SEEDS = Path(__file__).resolve().parents[2] / "shared" / "seeds"
KEYWORDS = (
    "banjir watugede",
    "korban meninggal banjir",
    "kazakhstan",
    "tokayev",
    "nelayan karangsana",
    "ikan layang",
    "kebakaran pasar sumberwangi",
    "lapak darurat",
    "flash flood",
    "gempa aceh",
)


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    path = tmp_path_factory.mktemp("reply") / "warta.db"
    with open_archive(path) as archive:
        archive.add_documents(read([SEEDS, sample_path() / "news"]))
    yield path


@pytest.fixture(scope="module")
def archive(db: Path) -> Iterator[Archive]:
    with open_archive(db, readonly=True) as a:
        yield a


@needs_shared(SEEDS)
def test_ten_keywords_replies(archive: Archive, capsys: pytest.CaptureFixture[str]) -> None:
    found = 0
    for query in KEYWORDS:
        answer = reply(archive, query)
        with capsys.disabled():
            print(f"\n### warta reply {query!r}\n{answer.text}")
        assert len(answer.text) <= MAX_CHARS
        found += answer.found
        if answer.found:
            assert "Yang diketahui sekarang:" in answer.text
            assert f"warta show {answer.story_id}" in answer.text
            assert "Media:" in answer.text
        else:
            assert answer.text.startswith("Tidak ditemukan")
    assert found >= 8
    assert not reply(archive, "gempa aceh").found


@needs_shared(SEEDS)
def test_english_reply_and_the_story_it_names(archive: Archive) -> None:
    answer = reply(archive, "banjir watugede", lang="en")
    assert "What is known now:" in answer.text and "Outlets:" in answer.text
    story = archive.story(str(answer.story_id))
    assert story is not None and story.title in answer.text


def test_a_long_story_is_cut_to_fit() -> None:
    from warta.types import Citation, KnownFigure, Story

    k = KnownFigure("korban " * 30, 12, None, None, "2022-01-13", "a", "Kabar", "12", Citation("a", 0, 2))
    story = Story("s1", "Judul " * 40, (), (), known_now=(k,) * 20, outlets=("Kabar",) * 60)
    text = story_reply(story)
    assert len(text) <= MAX_CHARS
    assert "Yang diketahui sekarang:" in text


def test_not_found_suggests() -> None:
    text = not_found_reply("xyz", lang="en", suggestions=["A story"])
    assert text.startswith("Nothing found for «xyz»") and "- A story" in text


@pytest.mark.parametrize(
    ("lang", "accept", "expected"),
    [(None, None, "id"), (None, "en-GB,en;q=0.9", "en"), ("id", "en", "id"), (None, "fr, en;q=0.5", "en")],
)
def test_reader_language(lang: str | None, accept: str | None, expected: str) -> None:
    assert reader_language(lang, accept) == expected


@needs_shared(SEEDS)
def test_http_reply(db: Path) -> None:
    with TestClient(create_app(db)) as client:
        got = client.get("/reply", params={"q": "kazakhstan"}, headers={"Accept-Language": "en"})
        assert got.status_code == 200 and got.headers["content-type"].startswith("text/plain")
        assert "What is known now:" in got.text and "/story/s" in got.text
        missing = client.get("/reply", params={"q": "gempa aceh"})
        assert missing.status_code == 404 and missing.text.startswith("Tidak ditemukan")
        assert client.get("/reply", params={"q": " "}).status_code == 400
