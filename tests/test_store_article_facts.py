"""Per-article facts kept in the archive: exact round trip, versioned, extracted once, same briefs."""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from pathlib import Path

import pytest

from warta.api import sample_path
from warta.brief.build import build_story
from warta.codec import to_json
from warta.extract.facts import extract_facts
from warta.ingest import read as read_inputs
from warta.pipeline import analyze_all
from warta.store import article_facts, open_archive, read
from warta.stories.dedupe import find_duplicates
from warta.types import RawDocument


def _docs(seeds_dir: Path) -> list[RawDocument]:
    return [d for d in read_inputs([seeds_dir, sample_path()]) if isinstance(d, RawDocument)]


def _connect(db: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(db, isolation_level=None)
    conn.execute("PRAGMA foreign_keys = ON")
    return conn


def test_stored_facts_read_back_equal_to_fresh_extraction(seeds_dir: Path, tmp_path: Path) -> None:
    docs = _docs(seeds_dir)
    with open_archive(tmp_path / "a.db") as archive:
        archive.add_documents(docs, briefs=True)
    articles = analyze_all(docs).articles
    conn = _connect(tmp_path / "a.db")
    try:
        stored = article_facts.stored_facts(conn, [a.id for a in articles])
        assert set(stored) == {a.id for a in articles}  # every article's facts were kept by `add`
        for a in articles:
            fresh = extract_facts(a)
            assert stored[a.id] == fresh
            assert fresh.figures or fresh.entities or fresh.dates  # real content, not empty rows
    finally:
        conn.close()


def test_stored_briefs_equal_briefs_built_without_stored_facts(seeds_dir: Path, tmp_path: Path) -> None:
    docs = _docs(seeds_dir)
    db = tmp_path / "runs.db"
    for part in (docs[:4], docs[4:9], docs[9:]):  # stories grow over runs: later briefs read stored facts
        with open_archive(db) as archive:
            archive.add_documents(part, batch=2, briefs=True)
    conn = _connect(db)
    try:
        stories = [str(r[0]) for r in conn.execute("SELECT id FROM stories")]
        assert read.count(conn, "story_articles") > len(stories)  # some story has several members
        for sid in stories:
            members = read.story_articles(conn, sid)
            copies = find_duplicates(read.records(conn, [a.id for a in members]))
            fresh = replace(build_story(members, copies=copies), id=sid)  # every article extracted here
            stored = conn.execute("SELECT brief FROM stories WHERE id = ?", (sid,)).fetchone()[0]
            assert to_json(fresh, indent=None) == stored
    finally:
        conn.close()


def test_each_article_is_extracted_once_over_many_runs(
    seeds_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    docs = _docs(seeds_dir)
    seen: list[str] = []

    def counting(article):  # type: ignore[no-untyped-def]
        seen.append(article.id)
        return extract_facts(article)

    monkeypatch.setattr(article_facts, "extract_facts", counting)
    db = tmp_path / "each.db"
    for doc in docs:  # one `warta add --briefs` per article: every story is rebuilt as each member joins
        with open_archive(db) as archive:
            archive.add_documents([doc], briefs=True)
    with open_archive(db) as archive:
        assert archive.check() == []
        assert archive.count_articles() == len(seen) == len(set(seen))


def test_facts_of_another_extractor_version_are_not_read(seeds_dir: Path, tmp_path: Path) -> None:
    docs = _docs(seeds_dir)[:3]
    with open_archive(tmp_path / "v.db") as archive:
        archive.add_documents(docs)
    conn = _connect(tmp_path / "v.db")
    try:
        ids = [str(r[0]) for r in conn.execute("SELECT id FROM articles")]
        conn.execute("UPDATE article_facts SET version = 'an older extractor', facts = '{}'")
        assert article_facts.stored_facts(conn, ids) == {}
        members = [a for a in (read.get_article(conn, i) for i in ids) if a is not None]
        again = article_facts.facts_for(conn, members)  # extracted again and replaced
        assert again == {a.id: extract_facts(a) for a in members}
        assert article_facts.stored_facts(conn, ids) == again
    finally:
        conn.close()


def test_extractor_version_names_the_extractor_source() -> None:
    version = article_facts.extractor_version()
    assert len(version) == 20 and version == article_facts.extractor_version()
    names = {p.name for p in article_facts._sources()}
    assert {"facts.py", "figures.py", "dates.py", "quotes.py", "entities.py", "types.py"} <= names
