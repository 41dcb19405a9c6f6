"""A gold file in the shared format, one story at a time: its articles as warta reads them and the gold
narrowed to them (the figure scripts score and train story by story, as a brief reconciles)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from warta.types import Article


@dataclass(frozen=True)
class GoldStory:
    """The ``number``-th story of a gold file."""

    number: int
    story: list[str]  # the gold's article keys
    articles: list[Article]  # the story's articles warta read (those of the gold it found)
    gold: dict[str, Any]  # the gold with only this story's ``articles``


def gold_stories(path: Path, folder: Path) -> Iterator[GoldStory]:
    """Each story of the gold at ``path`` (every article one story when it names none), read from
    ``folder``."""
    from warta.api import read_articles
    from warta.evaluate.facts import gold_keys

    gold = json.loads(path.read_text(encoding="utf-8"))
    gold = gold[0] if isinstance(gold, list) else gold
    articles = read_articles([folder]).articles
    ids = gold_keys(gold, articles)
    by_id = {a.id: a for a in articles}
    for n, story in enumerate(gold.get("stories") or [list(gold["articles"])]):
        arts = [by_id[ids[k]] for k in story if k in ids]
        sub = {**gold, "articles": {k: gold["articles"][k] for k in story if k in gold["articles"]}}
        yield GoldStory(n, list(story), arts, sub)
