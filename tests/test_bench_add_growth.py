"""Smoke test of bench/add_growth.py: on a tiny archive it prints every line of its report (no timing)."""

from __future__ import annotations

import pytest

from conftest import ROOT, SHARED, needs_shared, run_bench

SCRIPT = ROOT / "bench" / "add_growth.py"


@needs_shared(SHARED / "data" / "indosum" / "articles.jsonl")
@pytest.mark.slow
def test_add_growth_reports_each_size_against_analysis_only() -> None:
    out = run_bench(
        SCRIPT, "--shared", str(SHARED), "--sizes", "3,6", "--probe", "2", "--one-add", "3", timeout=600
    )
    assert out.returncode == 0, out.stderr
    lines = out.stdout.splitlines()
    assert lines[0].startswith("add growth: probe 2 articles; load average")
    assert lines[1].strip().startswith("one add of 3:") and "with briefs built after it" in lines[1]
    assert "baseline analysis only:" in lines[2]
    assert all("then briefs" in line for line in lines if line.strip().startswith("at "))
    assert [line.split(":")[0].strip() for line in lines if line.strip().startswith("at ")] == [
        "at 3",
        "at 6",
    ]
    assert "x analysis only" in out.stdout and lines[-1].strip().startswith(
        "growth 3 -> 6: per-article CPU x"
    )
