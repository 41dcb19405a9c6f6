"""Per-connection memo of derived values: reused while the archive is unchanged, rebuilt after any commit."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import numpy as np

from factories import store_story
from warta.store.connection import connect, prepare
from warta.store.memo import forget, remembered
from warta.store.query import corrections, load_vocabulary, vocabulary
from warta.store.story_vectors import load_matrix, nearest, story_matrix
from warta.text.embeddings import DIM

# Fiction written for these tests.
TEXT = "Banjir bandang melanda Kota Watugede. Sembilan warga mengungsi ke Tanjung-Sari."
LATER = "Petani Zumbarosa memanen padi di lereng Gunung Kelirang setelah hujan reda."


def _archive(tmp_path: Path) -> Path:
    path = tmp_path / "warta.db"
    conn = connect(path, readonly=False)
    prepare(conn, path, readonly=False)
    conn.close()
    return path


def _unit(seed: int) -> np.ndarray:
    v = np.random.default_rng(seed).normal(size=DIM).astype(np.float32)
    return v / np.linalg.norm(v)


def test_a_value_is_reused_until_another_connection_commits(tmp_path: Path) -> None:
    path = _archive(tmp_path)
    reader, writer = connect(path, readonly=True), connect(path, readonly=False)
    builds: list[int] = []

    def build() -> int:
        builds.append(1)
        return int(reader.execute("SELECT count(*) FROM articles").fetchone()[0])

    assert remembered(reader, "n", build) == 0
    assert remembered(reader, "n", build) == 0
    assert len(builds) == 1
    store_story(writer, "flood", TEXT)
    assert remembered(reader, "n", build) == 1  # the writer's commit is seen
    assert len(builds) == 2
    forget(reader)
    assert remembered(reader, "n", build) == 1
    assert len(builds) == 3
    reader.close()
    writer.close()


def test_a_connection_sees_its_own_writes(tmp_path: Path) -> None:
    path = _archive(tmp_path)
    conn = connect(path, readonly=False)
    count = lambda: int(conn.execute("SELECT count(*) FROM articles").fetchone()[0])  # noqa: E731
    assert remembered(conn, "n", count) == 0
    store_story(conn, "flood", TEXT)
    assert remembered(conn, "n", count) == 1
    conn.close()


def test_a_plain_connection_builds_every_time(tmp_path: Path) -> None:
    plain = sqlite3.connect(_archive(tmp_path))
    calls: list[int] = []
    for _ in range(2):
        remembered(plain, "n", lambda: calls.append(1))
    assert len(calls) == 2
    forget(plain)  # nothing to drop, no error
    plain.close()


def test_typo_corrections_follow_new_words(tmp_path: Path) -> None:
    path = _archive(tmp_path)
    reader, writer = connect(path, readonly=True), connect(path, readonly=False)
    store_story(writer, "flood", TEXT)
    assert corrections(reader, "watugde") == ["watugede"]
    assert corrections(reader, "zumbarossa") == []
    store_story(writer, "harvest", LATER)
    assert corrections(reader, "zumbarossa") == ["zumbarosa"]
    assert vocabulary(reader) == load_vocabulary(reader)
    reader.close()
    writer.close()


def test_nearest_uses_the_vectors_stored_now(tmp_path: Path) -> None:
    path = _archive(tmp_path)
    reader, writer = connect(path, readonly=True), connect(path, readonly=False)
    first, second = _unit(1), _unit(2)
    store_story(writer, "flood", TEXT, vector=first)
    assert [sid for sid, _ in nearest(reader, second, limit=5)] == ["s-flood"]
    store_story(writer, "harvest", LATER, vector=second)
    found = nearest(reader, second, limit=5)
    assert [sid for sid, _ in found] == ["s-harvest", "s-flood"]
    assert found[0][1] == 1.0
    assert nearest(reader, second, limit=5, allowed={"s-flood"}) == [found[1]]
    assert nearest(reader, second, limit=5, allowed=set()) == []
    cached, fresh = story_matrix(reader), load_matrix(reader)
    assert cached.ids == fresh.ids == ("s-flood", "s-harvest")
    assert np.array_equal(cached.matrix, fresh.matrix)
    reader.close()
    writer.close()


def test_first_search_on_a_connection_equals_later_ones(tmp_path: Path) -> None:
    from warta.store.search import search

    path = _archive(tmp_path)
    writer = connect(path, readonly=False)
    store_story(writer, "flood", TEXT)
    store_story(writer, "harvest", LATER)
    reader = connect(path, readonly=True)
    runs = [
        [
            (h.story.id, h.score, h.snippet)
            for h in search(reader, "zumbarossa watugde banjir", with_brief=False)
        ]
        for _ in range(3)  # once-only reads, then the memo is built, then reused
    ]
    assert runs[0] == runs[1] == runs[2]
    assert {sid for sid, _, _ in runs[0]} == {"s-flood", "s-harvest"}
    reader.close()
    writer.close()


def test_only_the_most_recent_connections_keep_a_memo(tmp_path: Path) -> None:
    from warta.store import memo

    path = _archive(tmp_path)
    conns = [connect(path, readonly=True) for _ in range(memo.MAX_CONNECTIONS + 1)]
    builds: list[int] = []
    for conn in conns:
        remembered(conn, "n", lambda: builds.append(1))
    remembered(conns[-1], "n", lambda: builds.append(1))  # kept
    remembered(conns[0], "n", lambda: builds.append(1))  # used longest ago: its memo was dropped
    assert len(builds) == len(conns) + 1
    for conn in conns:
        conn.close()
