"""Sentence vectors persisted in the archive: a second `add` encodes only text it has not seen."""

from __future__ import annotations

import re
import shutil
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pytest

import warta.text.embeddings as emb
from warta.api import sample_path
from warta.codec import to_json
from warta.errors import StoreError
from warta.store import open_archive
from warta.store.embeddings import ArchiveEmbeddings, count, from_blob, to_blob
from warta.store.migrate import migrations, schema_version
from warta.store.write import transaction
from warta.text.embeddings import DIM, embed, embedding_store, text_key

LATE = "002_lembayungnews-banjir-watugede.txt"  # joins a story that already has two articles
OWN = ["Jembatan gantung di Desa Karangmulyo putus diterjang arus.", "Dua warga hilang terbawa banjir."]


def _samples() -> list[Path]:
    return sorted(sample_path().rglob("*.txt"))


@dataclass(frozen=True)
class Runs:
    """The sample archive built in two adds, and the same second add into a copy without vectors."""

    path: Path
    first: list[str]
    second: list[str]
    uncached: list[str]
    cold_path: Path


@pytest.fixture(scope="module")
def runs(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Runs]:
    encoded: list[str] = []
    real = emb._encode

    def counting(texts: list[str]) -> emb.Vector:
        encoded.extend(texts)
        return real(texts)

    mp = pytest.MonkeyPatch()
    mp.setattr(emb, "_encode", counting)
    root = Path(tmp_path_factory.mktemp("vectors"))
    path, cold = root / "warta.db", root / "cold.db"
    emb.clear_memory()
    with open_archive(path) as archive:
        archive.add([p for p in _samples() if p.name != LATE], briefs=True)
    first = list(encoded)
    shutil.copy(path, cold)
    with sqlite3.connect(cold) as conn:
        conn.execute("DELETE FROM embeddings")
    # Each add below starts like a new process: nothing in memory.
    results = []
    for db in (path, cold):
        emb.clear_memory()
        encoded.clear()
        with open_archive(db) as archive:
            added = archive.add(_samples(), briefs=True).added  # the briefs encode too
        results.append(list(encoded))
        assert added == 1
    mp.undo()
    emb.clear_memory()
    yield Runs(path, first, results[0], results[1], cold)


def test_a_second_add_encodes_only_text_never_encoded_before(runs: Runs) -> None:
    assert runs.second
    assert not set(runs.second) & set(runs.first)


def test_without_stored_vectors_the_same_add_encodes_the_whole_story_again(runs: Runs) -> None:
    assert len(runs.uncached) >= 3 * len(runs.second)
    assert set(runs.second) < set(runs.uncached)


def test_cached_and_uncached_adds_store_the_same_briefs(runs: Runs) -> None:
    with open_archive(runs.path, readonly=True) as a, open_archive(runs.cold_path, readonly=True) as b:
        rows = a.stories(limit=100)
        assert [r.id for r in rows] == [r.id for r in b.stories(limit=100)]
        for row in rows:
            x, y = a.story(row.id), b.story(row.id)
            assert x is not None and y is not None
            assert to_json(x) == to_json(y)


def test_every_encoded_text_is_stored_and_the_archive_stays_whole(runs: Runs) -> None:
    conn = sqlite3.connect(runs.path)
    keys = {bytes(k) for (k,) in conn.execute("SELECT key FROM embeddings")}
    assert {text_key(t) for t in runs.first + runs.second if t.strip()} <= keys
    assert count(conn) == len(keys)
    with open_archive(runs.path, readonly=True) as archive:
        assert archive.check() == []


def test_stored_vectors_are_identical_to_encoded_ones(tmp_path: Path) -> None:
    vecs = embed(OWN)
    with open_archive(tmp_path / "w.db"):
        pass
    conn = sqlite3.connect(tmp_path / "w.db", isolation_level=None)
    store = ArchiveEmbeddings(conn)
    store.put_many({text_key(t): v for t, v in zip(OWN, vecs, strict=True)})
    with transaction(conn):
        assert store.flush() == 2
    got = ArchiveEmbeddings(conn).get_many([text_key(t) for t in OWN])
    for t, v in zip(OWN, vecs, strict=True):
        assert got[text_key(t)].dtype == np.float32 and np.array_equal(got[text_key(t)], v)
    assert from_blob(to_blob(vecs[0])) is not None and from_blob(b"\x00" * 12) is None


def test_a_rolled_back_batch_leaves_no_vectors(tmp_path: Path) -> None:
    with open_archive(tmp_path / "w.db"):
        pass
    conn = sqlite3.connect(tmp_path / "w.db", isolation_level=None)
    store = ArchiveEmbeddings(conn)
    store.put_many({text_key("x"): np.ones(DIM, dtype=np.float32)})
    with pytest.raises(RuntimeError), transaction(conn):
        store.flush()
        raise RuntimeError("crash")
    assert count(conn) == 0


@pytest.mark.parametrize(("max_rows", "left"), [(10, 8), (11, 8), (12, 12), (5, 4)])
def test_pruning_keeps_the_most_recently_used_rows(tmp_path: Path, max_rows: int, left: int) -> None:
    with open_archive(tmp_path / "w.db"):
        pass
    conn = sqlite3.connect(tmp_path / "w.db", isolation_level=None)
    store = ArchiveEmbeddings(conn)
    for i in range(12):  # one generation per row, then row 0 is read again: the most recent of all
        store.put_many({text_key(f"t{i}"): np.full(DIM, i, dtype=np.float32)})
        with transaction(conn):
            store.flush()
    assert store.get_many([text_key("t0")])
    with transaction(conn):
        store.flush()
        assert ArchiveEmbeddings(conn, max_rows=max_rows).prune() == 12 - left
    assert count(conn) == left
    kept = ArchiveEmbeddings(conn).get_many([text_key(f"t{i}") for i in range(12)])
    assert text_key("t0") in kept and text_key("t11") in kept
    assert (text_key("t1") in kept) is (left == 12)


def test_readonly_archives_never_write(runs: Runs) -> None:
    wal = Path(f"{runs.path}-wal")
    before = runs.path.read_bytes(), wal.stat().st_size if wal.exists() else 0
    with open_archive(runs.path, readonly=True) as archive:
        archive.search("banjir Watugede")
        for row in archive.stories(limit=100):
            archive.story(row.id)
    conn = sqlite3.connect(f"{runs.path.resolve().as_uri()}?mode=ro", uri=True)
    store = ArchiveEmbeddings(conn, writable=False)
    emb.clear_memory()
    with embedding_store(store):
        embed([runs.first[0], "Teks yang belum pernah dilihat arsip ini."])
    assert store.get_many([text_key(runs.first[0])])
    with pytest.raises(StoreError, match="read-only"):
        store.flush()
    assert conn.total_changes == 0
    assert (runs.path.read_bytes(), wal.stat().st_size if wal.exists() else 0) == before


def test_an_archive_of_the_previous_schema_is_migrated(tmp_path: Path) -> None:
    known = migrations()
    assert [m.name for m in known][2] == "0003_embeddings.sql"
    path = tmp_path / "old.db"
    with open_archive(path) as archive:
        archive.add(_samples()[:2], briefs=True)
    # Schema 2 is the current schema without the vectors and what later migrations added: take
    # them away to get an archive of the older schema (its story index is rebuilt from the records).
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("DROP TABLE embeddings")
    conn.execute("DROP INDEX stories_last_published")  # migration 4's index and column
    conn.execute("DROP INDEX stories_hit")  # migration 10's, which holds that column
    conn.execute("ALTER TABLE stories DROP COLUMN summary")
    for later in known[3:]:
        for table in re.findall(r"^CREATE (?:VIRTUAL )?TABLE (\w+)", later.sql, flags=re.M):
            conn.execute(f"DROP TABLE {table}")
    conn.execute("DELETE FROM state")
    conn.execute(f"PRAGMA user_version = {known[1].number:d}")
    conn.close()
    with open_archive(path) as archive:
        assert archive.count_articles() == 2
        archive.add(_samples()[2:4])
        assert archive.count_articles() == 4 and archive.check() == []
    conn = sqlite3.connect(path)
    assert schema_version(conn) == known[-1].number and count(conn) > 0
    stories = conn.execute("SELECT count(*) FROM stories").fetchone()[0]
    assert conn.execute("SELECT count(*) FROM story_vectors").fetchone()[0] == stories
    numbered = conn.execute("SELECT count(DISTINCT article_rowid) FROM article_numbers").fetchone()[0]
    assert 2 <= numbered <= 4  # the two articles stored before the migration are back-filled too
    assert conn.execute("SELECT count(*) FROM stories WHERE summary IS NULL").fetchone()[0] == 0
