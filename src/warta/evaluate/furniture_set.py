"""The synthetic furniture set: invented stories printed in the layouts of invented outlets, with gold.

Every article is one of :data:`~warta.evaluate.furniture_stories.STORIES` in one
:data:`~warta.evaluate.furniture_outlets.LAYOUTS` layout. The gold of an article is its furniture lines
(to be removed) and its story paragraphs (to be kept). Outlets are split, never articles: the model
learns on the ``train`` outlets and is scored on the ``held_out`` ones.
"""

from __future__ import annotations

from dataclasses import dataclass

from warta.evaluate.furniture_outlets import LAYOUTS, Layout
from warta.evaluate.furniture_stories import STORIES, TEASERS, Story

# Every third layout is held out of training (8 of 26; the last two added are train): an outlet's furniture is never seen twice.
HELD_OUT_EVERY = 3
# Each outlet prints this many of the stories.
STORIES_PER_OUTLET = 4


@dataclass(frozen=True)
class FurnitureArticle:
    """One synthetic article: its outlet, split, full text, furniture lines and story lines."""

    outlet: str
    split: str  # "train" or "held_out"
    key: str
    text: str
    furniture: tuple[str, ...]
    story: tuple[str, ...]  # paragraphs as kept (the lead without its dateline)
    title: str


def split_of(index: int) -> str:
    """The split of the layout at ``index`` in :data:`LAYOUTS`."""
    return "held_out" if index % HELD_OUT_EVERY == HELD_OUT_EVERY - 1 else "train"


def _fill(template: str, layout: Layout, story: Story, teaser: str) -> str:
    return (
        template.replace("{PLACE}", story.place.upper())
        .replace("{Place}", story.place)
        .replace("{place}", story.place.casefold().replace(" ", ""))
        .replace("{site}", layout.site)
        .replace("{name}", layout.name)
        .replace("{teaser}", teaser)
    )


def build_article(index: int, layout: Layout, number: int) -> FurnitureArticle:
    """The ``number``-th story printed in ``layout`` (deterministic)."""
    story = STORIES[(index * 3 + number) % len(STORIES)]
    teasers = iter(TEASERS[(index + number + k) % len(TEASERS)] for k in range(32))
    furniture: list[str] = []
    lines: list[str] = []

    def put(templates: tuple[str, ...]) -> None:
        for t in templates:
            line = _fill(t, layout, story, next(teasers))
            lines.append(line)
            furniture.append(line)

    put(layout.head)
    lines.append(story.title)
    put(layout.under_title)
    lines.append(_fill(layout.dateline, layout, story, "") + story.lead)
    middle = 1 + (index + number) % max(1, len(story.body) - 1)
    for k, paragraph in enumerate(story.body):
        if k == middle:
            put(layout.inline)
        lines.append(paragraph)
    put(layout.tail)
    return FurnitureArticle(
        outlet=layout.name,
        split=split_of(index),
        key=f"{index:02d}-{number}",
        text="\n".join(lines),
        furniture=tuple(furniture),
        story=(story.lead, *story.body),
        title=story.title,
    )


def furniture_articles() -> list[FurnitureArticle]:
    """Every article of the set, outlet by outlet."""
    return [
        build_article(i, layout, n) for i, layout in enumerate(LAYOUTS) for n in range(STORIES_PER_OUTLET)
    ]
