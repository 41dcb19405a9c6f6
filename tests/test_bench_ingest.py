"""Smoke test of bench/ingest.py: it runs on a few real inputs and prints a well-formed table (no timing)."""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from types import ModuleType

import pytest

from conftest import DATA, ROOT, SHARED, needs_shared, run_bench

SCRIPT = ROOT / "bench" / "ingest.py"
LIMIT = 5


def _load() -> ModuleType:
    spec = importlib.util.spec_from_file_location("bench_ingest", SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up here
    spec.loader.exec_module(module)
    return module


bench = _load()


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return run_bench(SCRIPT, *args, timeout=120)


def _cells(line: str) -> list[str]:
    return [c.strip() for c in line.strip().strip("|").split("|")]


@pytest.fixture(scope="module")
def rows() -> dict[tuple[str, str], dict[str, str]]:
    done = _run("--limit", str(LIMIT), "--shared", str(SHARED))
    assert done.returncode == 0, done.stderr
    lines = [line for line in done.stdout.splitlines() if line.startswith("|")]
    header = _cells(lines[0])
    assert tuple(header) == bench.HEADER
    assert all(set(c) == {"-"} for c in _cells(lines[1]))
    body = [dict(zip(header, _cells(line), strict=True)) for line in lines[2:]]
    return {(r["corpus"], r["system"]): r for r in body}


@needs_shared(DATA / "indosum" / "articles.jsonl")
@needs_shared(DATA / "extraction" / "scrapinghub" / "html")
@pytest.mark.parametrize(
    ("corpus", "system", "is_ours"),
    [
        ("indosum", "sentencex + splitlines", False),
        ("indosum", "warta", True),
        ("html", "trafilatura.extract", False),
        ("html", "warta", True),
    ],
)
def test_table_rows(
    rows: dict[tuple[str, str], dict[str, str]], corpus: str, system: str, is_ours: bool
) -> None:
    assert len(rows) == 4
    row = rows[(corpus, system)]
    assert int(row["inputs"]) == LIMIT
    assert 0 < int(row["articles"]) <= LIMIT
    for column in ("seconds", "CPU s", "articles/s", "traced peak MB", "max RSS MB"):
        assert float(row[column]) >= 0
    ratios = [row[c] for c in bench.HEADER if c.endswith("ours/base")]
    if is_ours:
        assert all(float(r) > 0 for r in ratios)
    else:
        assert ratios == ["–"] * 4


@pytest.mark.parametrize(
    ("args", "code", "message"),
    [
        (["--shared", "/nonexistent/shared"], 1, "pass --shared PATH"),
        (["--limit", "0"], 2, "positive number"),
        (["--backend", "spark"], 2, "invalid choice"),
    ],
)
def test_bad_options(args: list[str], code: int, message: str) -> None:
    done = _run(*args)
    assert done.returncode == code
    assert message in done.stderr


def _measurement(system: str, *, seconds: float, cpu: float, peak: float, rss: float) -> object:
    return bench.Measurement(
        corpus="html",
        system=system,
        inputs=10,
        articles=9,
        warmup_s=0.1,
        seconds=seconds,
        cpu_s=cpu,
        traced_peak_mb=peak,
        max_rss_mb=rss,
        worker_rss_mb=None,
    )


@pytest.mark.parametrize(
    ("ours_seconds", "ours_cpu", "speed", "cpu_speed"),
    [(1.0, 1.0, "2.00", "1.00"), (2.0, 4.0, "1.00", "0.25"), (8.0, 0.5, "0.25", "2.00")],
)
def test_ratios_are_ours_over_baseline(
    ours_seconds: float, ours_cpu: float, speed: str, cpu_speed: str
) -> None:
    base = _measurement("trafilatura.extract", seconds=2.0, cpu=1.0, peak=4.0, rss=100.0)
    ours = _measurement("warta", seconds=ours_seconds, cpu=ours_cpu, peak=8.0, rss=50.0)
    last = _cells(bench.table([base, ours]).splitlines()[-1])
    assert last[-4:] == [speed, cpu_speed, "2.00", "0.50"]
