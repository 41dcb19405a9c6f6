"""What `warta follow` says per source (unreachable, timed out, HTTP status, robots, unchanged, new) and
its exit code when no source could be read. Loopback only: a refused port stands for a dead host."""

from __future__ import annotations

import socket
from collections.abc import Iterator
from pathlib import Path

import pytest

from fixtures.feeds.loopback import Site
from warta.cli import main
from warta.follow.report import SourceReport, failure_reason


@pytest.mark.parametrize(
    ("error", "status", "said"),
    [
        ("connection failed ([Errno -2] Name or service not known)", 0, "unreachable: DNS lookup failed"),
        ("connection failed ([Errno -3] Temporary failure in name resolution)", 0, "DNS lookup failed"),
        ("connection failed ([Errno 111] Connection refused)", 0, "unreachable: connection refused"),
        ("timed out", 0, "timed out"),
        ("HTTP 404", 404, "HTTP 404 Not Found"),
        ("HTTP 503", 503, "HTTP 503 Service Unavailable"),
        ("disallowed by robots.txt", 0, "robots.txt disallows it"),
        ("robots.txt answered HTTP 503: host skipped this run", 0, "robots.txt answered HTTP 503"),
    ],
)
def test_failure_reasons_say_what_happened(error: str, status: int, said: str) -> None:
    assert said in failure_reason(error, status)


@pytest.mark.parametrize(
    ("report", "line"),
    [
        (SourceReport("A", 2, 2, 0, 1), "A: 1 new article (2 of 2 feeds and sitemaps answered)"),
        (SourceReport("A", 1, 1, 0, 3), "A: 3 new articles (1 of 1 feed or sitemap answered)"),
        (SourceReport("A", 2, 0, 2, 0), "A: unchanged since the last poll (304 Not Modified)"),
        (
            SourceReport("A", 1, 0, 0, 0, ("https://a.example/rss: timed out",)),
            "A: could not be read\n  https://a.example/rss: timed out",
        ),
    ],
)
def test_source_lines(report: SourceReport, line: str) -> None:
    assert report.line() == line


def _closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture(scope="module")
def site() -> Iterator[Site]:
    with Site() as running:
        yield running


def _follow(tmp_path: Path, toml: str, capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    path = tmp_path / "SOURCES.toml"
    path.write_text(toml, encoding="utf-8")
    argv = [
        "follow",
        str(path),
        "--once",
        "--db",
        str(tmp_path / "w.db"),
        "--timeout",
        "2",
        "--interval",
        "0",
        "--allow-private",  # the fixture servers are on loopback
    ]
    code = main(argv)
    out, errors = capsys.readouterr()
    return code, out, errors


def test_a_dead_host_is_unreachable_not_disallowed_and_exits_1(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    dead = f"http://127.0.0.1:{_closed_port()}"
    toml = f'[[source]]\nname = "Mati"\nfeeds = ["{dead}/rss.xml"]\n'
    code, out, errors = _follow(tmp_path, toml, capsys)
    assert code == 1
    assert f"Mati: could not be read\n  {dead}/rss.xml: unreachable: connection refused" in out
    assert "robots" not in out
    assert "no source could be read (1 tried)" in errors
    assert "0 of 1 source read" in out


def test_each_source_says_what_it_gave(
    site: Site, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    toml = f"""
[[source]]
name = "Kabar Pantura"
feeds = ["{site.base}/kp/rss.xml"]

[[source]]
name = "Hilang"
feeds = ["{site.base}/nowhere/rss.xml"]

[[source]]
name = "Rahasia"
feeds = ["{site.base}/private/rss.xml"]
"""
    code, out, _ = _follow(tmp_path, toml, capsys)
    assert code == 0  # one source could be read
    lines = out.splitlines()
    assert lines[0].startswith("Kabar Pantura: 2 new articles")
    assert f"Hilang: could not be read\n  {site.base}/nowhere/rss.xml: HTTP 404 Not Found" in out
    assert f"Rahasia: could not be read\n  {site.base}/private/rss.xml: robots.txt disallows it" in out
    assert lines[-1].startswith("round 1: 2 new articles") and "1 of 3 sources read" in lines[-1]
    code, out, _ = _follow(tmp_path, toml, capsys)  # again: the feed answers 304
    assert code == 0 and "Kabar Pantura: unchanged since the last poll (304 Not Modified)" in out


def test_follow_help_documents_the_sources_file(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["follow", "--help"])
    text = capsys.readouterr().out
    assert "[[source]]" in text and "sitemaps = [" in text and "could not be read" in text
