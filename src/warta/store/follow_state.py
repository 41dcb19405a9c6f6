"""What ``warta follow`` remembers in the archive: pages seen, feed validators, per-source state.

>>> state = FollowState.open("warta.db")           # doctest: +SKIP
>>> state.unseen(["https://example.com/a"])        # doctest: +SKIP

Its own connection to the archive file (WAL lets it sit beside the archive's); every write is one
short ``BEGIN IMMEDIATE`` transaction, so a process killed mid-round loses at most the current item.
"""

from __future__ import annotations

import hashlib
import sqlite3
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType

from warta.store.batches import rows_for
from warta.store.connection import connect, prepare
from warta.store.write import now, transaction

# A page that failed this many times is given up on (recorded, never asked for again).
MAX_ATTEMPTS = 3


@dataclass(frozen=True)
class Validators:
    """A feed's conditional-GET validators from its last 200."""

    etag: str | None
    last_modified: str | None


@dataclass(frozen=True)
class Seen:
    """One page the follower reached and what came of it."""

    key: str
    url: str
    source: str
    status: str  # "stored" | "skipped" | "failed" | "copy"
    article_id: str | None = None
    reason: str | None = None


class FollowState:
    """Reads and writes the follow tables (migration 0002_follow.sql)."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self._conn = conn

    @classmethod
    def open(cls, path: str | Path) -> FollowState:
        """The follow state of the archive at ``path``, creating and migrating the archive if needed."""
        conn = connect(Path(path), readonly=False)
        prepare(conn, Path(path), readonly=False)
        return cls(conn)

    def close(self) -> None:
        """Close the connection."""
        self._conn.close()

    def __enter__(self) -> FollowState:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    def validators(self, url: str) -> Validators | None:
        """The ETag/Last-Modified saved for ``url``, or None."""
        row = self._conn.execute(
            "SELECT etag, last_modified FROM follow_http WHERE url = ?", (url,)
        ).fetchone()
        return None if row is None else Validators(row[0], row[1])

    def save_validators(self, url: str, *, etag: str | None, last_modified: str | None, status: int) -> None:
        """Remember a feed's validators (a 304 keeps the old ones)."""
        with transaction(self._conn):
            self._conn.execute(
                "INSERT INTO follow_http(url, etag, last_modified, status, checked_at) VALUES (?, ?, ?, ?, ?) "
                "ON CONFLICT(url) DO UPDATE SET etag = COALESCE(excluded.etag, etag), "
                "last_modified = COALESCE(excluded.last_modified, last_modified), "
                "status = excluded.status, checked_at = excluded.checked_at",
                (url, etag, last_modified, status, now()),
            )

    def unseen(self, keys: Sequence[str]) -> list[str]:
        """The keys not yet settled (never seen, or failed fewer than MAX_ATTEMPTS times), in order."""
        sql = "SELECT key FROM follow_seen WHERE key IN ({marks}) AND (status != 'failed' OR attempts >= ?)"
        settled = {str(r[0]) for r in rows_for(self._conn, sql, keys, after=[MAX_ATTEMPTS])}
        return [k for k in dict.fromkeys(keys) if k not in settled]

    def mark(self, seen: Iterable[Seen]) -> None:
        """Record pages as seen (a later result for the same key replaces an earlier failure)."""
        stamp = now()
        rows = [(s.key, s.url, s.source, s.status, s.article_id, s.reason, stamp, stamp) for s in seen]
        if not rows:
            return
        with transaction(self._conn):
            self._conn.executemany(
                "INSERT INTO follow_seen(key, url, source, status, article_id, reason, first_seen, last_seen) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(key) DO UPDATE SET "
                "status = excluded.status, article_id = excluded.article_id, reason = excluded.reason, "
                "attempts = attempts + 1, last_seen = excluded.last_seen",
                rows,
            )

    def source_polled(self, name: str, *, added: int, error: str | None) -> None:
        """Record one poll of a source: articles it added, and its error when it failed."""
        stamp = now()
        with transaction(self._conn):
            self._conn.execute(
                "INSERT INTO follow_sources(name, last_polled, last_ok, added, failures, last_error) "
                "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT(name) DO UPDATE SET "
                "last_polled = excluded.last_polled, last_ok = COALESCE(excluded.last_ok, last_ok), "
                "added = added + excluded.added, "
                "failures = CASE WHEN excluded.last_error IS NULL THEN 0 ELSE failures + 1 END, "
                "last_error = excluded.last_error",
                (name, stamp, None if error else stamp, added, 0 if error is None else 1, error),
            )

    def seen_count(self, *, status: str | None = None) -> int:
        """How many pages were seen (with ``status``, when given)."""
        if status is None:
            row = self._conn.execute("SELECT COUNT(*) FROM follow_seen").fetchone()
        else:
            row = self._conn.execute(
                "SELECT COUNT(*) FROM follow_seen WHERE status = ?", (status,)
            ).fetchone()
        return int(row[0])

    def fact_signatures(self) -> dict[str, str]:
        """Per story, a digest of its figures and quotes, to tell which stories' facts a round changed."""
        digests: dict[str, hashlib._Hash] = {}
        for sid, part in self._conn.execute(
            "SELECT story_id, measure || '|' || status || '|' || COALESCE(latest, '') FROM figures "
            "UNION ALL SELECT story_id, 'q|' || text FROM quotes ORDER BY 1, 2"
        ):
            digests.setdefault(str(sid), hashlib.sha256()).update(str(part).encode("utf-8") + b"\n")
        return {sid: d.hexdigest()[:16] for sid, d in digests.items()}
