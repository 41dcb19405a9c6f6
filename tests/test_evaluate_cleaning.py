"""``evaluate_cleaning`` on the real seed gold, and its errors on bad input."""

from __future__ import annotations

import json
import re
from datetime import date
from pathlib import Path

import pytest

from conftest import GOLD, SEEDS, needs_shared
from warta.clean import clean
from warta.errors import InputError
from warta.evaluate.cleaning import FIELDS, evaluate_cleaning
from warta.types import RawDocument

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
    assert set(accuracy.values()) == {1.0}
    stated = report.published_stated  # every date the text states is read right
    assert stated is not None and (stated.correct, stated.total) == (4, 4)


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
    # and lone bulleted teasers were cut), 100% kept; dates 26/31 (5/5 of those the text states).
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


SAMPLE_GOLD = Path(__file__).resolve().parent / "gold" / "sample.gold.json"
SAMPLE_NEWS = Path(__file__).resolve().parents[1] / "src" / "warta" / "samples" / "news"


def test_sample_dates_all_right() -> None:
    report = evaluate_cleaning(SAMPLE_GOLD, seeds_dir=SAMPLE_NEWS, reference=REF)
    stated = report.published_stated
    assert stated is not None and (stated.correct, stated.total) == (11, 11)
    assert report.passed


def _outlet_key(name: str) -> str:
    return re.sub(r"(?<=...)(?:coid|com|co|id|tv|net)$", "", re.sub(r"[^a-z0-9]", "", name.casefold()))


def _same_outlet(got: str | None, want: str, domain: str) -> bool:
    """The outlet read is the gold's or the page host's name, up to case, dots and domain endings."""
    key = _outlet_key(got or "")
    names = [_outlet_key(want)]
    names += [p for p in domain.casefold().split(".") if len(p) >= 4 and p not in {"news", "www"}]
    return key == names[0] or (len(key) >= 4 and any(key in n or n in key for n in names))


@needs_shared(REALNEWS / "sources.json")
def test_realnews_outlets_named_in_text() -> None:
    # Measured 22/23 (ABDIMASKWARNAS alone before a dash is told from a place by nothing in the text).
    gold = json.loads((REALNEWS / "gold.json").read_text(encoding="utf-8"))
    sources = json.loads((REALNEWS / "sources.json").read_text(encoding="utf-8"))
    named = right = 0
    for key, record in gold["articles"].items():
        if not sources[key].get("outlet_in_text"):
            continue
        text = (REALNEWS / "articles" / f"{record['file']}.txt").read_text(encoding="utf-8")
        got = clean(RawDocument(source=key, text=text, raw=text, format="text"), reference=REF)
        named += 1
        right += _same_outlet(got.metadata.outlet, record["outlet"], sources[key]["domain"])
    assert named == 23 and right >= 22
