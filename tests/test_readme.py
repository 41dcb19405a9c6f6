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


def test_ci_runs_the_readme_test_command_and_nothing_else() -> None:
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    commands = [
        line.strip()
        for line in ci.splitlines()
        if line.strip() and not line.lstrip().startswith("#") and not line.startswith((" ", "\t"))
    ]
    # Shell plumbing aside (set, cd, export, the exit-code handling), the one command is `make test`.
    plumbing = ("set ", "cd ", "export ", "rc=", "if ", "fi", "exit ")
    assert [c for c in commands if not c.startswith(plumbing)] == ["make test"]
    assert "apt-get" not in ci and "pip " not in ci, "installing belongs to `make test`, not to CI"


@pytest.mark.skipif(shutil.which("make") is None, reason="make is not installed")
def test_make_demo_installs_the_runtime_package_only() -> None:
    dry = subprocess.run(
        ["make", "-n", "demo", "VENV=/nonexistent-venv"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    installs = [line for line in dry.stdout.splitlines() if " pip install" in line and " -e " in line]
    assert installs and all(line.rstrip(" >&2").endswith("-e .") for line in installs), installs


@pytest.mark.skipif(shutil.which("make") is None, reason="make is not installed")
def test_make_test_installs_the_system_packages_the_tests_need() -> None:
    dry = subprocess.run(["make", "-n", "test"], cwd=ROOT, capture_output=True, text=True, check=False)
    assert "apt-get install" in dry.stdout and "chromium" in dry.stdout and "libxml-dom-perl" in dry.stdout


@pytest.mark.skipif(shutil.which("make") is None, reason="make is not installed")
def test_make_demo_briefs_the_sample() -> None:
    # Run it as a person would, not as a sub-make of `make test` (which would print its directory).
    env = {k: v for k, v in os.environ.items() if k not in ("MAKELEVEL", "MAKEFLAGS", "MFLAGS")}
    done = subprocess.run(
        ["make", "demo"], cwd=ROOT, capture_output=True, text=True, check=False, timeout=600, env=env
    )
    assert done.returncode == 0, done.stderr
    # A digest a person can read on a terminal, not the whole brief: a count line, numbered stories.
    # the sample is Indonesian, so are the digest's labels
    assert done.stdout.startswith("4 berita\n\n1. "), done.stdout[:300]
    assert len(done.stdout.splitlines()) < 60
    written = ROOT / "warta-demo.html"
    assert f"the full brief (citations, figures, quotes, timeline) is in {written}" in done.stderr
    html = written.read_text(encoding="utf-8")
    assert html.startswith("<!doctype html") or "<html" in html[:200]
