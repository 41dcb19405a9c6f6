"""Copy pairs of a gold file (the shared format's ``duplicates``) against dedupe, with their direction.

The shared gold README gives ``duplicates`` as pairs of articles that copy each other. A pair written
``{"copy": key, "of": key}`` (or ``"original"``) states its direction; a bare pair ``[a, b]`` does not,
and is scored as found or not only. Dedupe runs as a brief runs it, over each gold story's articles.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from warta.stories.dedupe import find_duplicates
from warta.stories.records import build_records
from warta.types import Article


@dataclass(frozen=True)
class GoldDuplicates:
    """One gold file's copy pairs: how many, how many dedupe found, and how many it points right."""

    name: str
    pairs: int
    directed: int
    predicted: int
    found: int
    direction_right: int

    def render(self) -> str:
        """One line: "realnews gold: 0 copy pairs (0 with a direction), dedupe predicts 0, ..."."""
        return (
            f"{self.name} gold: {self.pairs} copy pairs ({self.directed} with a direction), "
            f"dedupe predicts {self.predicted}, found {self.found}/{self.pairs}, "
            f"direction right {self.direction_right}/{self.directed}"
        )


def _pair(item: Any) -> tuple[str, str, bool]:
    """(copy, original, directed) of one gold entry."""
    if isinstance(item, Mapping):
        return str(item["copy"]), str(item.get("of") or item["original"]), True
    first, second = item
    return str(first), str(second), False


def score_gold_duplicates(
    name: str, gold: Mapping[str, Any], articles: Sequence[Article], ids: Mapping[str, str]
) -> GoldDuplicates:
    """Score dedupe on ``articles`` against ``gold["duplicates"]`` (``ids``: gold key -> article id)."""
    by_id = {a.id: a for a in articles}
    predicted: set[tuple[str, str]] = set()
    for story in gold.get("stories") or [list(gold["articles"])]:
        members = [by_id[ids[k]] for k in story if k in ids]
        if len(members) > 1:
            verdicts = find_duplicates(list(build_records(members)))
            predicted |= {(c.id, c.duplicate_of) for c in verdicts.values() if c.duplicate_of}
    unordered = {frozenset(p) for p in predicted}
    pairs = [_pair(item) for item in gold.get("duplicates") or ()]
    found = [
        (ids.get(c), ids.get(o), d) for c, o, d in pairs if frozenset((ids.get(c), ids.get(o))) in unordered
    ]
    return GoldDuplicates(
        name=name,
        pairs=len(pairs),
        directed=sum(1 for *_, d in pairs if d),
        predicted=len(predicted),
        found=len(found),
        direction_right=sum(1 for c, o, d in found if d and (c, o) in predicted),
    )


def evaluate_gold(name: str, gold_path: Path, articles_dir: Path) -> GoldDuplicates:
    """Read a gold file in the shared format and its articles' folder, and score its copy pairs."""
    from warta.api import read_articles
    from warta.evaluate.facts import gold_keys, load_gold

    gold = load_gold(gold_path)
    result = read_articles([articles_dir])
    return score_gold_duplicates(name, gold, result.articles, gold_keys(gold, result.articles))


def shared_golds(shared: Path) -> list[GoldDuplicates]:
    """The realnews and seeds golds under ``shared`` that are present, scored."""
    cases = (
        ("realnews", shared / "data" / "realnews" / "gold.json", shared / "data" / "realnews" / "articles"),
        ("seeds", shared / "gold" / "seeds.gold.json", shared / "seeds"),
    )
    return [evaluate_gold(n, g, a) for n, g, a in cases if g.is_file() and a.is_dir()]
