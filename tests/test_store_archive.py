"""The archive on real articles: the seeds and the sample stored, re-added, exported, shown, searched."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from warta.api import sample_path
from warta.cli import main
from warta.codec import from_json
from warta.store import AddResult, Archive, open_archive
from warta.types import Story


@pytest.fixture(scope="module")
def stored(seeds_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Archive, AddResult]]:
    path = Path(tmp_path_factory.mktemp("archive")) / "warta.db"
    with open_archive(path) as archive:
        first = archive.add([seeds_dir, sample_path()])
        yield archive, first


def _sources(story: Story) -> set[str]:
    return {Path(a.source).name for a in story.articles}


def test_everything_is_stored_once_and_whole(stored: tuple[Archive, AddResult]) -> None:
    archive, first = stored
    assert first.added == 16 and first.unchanged == 0 and not first.skipped
    assert archive.count_articles() == 16
    assert set(first.new_stories) == {row.id for row in archive.stories(limit=100)}
    assert archive.check() == []


def test_adding_the_same_files_again_changes_nothing(
    stored: tuple[Archive, AddResult], seeds_dir: Path
) -> None:
    archive, _ = stored
    before = [(r.id, r.updated_at, r.article_count) for r in archive.stories(limit=100)]
    again = archive.add([seeds_dir, sample_path()])
    assert (again.added, again.unchanged, again.stories_touched) == (0, 16, ())
    assert [(r.id, r.updated_at, r.article_count) for r in archive.stories(limit=100)] == before


def test_stored_brief_round_trips(stored: tuple[Archive, AddResult]) -> None:
    archive, _ = stored
    for row in archive.stories(limit=100):
        story = archive.story(row.id)
        assert story is not None and story.id == row.id and len(story.articles) == row.article_count
        for item in story.articles:
            article = archive.article(item.id)
            assert article is not None and article.text == item.text and article.raw
            assert archive.story_of(item.id) == row.id


def test_sample_stories_keep_their_articles_together(stored: tuple[Archive, AddResult]) -> None:
    archive, _ = stored
    hit = archive.search("kebakaran pasar Sumberwangi", limit=1)[0]
    assert hit.brief is not None
    assert {
        "009_sinar-pesisir-kebakaran-pasar-sumberwangi.txt",
        "010_lembayungnews-kebakaran-pasar-sumberwangi.txt",
    } <= _sources(hit.brief)


@pytest.mark.parametrize("query", ["Kazakhstan", "Kazakstan", "Tokayev", "Tokaev", "Nursultan"])
def test_seed_queries_find_the_seeds_first(stored: tuple[Archive, AddResult], query: str) -> None:
    archive, _ = stored
    hits = archive.search(query)
    assert hits and hits[0].brief is not None
    assert all(
        name[:3] in {"000", "001", "002", "003", "004"} and len(name) == 24
        for name in _sources(hits[0].brief)
    )


def test_cli_search_show_and_export(
    stored: tuple[Archive, AddResult], capsys: pytest.CaptureFixture[str]
) -> None:
    archive, _ = stored
    db = str(archive.path)
    assert main(["search", "Kazakhstan", "--db", db, "--limit", "3"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("1. ") and "Kazakhstan" in out and "   - " in out
    sid = archive.search("Kazakhstan")[0].story.id
    assert main(["show", sid, "--db", db, "--format", "json"]) == 0
    assert sid in capsys.readouterr().out
    assert main(["export", "--db", db]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == archive.count_stories()
    exported = {s.id: s for s in (from_json(Story, line) for line in lines)}
    assert exported[sid] == archive.story(sid)
    assert main(["stories", "--db", db]) == 0
    listed = capsys.readouterr().out.splitlines()
    assert len(listed) == archive.count_stories() and f"({sid})" in "".join(listed)


@pytest.mark.parametrize(
    ("argv", "code", "message"),
    [
        (["show", "s-no-such-story"], 1, "no story"),
        (["search", "zzqxv"], 3, ""),
    ],
)
def test_cli_errors(
    stored: tuple[Archive, AddResult],
    capsys: pytest.CaptureFixture[str],
    argv: list[str],
    code: int,
    message: str,
) -> None:
    archive, _ = stored
    assert main([*argv, "--db", str(archive.path)]) == code
    assert message in capsys.readouterr().err


def test_cli_on_a_missing_archive_says_how_to_create_one(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["search", "banjir", "--db", str(tmp_path / "none.db")]) == 1
    assert "warta add" in capsys.readouterr().err


def test_cli_search_json_is_the_http_shape(
    stored: tuple[Archive, AddResult], capsys: pytest.CaptureFixture[str]
) -> None:
    archive, _ = stored
    assert main(["search", "Kazakhstan", "--db", str(archive.path), "--format", "json"]) == 0
    doc = json.loads(capsys.readouterr().out)
    assert doc["query"] == "Kazakhstan" and doc["hits"]
    hit = doc["hits"][0]
    assert hit["brief"] is None and hit["summary"] and hit["matched"] == ["words"]
    assert main(["search", "Kazakhstan", "--db", str(archive.path), "--format", "json", "--full"]) == 0
    assert json.loads(capsys.readouterr().out)["hits"][0]["brief"]["id"] == hit["story"]["id"]


def test_cli_search_jsonl_and_csv(
    stored: tuple[Archive, AddResult], capsys: pytest.CaptureFixture[str]
) -> None:
    archive, _ = stored
    db = str(archive.path)
    assert main(["search", "banjir kebakaran", "--db", db, "--format", "jsonl", "--limit", "2"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 2 and all(json.loads(line)["story"]["id"] for line in lines)
    assert main(["search", "banjir kebakaran", "--db", db, "--format", "csv", "--limit", "2"]) == 0
    rows = list(csv.reader(io.StringIO(capsys.readouterr().out)))
    assert rows[0][:3] == ["rank", "story", "title"] and len(rows) == 3


@pytest.mark.parametrize("query", ["8000", "8.000", "8,000", "8 ribu", "2298", "2.500 pasukan"])
def test_numbers_find_the_seeds(stored: tuple[Archive, AddResult], query: str) -> None:
    archive, _ = stored
    hits = archive.search(query, limit=1)
    assert hits and hits[0].brief is not None and "numbers" in hits[0].matched
    assert all(name[:3] in {"000", "001", "002", "003", "004"} for name in _sources(hits[0].brief))


@pytest.mark.parametrize(
    ("query", "story_file"),
    [
        ("Russian-led troops sent to quell the unrest", "000_c94d1005e004ff2c.txt"),
        (
            "market fire traders moved to temporary stalls",
            "009_sinar-pesisir-kebakaran-pasar-sumberwangi.txt",
        ),
    ],
)
def test_an_english_query_finds_an_indonesian_story_by_meaning(
    stored: tuple[Archive, AddResult], query: str, story_file: str
) -> None:
    archive, _ = stored
    hits = archive.search(query, limit=3)
    assert hits and "meaning" in hits[0].matched
    assert hits[0].brief is not None and story_file in _sources(hits[0].brief)


def test_filters_on_the_cli(stored: tuple[Archive, AddResult], capsys: pytest.CaptureFixture[str]) -> None:
    archive, _ = stored
    db = str(archive.path)
    assert main(["search", "banjir", "--db", db, "--lang", "en", "--format", "json"]) == 0
    hits = json.loads(capsys.readouterr().out)["hits"]
    assert [h["story"]["title"] for h in hits][:1] and all("Watugede" in h["story"]["title"] for h in hits)
    assert main(["search", "Kazakhstan", "--db", db, "--since", "2023-01-01"]) == 3
    assert main(["search", "Kazakhstan", "--db", db, "--since", "7 Jan"]) == 1
    assert "YYYY-MM-DD" in capsys.readouterr().err


def test_each_story_vector_is_the_mean_of_its_members_leads(stored: tuple[Archive, AddResult]) -> None:
    import numpy as np

    from warta.store.embeddings import from_blob
    from warta.store.story_vectors import mean_vector, member_leads

    archive, _ = stored
    conn = archive._db.reader()
    rows = dict(conn.execute("SELECT story_id, vector FROM story_vectors").fetchall())
    assert set(rows) == {r.id for r in archive.stories(limit=100)}
    for sid, blob in rows.items():
        expected = mean_vector(member_leads(conn, sid))
        got = from_blob(blob)
        assert expected is not None and got is not None
        assert np.allclose(got, expected, atol=1e-6)
