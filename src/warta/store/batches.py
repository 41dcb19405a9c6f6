"""Rows for many keys at once: ``… IN (?, ?, …)`` sent in chunks every SQLite build accepts."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator, Sequence
from typing import Any

CHUNK = 500  # keys per SELECT (SQLite's default limit on host parameters is 999 in old builds)


def rows_for(
    conn: sqlite3.Connection,
    sql: str,
    keys: Sequence[Any],
    *,
    before: Sequence[Any] = (),
    after: Sequence[Any] = (),
) -> Iterator[Any]:
    """The rows ``sql`` gives for ``keys``: its ``{marks}`` becomes one ``?`` per key of a chunk, and
    ``before``/``after`` are the parameters written before and after them in ``sql``."""
    for i in range(0, len(keys), CHUNK):
        part = list(keys[i : i + CHUNK])
        marks = ",".join("?" * len(part))
        yield from conn.execute(sql.format(marks=marks), [*before, *part, *after])
