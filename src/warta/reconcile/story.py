"""A story's facts across its articles: figure groups with statuses, canonical quotes, merged entities."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from warta.extract.facts import ArticleFacts
from warta.reconcile.entities import merge_entities
from warta.reconcile.figures import reconcile_figures
from warta.reconcile.quotes import merge_quotes
from warta.stories.dedupe import Copy
from warta.types import EntityRecord, FigureGroup, QuoteRecord


@dataclass(frozen=True)
class StoryFacts:
    """Reconciled facts of one story."""

    figures: tuple[FigureGroup, ...]
    quotes: tuple[QuoteRecord, ...]
    entities: tuple[EntityRecord, ...]


def reconcile_story(
    facts: Sequence[ArticleFacts], *, copies: Mapping[str, Copy] | None = None, figure_join: str = "cascade"
) -> StoryFacts:
    """Group figures like with like (agree / conflict / updated / single), merge quotes and entities.

    ``copies`` are dedupe's verdicts: a copy's value is not a second confirmation of its original's.
    ``figure_join`` is how figure groups form (:func:`~warta.reconcile.figures.reconcile_figures`'s ``join``).
    """
    figures = reconcile_figures([f for a in facts for f in a.figures], copies=copies, join=figure_join)
    entities = merge_entities({a.article: a.entities for a in facts})
    quotes = merge_quotes({a.article: a.quotes for a in facts}, entities=entities)
    return StoryFacts(figures=figures, quotes=quotes, entities=entities)
