"""``warta brief`` / ``warta demo`` as a demanding user meets them: real runs, bad input, stdin, formats, exits."""

from __future__ import annotations

import io
import json
import os
import signal
import subprocess
import sys
import time
from collections.abc import Sequence
from contextlib import redirect_stderr, redirect_stdout
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from warta import api as warta_api
from warta.cli import main
from warta.codec import from_json, to_json
from warta.types import Brief, BriefArticle, Story

# Fiction written for these tests: one invented event told by two invented outlets.
ARTICLE_A = """Jembatan Gantung Karanglindu Putus Diterjang Arus
Karanglindu - Jembatan gantung yang menghubungkan Desa Karanglindu dan Desa Sumberasri putus diterjang arus Sungai Kalimeneng pada Senin (17/1/2022) sore.
Kepala Desa Karanglindu, Wahyu Santoso, mengatakan tidak ada korban jiwa dalam peristiwa itu.
"Untungnya jembatan sedang sepi karena hujan deras sejak siang," kata Wahyu.
Sekitar 300 warga kini harus memutar sejauh 12 kilometer untuk mencapai pasar kecamatan.
Para pelajar diantar menyeberang dengan perahu karet milik BPBD setempat.
Pemerintah kabupaten berjanji membangun jembatan darurat dalam dua minggu.
"""
ARTICLE_B = """Warga Karanglindu Memutar 12 Kilometer Setelah Jembatan Putus
Arus deras Sungai Kalimeneng memutus jembatan gantung Desa Karanglindu pada Senin sore, 17 Januari 2022.
Menurut Wahyu Santoso, kepala desa setempat, tidak seorang pun terluka saat jembatan runtuh.
Warga yang biasa menyeberang kini menempuh jalan memutar sekitar 12 kilometer menuju pasar.
Badan Penanggulangan Bencana Daerah menyiapkan dua perahu karet untuk mengantar anak sekolah.
Bupati menyatakan jembatan darurat akan berdiri paling lambat dua minggu lagi.
"""
LINES_BODY = [
    {"body": ARTICLE_A.split("\n", 1)[1], "headline": "Jembatan Karanglindu Putus", "site": "Kabar Lindu"},
    {"body": ARTICLE_B.split("\n", 1)[1], "headline": "Warga Memutar Jauh", "site": "Warta Kalimeneng"},
]


@dataclass(frozen=True)
class Run:
    """One in-process ``warta`` run: exit code, stdout, stderr."""

    code: int
    out: str
    err: str

    def lines(self) -> list[str]:
        return self.err.splitlines()


def run_warta(argv: Sequence[str], *, stdin: bytes | None = None) -> Run:
    """``warta.cli.main(argv)`` with stdout, stderr (and stdin) swapped for buffers."""
    out, err = io.StringIO(), io.StringIO()
    saved = sys.stdin
    if stdin is not None:
        sys.stdin = io.TextIOWrapper(io.BytesIO(stdin))
    try:
        with redirect_stdout(out), redirect_stderr(err):
            code = main(list(argv))
    finally:
        sys.stdin = saved
    return Run(code, out.getvalue(), err.getvalue())


def check_citations(story: Story) -> None:
    """Every citation lies inside its article's text; each sentence's first citation is the sentence."""
    texts = {a.id: a.text for a in story.articles}
    for sentence in story.summary:
        assert sentence.citations, sentence.text
        for c in sentence.citations:
            assert c.article in texts and 0 <= c.start < c.end <= len(texts[c.article])
        first = sentence.citations[0]
        assert texts[first.article][first.start : first.end] == sentence.text


def parse_brief(text: str) -> Brief:
    """The JSON contract read into the library's types, checked to round-trip exactly."""
    brief = from_json(Brief, text)
    assert to_json(brief) + "\n" == text
    return brief


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Two good articles, one good JSON line, and one of each kind of bad input."""
    root = tmp_path_factory.mktemp("corpus")
    folder = root / "berita"
    folder.mkdir()
    (folder / "a.txt").write_text(ARTICLE_A, encoding="utf-8")
    (folder / "b.txt").write_text(ARTICLE_B, encoding="utf-8")
    (folder / "kosong.txt").write_text("", encoding="utf-8")
    (folder / "gambar.txt").write_bytes(bytes(range(256)) * 4)
    (folder / "depan.html").write_text(
        "<html><head><title>Beranda</title></head><body><nav>Beranda | Kontak</nav></body></html>",
        encoding="utf-8",
    )
    good_line = json.dumps({"text": ARTICLE_B.split("\n", 1)[1]})
    (folder / "baris.jsonl").write_text(f'{good_line}\nbukan json\n{{"body": "isi"}}\n', encoding="utf-8")
    (root / "folder-kosong").mkdir()
    return root


@pytest.fixture(scope="module")
def mixed(corpus: Path) -> Run:
    """The good and the bad together, as one story, as JSON."""
    paths = [corpus / "berita", corpus / "hilang.txt", corpus / "folder-kosong"]
    return run_warta(["brief", *map(str, paths), "--single-story", "--format", "json"])


SKIPS = [
    ("berita/gambar.txt", "binary file, not text"),
    ("berita/kosong.txt", "empty file"),
    ("berita/baris.jsonl:2", "not JSON"),
    ("berita/baris.jsonl:3", "no 'text' field with the article text"),
    ("berita/depan.html", "no article text found in this HTML page"),
    ("hilang.txt", "no such file or directory"),
    ("folder-kosong", "no readable files in this folder"),
]


@pytest.mark.parametrize(("where", "reason"), SKIPS)
def test_each_bad_input_gets_one_line_naming_it(mixed: Run, corpus: Path, where: str, reason: str) -> None:
    lines = [line for line in mixed.lines() if line.startswith(f"warta: skipped {corpus / where}: ")]
    assert len(lines) == 1
    assert reason in lines[0] and lines[0].endswith(")")  # the hint, in parentheses, says what to do


def test_the_run_goes_on_and_counts_the_skips(mixed: Run) -> None:
    assert mixed.code == 0
    assert mixed.lines()[-1] == f"warta: read 3 articles, {len(SKIPS)} skipped; 1 story"
    assert all(line.startswith("warta: ") for line in mixed.lines())  # messages only on stderr


def test_json_goes_to_stdout_and_round_trips(mixed: Run) -> None:
    assert "warta:" not in mixed.out
    brief = parse_brief(mixed.out)
    assert len(brief.skipped) == len(SKIPS)
    (story,) = brief.stories
    assert sorted(Path(a.source).name for a in story.articles) == ["a.txt", "b.txt", "baris.jsonl:1"]
    check_citations(story)


def test_the_json_contract_has_the_promised_keys(mixed: Run) -> None:
    story = json.loads(mixed.out)["stories"][0]
    assert {"id", "title", "articles", "summary"} <= set(story)
    assert {"outlet", "published", "language", "credited_sources", "id", "text"} <= set(story["articles"][0])
    assert set(story["summary"][0]) == {"text", "citations"}
    assert set(story["summary"][0]["citations"][0]) == {"article", "start", "end"}


def test_seeds_brief_matches_the_gold(seeds_dir: Path, gold: dict[str, Any], tmp_path: Path) -> None:
    """The done-when: `warta brief ../shared/seeds --format json` (here with --out)."""
    out = tmp_path / "seeds.json"
    run = run_warta(["brief", str(seeds_dir), "--format", "json", "--out", str(out)])
    assert run.code == 0 and run.out == ""
    assert run.lines() == ["warta: read 5 articles; " + run.lines()[0].split("; ")[1], f"warta: wrote {out}"]
    brief = parse_brief(out.read_text(encoding="utf-8"))
    articles: dict[str, BriefArticle] = {Path(a.source).name: a for s in brief.stories for a in s.articles}
    assert len(articles) == 5
    for key, record in gold["articles"].items():
        a = articles[record["file"]]
        assert a.outlet in (record["outlet"], None) and a.language == record["language"], key
        assert (a.outlet is None) is (key == "002"), key  # 002 names no outlet (gold's is UNCERTAIN)
        assert list(a.credited_sources) == record["credited_sources"], key
        assert a.published in (record["published"], None), key  # 002's date is not in its text
        for line in gold["boilerplate"].get(key, []) + gold["metadata_lines"].get(key, []):
            assert line not in a.text, (key, line)
        for line in gold["must_keep"].get(key, []):
            assert line in a.text, (key, line)
    dated = sorted(a.published for a in articles.values() if a.published)
    assert (dated[0], dated[-1]) == ("2022-01-07", "2022-01-10")
    assert min(s.first_published or "9" for s in brief.stories) == "2022-01-07"
    assert max(s.last_published or "" for s in brief.stories) == "2022-01-10"
    for story in brief.stories:
        check_citations(story)
        texts = [s.text for s in story.summary]
        assert len(texts) == len(set(texts))
    assert 5 <= max(len(s.summary) for s in brief.stories) <= 8


def test_stdin_text_is_one_article(corpus: Path) -> None:
    run = run_warta(["brief", "-", "--format", "json"], stdin=ARTICLE_A.encode())
    assert run.code == 0 and run.lines()[-1] == "warta: read 1 article; 1 story"
    (story,) = parse_brief(run.out).stories
    assert [a.source for a in story.articles] == ["<stdin>"]
    check_citations(story)


def test_stdin_jsonl_with_a_field_mapping() -> None:
    data = "".join(json.dumps(line) + "\n" for line in LINES_BODY).encode()
    argv = ["brief", "-", "--field", "text=body", "--field", "title=headline", "--field", "outlet=site"]
    run = run_warta([*argv, "--single-story", "--format", "md"], stdin=data)
    assert run.code == 0 and run.lines() == ["warta: read 2 articles; 1 story"]
    # Indonesian articles: the labels default to Indonesian
    assert "| Media | Tanggal | Bahasa | Judul | Sumber yang dikutip | Id |" in run.out
    for line in LINES_BODY:
        assert f"| {line['site']} | " in run.out and line["headline"] in run.out
    # Markdown citations are footnotes: every mark on a summary bullet has its definition below.
    marks = {m for line in run.out.splitlines() if line.startswith("- ") for m in _marks(line)}
    assert marks and all(f"[^{m}]: " in run.out for m in marks)


def _marks(line: str) -> list[str]:
    return [part.split("]", 1)[0] for part in line.split("[^")[1:]]


def test_stdin_jsonl_without_the_mapping_says_how_to_map() -> None:
    data = "".join(json.dumps(line) + "\n" for line in LINES_BODY).encode()
    run = run_warta(["brief", "-"], stdin=data)
    assert run.code == 2 and run.out == ""
    assert run.lines()[0].startswith("warta: skipped <stdin>:1: no 'text' field")
    assert "text=body" in run.lines()[0]
    assert run.lines()[-1].startswith("warta: no usable article was read (all 2 inputs were skipped")


@pytest.mark.parametrize(("fmt", "marker"), [("md", "# brief warta: 1 berita"), ("html", '<html lang="id"')])
def test_formats(corpus: Path, fmt: str, marker: str) -> None:
    run = run_warta(["brief", str(corpus / "berita" / "a.txt"), "--format", fmt])
    assert run.code == 0 and marker in run.out and "Karanglindu" in run.out


def test_demo_briefs_the_bundled_sample() -> None:
    run = run_warta(["demo", "--format", "json"])
    assert run.code == 0 and run.lines()[-1].startswith("warta: read 11 articles; ")
    brief = parse_brief(run.out)
    assert sum(len(s.articles) for s in brief.stories) == 11
    for story in brief.stories:
        check_citations(story)


@pytest.mark.parametrize(
    ("argv", "code", "message"),
    [
        (["brief", "{missing}"], 2, "warta: skipped {missing}: no such file or directory (check the path)"),
        (["brief", "{empty}"], 2, "warta: skipped {empty}: empty file"),
        (["brief", "{a}", "--field", "text"], 1, "warta: --field takes OURS=THEIRS, e.g. --field text=body"),
        (["brief", "{a}", "--field", "body=text"], 1, "warta: unknown article field(s) 'body'"),
        (
            ["brief", "{a}", "--out", "{nodir}/b.md"],
            1,
            "warta: --out {nodir}/b.md: folder {nodir} does not exist",
        ),
    ],
)
def test_failures_before_any_work_are_one_line(
    corpus: Path, monkeypatch: pytest.MonkeyPatch, argv: list[str], code: int, message: str
) -> None:
    names = {
        "missing": corpus / "hilang.txt",
        "empty": corpus / "berita" / "kosong.txt",
        "a": corpus / "berita" / "a.txt",
        "nodir": corpus / "tidak-ada",
    }
    monkeypatch.setattr(warta_api, "brief_articles", _must_not_run)  # nothing usable: no briefing
    run = run_warta([arg.format(**names) for arg in argv])
    assert (run.code, run.out) == (code, "")
    assert any(line.startswith(message.format(**names)) for line in run.lines()), run.err
    assert "Traceback" not in run.err


def _must_not_run(*args: object, **kwargs: object) -> Brief:
    raise AssertionError("the run should have stopped before briefing")


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["brief", "x", "--format", "pdf"], "argument --format: invalid choice: 'pdf'"),
        (["brief", "x", "--length", "0"], "argument --length: expected a whole number"),
        (["brief"], "the following arguments are required: PATH"),
    ],
)
def test_argparse_rejects_bad_options(
    capsys: pytest.CaptureFixture[str], argv: list[str], message: str
) -> None:
    with pytest.raises(SystemExit) as exited:
        main(argv)
    assert exited.value.code == 2
    assert message in capsys.readouterr().err


def test_keyboard_interrupt_exits_130_quietly(
    corpus: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    def interrupted(*args: object, **kwargs: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(warta_api, "read_articles", interrupted)
    assert main(["brief", str(corpus / "berita")]) == 130
    assert capsys.readouterr() == ("", "warta: interrupted\n")


def _default_sigint() -> None:
    # CI may run us as a background job, which starts with SIGINT ignored; a user's Ctrl-C is not.
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def _python_m_warta(*args: str, **kwargs: Any) -> subprocess.Popen[bytes]:
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    return subprocess.Popen(
        [sys.executable, "-m", "warta", *args], env=env, preexec_fn=_default_sigint, **kwargs
    )


@pytest.mark.skipif(not Path("/proc/self/syscall").exists(), reason="needs Linux /proc to see a blocked read")
def test_ctrl_c_while_waiting_on_stdin_exits_130_without_a_traceback() -> None:
    """Also the one run of ``python -m warta`` itself (a subprocess pays every import, so only one)."""
    proc = _python_m_warta(
        "brief", "-", stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE
    )
    try:
        _wait_for_stdin_read(proc.pid)
        proc.send_signal(signal.SIGINT)
        out, err = proc.communicate(timeout=60)
    finally:
        proc.kill()
    assert (proc.returncode, out, err.decode()) == (130, b"", "warta: interrupted\n")


def _wait_for_stdin_read(pid: int, timeout: float = 120.0) -> None:
    """Until the process sits in read(0, ...): imports done, waiting for standard input."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            fields = Path(f"/proc/{pid}/syscall").read_text().split()
        except OSError:
            fields = []
        if fields[:2] == ["0", "0x0"]:  # syscall 0 is read (x86-64), first argument fd 0
            return
        time.sleep(0.1)
    pytest.fail("warta never started reading standard input")


def test_demo_prints_a_digest_and_writes_the_full_brief(tmp_path: Path) -> None:
    out = tmp_path / "demo.html"
    run = run_warta(["demo", "--out", str(out)])
    assert run.code == 0
    assert run.out.startswith("4 berita\n\n1. ") and len(run.out.splitlines()) < 60  # Indonesian sample
    assert "<html" in out.read_text(encoding="utf-8")[:200]
    assert f"the full brief (citations, figures, quotes, timeline) is in {out.resolve()}" in run.err


def test_lang_forces_the_interface_language(corpus: Path) -> None:
    run = run_warta(["brief", str(corpus / "berita" / "a.txt"), "--lang", "en"])
    assert run.code == 0 and run.out.startswith("# warta brief: 1 story") and "### Summary" in run.out
    html = run_warta(["brief", str(corpus / "berita" / "a.txt"), "--format", "html", "--lang", "en"]).out
    assert '<html lang="en"' in html and "17 Jan 2022" in html
