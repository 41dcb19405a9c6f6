"""Smoke test of bench/startup.py: one cold run of each command, and the table of CPU seconds and ratios."""

from __future__ import annotations

import pytest

from conftest import ROOT, SEEDS, SHARED, needs_shared, run_bench

SCRIPT = ROOT / "bench" / "startup.py"


@needs_shared(SEEDS)
@pytest.mark.slow
def test_startup_reports_each_command_and_the_two_ratios() -> None:
    out = run_bench(SCRIPT, "--shared", str(SHARED), "--repeat", "1", timeout=600)
    assert out.returncode == 0, out.stderr
    lines = out.stdout.splitlines()
    assert lines[0].startswith("start-up, CPU s, best of 1 cold processes; load average")
    names = [line.split(":")[0].strip() for line in lines[1:]]
    assert names == [
        "warta --version",
        'python -c "import numpy" (baseline)',
        "warta brief of the five seeds",
        "trafilatura extracting the five (baseline)",
        "warta brief of the five seeds, first start (empty cache)",
        "--version / import numpy",
        "brief / trafilatura",
    ]
    assert lines[-1].endswith("x (target 3x)")
