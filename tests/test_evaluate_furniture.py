"""The synthetic furniture set and its report: outlets split, held-out figures pinned under measured."""

from __future__ import annotations

from warta.evaluate.furniture import evaluate_furniture
from warta.evaluate.furniture_outlets import LAYOUTS
from warta.evaluate.furniture_set import furniture_articles, split_of
from warta.evaluate.gates import Gates


def test_set_splits_by_outlet() -> None:
    articles = furniture_articles()
    assert len(LAYOUTS) >= 20
    splits: dict[str, set[str]] = {}
    for art in articles:
        splits.setdefault(art.outlet, set()).add(art.split)
        assert set(art.furniture) <= set(art.text.split("\n"))
    assert all(len(s) == 1 for s in splits.values())  # an outlet is never in both splits
    held = {o for o, s in splits.items() if s == {"held_out"}}
    assert len(held) == sum(1 for i in range(len(LAYOUTS)) if split_of(i) == "held_out") == 8


def test_held_out_floor() -> None:
    report = evaluate_furniture()
    removed, kept = report.rate("held_out")
    assert removed >= 0.98  # measured 100.0% (176/176); 95.5% before no_letters and ui_status
    assert kept == 1.0
    _, _, _, _, titles, articles = report.totals("held_out")
    assert titles == articles  # no kicker, banner or caption became a title
    train_removed, train_kept = report.rate("train")
    assert train_removed == 1.0 and train_kept == 1.0  # measured 100.0% (344/344)
    assert report.passed


def test_render_and_combined_gate() -> None:
    report = evaluate_furniture()
    text = report.render()
    assert text.splitlines()[3].startswith("train (18)")
    assert text.splitlines()[4].startswith("held_out (8)")
    both = Gates((report, report))
    assert both.passed and both.render().count("synthetic furniture set") == 2
