"""What every command shares: stderr messages, the progress-bar decision, --field, writing --out."""

from __future__ import annotations

import io
import re
import sys
from pathlib import Path

import pytest

from warta.cli.common import (
    bar_wanted,
    check_output,
    err,
    note,
    on_terminal,
    parse_fields,
    plural,
    progress_bar,
    set_quiet,
    write_output,
)
from warta.errors import ConfigError, InputError


def _plain(drawn: str) -> str:
    """What a terminal shows, roughly: escape codes and bar glyphs dropped, spaces squeezed."""
    text = re.sub(r"\x1b\[[0-9;?]*[A-Za-z]", "", drawn)
    return " ".join(text.replace("━", " ").replace("╸", " ").replace("╺", " ").split())


class FakeTerminal(io.StringIO):
    """A stream that says it is a terminal, so rich draws into it."""

    def isatty(self) -> bool:
        return True


class ClosedStream(io.StringIO):
    def isatty(self) -> bool:
        raise ValueError("I/O operation on closed file")


@pytest.mark.parametrize(
    ("terminal", "quiet", "wanted"), [(True, False, True), (False, False, False), (True, True, False)]
)
def test_progress_shows_on_a_terminal_unless_quiet(terminal: bool, quiet: bool, wanted: bool) -> None:
    assert bar_wanted(terminal=terminal, quiet=quiet) is wanted


@pytest.mark.parametrize(
    ("stream", "expected"), [(FakeTerminal(), True), (io.StringIO(), False), (ClosedStream(), False)]
)
def test_on_terminal(stream: io.StringIO, expected: bool) -> None:
    assert on_terminal(stream) is expected


@pytest.mark.parametrize("total", [1, 5, 500])
def test_progress_draws_on_a_terminal_for_any_size(monkeypatch: pytest.MonkeyPatch, total: int) -> None:
    fake = FakeTerminal()
    monkeypatch.setattr(sys, "stderr", fake)
    with progress_bar("analysing", start="reading") as bar:
        assert bar is not None and bar.shown
        for done in range(1, total + 1):
            bar(done, total)
    assert f"analysing {total}/{total}" in _plain(fake.getvalue())


def test_progress_names_each_stage_in_order(monkeypatch: pytest.MonkeyPatch) -> None:
    fake = FakeTerminal()
    monkeypatch.setattr(sys, "stderr", fake)
    with progress_bar("analysing", start="reading") as bar:
        assert bar is not None
        bar(3, 3)
        bar.stage("grouping")
        bar.stage("briefing")
        bar(1, 2)
    assert bar.stages == ["reading", "analysing", "grouping", "briefing"]
    assert "briefing 1/2" in _plain(fake.getvalue())


def test_quiet_silences_the_progress_and_the_notes(monkeypatch: pytest.MonkeyPatch) -> None:
    fake = FakeTerminal()
    monkeypatch.setattr(sys, "stderr", fake)
    set_quiet(True)
    try:
        with progress_bar() as bar:
            assert bar is None
        note("read 1 article")
        err("a warning")
    finally:
        set_quiet(False)
    assert fake.getvalue() == "warta: a warning\n"


def test_progress_bar_is_silent_when_stderr_is_piped(monkeypatch: pytest.MonkeyPatch) -> None:
    piped = io.StringIO()
    monkeypatch.setattr(sys, "stderr", piped)
    with progress_bar() as bar:
        assert bar is None
    assert piped.getvalue() == ""


@pytest.mark.parametrize(
    ("pairs", "expected"),
    [
        ([], {}),
        (["text=body"], {"text": "body"}),
        (["text=body", "published=meta.date"], {"text": "body", "published": "meta.date"}),
        ([" title = headline "], {"title": "headline"}),
        (["url=a=b"], {"url": "a=b"}),
    ],
)
def test_parse_fields(pairs: list[str], expected: dict[str, str]) -> None:
    assert parse_fields(pairs) == expected


@pytest.mark.parametrize("pair", ["text", "text=", "=body", " = "])
def test_parse_fields_rejects_a_pair_without_both_sides(pair: str) -> None:
    with pytest.raises(ConfigError, match=r"--field takes OURS=THEIRS, e\.g\. --field text=body"):
        parse_fields([pair])


@pytest.mark.parametrize(
    ("out", "message"),
    [
        ("missing/brief.md", r"folder .*missing does not exist; create it first \(mkdir -p "),
        ("missing/deeper/brief.md", r"does not exist; create it first"),
        (".", r"is a folder; give a file name, e\.g\. --out "),
        ("a-file/brief.md", r"a-file is a file, not a folder"),
    ],
)
def test_check_output_refuses_unwritable_paths(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, out: str, message: str
) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "a-file").write_text("x", encoding="utf-8")
    with pytest.raises(InputError, match=message):
        check_output(out)


@pytest.mark.parametrize("out", [None, "", "-", "brief.md"])
def test_check_output_accepts_stdout_and_files_in_existing_folders(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, out: str | None
) -> None:
    monkeypatch.chdir(tmp_path)
    check_output(out)


def test_write_output_to_a_file_says_so_on_stderr(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "brief.md"
    write_output("# Judul\n", str(target))
    assert target.read_text(encoding="utf-8") == "# Judul\n"
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err == f"warta: wrote {target}\n"


@pytest.mark.parametrize("out", [None, "-"])
def test_write_output_to_stdout(capsys: pytest.CaptureFixture[str], out: str | None) -> None:
    write_output("isi\n", out)
    assert capsys.readouterr() == ("isi\n", "")


def test_write_output_into_a_missing_folder_is_an_input_error(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="does not exist"):
        write_output("x", str(tmp_path / "nope" / "brief.md"))


def test_err_is_one_prefixed_line_on_stderr(capsys: pytest.CaptureFixture[str]) -> None:
    err("skipped a.txt: empty file")
    assert capsys.readouterr() == ("", "warta: skipped a.txt: empty file\n")


@pytest.mark.parametrize(
    ("n", "word", "many", "expected"),
    [
        (0, "article", None, "0 articles"),
        (1, "article", None, "1 article"),
        (2, "article", None, "2 articles"),
        (1, "story", "stories", "1 story"),
        (3, "story", "stories", "3 stories"),
    ],
)
def test_plural(n: int, word: str, many: str | None, expected: str) -> None:
    assert plural(n, word, many) == expected
