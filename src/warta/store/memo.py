"""Values derived from the archive, kept in memory per connection and rebuilt when the archive changes.

A long-lived reader (the web server keeps one connection per thread) asks the same derived values of
every query: the story vectors as one matrix, the vocabulary by word length. :func:`remembered` keeps
such a value beside its connection, tagged with the connection's view of the database: SQLite's
``PRAGMA data_version`` (it changes whenever *another* connection commits) and the connection's own
``total_changes``. While both are unchanged the database is unchanged, so the value is reused;
otherwise it is built again. Nothing is guessed from timestamps or counts, so no write path needs to
know this cache exists.

Connections opened by :func:`warta.store.connection.connect` can hold a memo; a plain
``sqlite3.Connection`` cannot (it takes no weak reference), and for it every call simply builds.
"""

from __future__ import annotations

import sqlite3
import threading
import weakref
from collections.abc import Callable
from contextlib import suppress
from typing import TypeVar, cast

T = TypeVar("T")

_State = tuple[int, int]
_MEMO: weakref.WeakKeyDictionary[sqlite3.Connection, dict[str, tuple[_State, object]]] = (
    weakref.WeakKeyDictionary()
)
_LOCK = threading.Lock()
MAX_CONNECTIONS = 8
"""Connections that keep a memo at once; the one used longest ago drops its memo first. (A server's
threads each hold a connection, and at 10,000 articles the story vectors alone are about 15 MB.)"""
_RECENT: list[weakref.ref[sqlite3.Connection]] = []  # least recently used first
_SEEN = object()  # asked for once: the next call builds the value


class MemoConnection(sqlite3.Connection):
    """A ``sqlite3.Connection`` that can carry a memo (it takes weak references)."""


def state(conn: sqlite3.Connection) -> _State:
    """What the connection sees of the database: (data_version, total_changes)."""
    row = conn.execute("PRAGMA data_version").fetchone()
    return int(row[0]), int(conn.total_changes)


def remembered(
    conn: sqlite3.Connection, key: str, build: Callable[[], T], *, once: Callable[[], T] | None = None
) -> T:
    """``build()``, reused for ``conn`` and ``key`` until the database changes.

    ``once``: what to compute instead the first time ``conn`` asks for ``key`` (a smaller value that
    answers just this call), so a one-shot process such as ``warta search`` does not pay for a whole
    table; the memo is built from the second call on. Both must give the caller the same answers.
    """
    try:
        with _LOCK:
            slots = _MEMO.setdefault(conn, {})
            _touch(conn)
    except TypeError:  # a plain sqlite3.Connection: nothing to keep the memo with
        return build() if once is None else once()
    now = state(conn)  # taken before building: a change during the build only makes the next call rebuild
    hit = slots.get(key)
    if hit is not None and hit[0] == now and hit[1] is not _SEEN:
        return cast(T, hit[1])
    if hit is None and once is not None:
        slots[key] = (now, _SEEN)
        return once()
    value = build()
    slots[key] = (now, value)
    return value


def peek(conn: sqlite3.Connection, key: str) -> object | None:
    """The value :func:`remembered` keeps for ``conn`` and ``key`` while it is current, else None (builds nothing)."""
    try:
        with _LOCK:
            hit = _MEMO.get(conn, {}).get(key)
    except TypeError:  # a plain sqlite3.Connection keeps no memo
        return None
    if hit is None or hit[1] is _SEEN or hit[0] != state(conn):
        return None
    return hit[1]


def _touch(conn: sqlite3.Connection) -> None:
    """Mark ``conn`` most recently used; drop the memos beyond MAX_CONNECTIONS (hold _LOCK)."""
    _RECENT[:] = [r for r in _RECENT if r() is not None and r() is not conn]
    _RECENT.append(weakref.ref(conn))
    while len(_RECENT) > MAX_CONNECTIONS:
        old = _RECENT.pop(0)()
        if old is not None:
            _MEMO.pop(old, None)


def forget(conn: sqlite3.Connection) -> None:
    """Drop every value remembered for ``conn`` (e.g. before closing it)."""
    with _LOCK, suppress(TypeError):  # a plain sqlite3.Connection never holds one
        _MEMO.pop(conn, None)
