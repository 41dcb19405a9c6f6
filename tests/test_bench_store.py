"""bench/store.py --grow-to: a read-only archive repeated under new ids, every copy found by search."""

from __future__ import annotations

import importlib.util
import sqlite3
from pathlib import Path

import numpy as np

from conftest import ROOT
from factories import make_article
from warta.store import Archive
from warta.store.connection import connect, prepare
from warta.store.write import add_members, insert_article, transaction, write_story
from warta.stories.records import make_record
from warta.text.embeddings import DIM
from warta.types import BriefArticle, Story, SummarySentence

# Fiction written for these tests.
TEXTS = {
    "flood": "Banjir bandang melanda Kota Watugede. Sembilan warga mengungsi ke Tanjung-Sari.",
    "harvest": "Petani Zumbarosa memanen 8.000 ton padi di lereng Gunung Kelirang setelah hujan reda.",
}


def _bench() -> object:
    spec = importlib.util.spec_from_file_location("bench_store", ROOT / "bench" / "store.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _archive(path: Path) -> None:
    conn = connect(path, readonly=False)
    prepare(conn, path, readonly=False)
    for i, (key, text) in enumerate(TEXTS.items()):
        a = make_article(f"a-{key}", text, outlet="Lintasjaya.id", published="2022-01-13", title=key)
        story = Story(
            id=f"s-{key}",
            title=key,
            articles=(BriefArticle(a.id, a.source, a.outlet, a.title, a.published, a.language, (), a.text),),
            summary=(SummarySentence(a.sentence_texts()[0], ()),),
            first_published=a.published,
            last_published=a.published,
            outlets=("Lintasjaya.id",),
            independent_sources=1,
        )
        with transaction(conn):
            insert_article(conn, a, make_record(a, embed=False), "2022-02-01T00:00:00")
            write_story(conn, story, stamp="2022-02-01T00:00:00", is_new=True)
            add_members(conn, story.id, [a.id])
            vec = np.eye(DIM, dtype="<f4")[i]
            conn.execute("INSERT INTO story_vectors VALUES (?, ?)", (story.id, vec.tobytes()))
    conn.close()


def test_grow_to_repeats_stories_that_search_finds(tmp_path: Path) -> None:
    path = tmp_path / "warta.db"
    _archive(path)
    _bench().grow_archive(path, 5)  # type: ignore[attr-defined]
    with sqlite3.connect(path) as conn:
        assert conn.execute("SELECT count(*) FROM articles").fetchone()[0] == 5  # whole stories: 2, 2, then 1
        assert conn.execute("SELECT count(*) FROM story_vectors").fetchone()[0] == 5
        conn.execute("INSERT INTO article_fts(article_fts) VALUES ('integrity-check')")
    with Archive.open(path, readonly=True) as archive:
        assert {h.story.id for h in archive.search("Watugede")} == {"s-flood", "s-flood~1", "s-flood~2"}
        assert {h.story.id for h in archive.search("8 ribu")} == {"s-harvest", "s-harvest~1"}
        assert {h.story.id for h in archive.search("zumbarossa")} == {"s-harvest", "s-harvest~1"}
