"""Numbered migrations applied on open; WAL; clear errors for files that are not (current) archives."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from warta.errors import StoreError
from warta.store import Archive, open_archive
from warta.store.migrate import migrations, schema_version, statements

TABLES = {
    "articles",
    "fingerprints",
    "stories",
    "story_articles",
    "figures",
    "quotes",
    "entities",
    "aliases",
    "terms",
    "term_grams",
    "article_fts",
    "story_fts",
    "state",
}


def test_migrations_are_numbered_in_order_from_one() -> None:
    numbers = [m.number for m in migrations()]
    assert numbers[0] == 1
    assert numbers == sorted(set(numbers))


def test_open_creates_every_table_in_wal_mode(tmp_path: Path) -> None:
    with open_archive(tmp_path / "w.db") as archive:
        assert archive.count_articles() == 0 and archive.stories() == []
    conn = sqlite3.connect(tmp_path / "w.db")
    names = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
    assert names >= TABLES
    assert schema_version(conn) == migrations()[-1].number
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_reopening_applies_nothing_twice(tmp_path: Path) -> None:
    for _ in range(3):
        Archive.open(tmp_path / "w.db").close()
    conn = sqlite3.connect(tmp_path / "w.db")
    assert schema_version(conn) == migrations()[-1].number


def test_default_path_comes_from_the_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("WARTA_DB", str(tmp_path / "env.db"))
    with open_archive() as archive:
        assert archive.path == tmp_path / "env.db"
    assert (tmp_path / "env.db").exists()


def test_newer_schema_is_refused(tmp_path: Path) -> None:
    Archive.open(tmp_path / "w.db").close()
    conn = sqlite3.connect(tmp_path / "w.db")
    conn.execute("PRAGMA user_version = 999")
    conn.close()
    with pytest.raises(StoreError, match="upgrade warta"):
        Archive.open(tmp_path / "w.db")


@pytest.mark.parametrize("content", [b"not a database at all" * 100, b"\x00" * 4096])
def test_a_file_that_is_not_an_archive_is_refused(tmp_path: Path, content: bytes) -> None:
    (tmp_path / "x.db").write_bytes(content)
    with pytest.raises(StoreError, match="--db"):
        Archive.open(tmp_path / "x.db")


def test_readonly_needs_an_existing_archive(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="warta add"):
        Archive.open(tmp_path / "missing.db", readonly=True)


def test_readonly_archive_refuses_to_add(tmp_path: Path) -> None:
    Archive.open(tmp_path / "w.db").close()
    with (
        Archive.open(tmp_path / "w.db", readonly=True) as archive,
        pytest.raises(StoreError, match="read-only"),
    ):
        archive.add_documents([])


@pytest.mark.parametrize(
    ("sql", "count"),
    [
        ("CREATE TABLE a (x);\nCREATE TABLE b (y);\n", 2),
        ("-- a comment only\n", 0),
        (
            "CREATE TABLE t (x);\nCREATE TRIGGER tr AFTER INSERT ON t BEGIN\n"
            "  UPDATE t SET x = 1;\n  UPDATE t SET x = 2;\nEND;\n",
            2,
        ),
        ("INSERT INTO t VALUES ('a;b');\n", 1),
    ],
)
def test_statements_split_scripts(sql: str, count: int) -> None:
    assert len(statements(sql)) == count


def test_incomplete_statement_is_an_error() -> None:
    with pytest.raises(StoreError, match="incomplete"):
        statements("CREATE TABLE a (x")
