"""Checks that an archive is whole: every article in one story, counts and briefs agree, indexes complete."""

from __future__ import annotations

import json
import sqlite3


def problems(conn: sqlite3.Connection) -> list[str]:
    """What is inconsistent in the archive (an empty list when it is whole)."""
    found: list[str] = []
    ok = conn.execute("PRAGMA integrity_check").fetchone()[0]
    if ok != "ok":
        found.append(f"integrity check: {ok}")
    for table, rowid, parent, _ in conn.execute("PRAGMA foreign_key_check"):
        found.append(f"{table} row {rowid} points at a missing {parent} row")
    one = conn.execute
    articles = one("SELECT count(*) FROM articles").fetchone()[0]
    checks = {
        "articles without a fingerprint": "SELECT count(*) FROM articles a "
        "WHERE NOT EXISTS (SELECT 1 FROM fingerprints f WHERE f.article_id = a.id)",
        "articles in no story": "SELECT count(*) FROM articles a "
        "WHERE NOT EXISTS (SELECT 1 FROM story_articles m WHERE m.article_id = a.id) "
        "AND NOT EXISTS (SELECT 1 FROM pending_members p WHERE p.article_id = a.id)",
        "articles whose story's brief is not written yet (an add is running or was cut short; "
        "`warta add --briefs PATH` finishes it)": "SELECT count(*) FROM pending_members",
        "stories without articles": "SELECT count(*) FROM stories s "
        "WHERE NOT EXISTS (SELECT 1 FROM story_articles m WHERE m.story_id = s.id)",
        "stories whose article count is wrong": "SELECT count(*) FROM stories s WHERE s.article_count != "
        "(SELECT count(*) FROM story_articles m WHERE m.story_id = s.id)",
        "stories without a search row": "SELECT count(*) FROM stories s "
        "WHERE NOT EXISTS (SELECT 1 FROM story_fts f WHERE f.story_id = s.id)",
    }
    for label, sql in checks.items():
        n = one(sql).fetchone()[0]
        if n:
            found.append(f"{n} {label}")
    indexed = one("SELECT count(*) FROM article_fts_docsize").fetchone()[0]
    if indexed != articles:
        found.append(f"{articles} articles but {indexed} in the full-text index")
    members: dict[str, set[str]] = {}
    for sid, aid in one("SELECT story_id, article_id FROM story_articles"):
        members.setdefault(sid, set()).add(aid)
    for sid, brief in one("SELECT id, brief FROM stories"):
        listed = {a["id"] for a in json.loads(brief)["articles"]}
        if listed != members.get(sid, set()):
            found.append(f"story {sid}: its brief lists other articles than its members")
    return found
