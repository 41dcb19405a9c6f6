"""The story index (``warta.stories.cluster.StoryIndex``) kept in SQLite tables, row by row.

One row per article (its story, dedupe's verdict, signature and wire vector), per live story
(its centroid) and per term (its document frequency), plus one small JSON value of counters:
a batch writes only the rows it changed, so saving costs what the batch added, not the archive's
size (it was one JSON value of the whole index, rewritten every batch). Tables from migration 0005;
0007 added each live story's ``last``/``touched`` and the dedupe LSH's bands (``index_bands``), so
``warta.store.lazy_index`` can open the index without decoding it.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
from collections.abc import Sequence
from dataclasses import asdict
from typing import Any

import numpy as np
import numpy.typing as npt

from warta.stories.centroid import Centroid
from warta.stories.cluster import StoryIndex
from warta.stories.dedupe import Copy, DedupeOptions, DuplicateIndex, Remembered, band_ranges
from warta.stories.dedupe_direction import stamp_of
from warta.stories.records import record_from_json

META_KEY = "story_index_meta"
OLD_STATE_KEY = "story_index"  # the whole index as one JSON value (schema 4 and before)


def _blob(values: Any, dtype: str) -> bytes | None:
    """Numbers as little-endian bytes (``dtype`` like ``"<f8"``), None for None."""
    return None if values is None else np.asarray(values).astype(dtype).tobytes()


def band_keys(sig: npt.NDArray[np.uint64], ranges: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """(band, key) of each LSH band of a signature: key is a signed 64-bit digest of the band's values."""
    out = []
    for band, (start, end) in enumerate(ranges):
        digest = hashlib.blake2b(sig[start:end].astype("<u8").tobytes(), digest_size=8).digest()
        out.append((band, int.from_bytes(digest, "little", signed=True)))
    return out


def dedupe_options(conn: sqlite3.Connection) -> DedupeOptions:
    """The stored index's dedupe options (the defaults when none is stored)."""
    row = conn.execute("SELECT value FROM state WHERE key = ?", (META_KEY,)).fetchone()
    return DedupeOptions(**json.loads(row[0])["dedupe_options"]) if row else DedupeOptions()


def generation(conn: sqlite3.Connection) -> int:
    """How many times the stored index was saved (0: never); another writer's save changes it."""
    row = conn.execute("SELECT value FROM state WHERE key = ?", (META_KEY,)).fetchone()
    return int(json.loads(row[0]).get("generation", 0)) if row else 0


def load(conn: sqlite3.Connection) -> tuple[StoryIndex, int] | None:
    """The stored index and its generation, or None when none was saved."""
    row = conn.execute("SELECT value FROM state WHERE key = ?", (META_KEY,)).fetchone()
    if row is None:
        return None
    scalars = json.loads(row[0])
    remembered = []
    story_of = []
    for aid, sid, copy, sig, words, emb, wire, outlet, day, record in conn.execute(
        "SELECT i.article_id, story_id, copy, sig, words, emb, wire, outlet, day, f.record "
        "FROM index_articles i LEFT JOIN fingerprints f ON f.article_id = i.article_id ORDER BY seq"
    ):
        story_of.append((str(aid), str(sid)))
        remembered.append(
            Remembered(
                copy=Copy(**json.loads(copy)),
                sig=None if sig is None else np.frombuffer(sig, dtype="<u8").astype(np.uint64),
                words=None if words is None else int(words),
                emb=None if emb is None else np.frombuffer(emb, dtype="<f4").astype(np.float32),
                wire=wire,
                outlet=outlet,
                day=None if day is None else int(day),
                stamp=None if record is None else stamp_of(record_from_json(record)),
            )
        )
    duplicates = DuplicateIndex.from_remembered(
        remembered, options=DedupeOptions(**scalars["dedupe_options"])
    )
    df = {str(t): int(n) for t, n in conn.execute("SELECT term, df FROM index_terms")}
    live = []
    for sid, centroid, emb in conn.execute(
        "SELECT story_id, centroid, embedding FROM index_live ORDER BY seq"
    ):
        d = json.loads(centroid)
        d["id"] = sid
        d["embedding"] = np.frombuffer(emb, dtype="<f8").astype(np.float64)
        live.append(Centroid.from_state(d))
    index = StoryIndex.restore(scalars, duplicates=duplicates, df=df, story_of=story_of, live=live)
    return index, int(scalars.get("generation", 0))


def save(conn: sqlite3.Connection, index: StoryIndex, *, generation: int, everything: bool = False) -> None:
    """Write what changed in ``index`` since its last save (inside the caller's transaction)."""
    changes = index.changes(everything=everything)
    meta = json.dumps({**changes.scalars, "generation": generation}, ensure_ascii=False)
    conn.execute(
        "INSERT INTO state(key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
        (META_KEY, meta),
    )
    conn.executemany(
        "INSERT INTO index_terms(term, df) VALUES (?, ?) ON CONFLICT(term) DO UPDATE SET df = excluded.df",
        changes.df.items(),
    )
    ranges = band_ranges(index.duplicates.options)
    bands = []
    for aid, sid in changes.articles:
        r = index.duplicates.remembered(aid)
        copy = json.dumps(asdict(r.copy), ensure_ascii=False)
        cur = conn.execute(
            "INSERT INTO index_articles(article_id, story_id, copy, sig, words, emb, wire, outlet, day) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (aid, sid, copy, _blob(r.sig, "<u8"), r.words, _blob(r.emb, "<f4"), r.wire, r.outlet, r.day),
        )
        if r.sig is not None and r.words is not None:
            bands += [(b, k, cur.lastrowid) for b, k in band_keys(r.sig, ranges)]
    conn.executemany("INSERT OR IGNORE INTO index_bands(band, key, seq) VALUES (?, ?, ?)", bands)
    # Verdicts of earlier articles an original arriving late took over (same JSON as a new row's).
    conn.executemany(
        "UPDATE index_articles SET copy = ? WHERE article_id = ?",
        [(json.dumps(asdict(c), ensure_ascii=False), c.id) for c in changes.recopied],
    )
    for c in changes.live:
        d = c.to_state()
        del d["id"], d["embedding"]
        conn.execute(
            "INSERT INTO index_live(story_id, centroid, embedding, last, touched, first) "
            "VALUES (?, ?, ?, ?, ?, ?) "
            "ON CONFLICT(story_id) DO UPDATE SET centroid = excluded.centroid, "
            "embedding = excluded.embedding, last = excluded.last, touched = excluded.touched, "
            "first = excluded.first",
            (c.id, json.dumps(d, ensure_ascii=False), _blob(c.embedding, "<f8"), c.last, c.touched, c.first),
        )
    conn.executemany("DELETE FROM index_live WHERE story_id = ?", [(sid,) for sid in changes.retired])


def clear(conn: sqlite3.Connection) -> None:
    """Delete the stored index (before saving a rebuilt one whole)."""
    for table in ("index_articles", "index_live", "index_terms", "index_bands"):
        conn.execute(f"DELETE FROM {table}")
    conn.execute("DELETE FROM state WHERE key IN (?, ?)", (META_KEY, OLD_STATE_KEY))


def backfill_lazy_columns(conn: sqlite3.Connection) -> None:
    """Fill migration 0007's bands and live-story columns from the rows already stored (its step)."""
    ranges = band_ranges(dedupe_options(conn))
    rows = conn.execute("SELECT seq, sig FROM index_articles WHERE sig IS NOT NULL AND words IS NOT NULL")
    conn.executemany(
        "INSERT OR IGNORE INTO index_bands(band, key, seq) VALUES (?, ?, ?)",
        (
            (band, key, seq)
            for seq, sig in rows.fetchall()
            for band, key in band_keys(np.frombuffer(sig, dtype="<u8"), ranges)
        ),
    )
    live = conn.execute("SELECT story_id, centroid FROM index_live").fetchall()
    conn.executemany(
        "UPDATE index_live SET last = ?, touched = ? WHERE story_id = ?",
        [(d["last"], int(d["touched"]), sid) for sid, d in ((s, json.loads(c)) for s, c in live)],
    )


def import_json_state(conn: sqlite3.Connection) -> None:
    """Move an index saved as one JSON value (before schema 5) into the tables (a migration step)."""
    row = conn.execute("SELECT value FROM state WHERE key = ?", (OLD_STATE_KEY,)).fetchone()
    if row is None:
        return
    try:
        index = StoryIndex.from_state(json.loads(row[0]))
    except (KeyError, TypeError, ValueError):
        return  # another engine's state: the Assigner rebuilds the index from the stored records
    save(conn, index, generation=1, everything=True)
    conn.execute("DELETE FROM state WHERE key = ?", (OLD_STATE_KEY,))
