"""Smoke test of bench/figure_join.py: a tiny story runs both joins and prints the table (no timing)."""

from __future__ import annotations

from conftest import ROOT, run_bench

SCRIPT = ROOT / "bench" / "figure_join.py"


def test_bench_prints_both_joins() -> None:
    run = run_bench(SCRIPT, "--articles", "2", "--values", "5", timeout=300)
    assert run.returncode == 0, run.stderr
    lines = run.stdout.splitlines()
    assert lines[0].startswith("load average") and "10 figures, 2 articles" in lines[0]
    assert [line.split("|")[1].strip() for line in lines[3:]] == ["rules", "model"]
