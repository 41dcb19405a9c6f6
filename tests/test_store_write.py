"""Adding: the stored briefs do not depend on batch size or on how many runs added the articles."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from warta.api import sample_path
from warta.ingest import read as read_inputs
from warta.store import open_archive
from warta.types import RawDocument


def _briefs(db: Path) -> dict[str, tuple[str, int]]:
    conn = sqlite3.connect(db)
    try:
        return {
            str(s): (str(b), int(n))
            for s, b, n in conn.execute("SELECT id, brief, article_count FROM stories")
        }
    finally:
        conn.close()


def test_briefs_are_byte_identical_whatever_the_batches(seeds_dir: Path, tmp_path: Path) -> None:
    docs = [d for d in read_inputs([seeds_dir, sample_path()]) if isinstance(d, RawDocument)]
    with open_archive(tmp_path / "one.db") as archive:
        result = archive.add_documents(docs, batch=len(docs))
        assert archive.check() == []
    with open_archive(tmp_path / "each.db") as archive:
        archive.add_documents(docs, batch=1)
    for part in (docs[:5], docs[5:11], docs[11:]):  # three runs, like three `warta add`
        with open_archive(tmp_path / "runs.db") as archive:
            archive.add_documents(part, batch=2)
            assert archive.check() == []
    one = _briefs(tmp_path / "one.db")
    assert len(one) == len(result.new_stories) and sum(n for _, n in one.values()) == len(docs)
    assert _briefs(tmp_path / "each.db") == one
    assert _briefs(tmp_path / "runs.db") == one


def test_a_run_killed_before_its_briefs_is_completed_by_the_next(seeds_dir: Path, tmp_path: Path) -> None:
    docs = [d for d in read_inputs([seeds_dir]) if isinstance(d, RawDocument)]
    with open_archive(tmp_path / "whole.db") as archive:
        archive.add_documents(docs)
    db = tmp_path / "cut.db"
    with open_archive(db) as archive:
        archive.add_documents(docs)
    # What a kill between the last batch and the briefs leaves: members pending, no story rows.
    conn = sqlite3.connect(db, isolation_level=None)
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute(
        "INSERT INTO pending_members(article_id, story_id) SELECT article_id, story_id FROM story_articles"
    )
    conn.execute("DELETE FROM stories")
    conn.close()
    with open_archive(db) as archive:
        assert any("run warta add again" in p for p in archive.check())
        again = archive.add_documents(docs)
        assert again.added == 0 and len(again.stories_touched) == archive.count_stories()
        assert archive.check() == []
    assert _briefs(db) == _briefs(tmp_path / "whole.db")
