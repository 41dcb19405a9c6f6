"""Opening the SQLite file: WAL, a busy timeout, foreign keys, migrations; one connection per thread."""

from __future__ import annotations

import os
import sqlite3
import threading
from pathlib import Path

from warta.errors import StoreError
from warta.store.memo import MemoConnection
from warta.store.migrate import migrate, migrations, schema_version

BUSY_TIMEOUT_MS = 30_000
DEFAULT_DB = "warta.db"


def default_path() -> Path:
    """``$WARTA_DB``, else ``warta.db`` in the working directory."""
    return Path(os.environ.get("WARTA_DB") or DEFAULT_DB)


def connect(path: Path, *, readonly: bool) -> sqlite3.Connection:
    """A configured autocommit connection (transactions are explicit: BEGIN IMMEDIATE for writes)."""
    try:
        if readonly:
            if not path.exists():
                raise StoreError(f"no archive at {path}; create it with `warta add PATH...` or pass --db")
            conn = sqlite3.connect(
                f"{path.resolve().as_uri()}?mode=ro",
                uri=True,
                isolation_level=None,
                check_same_thread=False,
                factory=MemoConnection,
            )
        else:
            path.parent.mkdir(parents=True, exist_ok=True)
            conn = sqlite3.connect(
                path, isolation_level=None, check_same_thread=False, factory=MemoConnection
            )
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS:d}")
        conn.execute("PRAGMA foreign_keys = ON")
        if not readonly:
            conn.execute("PRAGMA journal_mode = WAL")
            conn.execute("PRAGMA synchronous = NORMAL")
    except sqlite3.OperationalError as exc:
        raise StoreError(f"cannot open the archive {path}: {exc}; check the path and permissions") from exc
    except sqlite3.DatabaseError as exc:
        raise StoreError(f"{path} is not a warta archive ({exc}); pass another --db path") from exc
    return conn


def prepare(conn: sqlite3.Connection, path: Path, *, readonly: bool) -> None:
    """Bring the schema up to date (writable) or check it is (read-only)."""
    try:
        if not readonly:
            migrate(conn)
            return
        latest = migrations()[-1].number
        if schema_version(conn) < latest:
            raise StoreError(f"the archive {path} needs migrating; open it once writable (e.g. `warta add`)")
    except sqlite3.DatabaseError as exc:
        raise StoreError(f"{path} is not a warta archive ({exc}); pass another --db path") from exc


class Connections:
    """One connection per thread for reads, and one shared writer guarded by a lock."""

    def __init__(self, path: Path, *, readonly: bool) -> None:
        self.path = path
        self.readonly = readonly
        self.write_lock = threading.Lock()
        self._local = threading.local()
        self._all: list[sqlite3.Connection] = []
        self._all_lock = threading.Lock()
        first = connect(path, readonly=readonly)
        prepare(first, path, readonly=readonly)
        self._all.append(first)
        # The writer is its own connection, so a reader on the same thread never sees a half-done batch.
        self._writer: sqlite3.Connection | None = None if readonly else first
        if readonly:
            self._local.conn = first
        self._watch: sqlite3.Connection | None = None
        self._watch_lock = threading.Lock()

    def reader(self) -> sqlite3.Connection:
        """This thread's connection."""
        conn: sqlite3.Connection | None = getattr(self._local, "conn", None)
        if conn is None:
            conn = connect(self.path, readonly=self.readonly)
            self._local.conn = conn
            with self._all_lock:
                self._all.append(conn)
        return conn

    def generation(self) -> int:
        """A number that changes whenever anything is committed to the archive, by any connection or process.

        SQLite's ``PRAGMA data_version`` on a connection of its own that never writes: it changes
        whenever another connection commits. Read it *before* computing what it should tag, so a
        commit racing the computation only makes the tag stale, never the value.
        """
        with self._watch_lock:
            if self._watch is None:
                self._watch = connect(self.path, readonly=True)
                with self._all_lock:
                    self._all.append(self._watch)
            return int(self._watch.execute("PRAGMA data_version").fetchone()[0])

    def writer(self) -> sqlite3.Connection:
        """The one writing connection (hold ``write_lock`` while using it)."""
        if self._writer is None:
            raise StoreError(f"the archive {self.path} was opened read-only; open it without readonly to add")
        return self._writer

    def close(self) -> None:
        """Close every connection this object opened."""
        with self._all_lock:
            for conn in self._all:
                conn.close()
            self._all.clear()
        self._writer = None
        self._watch = None
        self._local = threading.local()
