"""Every fact one article states: dated figures, entities, quotes. A pure per-article step.

>>> facts = extract_facts(article)        # doctest: +SKIP
>>> [f.value().value for f in facts.figures]   # doctest: +SKIP
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from warta.extract.dates import DateMention, as_of, find_dates
from warta.extract.entities import EntityMention, find_entities
from warta.extract.figures import ArticleFigure, find_figures
from warta.extract.quotes import QuoteMention, find_quotes
from warta.types import Article, Span


@dataclass(frozen=True)
class ArticleFacts:
    """What :func:`extract_facts` finds in one article; every item carries offsets into its text."""

    article: str
    dates: tuple[DateMention, ...]
    figures: tuple[ArticleFigure, ...]
    entities: tuple[EntityMention, ...]
    quotes: tuple[QuoteMention, ...]


def extract_facts(article: Article, *, dates: Sequence[DateMention] | None = None) -> ArticleFacts:
    """Dates, figures (with as-of dates), entities and quotes of ``article``.

    ``dates``: the article's date mentions when the caller has found them already (``find_dates`` of
    its text, publication date and language), so that they are not found twice.
    """
    language = article.language or "id"
    published = article.published
    if dates is None:
        dates = find_dates(article.text, published=published, language=language)

    def dated(span: Span) -> str | None:
        return as_of(span, article.text, article.sentences, dates, published=published)

    figures = find_figures(
        article.text,
        article.sentences,
        article=article.id,
        language=language,
        as_of=dated,
        outlet=article.outlet,
    )
    entities = find_entities(article.text, language=language)
    quotes = find_quotes(article.text, article.sentences, entities=entities, language=language)
    return ArticleFacts(article.id, tuple(dates), tuple(figures), tuple(entities), tuple(quotes))
