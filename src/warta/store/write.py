"""Growing the archive: read → analyse → fingerprint → assign → store; briefs built later, once.

Each batch is one ``BEGIN IMMEDIATE`` transaction holding its articles, fingerprints, article
search rows, the story index rows it changed (``warta.store.index_tables``), the sentence vectors
it encoded (``warta.store.embeddings``) and each article's story as a *pending* membership,
stamped with the add's time when the add ends. An ``add`` builds no brief (unless ``briefs=True``):
:func:`write_pending` does, for every story with pending members, once, from the stored articles,
records and per-article facts (``warta.store.article_facts``: extracted the first time a brief
needs them, then read back), and moves its members to ``story_articles`` in the same transaction.
The archive calls it before its first read of stories (``warta.store.archive``), so a reader sees
the briefs an add that built them would have left, byte for byte, and a story followed over many
adds is briefed once per read rather than once per add. A process killed at any point leaves a
consistent archive (articles not yet in a story are simply not listed yet).
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import replace
from datetime import UTC, datetime
from itertools import islice

from warta.backends import Backend
from warta.codec import to_json
from warta.errors import StoreError
from warta.pipeline import analyze_all, article_id
from warta.store import read
from warta.store.assign import Assigner
from warta.store.batches import rows_for
from warta.store.connection import BUSY_TIMEOUT_MS
from warta.store.embeddings import ArchiveEmbeddings
from warta.store.searchindex import add_terms_many, article_words, index_articles, index_story
from warta.store.story_vectors import write_story_vector
from warta.store.views import AddResult
from warta.stories.dedupe import find_duplicates
from warta.stories.records import Record, build_records
from warta.text.embeddings import embedding_store
from warta.types import Article, RawDocument, Skipped, Story

Progress = Callable[[int, int], None]


@contextmanager
def transaction(conn: sqlite3.Connection) -> Iterator[None]:
    """One write transaction: BEGIN IMMEDIATE … COMMIT, rolled back on any error."""
    try:
        conn.execute("BEGIN IMMEDIATE")
    except sqlite3.OperationalError as exc:
        raise StoreError(
            f"the archive is locked by another writer ({exc}); try again when it finishes"
        ) from exc
    try:
        yield
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")


def now() -> str:
    """The current UTC time as an ISO timestamp (what ``updated_at`` holds)."""
    return datetime.now(UTC).isoformat(timespec="microseconds")


def _batches(items: Iterable[RawDocument | Skipped], size: int) -> Iterator[list[RawDocument | Skipped]]:
    it = iter(items)
    while chunk := list(islice(it, max(1, size))):
        yield chunk


def add_documents(
    conn: sqlite3.Connection,
    items: Iterable[RawDocument | Skipped],
    *,
    backend: Backend | str = "local",
    batch: int = 200,
    progress: Progress | None = None,
    briefs: bool = False,
) -> AddResult:
    """Store every new document (by content-derived id) and assign stories; their briefs are pending.

    With ``briefs=True`` every pending brief is also built now (:func:`write_pending`).
    """
    # Vectors stored by earlier runs are reused; the ones encoded here are written with each batch.
    with embedding_store(ArchiveEmbeddings(conn)) as vectors:
        result = _add(conn, items, backend=backend, batch=batch, progress=progress, vectors=vectors)
        if briefs:
            write_pending(conn, vectors=vectors)
    return result


def build_briefs(
    conn: sqlite3.Connection, *, reading: bool = False, progress: Progress | None = None
) -> list[str]:
    """Build the pending briefs; the stories written, in arrival order.

    ``reading``: what a read does first. It builds only the stories of finished adds (an add stamps
    its pending members when it ends), one story per transaction, and gives up at once, raising
    :class:`StoreError`, when another connection holds the write lock, so that a reader never waits
    for a running add nor holds one up for longer than one brief. ``progress`` is called with (stories
    built, stories pending).
    """
    if reading:
        conn.execute("PRAGMA busy_timeout = 0")
    try:
        with embedding_store(ArchiveEmbeddings(conn)) as vectors:
            chunk = 1 if reading else 50
            return write_pending(
                conn, chunk=chunk, vectors=vectors, finished_only=reading, progress=progress
            )[0]
    finally:
        if reading:
            conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS:d}")


def _add(
    conn: sqlite3.Connection,
    items: Iterable[RawDocument | Skipped],
    *,
    backend: Backend | str,
    batch: int,
    progress: Progress | None,
    vectors: ArchiveEmbeddings,
) -> AddResult:
    assigner: Assigner | None = None
    added = unchanged = seen = 0
    skipped: list[Skipped] = []
    touched: dict[str, None] = {}
    waiting = {str(r[0]) for r in conn.execute("SELECT DISTINCT story_id FROM pending_members")}
    for chunk in _batches(items, batch):
        docs: list[RawDocument] = []
        for item in chunk:
            (skipped if isinstance(item, Skipped) else docs).append(item)  # type: ignore[arg-type]
        seen += len(docs)
        fresh = _fresh(conn, docs)
        unchanged += len(docs) - len(fresh)
        if fresh:
            articles = analyze_all(fresh, backend=backend).articles
            records = list(build_records(articles, backend=backend))
            if assigner is None:
                assigner = Assigner(conn)
            touched.update(dict.fromkeys(_store_batch(conn, assigner, articles, records, vectors=vectors)))
            added += len(articles)
        if progress is not None:
            progress(seen, seen)
    stored: dict[str, object] = {}
    if touched or conn.execute("SELECT 1 FROM pending_members WHERE stamp IS NULL LIMIT 1").fetchone():
        # The add's time, given to the briefs it leaves pending (and to what a killed add left).
        with transaction(conn):
            conn.execute("UPDATE pending_members SET stamp = ? WHERE stamp IS NULL", (now(),))
            stored = dict(read.story_rows(conn, list(touched)))
    return AddResult(
        added=added,
        unchanged=unchanged,
        skipped=tuple(skipped),
        stories_touched=tuple(touched),
        new_stories=tuple(s for s in touched if s not in stored and s not in waiting),
    )


def _fresh(conn: sqlite3.Connection, docs: Sequence[RawDocument]) -> list[RawDocument]:
    """Documents whose article is not stored yet, each id once."""
    ids = [article_id(d) for d in docs]
    known = read.known_ids(conn, ids)
    out: dict[str, RawDocument] = {}
    for aid, doc in zip(ids, docs, strict=True):
        if aid not in known and aid not in out:
            out[aid] = doc
    return list(out.values())


def _store_batch(
    conn: sqlite3.Connection,
    assigner: Assigner,
    articles: Sequence[Article],
    records: Sequence[Record],
    *,
    vectors: ArchiveEmbeddings | None = None,
) -> list[str]:
    """Write one batch in one transaction; returns the stories it touched (their briefs are pending)."""
    stamp = now()
    with transaction(conn):
        known = read.known_ids(conn, [a.id for a in articles])  # another process may have won the race
        pairs = [(a, r) for a, r in zip(articles, records, strict=True) if a.id not in known]
        if not pairs:
            return []
        assigner.refresh()  # ...or saved the story index since this one was loaded
        assignment = assigner.assign([r for _, r in pairs])
        insert_articles(conn, pairs, stamp)
        conn.executemany(
            "INSERT INTO pending_members(article_id, story_id) VALUES (?, ?)",
            [(a.id, assignment[a.id]) for a, _ in pairs],
        )
        assigner.save()
        if vectors is not None:
            vectors.flush()
    return list(dict.fromkeys(assignment.values()))


def write_pending(
    conn: sqlite3.Connection,
    *,
    chunk: int = 50,
    vectors: ArchiveEmbeddings | None = None,
    finished_only: bool = False,
    progress: Progress | None = None,
) -> tuple[list[str], list[str]]:
    """Rebuild the brief of every story with pending members, ``chunk`` stories per transaction.

    The sentence vectors the briefs encoded are stored with them (``vectors``). ``finished_only``:
    only stories whose pending members are all stamped (an add still running has not stamped its own).

    Returns (stories written, stories created), in order of their first pending article.
    """
    order: list[str] = []
    stamps: dict[str, str] = {}
    having = "HAVING count(stamp) = count(*) " if finished_only else ""
    for sid, stamp in conn.execute(
        f"SELECT story_id, max(stamp) FROM pending_members GROUP BY story_id {having}ORDER BY min(seq)"
    ):
        order.append(str(sid))
        if stamp is not None:
            stamps[str(sid)] = str(stamp)
    if not order:
        return [], []
    # The brief engine loads only when a brief is built: an `add` builds none.
    from warta.brief.build import build_story
    from warta.store.article_facts import facts_for

    fallback = now()  # members a killed add left unstamped
    created: list[str] = []
    built = 0
    for i in range(0, len(order), chunk):
        part = order[i : i + chunk]
        with transaction(conn):
            existing = read.story_rows(conn, part)
            for sid in part:
                joining = read.pending_articles(conn, sid)
                members = [*read.story_articles(conn, sid), *joining]
                records = read.records(conn, [a.id for a in members])
                copies = find_duplicates(records)
                facts = facts_for(conn, members)  # stored once per article, read back by later rebuilds
                story = replace(build_story(members, copies=copies, article_facts=facts), id=sid)
                write_story(conn, story, stamp=stamps.get(sid, fallback), is_new=sid not in existing)
                add_members(conn, sid, [a.id for a in joining])
                write_story_vector(conn, sid, leads=[r.embedding for r in records])
                conn.execute("DELETE FROM pending_members WHERE story_id = ?", (sid,))
                if sid not in existing:
                    created.append(sid)
                built += 1
                if progress is not None:
                    progress(built, len(order))
            if vectors is not None:
                vectors.flush()
    return order, created


def insert_article(conn: sqlite3.Connection, article: Article, record: Record, stamp: str) -> None:
    """Insert one article, its fingerprint and its full-text row (inside the caller's transaction)."""
    insert_articles(conn, [(article, record)], stamp)


def insert_articles(conn: sqlite3.Connection, pairs: Sequence[tuple[Article, Record]], stamp: str) -> None:
    """:func:`insert_article` for each pair in order, in one statement per table (the same rows, the
    same rowids), their words counted in the vocabulary at once."""
    if not pairs:
        return
    conn.executemany(
        "INSERT INTO articles(id, source, title, url, outlet, published, language, text, raw, json, "
        "added_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [
            (
                a.id,
                a.source,
                a.title,
                a.url,
                a.outlet,
                a.published,
                a.language,
                a.text,
                a.raw,
                to_json(replace(a, raw=""), indent=None),
                stamp,
            )
            for a, _ in pairs
        ],
    )
    conn.executemany(
        "INSERT INTO fingerprints(article_id, record) VALUES (?, ?)",
        [(a.id, to_json(r, indent=None)) for a, r in pairs],
    )
    ids = [a.id for a, _ in pairs]
    rowids = {
        str(i): int(n) for i, n in rows_for(conn, "SELECT id, rowid FROM articles WHERE id IN ({marks})", ids)
    }
    index_articles(conn, [(rowids[a.id], a) for a, _ in pairs])
    add_terms_many(conn, [article_words(a) for a, _ in pairs])


def add_members(conn: sqlite3.Connection, story_id: str, article_ids: Sequence[str]) -> None:
    """Make stored articles members of a stored story (inside the caller's transaction)."""
    conn.executemany(
        "INSERT INTO story_articles(article_id, story_id) VALUES (?, ?)", [(a, story_id) for a in article_ids]
    )


def write_story(conn: sqlite3.Connection, story: Story, *, stamp: str, is_new: bool) -> None:
    """Insert or replace a story's row, brief and fact rows (inside the caller's transaction)."""
    values = (
        story.title,
        story.first_published,
        story.last_published,
        json.dumps(list(story.outlets), ensure_ascii=False),
        len(story.articles),
        story.independent_sources,
        stamp,
        to_json(story, indent=None),
    )
    if is_new:
        conn.execute(
            "INSERT INTO stories(title, first_published, last_published, outlets, article_count, "
            "independent_sources, updated_at, brief, id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (*values, story.id),
        )
    else:
        conn.execute(
            "UPDATE stories SET title = ?, first_published = ?, last_published = ?, outlets = ?, "
            "article_count = ?, independent_sources = ?, updated_at = ?, brief = ? WHERE id = ?",
            (*values, story.id),
        )
    for table in ("figures", "quotes", "entities"):
        conn.execute(f"DELETE FROM {table} WHERE story_id = ?", (story.id,))
    for g in story.figures:
        latest = max(g.values, key=lambda v: (v.as_of or "", v.start)).text if g.values else None
        conn.execute(
            "INSERT INTO figures(story_id, measure, status, unit, role, latest, json) "
            "VALUES (?, ?, ?, ?, ?, ?, ?)",
            (story.id, g.measure, g.status, g.unit, g.role, latest, to_json(g, indent=None)),
        )
    for q in story.quotes:
        conn.execute(
            "INSERT INTO quotes(story_id, speaker, text, json) VALUES (?, ?, ?, ?)",
            (story.id, q.speaker, q.text, to_json(q, indent=None)),
        )
    for e in story.entities:
        conn.execute(
            "INSERT INTO entities(story_id, name, type, aliases) VALUES (?, ?, ?, ?)",
            (story.id, e.name, e.type, json.dumps(list(e.aliases), ensure_ascii=False)),
        )
    index_story(conn, story)
