"""The story index kept row by row: saved in batches it loads back equal; old JSON state migrates."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from warta.api import sample_path
from warta.ingest import read as read_inputs
from warta.pipeline import analyze_all
from warta.store import index_tables, open_archive
from warta.stories.cluster import StoryIndex
from warta.stories.records import Record, build_records
from warta.types import RawDocument


@pytest.fixture(scope="module")
def records(seeds_dir: Path) -> list[Record]:
    docs = [d for d in read_inputs([seeds_dir, sample_path()]) if isinstance(d, RawDocument)]
    return list(build_records(analyze_all(docs).articles))


def _state(index: StoryIndex) -> str:
    return json.dumps(index.state(), sort_keys=True, default=float)


def test_saved_in_batches_the_index_loads_back_equal(records: list[Record], tmp_path: Path) -> None:
    with open_archive(tmp_path / "a.db"):
        pass
    conn = sqlite3.connect(tmp_path / "a.db", isolation_level=None)
    index = StoryIndex()
    for start in range(0, len(records), 5):
        for r in records[start : start + 5]:
            index.add(r)
        conn.execute("BEGIN")
        index_tables.save(conn, index, generation=start + 1)
        conn.execute("COMMIT")
    found = index_tables.load(conn)
    assert found is not None
    loaded, generation = found
    assert generation == len(records) - (len(records) - 1) % 5
    assert _state(loaded) == _state(index)
    assert conn.execute("SELECT count(*) FROM index_articles").fetchone()[0] == len(records)
    # Saving with nothing changed writes no article rows again (and fails on none).
    conn.execute("BEGIN")
    index_tables.save(conn, loaded, generation=generation + 1)
    conn.execute("COMMIT")


def test_an_archive_with_the_old_json_state_migrates(seeds_dir: Path, tmp_path: Path) -> None:
    db = tmp_path / "old.db"
    with open_archive(db) as archive:
        archive.add([seeds_dir])
        briefs = {r.id: archive.story(r.id) for r in archive.stories(limit=100)}
    conn = sqlite3.connect(db, isolation_level=None)
    found = index_tables.load(conn)
    assert found is not None
    before = _state(found[0])
    # Turn it into a schema-3 archive: the whole index as one JSON value, no 0004, 0005 or 0007 tables.
    conn.execute("INSERT INTO state(key, value) VALUES ('story_index', ?)", (json.dumps(found[0].state()),))
    for table in ("index_articles", "index_live", "index_terms", "index_bands", "pending_members"):
        conn.execute(f"DROP TABLE {table}")
    conn.execute("DELETE FROM state WHERE key = 'story_index_meta'")
    for table in ("article_numbers", "story_vectors"):  # and no 0004 search tables
        conn.execute(f"DROP TABLE {table}")
    conn.execute("DROP INDEX stories_last_published")
    conn.execute("DROP INDEX stories_hit")  # 0010's, which holds the summary column
    conn.execute("ALTER TABLE stories DROP COLUMN summary")
    conn.execute("DROP TABLE article_facts")  # and no 0006 table
    conn.execute("PRAGMA user_version = 3")
    conn.close()
    with open_archive(db) as archive:
        assert archive.check() == []
        assert {r.id: archive.story(r.id) for r in archive.stories(limit=100)} == briefs
    conn = sqlite3.connect(db)
    assert conn.execute("SELECT count(*) FROM state WHERE key = 'story_index'").fetchone()[0] == 0
    migrated = index_tables.load(conn)
    assert migrated is not None and _state(migrated[0]) == before
    conn.close()
