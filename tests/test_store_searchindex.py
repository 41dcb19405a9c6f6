"""A story's full-text row: keyed by the story's rowid, so rewriting it never scans the table."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from factories import store_story
from warta.store.connection import connect, prepare
from warta.store.migrate import migrations, statements
from warta.store.read import get_story
from warta.store.searchindex import index_story


def _rows(conn: sqlite3.Connection) -> list[tuple[int, str, str]]:
    return [
        (int(r[0]), str(r[1]), str(r[2]))
        for r in conn.execute("SELECT rowid, story_id, title FROM story_fts")
    ]


def test_a_story_row_has_the_story_rowid_and_is_replaced_not_added(tmp_path: Path) -> None:
    conn = connect(tmp_path / "a.db", readonly=False)
    prepare(conn, tmp_path / "a.db", readonly=False)
    store_story(conn, "banjir", "Banjir bandang melanda Kota Watugede. Sembilan warga meninggal.")
    store_story(conn, "gempa", "Gempa mengguncang Kota Karangsana pagi tadi.")
    again = get_story(conn, "s-banjir")
    assert again is not None
    index_story(conn, again)
    index_story(conn, again)
    rowids = dict(conn.execute("SELECT id, rowid FROM stories").fetchall())
    rows = _rows(conn)
    assert sorted((sid, rid) for rid, sid, _ in rows) == sorted(rowids.items())


def test_migration_8_moves_old_rows_to_their_story_rowids(tmp_path: Path) -> None:
    conn = connect(tmp_path / "a.db", readonly=False)
    prepare(conn, tmp_path / "a.db", readonly=False)
    store_story(conn, "banjir", "Banjir bandang melanda Kota Watugede.")
    store_story(conn, "gempa", "Gempa mengguncang Kota Karangsana.")
    # rows as schema 7 wrote them: rowids of their own, and one of a story no longer stored
    conn.execute("DELETE FROM story_fts")
    conn.execute("INSERT INTO story_fts(rowid, story_id, title, aliases) VALUES (40, 's-gempa', 'gempa', '')")
    conn.execute(
        "INSERT INTO story_fts(rowid, story_id, title, aliases) VALUES (41, 's-banjir', 'banjir', '')"
    )
    conn.execute("INSERT INTO story_fts(rowid, story_id, title, aliases) VALUES (42, 's-gone', 'gone', '')")
    (mig,) = [m for m in migrations() if m.number == 8]
    for stmt in statements(mig.sql):
        conn.execute(stmt)
    rowids = dict(conn.execute("SELECT id, rowid FROM stories").fetchall())
    assert sorted((sid, rid) for rid, sid, _ in _rows(conn)) == sorted(rowids.items())
    hits = conn.execute("SELECT story_id FROM story_fts WHERE story_fts MATCH 'gempa'").fetchall()
    assert hits == [("s-gempa",)]
