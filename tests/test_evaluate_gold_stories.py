"""A gold file story by story: the articles warta read for each, the gold narrowed to them."""

from __future__ import annotations

import json

from conftest import DATA, needs_shared
from warta.evaluate.gold_stories import gold_stories

REALNEWS = DATA / "realnews"


@needs_shared(REALNEWS / "gold.json")
def test_each_story_has_its_articles_and_only_their_gold() -> None:
    gold = json.loads((REALNEWS / "gold.json").read_text(encoding="utf-8"))
    parts = list(gold_stories(REALNEWS / "gold.json", REALNEWS / "articles"))
    assert [p.story for p in parts] == gold["stories"]
    assert [p.number for p in parts] == list(range(len(gold["stories"])))
    for p in parts:
        assert len(p.articles) == len(p.story)
        assert set(p.gold["articles"]) == set(p.story)
        assert p.gold["figures"] == gold["figures"]  # narrowing figures is the caller's choice
