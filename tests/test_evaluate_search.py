"""The search evaluation: its arithmetic on made-up results, and a gate on the seeds and sample."""

from __future__ import annotations

from pathlib import Path

import pytest

from warta.evaluate.search import (
    DEFAULT_QUERIES,
    Query,
    QueryResult,
    SearchReport,
    evaluate_search,
    load_queries,
)

# Pinned just under what `warta eval search` printed for the seeds and the sample (0.961 and 1.000 over
# 26 queries; English queries 0.90 MRR and 1.000 R@5 over seeds, sample and IndoSum, numbers 1.000).
FLOOR_MRR = 0.93
FLOOR_RECALL = 0.95
FLOOR_ENGLISH_RECALL = 0.95
FLOOR_NUMBER_MRR = 0.99


def _result(corpus: str, rank: int | None, recall: float) -> QueryResult:
    return QueryResult(Query("q", corpus, "keyword", ("a",)), rank, recall, "")


@pytest.mark.parametrize(
    ("ranks", "mrr"),
    [([1, 1], 1.0), ([1, 2], 0.75), ([None, 1], 0.5), ([4, None, None, None], 0.0625)],
)
def test_mrr(ranks: list[int | None], mrr: float) -> None:
    report = SearchReport(tuple(_result("x", r, 1.0) for r in ranks), 0, 0, 0.0, 0.0)
    assert report.mrr() == pytest.approx(mrr)


@pytest.mark.parametrize(("ranks", "passed"), [([1] * 20, True), ([1] * 18 + [None, None], False)])
def test_gate_wants_mrr_and_recall_at_least_0_95(ranks: list[int | None], passed: bool) -> None:
    report = SearchReport(tuple(_result("x", r, 1.0 if r else 0.0) for r in ranks), 0, 0, 0.0, 0.0)
    assert report.passed is passed
    assert ("PASS" if passed else "FAIL") in report.render()


def test_groups_and_render() -> None:
    report = SearchReport((_result("seeds", 1, 1.0), _result("indosum", None, 0.0)), 3, 2, 1.0, 0.1)
    assert report.mrr("seeds") == 1.0 and report.recall("indosum") == 0.0 and report.recall() == 0.5
    text = report.render()
    assert "MRR@10" in text and "not ranked first" in text


def test_query_set_is_large_and_well_formed() -> None:
    queries = load_queries(DEFAULT_QUERIES)
    assert len(queries) >= 30
    assert {q.corpus for q in queries} == {"seeds", "sample", "indosum"}
    assert {q.kind for q in queries} >= {"keyword", "typo", "alias", "number", "english", "exact"}
    assert all(q.query.strip() and q.relevant for q in queries)


@pytest.mark.slow
def test_search_quality_on_seeds_and_sample(seeds_dir: Path) -> None:
    report = evaluate_search(shared=seeds_dir.parent, corpora=("seeds", "sample"))
    assert len(report.results) >= 26
    assert report.mrr() >= FLOOR_MRR, report.render()
    assert report.recall() >= FLOOR_RECALL, report.render()
    assert report.recall("english") >= FLOOR_ENGLISH_RECALL, report.render()
    assert report.mrr("number") >= FLOOR_NUMBER_MRR, report.render()
