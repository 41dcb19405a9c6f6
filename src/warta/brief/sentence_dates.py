"""As-of dates of sentences: the day a sentence's statement refers to, else its article's date."""

from __future__ import annotations

from collections.abc import Sequence

from warta.brief.per_article import once
from warta.extract.dates import DateMention, as_of, find_dates
from warta.types import Article, Span


def article_dates(article: Article) -> list[DateMention]:
    """Every date mention in the article, resolved against its publication date (found once per
    article inside one brief build: the facts and the timeline read the same list)."""
    return once("dates", article, _find)


def _find(article: Article) -> list[DateMention]:
    return find_dates(article.text, published=article.published, language=article.language or "id")


def sentence_dates(articles: Sequence[Article], spans: Sequence[tuple[int, Span]]) -> list[str | None]:
    """The as-of date of each ``(article index, sentence span)``; articles are scanned once each."""
    found: dict[int, list[DateMention]] = {}
    out: list[str | None] = []
    for ai, span in spans:
        article = articles[ai]
        if ai not in found:
            found[ai] = article_dates(article)
        out.append(as_of(span, article.text, article.sentences, found[ai], published=article.published))
    return out
