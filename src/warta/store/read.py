"""The read layer's SQL: stories, briefs, articles and counts, as warta's own types."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator, Sequence
from dataclasses import replace
from functools import lru_cache
from typing import TYPE_CHECKING

from warta.codec import from_json
from warta.store.batches import rows_for
from warta.store.views import StoryRow
from warta.types import Article, Story

if TYPE_CHECKING:
    from warta.stories.records import Record

STORY_COLUMNS = (
    "id, title, first_published, last_published, outlets, article_count, independent_sources, updated_at"
)


def story_row(row: Sequence[object]) -> StoryRow:
    """A ``stories`` row (in STORY_COLUMNS order) as a StoryRow."""
    sid, title, first, last, outlets, count, independent, updated = row
    return StoryRow(
        id=str(sid),
        title=str(title),
        first_published=None if first is None else str(first),
        last_published=None if last is None else str(last),
        outlets=tuple(json.loads(str(outlets))),
        article_count=int(str(count)),
        independent_sources=int(str(independent)),
        updated_at=str(updated),
    )


def list_stories(conn: sqlite3.Connection, *, limit: int, offset: int) -> list[StoryRow]:
    """Stories, most recently updated first (then newest news, then id, for a stable order)."""
    rows = conn.execute(
        f"SELECT {STORY_COLUMNS} FROM stories "
        "ORDER BY updated_at DESC, last_published DESC, id LIMIT ? OFFSET ?",
        (max(0, limit), max(0, offset)),
    )
    return [story_row(r) for r in rows]


def story_rows(conn: sqlite3.Connection, story_ids: Sequence[str]) -> dict[str, StoryRow]:
    """StoryRows for the given ids (missing ids are left out)."""
    out: dict[str, StoryRow] = {}
    for r in rows_for(conn, f"SELECT {STORY_COLUMNS} FROM stories WHERE id IN ({{marks}})", story_ids):
        row = story_row(r)
        out[row.id] = row
    return out


def get_story(conn: sqlite3.Connection, story_id: str) -> Story | None:
    """A story's stored brief, or None."""
    row = conn.execute("SELECT brief FROM stories WHERE id = ?", (story_id,)).fetchone()
    return None if row is None else decode_story(row[0])


@lru_cache(maxsize=1024)
def decode_story(brief: str) -> Story:
    """A stored brief's JSON as a Story; cached by text, so a brief read again costs a hash, not a parse."""
    return from_json(Story, brief)


def get_article(conn: sqlite3.Connection, article_id: str) -> Article | None:
    """One stored article, or None."""
    row = conn.execute("SELECT json, raw FROM articles WHERE id = ?", (article_id,)).fetchone()
    return None if row is None else replace(from_json(Article, row[0]), raw=row[1])


def story_articles(conn: sqlite3.Connection, story_id: str) -> list[Article]:
    """A story's member articles, oldest first."""
    rows = conn.execute(
        "SELECT a.json FROM story_articles m JOIN articles a ON a.id = m.article_id "
        "WHERE m.story_id = ? ORDER BY a.published, a.source",
        (story_id,),
    )
    return [from_json(Article, r[0]) for r in rows]


def has_pending(conn: sqlite3.Connection) -> bool:
    """Whether a finished add left some story's brief for the first read (its members are stamped)."""
    sql = "SELECT 1 FROM pending_members WHERE stamp IS NOT NULL LIMIT 1"
    return conn.execute(sql).fetchone() is not None


def pending_articles(conn: sqlite3.Connection, story_id: str) -> list[Article]:
    """Stored articles assigned to a story whose brief is not rebuilt yet, in arrival order."""
    rows = conn.execute(
        "SELECT a.json FROM pending_members p JOIN articles a ON a.id = p.article_id "
        "WHERE p.story_id = ? ORDER BY p.seq",
        (story_id,),
    )
    return [from_json(Article, r[0]) for r in rows]


def records(conn: sqlite3.Connection, article_ids: Sequence[str]) -> list[Record]:
    """The stored fingerprints (story engine records) of these articles, in the order given."""
    from warta.stories.records import record_from_json  # the story engine loads only where needed

    found: dict[str, Record] = {}
    sql = "SELECT article_id, record FROM fingerprints WHERE article_id IN ({marks})"
    for aid, text in rows_for(conn, sql, article_ids):
        found[str(aid)] = record_from_json(text)
    return [found[a] for a in article_ids if a in found]


def story_of(conn: sqlite3.Connection, article_id: str) -> str | None:
    """The story an article belongs to, or None."""
    row = conn.execute("SELECT story_id FROM story_articles WHERE article_id = ?", (article_id,)).fetchone()
    return None if row is None else str(row[0])


def count(conn: sqlite3.Connection, table: str) -> int:
    """Rows in one of the archive's tables."""
    if table not in {
        "articles",
        "stories",
        "story_articles",
        "pending_members",
        "fingerprints",
        "figures",
        "quotes",
        "entities",
    }:
        raise ValueError(f"not an archive table: {table}")
    return int(conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0])


def known_ids(conn: sqlite3.Connection, article_ids: Sequence[str]) -> set[str]:
    """Which of these article ids are already stored."""
    found: set[str] = set()
    for i in range(0, len(article_ids), 500):
        chunk = list(article_ids[i : i + 500])
        marks = ",".join("?" * len(chunk))
        found.update(r[0] for r in conn.execute(f"SELECT id FROM articles WHERE id IN ({marks})", chunk))
    return found


def iter_story_briefs(conn: sqlite3.Connection) -> Iterator[Story]:
    """Every stored story's brief, oldest story first."""
    for (brief,) in conn.execute("SELECT brief FROM stories ORDER BY rowid"):
        yield from_json(Story, brief)  # not cached: an export reads everything once


def get_state(conn: sqlite3.Connection, key: str) -> str | None:
    """A stored state value (e.g. the story index), or None."""
    row = conn.execute("SELECT value FROM state WHERE key = ?", (key,)).fetchone()
    return None if row is None else str(row[0])


def terms(conn: sqlite3.Connection, *, min_df: int, max_df: int) -> list[str]:
    """Vocabulary words found in between ``min_df`` and ``max_df`` articles, sorted."""
    rows = conn.execute("SELECT term FROM terms WHERE df BETWEEN ? AND ? ORDER BY term", (min_df, max_df))
    return [str(r[0]) for r in rows]
