"""SIGKILL in the middle of `warta add` on 1,000 files, then a re-run: every article stored once,
stories consistent; and readers keep answering while that add runs."""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from warta.store import Archive

FILES = 1000
BATCH = 25
KILL_AFTER = 150  # articles committed before the kill
SYLLABLES = ("ka", "ra", "wu", "te", "lo", "mi", "sa", "gu", "de", "pa", "ni", "jo", "be", "ha", "tu", "ye")


def _word(r: random.Random, n: int = 3) -> str:
    return "".join(r.choice(SYLLABLES) for _ in range(n))


def fictional_article(i: int) -> str:
    """A short made-up report in invented words, so each file is its own small story."""
    r = random.Random(i)
    town = _word(r, 4).capitalize()
    lines = [
        f"{_word(r).capitalize()} {town} {_word(r, 4)}",
        f"{town} {_word(r)} {r.randint(3, 900)} {_word(r, 4)}.",
    ]
    lines += [" ".join(_word(r, r.randint(2, 4)) for _ in range(9)).capitalize() + "." for _ in range(2)]
    return "\n\n".join(lines) + "\n"


@dataclass
class Run:
    """What happened: counts at the kill and after the re-run, and what readers saw meanwhile."""

    db: Path
    killed_at: int = 0
    rerun_code: int = -1
    rerun_stderr: str = ""
    reads: int = 0
    read_errors: list[str] = field(default_factory=list)
    slowest_read: float = 0.0


def _stored(db: Path) -> int:
    if not db.exists():
        return 0
    try:
        conn = sqlite3.connect(f"{db.resolve().as_uri()}?mode=ro", uri=True, timeout=5)
        try:
            return int(conn.execute("SELECT count(*) FROM articles").fetchone()[0])
        finally:
            conn.close()
    except sqlite3.OperationalError:
        return 0  # not created or not migrated yet


def _read_while(db: Path, run: Run, stop: threading.Event) -> None:
    while not stop.is_set() and _stored(db) == 0:
        time.sleep(0.05)
    with Archive.open(db, readonly=True) as archive:
        while not stop.is_set():
            start = time.perf_counter()
            try:
                archive.search("banjir Watugede", limit=5)
                archive.stories(limit=20)
                archive.count_articles()
            except Exception as exc:  # a reader must never fail while a write runs
                run.read_errors.append(repr(exc))
            run.slowest_read = max(run.slowest_read, time.perf_counter() - start)
            run.reads += 1
            time.sleep(0.02)


@pytest.fixture(scope="module")
def run(tmp_path_factory: pytest.TempPathFactory) -> Run:
    root = Path(tmp_path_factory.mktemp("crash"))
    folder = root / "news"
    folder.mkdir()
    for i in range(FILES):
        (folder / f"{i:04d}.txt").write_text(fictional_article(i), encoding="utf-8")
    result = Run(db=root / "warta.db")
    cmd = [sys.executable, "-m", "warta", "add", str(folder), "--db", str(result.db), "--batch", str(BATCH)]
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
    stop = threading.Event()
    reader = threading.Thread(target=_read_while, args=(result.db, result, stop), daemon=True)
    reader.start()
    try:
        deadline = time.monotonic() + 300
        while _stored(result.db) < KILL_AFTER and proc.poll() is None and time.monotonic() < deadline:
            time.sleep(0.05)
        assert proc.poll() is None, "warta add finished before it could be killed; raise FILES"
        proc.send_signal(signal.SIGKILL)
        proc.wait()
    finally:
        stop.set()
        reader.join()
        if proc.poll() is None:
            proc.kill()
    result.killed_at = _stored(result.db)
    again = subprocess.run(cmd, capture_output=True, text=True, env=env, timeout=3600)
    result.rerun_code, result.rerun_stderr = again.returncode, again.stderr
    return result


@pytest.mark.slow
def test_killed_add_completes_on_rerun_with_every_article_once(run: Run) -> None:
    assert 0 < run.killed_at < FILES
    assert run.rerun_code == 0, run.rerun_stderr
    assert f"added {FILES - run.killed_at} articles" in run.rerun_stderr
    with Archive.open(run.db, readonly=True) as archive:
        assert archive.count_articles() == FILES
        assert archive.check() == []
        assert sum(row.article_count for row in archive.stories(limit=FILES)) == FILES


@pytest.mark.slow
def test_readers_keep_answering_during_a_large_add(run: Run) -> None:
    assert run.reads >= 10
    assert run.read_errors == []
    assert run.slowest_read < 5.0
