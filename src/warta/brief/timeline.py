"""A story's timeline: the dates its articles establish, each with its most representative sentence, cited.

A date's weight is the number of articles whose sentences name that day (day-level mentions from
:mod:`warta.extract.dates`, never after the article's own date), plus a smaller weight for articles
published that day. For each chosen date the entry is the most central of the sentences that name
it (TF-IDF centrality among them), or of the leads published that day when no sentence names it.
It cites that sentence and every other article's sentence for the date that says the same thing.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from warta.brief.scorer import tfidf_vectors
from warta.brief.sentence_dates import article_dates
from warta.text.tokens import words
from warta.types import Article, Citation, Span, TimelineEntry


@dataclass(frozen=True)
class TimelineOptions:
    """Knobs for :func:`build_timeline`; ``dates`` fixes how many dates, else every supported date."""

    dates: int | None = None
    max_dates: int = 12
    sentences_per_date: int = 1
    min_words: int = 5
    max_words: int = 60
    published_weight: float = 0.3  # an article published on a day, relative to one naming the day
    lead_sentences: int = 3  # how many leading sentences stand for their article's own date
    same_thing: float = 0.45  # TF-IDF cosine at which another article's sentence is cited too
    start: str | None = None  # only dates on or after this ISO date
    end: str | None = None  # only dates on or before this ISO date


@dataclass(frozen=True)
class DatedSentence:
    """A sentence and the date it is about; ``named`` is True when it names the date itself."""

    date: str
    article: int
    position: int
    span: Span
    text: str
    named: bool


def dated_sentences(articles: Sequence[Article], *, options: TimelineOptions) -> list[DatedSentence]:
    """Every usable sentence with each day it names, and article leads with their publication date."""
    out: list[DatedSentence] = []
    for ai, article in enumerate(articles):
        mentions = [
            m
            for m in article_dates(article)
            if m.granularity == "day" and m.date and (not article.published or m.date <= article.published)
        ]
        k = 0
        for pos, span in enumerate(article.sentences):
            text = span.slice(article.text)
            usable = options.min_words <= len(words(text)) <= options.max_words
            named: set[str] = set()
            while k < len(mentions) and mentions[k].start < span.end:
                if mentions[k].start >= span.start and mentions[k].date:
                    named.add(str(mentions[k].date))
                k += 1
            if not usable:
                continue
            for day in sorted(named):
                out.append(DatedSentence(day, ai, pos, span, text, named=True))
            if not named and article.published and pos < options.lead_sentences:
                out.append(DatedSentence(article.published, ai, pos, span, text, named=False))
    return [d for d in out if _inside(d.date, options)]


def _inside(day: str, options: TimelineOptions) -> bool:
    return (options.start is None or day >= options.start) and (options.end is None or day <= options.end)


def date_weights(sents: Sequence[DatedSentence], *, options: TimelineOptions) -> dict[str, float]:
    """Each date's weight: articles naming it, plus ``published_weight`` per article published that day."""
    naming: dict[str, set[int]] = defaultdict(set)
    publishing: dict[str, set[int]] = defaultdict(set)
    for s in sents:
        (naming if s.named else publishing)[s.date].add(s.article)
    days = set(naming) | set(publishing)
    return {d: len(naming[d]) + options.published_weight * len(publishing[d] - naming[d]) for d in days}


def choose_dates(weights: dict[str, float], *, options: TimelineOptions) -> list[str]:
    """The heaviest dates (ties: the earlier), in date order."""
    ranked = sorted(weights, key=lambda d: (-weights[d], d))
    count = options.dates if options.dates is not None else options.max_dates
    return sorted(ranked[:count])


def build_timeline(
    articles: Sequence[Article], *, options: TimelineOptions | None = None
) -> tuple[TimelineEntry, ...]:
    """The story's dated events, one entry per date, in date order."""
    opts = options or TimelineOptions()
    sents = dated_sentences(articles, options=opts)
    if not sents:
        return ()
    by_date: dict[str, list[DatedSentence]] = defaultdict(list)
    for s in sents:
        by_date[s.date].append(s)
    entries: list[TimelineEntry] = []
    for day in choose_dates(date_weights(sents, options=opts), options=opts):
        pool = by_date[day]
        if any(s.named for s in pool):
            pool = [s for s in pool if s.named]
        entries.append(_entry(day, pool, articles, opts))
    return tuple(entries)


def _entry(
    day: str, pool: Sequence[DatedSentence], articles: Sequence[Article], opts: TimelineOptions
) -> TimelineEntry:
    """The date's most central sentence(s), cited with the other articles' matching sentences."""
    unique = list({(s.article, s.span.start): s for s in pool}.values())
    vectors = tfidf_vectors([s.text for s in unique])
    centroid = np.asarray(vectors.sum(axis=0)).ravel()
    central = vectors @ centroid + 0.1 / (1.0 + np.array([s.position for s in unique]))
    order = [int(i) for i in np.argsort(-central, kind="stable")]
    picked = [order[0]]
    for i in order[1:]:
        if len(picked) >= opts.sentences_per_date:
            break
        if all(float((vectors[i] @ vectors[j].T).toarray()[0, 0]) < opts.same_thing for j in picked):
            picked.append(i)
    picked.sort(key=lambda i: (unique[i].article, unique[i].position))
    cites: list[Citation] = []
    for i in picked:
        s = unique[i]
        cites.append(Citation(articles[s.article].id, s.span.start, s.span.end))
    sims = (vectors[picked[0]] @ vectors.T).toarray().ravel()
    cited = {unique[i].article for i in picked}
    for j in np.argsort(-sims, kind="stable").tolist():
        s = unique[j]
        if sims[j] >= opts.same_thing and s.article not in cited:
            cited.add(s.article)
            cites.append(Citation(articles[s.article].id, s.span.start, s.span.end))
    return TimelineEntry(date=day, text=" ".join(unique[i].text for i in picked), citations=tuple(cites))
