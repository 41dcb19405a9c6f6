"""The story index opened lazily answers as the eagerly loaded one: same stories, same briefs."""

from __future__ import annotations

import json
import sqlite3
from dataclasses import replace
from pathlib import Path

import pytest

from conftest import DATA
from factories import make_article
from warta.api import sample_path
from warta.evaluate.search import indosum_documents
from warta.ingest import read as read_inputs
from warta.pipeline import analyze_all
from warta.store import index_tables, lazy_index, open_archive
from warta.stories.centroid import Centroid
from warta.stories.cluster import StoryIndex
from warta.stories.records import Record, build_records, make_record
from warta.types import RawDocument

INDOSUM = DATA / "indosum" / "articles.jsonl"


@pytest.fixture(scope="module")
def docs(seeds_dir: Path) -> list[RawDocument]:
    return [d for d in read_inputs([seeds_dir, sample_path()]) if isinstance(d, RawDocument)]


@pytest.fixture(scope="module")
def records(docs: list[RawDocument]) -> list[Record]:
    return list(build_records(analyze_all(docs).articles))


def _saved(tmp_path: Path, records: list[Record]) -> sqlite3.Connection:
    with open_archive(tmp_path / "a.db"):
        pass
    conn = sqlite3.connect(tmp_path / "a.db", isolation_level=None)
    index = StoryIndex()
    for r in records:
        index.add(r)
    conn.execute("BEGIN")
    index_tables.save(conn, index, generation=1)
    conn.execute("COMMIT")
    return conn


def _changes(index: StoryIndex) -> str:
    c = index.changes()
    live = [{**x.to_state(), "weighted": x.weighted_views, "norms": x.norms} for x in c.live]
    return json.dumps([c.scalars, c.articles, live, c.retired, c.df], sort_keys=True, default=float)


def test_the_lazy_index_assigns_and_changes_as_the_loaded_one(records: list[Record], tmp_path: Path) -> None:
    half = len(records) // 2
    conn = _saved(tmp_path, records[:half])
    found, opened = index_tables.load(conn), lazy_index.open_index(conn)
    assert found is not None and opened is not None and found[1] == opened[1] == 1
    eager, lazy = found[0], opened[0]
    assert len(lazy) == len(eager) and lazy.stories() == eager.stories()
    assert lazy.duplicates.copies() == eager.duplicates.copies()
    # Each new record: the same story and dedupe verdict, and the same rows to save afterwards.
    for r in records[half:]:
        assert lazy.add(r) == eager.add(r)
        assert lazy.copy_of(r.id) == eager.copy_of(r.id)
    assert _changes(lazy) == _changes(eager)
    # Adding an article stored before is a no-op that answers its stored story.
    assert lazy.add(records[0]) == eager.story_of(records[0].id)
    # Copies of stored articles are found through the bands table.
    again = [replace(r, id=r.id + "-again") for r in records[:half]]
    fresh = lazy_index.open_index(conn)
    assert fresh is not None
    for r in again:
        assert fresh[0].add(r) == eager.add(r)
        assert fresh[0].copy_of(r.id) == eager.copy_of(r.id)
    assert any(eager.copy_of(r.id).duplicate_of for r in again)  # type: ignore[union-attr]
    conn.close()


def _archive(db: Path) -> tuple[list[tuple[str, str]], dict[str, str]]:
    conn = sqlite3.connect(db)
    try:
        members = sorted(
            (str(a), str(s)) for a, s in conn.execute("SELECT article_id, story_id FROM story_articles")
        )
        return members, {str(s): str(b) for s, b in conn.execute("SELECT id, brief FROM stories")}
    finally:
        conn.close()


def _add_in_runs(db: Path, docs: list[RawDocument], runs: int) -> None:
    size = -(-len(docs) // runs)
    for start in range(0, len(docs), size):  # each run a fresh process's `warta add`
        with open_archive(db) as archive:
            archive.add_documents(docs[start : start + size], batch=7, briefs=True)


def _eager(conn: sqlite3.Connection) -> tuple[StoryIndex, int] | None:
    return index_tables.load(conn)  # the index as it was read before: decoded whole


def test_runs_with_the_lazy_index_store_the_same_stories_and_briefs(
    docs: list[RawDocument], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    every = docs + (list(indosum_documents(INDOSUM, limit=48)) if INDOSUM.exists() else [])
    _add_in_runs(tmp_path / "lazy.db", every, 4)
    with monkeypatch.context() as m:
        m.setattr(lazy_index, "open_index", _eager)
        _add_in_runs(tmp_path / "eager.db", every, 4)
    lazy, eager = _archive(tmp_path / "lazy.db"), _archive(tmp_path / "eager.db")
    assert len(lazy[0]) == len(every)
    assert len({s for _, s in lazy[0]}) < len(every)  # some stories grew across runs
    assert lazy == eager


def test_an_archive_of_schema_6_gets_its_bands_and_live_columns(
    docs: list[RawDocument], tmp_path: Path
) -> None:
    db = tmp_path / "six.db"
    with open_archive(db) as archive:
        archive.add_documents(docs, briefs=True)  # as an add of schema 6 left it: briefs written
    conn = sqlite3.connect(db, isolation_level=None)
    bands = conn.execute("SELECT band, key, seq FROM index_bands ORDER BY 1, 2, 3").fetchall()
    live = conn.execute("SELECT story_id, last, touched, first FROM index_live ORDER BY seq").fetchall()
    assert bands and live and all(row[3] is not None for row in live)
    # Undo migration 0007: no bands table, no columns, no indexes, version 6.
    conn.execute("DROP TABLE index_bands")
    conn.execute("DROP INDEX index_articles_wire")
    conn.execute("DROP INDEX index_articles_outlet")
    conn.execute("ALTER TABLE index_live DROP COLUMN last")
    conn.execute("ALTER TABLE index_live DROP COLUMN touched")
    conn.execute("ALTER TABLE pending_members DROP COLUMN stamp")  # and migration 0009
    conn.execute("ALTER TABLE index_live DROP COLUMN first")  # and migration 0011
    conn.execute("PRAGMA user_version = 6")
    conn.close()
    with open_archive(db) as archive:
        assert archive.check() == []
    conn = sqlite3.connect(db)
    assert conn.execute("SELECT band, key, seq FROM index_bands ORDER BY 1, 2, 3").fetchall() == bands
    assert (
        conn.execute("SELECT story_id, last, touched, first FROM index_live ORDER BY seq").fetchall() == live
    )
    conn.close()


def test_an_original_arriving_in_a_later_run_takes_over_the_stored_copies(tmp_path: Path) -> None:
    text = " ".join(f"Kalimat berita fiksi nomor {i} tentang banjir di Desa Watukarang." for i in range(40))
    copy = make_record(make_article("z-copy", text, outlet="Kabar", published="2024-03-05"), embed=False)
    conn = _saved(tmp_path, [copy])
    opened = lazy_index.open_index(conn)
    assert opened is not None
    lazy = opened[0]
    original = make_record(make_article("a-orig", text, outlet="Lintas", published="2024-03-04"), embed=False)
    lazy.add(original)
    assert lazy.copy_of("z-copy").duplicate_of == "a-orig"  # type: ignore[union-attr]
    conn.execute("BEGIN")
    index_tables.save(conn, lazy, generation=2)
    conn.execute("COMMIT")
    stored = {c.id: c.duplicate_of for c in index_tables.load(conn)[0].duplicates.copies().values()}  # type: ignore[index]
    assert stored == {"z-copy": "a-orig", "a-orig": None}
    reopened = lazy_index.open_index(conn)
    assert reopened is not None and reopened[0].duplicates.copies()["z-copy"].duplicate_of == "a-orig"
    conn.close()


def test_a_story_too_far_in_time_is_passed_over_without_decoding_its_centroid(tmp_path: Path) -> None:
    flood = "Banjir besar melanda Desa Watukarang setelah hujan deras. Warga Watukarang mengungsi ke balai."
    prices = "Harga cabai rawit di Pasar Watugede naik tajam. Pedagang Watugede mengeluhkan pasokan petani."

    def rec(aid: str, day: str, text: str) -> Record:
        return make_record(make_article(aid, text, outlet="Kabar", published=day), embed=False)

    old = [rec("a-old", "2024-01-02", flood), rec("b-old", "2024-01-03", prices)]
    conn = _saved(tmp_path, old)
    assert conn.execute("SELECT first, last FROM index_live ORDER BY seq").fetchall() == [
        (738887, 738887),
        (738888, 738888),
    ]
    opened, found = lazy_index.open_index(conn), index_tables.load(conn)
    assert opened is not None and found is not None
    lazy, eager = opened[0], found[0]
    decoded: list[str] = []
    decode = lazy._centroid

    def spy(story_id: str) -> Centroid:
        decoded.append(story_id)
        return decode(story_id)

    lazy._live._load = spy
    late = rec("c-late", "2024-06-01", flood.replace("hujan deras", "hujan deras semalaman"))
    near = rec("d-near", "2024-01-04", flood.replace("ke balai", "ke masjid dan balai desa"))
    assert lazy.add(late) == eager.add(late)  # five months on: both stories are out of reach
    assert decoded == []
    assert lazy.add(near) == eager.add(near) == lazy.story_of("a-old")  # a day on: read and joined
    assert decoded and _changes(lazy) == _changes(eager)
    conn.close()
