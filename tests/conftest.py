"""Shared fixtures: where ../shared lives, the seeds and their gold. Nothing here touches the network."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("WARTA_SHARED", ROOT.parent / "shared"))
SEEDS = SHARED / "seeds"
GOLD = SHARED / "gold" / "seeds.gold.json"
DATA = SHARED / "data"


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
