"""Shared fixtures: where ../shared lives, the seeds and their gold. Nothing here touches the network."""

from __future__ import annotations

import importlib.util
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("WARTA_SHARED", ROOT.parent / "shared"))
SEEDS = SHARED / "seeds"
GOLD = SHARED / "gold" / "seeds.gold.json"
DATA = SHARED / "data"


CHROMIUM = Path("/usr/bin/chromium")
SYSTEM_PACKAGES = "apt-get install chromium libxml-dom-perl (or run `make test` as root, which does)"


def in_ci() -> bool:
    """Whether this run is CI (``CI`` set, as every CI service and .ci/run do)."""
    return os.environ.get("CI", "").strip().lower() not in ("", "0", "false", "no")


def require_tool(available: bool, what: str, *, module: bool = False) -> None:
    """An optional system tool a test needs: skip with the reason outside CI, fail loudly in CI.

    ``module=True`` when called at import time of a test module (skips the whole module).
    """
    if available:
        return
    message = f"{what} is missing: {SYSTEM_PACKAGES}"
    if in_ci():
        pytest.fail(f"{message}; CI runs every test, none may skip for a missing tool", pytrace=False)
    pytest.skip(message, allow_module_level=module)


def has_chromium() -> bool:
    """Debian's Chromium and the playwright package that drives it."""
    return CHROMIUM.exists() and importlib.util.find_spec("playwright") is not None


def has_perl_rouge() -> bool:
    """tilse and the Perl modules its ROUGE script loads (XML::DOM, XML::Parser)."""
    if importlib.util.find_spec("tilse") is None or shutil.which("perl") is None:
        return False
    probe = ["perl", "-MXML::DOM", "-MXML::Parser", "-e", "1"]
    return subprocess.run(probe, capture_output=True, check=False).returncode == 0


@pytest.fixture(scope="session")
def perl_rouge() -> None:
    """Use in a test that scores with tilse's Perl ROUGE."""
    require_tool(has_perl_rouge(), "tilse's Perl ROUGE (perl with XML::DOM, pip install tilse)")


def needs_shared(path: Path) -> pytest.MarkDecorator:
    """Skip (with the reason) when a ../shared file is absent, e.g. on a machine without it."""
    return pytest.mark.skipif(not path.exists(), reason=f"{path} not found; put shared/ beside the repo")


@pytest.fixture(scope="session")
def seeds_dir() -> Path:
    if not SEEDS.is_dir():
        pytest.skip(f"{SEEDS} not found; put shared/ beside the repo")
    return SEEDS


@pytest.fixture(scope="session")
def gold() -> dict[str, Any]:
    if not GOLD.is_file():
        pytest.skip(f"{GOLD} not found; put shared/ beside the repo")
    data: dict[str, Any] = json.loads(GOLD.read_text(encoding="utf-8"))
    return data


@pytest.fixture(scope="session")
def seed_files(seeds_dir: Path, gold: dict[str, Any]) -> dict[str, Path]:
    """Gold article key ("000") -> seed file path."""
    return {key: seeds_dir / rec["file"] for key, rec in gold["articles"].items()}


def run_bench(script: Path, *args: str, timeout: float = 600) -> subprocess.CompletedProcess[str]:
    """Run a ``bench/`` script as a user runs it (this checkout's ``src`` first on ``PYTHONPATH``, from the
    repo root), its output captured and its exit code left to the test."""
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(ROOT / "src"), os.environ.get("PYTHONPATH", "")])}
    return subprocess.run(
        [sys.executable, str(script), *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
        timeout=timeout,
        env=env,
    )
