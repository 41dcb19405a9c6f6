"""Assemble briefs: group articles into stories, then title, summary and article list per story."""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field

from warta import __version__
from warta.brief.known import disputed_now, known_now
from warta.brief.per_article import one_build
from warta.brief.sentence_dates import article_dates
from warta.brief.summary import SummaryOptions, summarize
from warta.brief.time_order import publication_times
from warta.brief.timeline import TimelineOptions, build_timeline
from warta.brief.title import story_title
from warta.extract.facts import ArticleFacts, extract_facts
from warta.reconcile.story import reconcile_story
from warta.stories.dedupe import Copy, count_independent, find_duplicates
from warta.stories.group import GroupingOptions, index_records
from warta.stories.records import build_records
from warta.types import Article, Brief, BriefArticle, Skipped, Story, SummarySentence


@dataclass(frozen=True)
class BriefOptions:
    """How briefs are built: summary length and grouping thresholds."""

    summary: SummaryOptions = field(default_factory=SummaryOptions)
    grouping: GroupingOptions = field(default_factory=GroupingOptions)
    single_story: bool = False  # treat all input as one story
    facts: bool = True  # extract and reconcile figures, quotes and entities
    timeline: TimelineOptions = field(default_factory=TimelineOptions)


def story_id(articles: Sequence[Article]) -> str:
    """A stable id from the member article ids."""
    digest = hashlib.sha256("|".join(sorted(a.id for a in articles)).encode()).hexdigest()
    return "s" + digest[:11]


def brief_article(article: Article) -> BriefArticle:
    """The article as the brief lists it (no raw text, no sentence spans)."""
    return BriefArticle(
        id=article.id,
        source=article.source,
        outlet=article.outlet,
        title=article.title,
        published=article.published,
        language=article.language,
        credited_sources=article.credited_sources,
        text=article.text,
        url=article.url,
        dateline=article.dateline,
        byline=article.byline,
        editor=article.editor,
        published_at=article.published_at,
    )


def choose_title(articles: Sequence[Article], summary: Sequence[SummarySentence]) -> str:
    """The story's title: its most recent representative headline (:func:`warta.brief.title.story_title`)."""
    return story_title(articles, summary)


def build_story(
    articles: Sequence[Article],
    *,
    options: BriefOptions | None = None,
    id: str | None = None,
    copies: Mapping[str, Copy] | None = None,
    article_facts: Mapping[str, ArticleFacts] | None = None,
) -> Story:
    """One story's brief from its articles.

    ``id`` is the story engine's id when there is one (else derived from the articles); ``copies``
    are dedupe's verdicts, so that copies and shared wire stories count as one independent source.
    ``article_facts`` are articles' :func:`~warta.extract.facts.extract_facts` computed before (the archive
    stores them, :mod:`warta.store.article_facts`); an article without an entry is extracted here.
    """
    with one_build():  # dates are found once per article, for the facts and the timeline
        return _build_story(
            articles, opts=options or BriefOptions(), id=id, copies=copies, article_facts=article_facts
        )


def _build_story(
    articles: Sequence[Article],
    *,
    opts: BriefOptions,
    id: str | None,
    copies: Mapping[str, Copy] | None,
    article_facts: Mapping[str, ArticleFacts] | None,
) -> Story:
    ordered = sorted(articles, key=lambda a: (a.published or "9999", a.source))
    summary = summarize(ordered, options=opts.summary)
    published = publication_times(ordered)
    by_outlet = {a.id: a.outlet for a in ordered if a.outlet}
    if copies is None:
        copies = find_duplicates(list(build_records(ordered)))
    known = article_facts or {}
    per_article = (
        [known.get(a.id) or extract_facts(a, dates=article_dates(a)) for a in ordered] if opts.facts else []
    )
    facts = reconcile_story(per_article, copies=copies) if opts.facts else None
    dates = sorted(a.published for a in ordered if a.published)
    outlets = tuple(sorted({a.outlet for a in ordered if a.outlet}))
    return Story(
        id=id or story_id(ordered),
        title=choose_title(ordered, summary),
        articles=tuple(brief_article(a) for a in ordered),
        summary=summary,
        first_published=dates[0] if dates else None,
        last_published=dates[-1] if dates else None,
        outlets=outlets,
        independent_sources=count_independent([a.id for a in ordered], copies),
        figures=facts.figures if facts else (),
        quotes=facts.quotes if facts else (),
        entities=facts.entities if facts else (),
        timeline=build_timeline(
            ordered, options=opts.timeline, dates={f.article: f.dates for f in per_article}
        ),
        known_now=known_now(facts.figures, published, by_outlet) if facts else (),
        disputed_now=disputed_now(facts.figures, published, by_outlet) if facts else (),
    )


StageProgress = Callable[[str, int, int], None]  # (stage, done, total): "grouping", then "briefing"


def build_brief(
    articles: Sequence[Article],
    *,
    options: BriefOptions | None = None,
    skipped: Sequence[Skipped] = (),
    progress: StageProgress | None = None,
) -> Brief:
    """Group ``articles`` into stories and brief each one; the largest stories come first.

    ``progress`` is told ``("grouping", 0, 0)`` first, then ``("briefing", done, stories)`` per story.
    """
    opts = options or BriefOptions()
    if progress is not None:
        progress("grouping", 0, 0)
    records = list(build_records(articles, backend=opts.grouping.backend))
    index = index_records(records, options=opts.grouping)
    copies = index.duplicates.copies()
    if not articles:
        groups: list[list[int]] = []
    elif opts.single_story:
        groups = [list(range(len(articles)))]
    else:
        by_story: dict[str, list[int]] = {}
        for i, record in enumerate(records):
            by_story.setdefault(index.story_of(record.id) or record.id, []).append(i)
        groups = sorted(by_story.values(), key=lambda g: g[0])
    stories = []
    for n, g in enumerate(groups):
        if progress is not None:
            progress("briefing", n, len(groups))
        members = [articles[i] for i in g]
        sid = None if opts.single_story else index.story_of(members[0].id)
        stories.append(build_story(members, options=opts, id=sid, copies=copies))
    stories.sort(key=lambda s: (-len(s.articles), s.first_published or "9999", s.id))
    return Brief(stories=tuple(stories), version=__version__, skipped=tuple(skipped))
