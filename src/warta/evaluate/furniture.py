"""Cleaning scored on the synthetic furniture set, per outlet and per split (train vs held-out outlets).

A furniture line counts as removed when no line of the cleaned text equals it (a dateline-stripped lead
still counts as kept); a story paragraph counts as kept when the cleaned text contains it; a title is
right when cleaning took the story's headline, not a kicker or banner above it.
"""

from __future__ import annotations

from dataclasses import dataclass

from warta.clean import clean
from warta.evaluate.furniture_set import FurnitureArticle, furniture_articles
from warta.types import RawDocument

# Gate on the held-out outlets: furniture removed at least this share, every story line kept
# (measured 95.5%; the target is 95%).
HELD_OUT_REMOVED_GATE = 0.95


@dataclass(frozen=True)
class OutletScore:
    """One outlet's furniture removed, story lines kept and titles right."""

    outlet: str
    split: str
    removed: int
    furniture: int
    kept: int
    story: int
    titles_right: int
    articles: int
    missed: tuple[str, ...] = ()  # furniture left, then story lines lost ("lost: ...")


@dataclass(frozen=True)
class FurnitureReport:
    """Per-outlet scores and their sums per split."""

    outlets: tuple[OutletScore, ...]

    def totals(self, split: str) -> tuple[int, int, int, int, int, int]:
        """(removed, furniture, kept, story, titles right, articles) over the outlets of ``split``."""
        rows = [o for o in self.outlets if o.split == split]
        return (
            sum(o.removed for o in rows),
            sum(o.furniture for o in rows),
            sum(o.kept for o in rows),
            sum(o.story for o in rows),
            sum(o.titles_right for o in rows),
            sum(o.articles for o in rows),
        )

    def rate(self, split: str) -> tuple[float, float]:
        """(share of furniture removed, share of story lines kept) on ``split``."""
        removed, furniture, kept, story, _, _ = self.totals(split)
        return (removed / furniture if furniture else 1.0, kept / story if story else 1.0)

    @property
    def passed(self) -> bool:
        """Held-out outlets: at least the gate's share of furniture removed, every story line kept."""
        removed, kept = self.rate("held_out")
        return removed >= HELD_OUT_REMOVED_GATE and kept == 1.0

    def render(self) -> str:
        """Split totals first (the held-out row is the figure), then every outlet and what it missed."""
        n_out = {s: sum(1 for o in self.outlets if o.split == s) for s in ("train", "held_out")}
        rows = [f"synthetic furniture set: {len(self.outlets)} invented outlet layouts", ""]
        rows.append(f"{'outlets':<22} {'removed':>16} {'kept':>16} {'titles':>10}")
        for split in ("train", "held_out"):
            removed, furniture, kept, story, titles, articles = self.totals(split)
            rate_r, rate_k = self.rate(split)
            rows.append(
                f"{split + f' ({n_out[split]})':<22} {rate_r:7.1%} ({removed:>3}/{furniture:<3}) "
                f"{rate_k:7.1%} ({kept:>3}/{story:<3}) {titles:>4}/{articles:<4}"
            )
        rows += ["", "per outlet:"]
        for o in self.outlets:
            rows.append(
                f"  {o.outlet:<22} {o.split:<9} removed {o.removed}/{o.furniture}  kept {o.kept}/{o.story}"
                f"  titles {o.titles_right}/{o.articles}"
            )
            rows += [f"      {m}" for m in o.missed]
        return "\n".join(rows)


def _score(outlet: str, split: str, articles: list[FurnitureArticle]) -> OutletScore:
    removed = furniture = kept = story = titles = 0
    missed: list[str] = []
    for art in articles:
        cleaned = clean(
            RawDocument(source=f"furniture/{art.key}.txt", text=art.text, raw=art.text, format="text")
        )
        lines = set(cleaned.text.split("\n"))
        for line in art.furniture:
            furniture += 1
            if line in lines:
                missed.append(f"left: {line}")
            else:
                removed += 1
        for line in art.story:
            story += 1
            if line in cleaned.text:
                kept += 1
            else:
                missed.append(f"lost: {line}")
        titles += cleaned.metadata.title == art.title
    return OutletScore(
        outlet, split, removed, furniture, kept, story, titles, len(articles), tuple(dict.fromkeys(missed))
    )


def evaluate_furniture() -> FurnitureReport:
    """Clean every article of the synthetic set and score it per outlet."""
    by_outlet: dict[str, list[FurnitureArticle]] = {}
    for art in furniture_articles():
        by_outlet.setdefault(art.outlet, []).append(art)
    return FurnitureReport(tuple(_score(name, arts[0].split, arts) for name, arts in by_outlet.items()))
