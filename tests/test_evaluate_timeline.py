from __future__ import annotations

import pytest

from conftest import DATA, needs_shared
from warta.evaluate.timeline import (
    BASELINE,
    TimelineReport,
    TimelineScores,
    mean_scores,
    read_topics,
    tilse_scores,
    untokenize,
    warta_timeline,
)


@pytest.mark.parametrize(
    ("ptb", "text"),
    [
        ("WASHINGTON -LRB- Reuters -RRB- - Oil", "WASHINGTON ( Reuters ) - Oil"),
        ("he said `` no '' .", 'he said " no " .'),
        ("  plain  ", "plain"),
    ],
)
def test_untokenize_restores_brackets_and_quotes(ptb: str, text: str) -> None:
    assert untokenize(ptb) == text


def test_tilse_scores_dates_and_alignment_rouge(perl_rouge: None) -> None:
    reference = {
        "2010-04-20": ["An explosion on the rig kills 11 workers ."],
        "2010-04-22": ["The rig sinks ."],
    }
    predicted = {"2010-04-20": ["The rig exploded killing 11 workers ."], "2010-04-23": ["Oil leaks ."]}
    got = tilse_scores(predicted, reference)
    assert got.date_f1 == pytest.approx(0.5)
    assert 0.3 < got.ar1_f < 0.9
    perfect = tilse_scores(reference, reference)
    assert perfect.date_f1 == pytest.approx(1.0)
    assert perfect.ar1_f == pytest.approx(1.0)


def test_mean_scores_average_over_timelines() -> None:
    got = mean_scores([TimelineScores(1.0, 0.2, 0.1), TimelineScores(0.5, 0.0, 0.0)])
    assert got == TimelineScores(0.75, 0.1, 0.05)


@needs_shared(DATA / "timeline" / "t17")
def test_warta_floor_on_two_small_topics(perl_rouge: None) -> None:
    """A quick gate on a fixed subset of small topics; the full run is `warta eval timeline`."""
    topics = read_topics(DATA / "timeline" / "t17", names=("H1N1_bbc", "bpoil_foxnews"))
    got = mean_scores([tilse_scores(warta_timeline(t), t.reference) for t in topics])
    # The brief's own defaults. Measured 0.929 / 0.128 / 0.029 (H1N1_bbc 0.137 / 0.038, bpoil_foxnews
    # 0.119 / 0.019); the former benchmark-only set-up (leads dated the day before too, announced days
    # dropped) read 0.139 / 0.032 here, the same as the defaults now over all 18 timelines.
    assert got.date_f1 >= 0.90  # baseline 0.909
    assert got.ar1_f >= 0.125  # baseline 0.091
    assert got.ar2_f >= 0.027  # baseline 0.023


@pytest.mark.parametrize(("ar1", "passed"), [(0.11, True), (0.05, False)])
def test_gate_wants_warta_at_least_the_baseline(ar1: float, passed: bool) -> None:
    report = TimelineReport(
        timelines=1,
        systems={"warta": TimelineScores(0.5, ar1, 0.04), BASELINE: TimelineScores(0.5, 0.07, 0.02)},
    )
    assert report.passed is passed
    assert ("PASS" if passed else "FAIL") in report.render()
