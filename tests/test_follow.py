"""Following outlets over a loopback server: each article stored once, state resumed, rounds reported."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from fixtures.feeds.loopback import Site
from warta.cli import main
from warta.errors import ConfigError
from warta.follow import Follower, follow, load_sources, parse_every
from warta.follow.report import RoundReport
from warta.ingest.fetch import Fetcher, FetchOptions
from warta.store import open_archive
from warta.store.follow_state import FollowState

# The fixture site is on loopback, which the fetcher refuses unless told otherwise.
FAST = FetchOptions(timeout=1.0, interval=0.0, backoff=0.01, max_wait=0.01, allow_private=True)


def sources_toml(base: str) -> str:
    return f"""
[[source]]
name = "Kabar Pantura"
feeds = ["{base}/kp/rss.xml", "{base}/old/rss.xml"]
language = "id"

[[source]]
name = "Warta Selatan"
feeds = ["{base}/ws/atom.xml"]
sitemaps = ["{base}/ws/sitemap-index.xml"]

[[source]]
name = "Cermin Pantura"
outlet = "Kabar Pantura"
feeds = ["{base}/flaky/rss.xml", "{base}/busy/rss.xml"]
"""


@pytest.fixture(scope="module")
def site() -> Iterator[Site]:
    with Site() as running:
        yield running


@pytest.fixture(scope="module")
def followed(site: Site, tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """``warta follow --once`` run twice on phase 1; returns the archive and SOURCES.toml."""
    folder = tmp_path_factory.mktemp("follow")
    toml = folder / "SOURCES.toml"
    toml.write_text(sources_toml(site.base), encoding="utf-8")
    db = folder / "warta.db"
    for _ in range(2):
        argv = ["follow", str(toml), "--once", "--db", str(db), "--timeout", "2", "--interval", "0"]
        code = main([*argv, "--allow-private"])
        assert code == 0
    return db, toml


def test_follow_once_twice_stores_each_article_once(followed: tuple[Path, Path], site: Site) -> None:
    db, _ = followed
    with open_archive(db, readonly=True) as archive:
        assert archive.count_articles() == 4  # 2 Kabar Pantura pages, a full Atom entry, one fetched page
        urls = sorted(a.url or "" for s in archive.stories(limit=10) for a in archive.story_articles(s.id))
        assert f"{site.base}/ws/amp/banjir-cilumpang.html" not in urls  # the AMP copy is not stored
        assert not any("/private/" in u for u in urls)  # robots.txt said no
        hits = archive.search("banjir Karangsari")
        assert hits and "Karangsari" in hits[0].story.title
    assert site.count("/private/internal.html") == 0


def test_follow_state_lives_in_the_store(followed: tuple[Path, Path], site: Site) -> None:
    db, _ = followed
    conn = sqlite3.connect(db)
    statuses = dict(conn.execute("SELECT status, COUNT(*) FROM follow_seen GROUP BY status").fetchall())
    assert statuses.get("copy") == 1 and statuses.get("skipped") == 1
    assert conn.execute("SELECT COUNT(*) FROM follow_http WHERE etag IS NOT NULL").fetchone()[0] >= 3
    names = [r[0] for r in conn.execute("SELECT name FROM follow_sources ORDER BY name")]
    assert names == ["Cermin Pantura", "Kabar Pantura", "Warta Selatan"]
    conn.close()
    # The second run fetched no article page again: each was asked for once.
    assert site.count("/kp/banjir-karangsari.html") == 1
    assert site.count("/ws/banjir-cilumpang.html") == 1


def test_new_items_between_polls_and_304s(followed: tuple[Path, Path], site: Site) -> None:
    db, toml = followed
    site.phase = 2
    try:
        reports = follow(load_sources(toml), db=db, fetch=FAST)
    finally:
        site.phase = 1
    (report,) = reports
    assert report.new_articles == 1 and len(report.new_stories) == 1
    assert report.listings_unchanged >= 3  # atom, sitemap index, news sitemap and the mirror feeds: 304
    assert "round 1: 1 new article, 1 new story" in report.summary()
    with open_archive(db, readonly=True) as archive:
        assert archive.count_articles() == 5


def test_stop_ends_the_round_before_the_next_item(site: Site, tmp_path: Path) -> None:
    toml = tmp_path / "SOURCES.toml"
    toml.write_text(sources_toml(site.base), encoding="utf-8")
    calls = iter([False, True])  # the first source starts, then Ctrl-C arrives
    with (
        open_archive(tmp_path / "w.db") as archive,
        FollowState.open(archive.path) as state,
        Fetcher(options=FAST) as fetcher,
    ):
        report = Follower(archive, state, fetcher).poll(load_sources(toml), stop=lambda: next(calls, True))
        assert report.stopped and report.new_articles == 0
        assert state.seen_count() == 0  # nothing half-done was recorded; the next run starts clean


@pytest.mark.parametrize(
    ("text", "seconds"), [("10m", 600.0), ("1h30m", 5400.0), ("90s", 90.0), ("45", 45.0), ("1d", 86400.0)]
)
def test_parse_every(text: str, seconds: float) -> None:
    assert parse_every(text) == seconds


@pytest.mark.parametrize("text", ["", "ten minutes", "0m", "5x"])
def test_parse_every_rejects(text: str) -> None:
    with pytest.raises(ConfigError):
        parse_every(text)


@pytest.mark.parametrize(
    ("toml", "message"),
    [
        ("", "lists no sources"),
        ('[[source]]\nname = "A"\n', "no feeds or sitemaps"),
        ('[[source]]\nfeeds = ["https://a.example/rss"]\n', "has no name"),
        ('[[source]]\nname = "A"\nfeeds = ["ftp://a"]\n', "list of http"),
        ('[[source]]\nname = "A"\nfeeds = ["https://a.example/rss"]\ncolour = 1\n', "unknown keys"),
        ("[[source]\n", "not valid TOML"),
    ],
)
def test_load_sources_errors(tmp_path: Path, toml: str, message: str) -> None:
    path = tmp_path / "SOURCES.toml"
    path.write_text(toml, encoding="utf-8")
    with pytest.raises(ConfigError, match=message):
        load_sources(path)


def test_round_summary_line() -> None:
    report = RoundReport(
        number=3,
        new_articles=2,
        new_stories=("s1",),
        updated_stories=("s2", "s3"),
        changed_facts=("s2",),
        pages_fetched=2,
        listings_unchanged=4,
        copies=1,
        failures=(),
        skipped=(),
    )
    assert report.summary() == (
        "round 3: 2 new articles, 1 new story, 2 stories updated, 1 story with changed facts; "
        "2 pages fetched, 4 feeds unchanged, 1 copy of stored pages"
    )
