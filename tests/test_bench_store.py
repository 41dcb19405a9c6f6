"""bench/store.py --grow-to: a read-only archive repeated under new ids, every copy found by search."""

from __future__ import annotations

import importlib.util
import sqlite3
from pathlib import Path

import numpy as np

from conftest import ROOT
from factories import store_story
from warta.store import Archive
from warta.store.connection import connect, prepare
from warta.text.embeddings import DIM

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
        store_story(conn, key, text, vector=np.eye(DIM, dtype="<f4")[i])
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
