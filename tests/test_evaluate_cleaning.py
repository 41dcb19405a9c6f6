"""``evaluate_cleaning`` on the real seed gold, and its errors on bad input."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from conftest import GOLD, SEEDS, needs_shared
from warta.errors import InputError
from warta.evaluate.cleaning import FIELDS, evaluate_cleaning

REF = date(2026, 11, 23)


@needs_shared(GOLD)
def test_gold_report() -> None:
    report = evaluate_cleaning(GOLD, reference=REF)
    assert report.articles == 5
    assert report.boilerplate_removed.rate == 1.0 and report.boilerplate_removed.total == 18
    assert report.must_keep_kept.rate == 1.0 and report.must_keep_kept.total == 30
    assert report.passed
    assert report.metadata_removed.rate == 1.0 and report.metadata_removed.total == 8
    accuracy = {f.field: f.accuracy for f in report.fields}
    assert [f.field for f in report.fields] == list(FIELDS)
    assert accuracy.pop("published") >= 0.8  # 002's text has no date
    assert accuracy.pop("outlet") >= 0.8  # nor an outlet: gold's "Tribunnews" is UNCERTAIN, from the page
    assert set(accuracy.values()) == {1.0}
    stated = report.published_stated  # every date the text states is read right
    assert stated is not None and (stated.correct, stated.total) == (4, 4)
    assert report.outlet_named is None  # no sources.json beside the seeds' gold, no outlet_in_text in it


@needs_shared(GOLD)
def test_render_puts_headline_rates_first() -> None:
    text = evaluate_cleaning(GOLD, seeds_dir=SEEDS, reference=REF).render()
    lines = text.splitlines()
    assert lines[2].startswith("boilerplate removed") and "100.0%" in lines[2]
    assert lines[3].startswith("must_keep kept") and "100.0%" in lines[3]
    assert "published: 002: got None" in text


@pytest.mark.parametrize(
    ("content", "message"),
    [(None, "cannot read"), ("{not json", "not JSON"), ('{"case": "x"}', "no 'articles'")],
)
def test_bad_gold(tmp_path: Path, content: str | None, message: str) -> None:
    path = tmp_path / "gold.json"
    if content is not None:
        path.write_text(content, encoding="utf-8")
    with pytest.raises(InputError, match=message):
        evaluate_cleaning(path)


def test_missing_seed(tmp_path: Path) -> None:
    path = tmp_path / "gold" / "g.json"
    path.parent.mkdir()
    path.write_text('{"articles": {"000": {"file": "000_x.txt"}}}', encoding="utf-8")
    with pytest.raises(InputError, match="seeds_dir"):
        evaluate_cleaning(path)


REALNEWS = Path(__file__).resolve().parents[2] / "shared" / "data" / "realnews"


@needs_shared(REALNEWS / "gold.json")
def test_realnews_floor() -> None:
    # Real portal excerpts of 29 outlets: measured 100% (45/45) removed (93.3% before glued read-also links
    # and lone bulleted teasers were cut), 100% kept; dates 26/31 (5/5 of those the text states);
    # outlets 13/31 spelled as the gold spells them, 95.7% (22/23) of those the text names matched loosely
    # (ABDIMASKWARNAS alone before a dash is told from a place by nothing in the text).
    report = evaluate_cleaning(
        REALNEWS / "gold.json", seeds_dir=REALNEWS / "articles", reference=REF, min_removed=0.93
    )
    assert report.articles == 31
    assert report.boilerplate_removed.rate >= 0.97
    assert report.must_keep_kept.rate == 1.0
    assert report.passed
    published = next(f for f in report.fields if f.field == "published")
    assert published.correct >= 26
    stated = report.published_stated
    assert stated is not None and (stated.correct, stated.total) == (5, 5)
    named = report.outlet_named  # sources.json beside the gold says which 23 texts name their outlet
    assert named is not None and named.total == 23 and named.accuracy >= 0.95
    exact = next(f for f in report.fields if f.field == "outlet")
    assert exact.total == 31 and exact.correct >= 13  # the exact row stays, over all 31
    lines = report.render().splitlines()
    row = next(line for line in lines if line.startswith("outlet (named in text)"))
    assert f"({named.correct}/23)" in row
    assert lines.index(row) > next(i for i, line in enumerate(lines) if line.startswith("outlet "))


def test_outlet_named_from_the_gold_itself(tmp_path: Path) -> None:
    # A gold record's own outlet_in_text wins over a sources.json beside it; unnamed outlets are not scored.
    (tmp_path / "a.txt").write_text("KABARKITA.COM, Watugede – Hujan deras turun sejak pagi.\n", "utf-8")
    (tmp_path / "b.txt").write_text("Hujan deras turun sejak pagi di Watugede.\n", "utf-8")
    articles = {
        "a": {"file": "a.txt", "outlet": "Kabarkita.com", "outlet_in_text": True},
        "b": {"file": "b.txt", "outlet": "Warta Lain", "outlet_in_text": False},
    }
    gold = tmp_path / "gold.json"
    gold.write_text(json.dumps({"articles": articles}), encoding="utf-8")
    (tmp_path / "sources.json").write_text('{"a": {"outlet_in_text": false}}', encoding="utf-8")
    named = evaluate_cleaning(gold, seeds_dir=tmp_path, reference=REF).outlet_named
    assert named is not None and named.total == 1


def test_bad_sources_beside_gold(tmp_path: Path) -> None:
    (tmp_path / "gold.json").write_text('{"articles": {}}', encoding="utf-8")
    (tmp_path / "sources.json").write_text("[1, 2]", encoding="utf-8")
    with pytest.raises(InputError, match=r"sources\.json"):
        evaluate_cleaning(tmp_path / "gold.json", seeds_dir=tmp_path)


SAMPLE_GOLD = Path(__file__).resolve().parent / "gold" / "sample.gold.json"
SAMPLE_NEWS = Path(__file__).resolve().parents[1] / "src" / "warta" / "samples" / "news"


def test_sample_dates_all_right() -> None:
    report = evaluate_cleaning(SAMPLE_GOLD, seeds_dir=SAMPLE_NEWS, reference=REF)
    stated = report.published_stated
    assert stated is not None and (stated.correct, stated.total) == (11, 11)
    assert report.passed
    assert report.outlet_named is None
