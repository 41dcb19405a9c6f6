"""The README opens with exactly two set-up commands, and they are real."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def _setup_commands() -> list[str]:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    block = re.search(r"```(?:sh|bash)?\n(.*?)```", text, flags=re.S)
    assert block, "README must open with a code block of set-up commands"
    assert text.index(block.group(0)) < text.index("\n## "), "the set-up block must come first"
    return [line.split("#")[0].strip() for line in block.group(1).splitlines() if line.strip()]


def test_readme_opens_with_demo_and_test_commands() -> None:
    assert _setup_commands() == ["make demo", "make test"]


@pytest.mark.skipif(shutil.which("make") is None, reason="make is not installed")
@pytest.mark.parametrize("target", ["demo", "test"])
def test_make_targets_exist(target: str) -> None:
    dry = subprocess.run(["make", "-n", target], cwd=ROOT, capture_output=True, text=True, check=False)
    assert dry.returncode == 0, dry.stderr


def test_ci_runs_the_readme_test_command() -> None:
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert "make test" in ci


@pytest.mark.skipif(shutil.which("make") is None, reason="make is not installed")
def test_make_demo_briefs_the_sample() -> None:
    # Run it as a person would, not as a sub-make of `make test` (which would print its directory).
    env = {k: v for k, v in os.environ.items() if k not in ("MAKELEVEL", "MAKEFLAGS", "MFLAGS")}
    done = subprocess.run(
        ["make", "demo"], cwd=ROOT, capture_output=True, text=True, check=False, timeout=600, env=env
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("# warta brief:"), done.stdout[:300]
    assert "### Summary" in done.stdout and "[^s1-1]:" in done.stdout
