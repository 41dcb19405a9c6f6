"""The bundled sample corpus: its manifest, its gold reading, and that it copies no real news text."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from collections import Counter
from datetime import date
from importlib.resources import files
from pathlib import Path
from typing import Any

import pytest

from conftest import ROOT, SHARED, needs_shared

SAMPLES = ROOT / "src" / "warta" / "samples"
NEWS = SAMPLES / "news"
MANIFEST = SAMPLES / "MANIFEST.json"
SAMPLE_GOLD = ROOT / "tests" / "gold" / "sample.gold.json"
CHECKER = SHARED / "gold" / "check_gold.py"
SAMPLE_FILES = sorted(p.name for p in NEWS.glob("*.txt"))
WINDOW = 8  # words: a shared run this long would be copying, not coincidence


def _json(path: Path) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return data


def _words(text: str) -> list[str]:
    return re.findall(r"\w+", text.lower())


def _windows(words: list[str]) -> set[tuple[str, ...]]:
    return {tuple(words[i : i + WINDOW]) for i in range(len(words) - WINDOW + 1)}


@pytest.fixture(scope="module")
def manifest() -> dict[str, Any]:
    return _json(MANIFEST)


@pytest.fixture(scope="module")
def sample_gold() -> dict[str, Any]:
    return _json(SAMPLE_GOLD)


def test_manifest_lists_exactly_the_files_present(manifest: dict[str, Any]) -> None:
    assert sorted(manifest["articles"]) == SAMPLE_FILES


def test_package_ships_the_corpus() -> None:
    shipped = files("warta") / "samples" / "news"
    assert sorted(p.name for p in shipped.iterdir() if p.name.endswith(".txt")) == SAMPLE_FILES


@pytest.mark.parametrize("key", ["about", "licence", "articles"])
def test_manifest_has_key(manifest: dict[str, Any], key: str) -> None:
    assert manifest[key]


def test_manifest_mentions_the_licence(manifest: dict[str, Any]) -> None:
    assert "Apache-2.0" in manifest["licence"]


def test_corpus_shape(manifest: dict[str, Any]) -> None:
    arts = manifest["articles"].values()
    languages = Counter(a["language"] for a in arts)
    assert 10 <= len(manifest["articles"]) <= 12
    assert len({a["outlet"] for a in arts}) >= 4
    assert languages == {"id": len(manifest["articles"]) - 1, "en": 1}
    assert 2 <= len({a["story"] for a in arts}) <= 3


@pytest.mark.parametrize("name", SAMPLE_FILES)
def test_article_record(manifest: dict[str, Any], name: str) -> None:
    rec = manifest["articles"][name]
    text = (NEWS / name).read_text(encoding="utf-8")
    assert re.fullmatch(r"\d{3}_[a-z0-9-]+\.txt", name)
    assert date.fromisoformat(rec["published"]).isoformat() == rec["published"]
    assert rec["title"] is None or text.startswith(rec["title"] + "\n")
    assert 150 <= len(text.split()) <= 450


@pytest.mark.parametrize("field", ["outlet", "published", "language", "title"])
def test_gold_agrees_with_manifest(manifest: dict[str, Any], sample_gold: dict[str, Any], field: str) -> None:
    by_file = {a["file"]: a[field] for a in sample_gold["articles"].values()}
    assert by_file == {name: rec[field] for name, rec in manifest["articles"].items()}


def test_gold_stories_are_the_manifest_stories(manifest: dict[str, Any], sample_gold: dict[str, Any]) -> None:
    key_of = {a["file"]: k for k, a in sample_gold["articles"].items()}
    labelled: dict[str, list[str]] = {}
    for name, rec in manifest["articles"].items():
        labelled.setdefault(rec["story"], []).append(key_of[name])
    assert sorted(sorted(s) for s in sample_gold["stories"]) == sorted(sorted(s) for s in labelled.values())


@pytest.mark.parametrize(
    ("status", "at_least"),
    [("agree", 4), ("conflict", 2), ("updated", 2)],
)
def test_gold_has_figure_groups(sample_gold: dict[str, Any], status: str, at_least: int) -> None:
    groups = [g for g in sample_gold["figures"] if g["status"] == status]
    assert len(groups) >= at_least
    assert all(len({v["article"] for v in g["values"]}) >= 2 for g in groups)


@needs_shared(CHECKER)
def test_shared_checker_passes_on_the_sample_gold() -> None:
    run = subprocess.run(
        [sys.executable, str(CHECKER), str(SAMPLE_GOLD), str(NEWS)],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert run.returncode == 0, run.stdout + run.stderr
    assert run.stdout.strip().splitlines()[-1].startswith("RESULT: PASS")


def test_no_seed_text_is_copied(seeds_dir: Path) -> None:
    seed_windows: set[tuple[str, ...]] = set()
    for seed in sorted(seeds_dir.glob("*.txt")):
        seed_windows |= _windows(_words(seed.read_text(encoding="utf-8")))
    assert seed_windows, f"no seed text found in {seeds_dir}"
    copied = {
        name: " ".join(w)
        for name in SAMPLE_FILES
        for w in _windows(_words((NEWS / name).read_text(encoding="utf-8"))) & seed_windows
    }
    assert copied == {}
