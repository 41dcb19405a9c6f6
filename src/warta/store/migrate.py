"""Numbered schema migrations (``migrations/NNNN_name.sql``), applied in order on open.

The schema version is SQLite's ``user_version``; each file runs in its own transaction together
with the version bump (and the migration's Python step, if :func:`post_steps` has one), so a crash
mid-migration leaves the previous version intact.
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from importlib.resources import files

from warta.errors import StoreError

_NAME = re.compile(r"^(\d{4})_[\w-]+\.sql$")


@dataclass(frozen=True)
class Migration:
    """One numbered SQL file."""

    number: int
    name: str
    sql: str


def migrations() -> list[Migration]:
    """Every migration shipped with warta, by number."""
    found = []
    for entry in files("warta.store").joinpath("migrations").iterdir():
        m = _NAME.match(entry.name)
        if m:
            found.append(Migration(int(m.group(1)), entry.name, entry.read_text(encoding="utf-8")))
    found.sort(key=lambda x: x.number)
    numbers = [x.number for x in found]
    if len(set(numbers)) != len(numbers):
        raise StoreError(f"two migrations share a number in {numbers}; renumber the newer file")
    return found


def statements(sql: str) -> list[str]:
    """Split a SQL script into complete statements (trigger bodies stay whole)."""
    out: list[str] = []
    buf = ""
    for line in sql.splitlines(keepends=True):
        buf += line
        if sqlite3.complete_statement(buf):
            if buf.strip().rstrip(";").strip():
                out.append(buf.strip())
            buf = ""
    if buf.strip() and not all(s.strip().startswith("--") for s in buf.strip().splitlines()):
        raise StoreError(f"incomplete SQL statement at the end of a migration: {buf.strip()[:80]!r}")
    return out


def _story_index_rows(conn: sqlite3.Connection) -> None:
    # The story engine loads only when needed.
    from warta.store.index_tables import backfill_lazy_columns

    backfill_lazy_columns(conn)


def _story_index_state(conn: sqlite3.Connection) -> None:
    # Run after the last migration that adds a column of the index's tables (0011, not 0005 or 0007),
    # so an index moved out of its old JSON value is written with every column and band the lazy
    # index reads.
    from warta.store.index_tables import import_json_state

    import_json_state(conn)


def _search_tables(conn: sqlite3.Connection) -> None:
    from warta.store.searchindex import backfill_numbers, backfill_summaries
    from warta.store.story_vectors import backfill_story_vectors

    backfill_numbers(conn)
    backfill_summaries(conn)
    backfill_story_vectors(conn)


def post_steps() -> dict[int, Callable[[sqlite3.Connection], None]]:
    """Python steps run right after a migration's SQL, inside its transaction (back-fills)."""
    return {4: _search_tables, 7: _story_index_rows, 11: _story_index_state}


def schema_version(conn: sqlite3.Connection) -> int:
    """The archive's schema version (0 for a new file)."""
    row = conn.execute("PRAGMA user_version").fetchone()
    return int(row[0])


def migrate(conn: sqlite3.Connection) -> int:
    """Apply pending migrations on an autocommit connection; returns the resulting version."""
    known = migrations()
    latest = known[-1].number if known else 0
    current = schema_version(conn)
    if current > latest:
        raise StoreError(
            f"the archive has schema version {current}, newer than this warta knows ({latest}); upgrade warta"
        )
    steps = post_steps()
    for mig in known:
        if mig.number <= schema_version(conn):
            continue
        conn.execute("BEGIN IMMEDIATE")
        try:
            # Another process may have migrated while we waited for the write lock.
            if schema_version(conn) < mig.number:
                for stmt in statements(mig.sql):
                    conn.execute(stmt)
                if (step := steps.get(mig.number)) is not None:
                    step(conn)
                conn.execute(f"PRAGMA user_version = {mig.number:d}")
            conn.execute("COMMIT")
        except BaseException as exc:  # a failed back-fill step must not leave a half-applied migration
            conn.execute("ROLLBACK")
            if isinstance(exc, sqlite3.Error):
                raise StoreError(f"migration {mig.name} failed: {exc}; the archive is unchanged") from exc
            raise
    return schema_version(conn)
