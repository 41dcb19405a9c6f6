"""Smoke test of bench/add_growth.py: on a tiny archive it prints every line of its report (no timing)."""

from __future__ import annotations

import importlib.util
from typing import Any

import pytest

from conftest import DATA, ROOT, SHARED, needs_shared, run_bench
from warta.evaluate.timeline import topic_documents
from warta.pipeline import article_id
from warta.types import RawDocument

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


def _bench() -> Any:
    spec = importlib.util.spec_from_file_location("bench_add_growth", SCRIPT)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@needs_shared(DATA / "timeline" / "t17" / "H1N1_guardian" / "articles.json.gz")
def test_halves_cut_a_real_article_at_a_sentence_end_near_its_middle() -> None:
    bench = _bench()
    doc = max(topic_documents(DATA / "timeline" / "t17" / "H1N1_guardian"), key=lambda d: len(d.text))
    first, second = bench.halves(doc)
    assert (first.source, second.source) == (f"{doc.source}#half1", f"{doc.source}#half2")
    assert f"{first.text} {second.text}".split() == doc.text.split()  # nothing invented, nothing lost
    assert first.text.rstrip("\"'”’)").endswith((".", "!", "?"))
    assert abs(len(first.text) - len(second.text)) < len(doc.text) / 4
    assert (first.published, first.language, second.published) == (doc.published, "en", doc.published)
    assert first.raw == first.text and article_id(first) != article_id(second)


def test_distinct_keeps_each_text_once_across_groups() -> None:
    bench = _bench()
    one, two = (
        RawDocument(source=s, text=t, raw=t, format="text") for s, t in [("a", "Satu."), ("b", "Dua.")]
    )
    again = RawDocument(source="c", text=" Satu. ", raw="Satu.", format="text")
    seen: set[str] = set()
    assert bench.distinct([[one, two], iter([again, two])], seen=seen) == [[one, two], []]
    assert seen == {article_id(one), article_id(two)}
