from __future__ import annotations

import sqlite3

from warta.store.batches import CHUNK, rows_for


def test_rows_for_many_keys_in_chunks_with_parameters_around_them() -> None:
    conn = sqlite3.connect(":memory:")
    conn.execute("CREATE TABLE t(k INTEGER, v TEXT)")
    conn.executemany(
        "INSERT INTO t VALUES (?, ?)", [(i, "a" if i % 2 else "b") for i in range(2 * CHUNK + 7)]
    )
    keys = list(range(2 * CHUNK + 7))  # three chunks
    sql = "SELECT k FROM t WHERE v = ? AND k IN ({marks}) AND k >= ?"
    got = sorted(r[0] for r in rows_for(conn, sql, keys, before=["a"], after=[10]))
    assert got == [i for i in keys if i % 2 and i >= 10]
    assert list(rows_for(conn, sql, [], before=["a"], after=[0])) == []
