"""Adding: the stored briefs do not depend on batch size, on how many runs added the articles, or on
whether ``add`` built them or the first read did."""

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


def _order(db: Path) -> list[str]:
    conn = sqlite3.connect(db)
    try:  # the rowid order (export, search ties) and the listing order (most recently updated first)
        by_rowid = [str(r[0]) for r in conn.execute("SELECT id FROM stories ORDER BY rowid")]
        listed = [str(r[0]) for r in conn.execute("SELECT id FROM stories ORDER BY updated_at DESC, id")]
        return by_rowid + listed
    finally:
        conn.close()


def _docs(*folders: Path) -> list[RawDocument]:
    return [d for d in read_inputs(list(folders)) if isinstance(d, RawDocument)]


def test_briefs_are_byte_identical_whatever_the_batches(seeds_dir: Path, tmp_path: Path) -> None:
    docs = _docs(seeds_dir, sample_path())
    with open_archive(tmp_path / "one.db") as archive:
        result = archive.add_documents(docs, batch=len(docs), briefs=True)
        assert archive.check() == []
    with open_archive(tmp_path / "each.db") as archive:
        archive.add_documents(docs, batch=1)
        assert archive.count_stories() == len(result.new_stories)  # the read built the briefs
    one = _briefs(tmp_path / "one.db")
    assert len(one) == len(result.new_stories) and sum(n for _, n in one.values()) == len(docs)
    assert _briefs(tmp_path / "each.db") == one


def test_briefs_built_on_first_read_equal_briefs_built_by_each_add(seeds_dir: Path, tmp_path: Path) -> None:
    docs = _docs(seeds_dir, sample_path())
    parts = (docs[:5], docs[5:11], docs[11:])  # three runs, like three `warta add`
    eager, lazy = [], []
    for part in parts:
        with open_archive(tmp_path / "eager.db") as archive:
            eager.append(archive.add_documents(part, batch=2, briefs=True))
        with open_archive(tmp_path / "lazy.db") as archive:
            lazy.append(archive.add_documents(part, batch=2))
        with open_archive(tmp_path / "read.db") as archive:
            archive.add_documents(part, batch=2)
            assert archive.stories(limit=1)  # a read between the runs builds what each run left
    assert lazy == eager  # the same stories reported touched and new
    assert _briefs(tmp_path / "lazy.db") == {}  # no add built a brief
    with open_archive(tmp_path / "lazy.db", readonly=True) as archive:  # a read-only reader builds them too
        assert archive.check() == []
    whole = _briefs(tmp_path / "eager.db")
    assert _briefs(tmp_path / "lazy.db") == whole and _briefs(tmp_path / "read.db") == whole
    assert _order(tmp_path / "lazy.db") == _order(tmp_path / "eager.db")


def test_search_and_export_see_pending_stories(seeds_dir: Path, tmp_path: Path) -> None:
    docs = _docs(seeds_dir, sample_path())
    with open_archive(tmp_path / "eager.db") as archive:
        archive.add_documents(docs, briefs=True)
        hits = [(h.story.id, h.score) for h in archive.search("banjir", with_brief=False)]
        exported = list(archive.export())
    with open_archive(tmp_path / "lazy.db") as archive:
        archive.add_documents(docs)
        assert [(h.story.id, h.score) for h in archive.search("banjir", with_brief=False)] == hits
        assert list(archive.export()) == exported and hits


def test_a_run_killed_before_its_briefs_is_completed_by_the_next_read(
    seeds_dir: Path, tmp_path: Path
) -> None:
    docs = _docs(seeds_dir)
    with open_archive(tmp_path / "whole.db") as archive:
        archive.add_documents(docs, briefs=True)
    db = tmp_path / "cut.db"
    with open_archive(db) as archive:
        archive.add_documents(docs, briefs=True)
    # What a kill between the last batch and the briefs leaves: members pending, unstamped, no story rows.
    conn = sqlite3.connect(db, isolation_level=None)
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute(
        "INSERT INTO pending_members(article_id, story_id) SELECT article_id, story_id FROM story_articles"
    )
    conn.execute("DELETE FROM stories")
    conn.close()
    with open_archive(db) as archive:
        again = archive.add_documents(docs)
        assert again.added == 0 and again.stories_touched == ()
        assert archive.check() == []
        assert archive.count_stories() == len(_briefs(tmp_path / "whole.db"))
    assert _briefs(db) == _briefs(tmp_path / "whole.db")


def test_building_the_pending_briefs_reports_progress(tmp_path: Path) -> None:
    """What the first read builds can be built first with a progress callback, one call per story."""
    calls: list[tuple[int, int]] = []
    with open_archive(tmp_path / "w.db") as archive:
        added = archive.add([sample_path() / "news"])
        assert archive.pending_briefs()
        built = archive.build_pending_briefs(progress=lambda done, total: calls.append((done, total)))
        assert sorted(built) == sorted(added.stories_touched)
        assert not archive.pending_briefs()
        assert archive.build_pending_briefs() == []  # nothing left: the next read builds nothing
    n = len(built)
    assert calls == [(i, n) for i in range(1, n + 1)]
