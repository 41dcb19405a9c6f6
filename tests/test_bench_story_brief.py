"""Smoke test of bench/story_brief.py: on a five-article story it prints its report (no timing)."""

from __future__ import annotations

import pytest

from conftest import ROOT, SHARED, needs_shared, run_bench

SCRIPT = ROOT / "bench" / "story_brief.py"


@needs_shared(SHARED / "data" / "timeline" / "t17" / "LibyaWar_reuters")
@pytest.mark.slow
def test_story_brief_reports_the_brief_and_its_extraction() -> None:
    out = run_bench(
        SCRIPT, "--shared", str(SHARED), "--articles", "5", "--repeat", "1", "--profile", timeout=600
    )
    assert out.returncode == 0, out.stderr
    lines = out.stdout.splitlines()
    assert lines[0].startswith("story brief: LibyaWar_reuters, 5 articles,")
    assert "s CPU warm (target 2 s); load average" in lines[0]
    assert "per-article extraction" in lines[1] and "the rest:" in lines[1]
    assert lines[2].strip().startswith("with every article's facts stored")
    stages = [line.strip() for line in lines[3:]]
    assert any(line.startswith("of which quote merging:") for line in stages)
    assert any(line.startswith("of which speaker ranking:") for line in stages)


@needs_shared(SHARED / "data" / "timeline" / "t17" / "LibyaWar_reuters")
@pytest.mark.slow
def test_story_brief_compares_a_base_tree_side_by_side() -> None:
    out = run_bench(
        SCRIPT,
        *("--shared", str(SHARED), "--articles", "3", "--repeat", "1", "--rounds", "1"),
        *("--base", str(ROOT / "src")),
        timeout=600,
    )
    assert out.returncode == 0, out.stderr
    lines = out.stdout.splitlines()
    assert lines[0].startswith("story brief: LibyaWar_reuters, 3 articles; base ")
    assert lines[1] == "| s CPU (best of rounds) | base | branch | branch / base |"
    rows = [line.split(" | ")[0].lstrip("| ").strip() for line in lines[3:]]
    assert rows[:3] == ["warm brief", "per-article extraction", "from stored facts"]
    assert "stored step reconcile_story" in rows and "warm step extract_facts" in rows
