"""Extraction scoring mirrors the Scrapinghub benchmark; warta beats trafilatura and readability on a fixed subset."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import DATA, needs_shared
from warta.errors import InputError
from warta.evaluate.extraction import (
    ENSEMBLE,
    HALVES,
    JUSTEXT,
    OURS,
    READABILITY,
    TRAFILATURA_DEFAULT,
    TRAFILATURA_PRECISION,
    ExtractionReport,
    ExtractionSuite,
    PageScore,
    evaluate_extraction,
    evaluate_extraction_sets,
    extraction_sets,
    half_of,
    load_benchmark,
    score_page,
    score_system,
    tokenize,
)

BENCH = DATA / "extraction" / "scrapinghub"
SUBSET = 40  # the first 40 page ids in sorted order

# Measured on the subset (see the module docstring for the command); floors sit just under.
FLOORS = {
    OURS: {"precision": 0.983, "recall": 0.982, "f1": 0.983},
    TRAFILATURA_PRECISION: {"f1": 0.965},
}

GOLD = "The river rose two metres overnight. Hundreds of families left their homes before dawn."


@pytest.mark.parametrize(
    ("true", "pred", "expected"),
    [
        (GOLD, GOLD, (1.0, 0.0, 0.0)),
        (GOLD, "", (0.0, 0.0, 1.0)),
        ("", GOLD, (0.0, 1.0, 0.0)),
        ("", "", (0.0, 0.0, 0.0)),
        (None, None, (0.0, 0.0, 0.0)),
        # 14 gold tokens make 11 shingles; 2 more tokens add 2 shingles.
        (GOLD, GOLD + " Share this", (11 / 13, 2 / 13, 0.0)),
        # Case is kept: a lower-cased prediction shares no shingle with the gold.
        ("Rain Falls Hard Today", "rain falls hard today", (0.0, 0.5, 0.5)),
        # A text under four tokens is one short shingle.
        ("Banjir rob", "Banjir rob", (1.0, 0.0, 0.0)),
        # Shingles are a multiset: the repeated "a b c d" matches the gold's one only once.
        ("a b c d", "a b c d a b c d", (1 / 5, 4 / 5, 0.0)),
    ],
)
def test_score_page_counts_shingles_like_upstream(
    true: str | None, pred: str | None, expected: tuple[float, float, float]
) -> None:
    score = score_page(true, pred)
    assert (score.tp, score.fp, score.fn) == pytest.approx(expected)


def test_tokens_are_word_runs_in_any_script() -> None:
    assert tokenize("Rp 4,2 miliar—kata Arif; 東京") == ["Rp", "4", "2", "miliar", "kata", "Arif", "東京"]


def test_empty_predictions_count_for_recall_only() -> None:
    pages = [score_page(GOLD, GOLD), score_page(GOLD, "")]
    row = score_system("x", pages)
    assert row.precision == 1.0  # the empty prediction is left out of precision
    assert row.recall == 0.5  # but counts as zero recall
    assert row.f1 == pytest.approx(2 * 1.0 * 0.5 / 1.5)
    assert row.accuracy == 0.5 and row.pages == 2


def test_pages_with_empty_gold_and_prediction_are_left_out() -> None:
    row = score_system("x", [score_page(GOLD, GOLD), score_page("", "")])
    assert (row.precision, row.recall, row.pages) == (1.0, 1.0, 2)


def test_report_names_the_best_baseline_and_the_verdict() -> None:
    rows = tuple(
        score_system(name, [PageScore(tp, 1 - tp, 0.0, exact=False)])
        for name, tp in [(TRAFILATURA_DEFAULT, 0.5), (TRAFILATURA_PRECISION, 0.7), (OURS, 0.9)]
    )
    report = ExtractionReport(rows=rows, pages=1)
    assert report.best_baseline().system == TRAFILATURA_PRECISION
    assert report.ours_beats_baseline()
    text = report.render()
    assert all(name in text for name in (TRAFILATURA_DEFAULT, TRAFILATURA_PRECISION, OURS))
    assert "beats the best trafilatura row" in text


def test_a_missing_benchmark_says_where_to_point(tmp_path: Path) -> None:
    with pytest.raises(InputError, match=r"ground-truth\.json"):
        load_benchmark(tmp_path)
    with pytest.raises(InputError, match=r"folder of sets"):
        extraction_sets(tmp_path)


def test_a_folder_of_sets_is_read_set_by_set(tmp_path: Path) -> None:
    for name in ("b-set", "a-set"):
        (tmp_path / name).mkdir()
        (tmp_path / name / "ground-truth.json").write_text("{}", encoding="utf-8")
    (tmp_path / "notes").mkdir()
    assert [p.name for p in extraction_sets(tmp_path)] == ["a-set", "b-set"]
    assert extraction_sets(tmp_path / "a-set") == [tmp_path / "a-set"]


def test_halves_are_stable_and_split_the_pages() -> None:
    pages = [f"{i:064x}" for i in range(400)]
    halves = [half_of(p) for p in pages]
    assert halves == [half_of(p) for p in pages] and set(halves) == set(HALVES)
    assert 150 < halves.count("dev") < 250


@pytest.fixture(scope="module")
def subset_report() -> ExtractionReport:
    return evaluate_extraction(BENCH, limit=SUBSET)


@needs_shared(BENCH / "ground-truth.json")
def test_subset_is_the_first_ids_in_sorted_order() -> None:
    gold = load_benchmark(BENCH, limit=SUBSET)
    assert len(gold) == SUBSET and list(gold) == sorted(gold)
    assert all(body for body in gold.values())


@needs_shared(BENCH / "ground-truth.json")
@pytest.mark.parametrize(
    ("system", "metric", "floor"),
    [(system, metric, floor) for system, floors in FLOORS.items() for metric, floor in floors.items()],
)
def test_subset_figures_stay_above_their_floors(
    subset_report: ExtractionReport, system: str, metric: str, floor: float
) -> None:
    row = subset_report.row(system)
    assert row.pages == SUBSET
    assert getattr(row, metric) >= floor, subset_report.render()


@needs_shared(BENCH / "ground-truth.json")
def test_ours_beats_the_best_trafilatura_configuration(subset_report: ExtractionReport) -> None:
    assert subset_report.ours_beats_baseline(), subset_report.render()
    assert subset_report.passed


@needs_shared(BENCH / "ground-truth.json")
def test_each_half_is_scored_on_its_own_pages(subset_report: ExtractionReport) -> None:
    dev, test = subset_report.half_row("dev", OURS), subset_report.half_row("test", OURS)
    assert dev.pages + test.pages == SUBSET and min(dev.pages, test.pages) > 10
    assert min(dev.f1, test.f1) >= FLOORS[OURS]["f1"] - 0.01
    assert "F1 dev" in subset_report.render() and "F1 test" in subset_report.render()


@needs_shared(BENCH / "ground-truth.json")
def test_jusText_and_the_ensemble_run_beside(subset_report: ExtractionReport) -> None:
    pytest.importorskip("readability")
    assert subset_report.row(JUSTEXT).f1 >= 0.80  # measured 0.84 on all pages
    ensemble = subset_report.row(ENSEMBLE)
    # The vote only ever drops heading-shaped lines of warta's text: it cannot lose much.
    assert abs(ensemble.f1 - subset_report.row(OURS).f1) < 0.01
    assert ensemble.seconds > subset_report.row(OURS).seconds


@needs_shared(DATA / "extraction" / "scrapinghub" / "ground-truth.json")
def test_every_set_in_the_shared_folder_gets_a_table() -> None:
    suite = evaluate_extraction_sets(DATA / "extraction", limit=4)
    assert isinstance(suite, ExtractionSuite)
    assert "scrapinghub" in [r.name for r in suite.reports]
    assert all(r.pages == 4 for r in suite.reports)
    assert "set scrapinghub" in suite.render()


@needs_shared(BENCH / "ground-truth.json")
def test_readability_runs_beside_and_every_row_is_timed(subset_report: ExtractionReport) -> None:
    pytest.importorskip("readability")
    row = subset_report.row(READABILITY)
    assert row.f1 >= 0.96  # measured 0.965 on the subset
    assert subset_report.row(OURS).f1 > row.f1
    assert all(r.pages_per_second > 0 for r in subset_report.rows)
    assert "pages/s" in subset_report.render() and "readability-lxml" in subset_report.render()
