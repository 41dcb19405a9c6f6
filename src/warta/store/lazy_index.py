"""The stored story index opened lazily: an ``add`` reads only the rows its new articles need.

``index_tables.load`` decodes the whole index (every article into a MinHash LSH, every live
centroid re-weighted), which grows with the archive. :func:`open_index` reads only the index's
counters and each live story's summary and embedding (the candidate matrix); the rest is read
when asked for and kept for the process: dedupe's candidates through the LSH bands table
(``index_bands``) and the credited-source columns, an article's story and verdict by id, a term's
document frequency, a candidate story's centroid. Articles added in this process live in memory,
as in :class:`warta.stories.cluster.StoryIndex`, and are saved by ``index_tables.save``.

The answers are those of the eagerly loaded index: a centroid read later is weighted with the
document frequencies of load time, as ``StoryIndex.restore`` weights every centroid, and dedupe
keeps a band match only when the signatures' band values are equal (the digest is a shortcut).
"""

from __future__ import annotations

import json
import math
import sqlite3
from collections.abc import Iterable, Iterator, Mapping
from typing import Any

import numpy as np
import numpy.typing as npt

from warta.store.batches import rows_for
from warta.store.index_tables import META_KEY, band_keys
from warta.stories.centroid import Centroid, DocFreq, Vector
from warta.stories.cluster import STATE_VERSION, ClusterOptions, StoryIndex
from warta.stories.dedupe import Copy, DedupeOptions, DuplicateIndex, Peer, WirePeer, band_ranges
from warta.stories.dedupe_direction import Stamp, stamp_of
from warta.stories.live import LiveStories, Summary
from warta.stories.records import record_from_json


class StoredDocFreq(DocFreq):
    """Document frequencies read per term from ``index_terms`` (and counted on in memory)."""

    def __init__(self, conn: sqlite3.Connection, docs: int) -> None:
        super().__init__(docs)
        self._conn = conn
        self.docs_at_load = docs
        self.at_load: dict[str, int] = {}  # a term's frequency at load time, once counted since

    def need(self, terms: Iterable[str]) -> None:
        """Read the frequencies of ``terms`` not read yet (one query per 500 terms)."""
        missing = list(dict.fromkeys(t for t in terms if t not in self.df))
        if not missing:
            return
        for term, df in rows_for(
            self._conn, "SELECT term, df FROM index_terms WHERE term IN ({marks})", missing
        ):
            self.df[str(term)] = int(df)
        for term in missing:
            self.df.setdefault(term, 0)

    def add(self, views: Mapping[str, Vector]) -> None:
        terms = {t for v in views.values() for t in v}
        self.need(terms)
        for t in terms:
            self.at_load.setdefault(t, self.df[t])
        super().add(views)

    def idf(self, term: str) -> float:
        if term not in self.df:
            self.need([term])
        return super().idf(term)

    def weigh(self, vec: Mapping[str, float]) -> Vector:
        self.need(vec)  # one query for the terms not read yet
        return super().weigh(vec)


class _AsOfLoad(DocFreq):
    """The IDF of load time (what an eagerly loaded index weighted every centroid with)."""

    def __init__(self, freq: StoredDocFreq) -> None:
        super().__init__(freq.docs_at_load)
        self._freq = freq
        self._idf: dict[str, float] = {}  # a term's load-time IDF never changes: computed once

    def idf(self, term: str) -> float:
        known = self._idf.get(term)
        if known is not None:
            return known
        df = self._freq.at_load.get(term)
        if df is None:  # not counted since load: its frequency now is the one of load time
            if term not in self._freq.df:
                self._freq.need([term])
            df = self._freq.df[term]
        self._idf[term] = value = math.log((self.docs + 1) / (df + 1)) + 1.0
        return value

    def weigh(self, vec: Mapping[str, float]) -> Vector:
        known, freq = self._idf, self._freq
        missing = [t for t in vec if t not in known]
        if missing:
            freq.need(t for t in missing if t not in freq.at_load)  # one query, not one per term
            idf = self.idf
            for t in missing:
                idf(t)
        return {t: w * known[t] for t, w in vec.items()}


class StoredDuplicates(DuplicateIndex):
    """Dedupe over the stored rows (up to ``upto``) plus the articles added in this process."""

    def __init__(self, conn: sqlite3.Connection, *, options: DedupeOptions, upto: int) -> None:
        super().__init__(options=options)
        self._conn = conn
        self._upto = upto
        self._ranges = band_ranges(self.options)
        self._stored: dict[str, Copy | None] = {}
        self._evidence_of: dict[str, tuple[Stamp, npt.NDArray[np.uint64] | None]] = {}

    def __contains__(self, article_id: str) -> bool:
        return self.get(article_id) is not None

    def get(self, article_id: str) -> Copy | None:
        if (mine := super().get(article_id)) is not None:
            return mine
        if article_id not in self._stored:
            row = self._conn.execute(
                "SELECT copy FROM index_articles WHERE article_id = ? AND seq <= ?", (article_id, self._upto)
            ).fetchone()
            self._stored[article_id] = None if row is None else Copy(**json.loads(row[0]))
        return self._stored[article_id]

    def _evidence(self, article_id: str) -> tuple[Stamp, npt.NDArray[np.uint64] | None]:
        """A stored article's stamp and signature, from its stored record (else its index row)."""
        if (known := self._evidence_of.get(article_id)) is not None:
            return known
        row = self._conn.execute(
            "SELECT record FROM fingerprints WHERE article_id = ?", (article_id,)
        ).fetchone()
        if row is not None:
            record = record_from_json(row[0])
            sig = np.asarray(record.minhash, dtype=np.uint64) if record.minhash else None
            found = (stamp_of(record), sig)
        else:
            found = (super()._stamp(article_id), None)
            index_row = self._conn.execute(
                "SELECT sig, words, wire, outlet, day FROM index_articles WHERE article_id = ?", (article_id,)
            ).fetchone()
            if index_row is not None:
                blob, words, wire, outlet, day = index_row
                stamp = Stamp(article_id, day, None, outlet, (wire,) if wire else (), int(words or 0))
                sig = None if blob is None else np.frombuffer(blob, dtype="<u8").astype(np.uint64)
                found = (stamp, sig)
        self._evidence_of[article_id] = found
        return found

    def _stamp(self, article_id: str) -> Stamp:
        if article_id in self._stamps:
            return super()._stamp(article_id)
        return self._evidence(article_id)[0]

    def _signature(self, article_id: str) -> npt.NDArray[np.uint64] | None:
        if article_id in self._stamps:
            return super()._signature(article_id)
        return self._evidence(article_id)[1]

    def _members_of(self, root: str) -> list[str]:
        # The stored copy column is JSON: LIKE narrows the scan, the parsed value decides.
        rows = self._conn.execute(
            "SELECT article_id, copy FROM index_articles WHERE seq <= ? AND copy LIKE ?",
            (self._upto, f'%"duplicate_of": {json.dumps(root, ensure_ascii=False)}%'),
        )
        stored = [
            str(aid)
            for aid, copy in rows
            if aid not in self._copies and json.loads(copy).get("duplicate_of") == root
        ]
        return list(dict.fromkeys([*stored, *super()._members_of(root)]))

    def _text_peers(self, sig: npt.NDArray[np.uint64]) -> Iterator[Peer]:
        yield from super()._text_peers(sig)
        keys = band_keys(sig, self._ranges)
        # One primary-key lookup per band (a row-value IN list would scan the table).
        bands = " UNION ".join("SELECT seq FROM index_bands WHERE band = ? AND key = ?" for _ in keys)
        rows = self._conn.execute(
            f"SELECT article_id, sig, words, day FROM index_articles WHERE seq <= ? AND seq IN ({bands})",
            [self._upto, *(v for pair in keys for v in pair)],
        )
        for aid, blob, words, day in rows:
            theirs = np.frombuffer(blob, dtype="<u8").astype(np.uint64)
            if any(np.array_equal(sig[s:e], theirs[s:e]) for s, e in self._ranges):
                yield str(aid), theirs, int(words), None if day is None else int(day)

    def _wire_peers(self, wire: str | None, outlet: str | None, day: int | None) -> Iterator[WirePeer]:
        yield from super()._wire_peers(wire, outlet, day)
        # Those outside the time window would be passed over: leave them in the table.
        window = "" if day is None else " AND (day IS NULL OR day BETWEEN ? AND ?)"
        span = [] if day is None else [day - self.options.max_days, day + self.options.max_days]
        asks = [("wire", wire), ("outlet", wire), ("wire", outlet)]
        seen: set[str] = set()
        for column, key in asks:
            if not key:
                continue
            rows = self._conn.execute(
                f"SELECT article_id, emb, day FROM index_articles WHERE {column} = ? AND emb IS NOT NULL "
                f"AND seq <= ?{window}",
                [key, self._upto, *span],
            )
            for aid, blob, their_day in rows:
                if aid not in seen:
                    seen.add(aid)
                    vec = np.frombuffer(blob, dtype="<f4").astype(np.float32)
                    yield str(aid), vec, None if their_day is None else int(their_day)

    def copies(self) -> dict[str, Copy]:
        rows = self._conn.execute(
            "SELECT copy FROM index_articles WHERE seq <= ? ORDER BY seq", (self._upto,)
        )
        stored = [Copy(**json.loads(c)) for (c,) in rows]
        return {**{c.id: c for c in stored}, **super().copies()}


class StoredStoryIndex(StoryIndex):
    """A :class:`StoryIndex` whose stored part stays in the archive until asked for."""

    def __init__(self, conn: sqlite3.Connection, scalars: Mapping[str, Any], *, upto: int) -> None:
        super().__init__(options=ClusterOptions(**scalars["options"]))
        self._conn = conn
        self._upto = upto
        self.duplicates = StoredDuplicates(
            conn, options=DedupeOptions(**scalars["dedupe_options"]), upto=upto
        )
        self._freq = self._stored_freq = StoredDocFreq(conn, int(scalars["docs"]))
        self._as_of_load = _AsOfLoad(self._stored_freq)
        self._live = LiveStories(load=self._centroid)
        self._next, self._tick, self._now = int(scalars["next"]), int(scalars["tick"]), scalars["now"]
        self._stored_story: dict[str, str | None] = {}
        # Every live story's summary and its row of the candidate matrix, in the order they started.
        # Up to max_live rows, read by every add: each row's unit embedding as unit() gives it
        # (np.linalg.norm of a vector is the square root of its dot product), without its call overhead.
        known, place = self._live.known, self._place
        for sid, last, touched, blob, first in conn.execute(
            "SELECT story_id, last, touched, embedding, first FROM index_live ORDER BY seq"
        ):
            emb = np.frombuffer(blob, dtype="<f8")
            known(str(sid), Summary(last, int(touched), bool(emb.size), first))
            n = float(np.sqrt(emb.dot(emb))) if emb.size else 0.0
            place(str(sid), emb / n if n > 0 else emb)

    def __len__(self) -> int:
        row = self._conn.execute(
            "SELECT count(*) FROM index_articles WHERE seq <= ?", (self._upto,)
        ).fetchone()
        return int(row[0]) + len(self._story_of)

    def story_of(self, article_id: str) -> str | None:
        if (mine := self._story_of.get(article_id)) is not None:
            return mine
        if article_id not in self._stored_story:
            row = self._conn.execute(
                "SELECT story_id FROM index_articles WHERE article_id = ? AND seq <= ?",
                (article_id, self._upto),
            ).fetchone()
            self._stored_story[article_id] = None if row is None else str(row[0])
        return self._stored_story[article_id]

    def stories(self) -> dict[str, list[str]]:
        groups: dict[str, list[str]] = {}
        rows = self._conn.execute(
            "SELECT article_id, story_id FROM index_articles WHERE seq <= ? ORDER BY seq", (self._upto,)
        )
        for article, story in [*rows, *self._story_of.items()]:
            groups.setdefault(str(story), []).append(str(article))
        return groups

    def _centroid(self, story_id: str) -> Centroid:
        row = self._conn.execute(
            "SELECT centroid, embedding FROM index_live WHERE story_id = ?", (story_id,)
        ).fetchone()
        if row is None:
            raise KeyError(story_id)
        d = json.loads(row[0])
        d["id"] = story_id
        d["embedding"] = np.frombuffer(row[1], dtype="<f8").astype(np.float64)
        centroid = Centroid.from_state(d)
        self._stored_freq.need(t for view in centroid.views.values() for t in view)
        centroid.refresh(self._as_of_load)
        return centroid

    def state(self) -> dict[str, Any]:
        raise NotImplementedError("a lazily opened index has no whole state; load it with index_tables.load")


def open_index(conn: sqlite3.Connection) -> tuple[StoredStoryIndex, int] | None:
    """The stored index, opened lazily, and its generation; None when none was saved.

    Raises KeyError, TypeError or ValueError for rows another version of the engine wrote.
    """
    row = conn.execute("SELECT value FROM state WHERE key = ?", (META_KEY,)).fetchone()
    if row is None:
        return None
    scalars = json.loads(row[0])
    if scalars.get("version") != STATE_VERSION:
        raise ValueError(f"story index state version {scalars.get('version')!r}")
    upto = conn.execute("SELECT coalesce(max(seq), 0) FROM index_articles").fetchone()[0]
    return StoredStoryIndex(conn, scalars, upto=int(upto)), int(scalars.get("generation", 0))
