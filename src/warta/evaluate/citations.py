"""Citation gate: every cited span lies inside its article, and says what the summary sentence says.

A summary sentence's first citation must cover exactly that sentence (the summary is extractive);
each added supporting citation must be one of its article's sentences that the summary's own
similarity judges the same (at least ``same_thing``). Timeline citations must lie inside their
articles and the first must cover the entry's first sentence.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from warta.brief.build import build_brief
from warta.brief.summary import CandidateSimilarity, SummaryOptions, candidates
from warta.brief.timeline import build_timeline
from warta.types import Article, Citation, Story


@dataclass(frozen=True)
class CitationReport:
    """Counts of citations checked and those that hold, per corpus."""

    corpus: str
    citations: int
    inside: int
    precise: int
    timeline_citations: int
    timeline_inside: int

    def render(self) -> str:
        """One line per figure."""

        def rate(a: int, b: int) -> str:
            return f"{a}/{b} = {100 * a / b:.1f}%" if b else "n/a"

        return "\n".join(
            [
                f"{self.corpus}: summary citations inside their article {rate(self.inside, self.citations)}",
                f"{self.corpus}: summary citation precision {rate(self.precise, self.citations)}",
                f"{self.corpus}: timeline citations inside {rate(self.timeline_inside, self.timeline_citations)}",
            ]
        )


def _inside(c: Citation, by_id: dict[str, Article]) -> bool:
    a = by_id.get(c.article)
    return a is not None and 0 <= c.start < c.end <= len(a.text)


def check_story(
    story: Story, articles: Sequence[Article], *, options: SummaryOptions
) -> tuple[int, int, int]:
    """(citations, inside their article, precise) for one story's summary."""
    by_id = {a.id: a for a in articles}
    cands = candidates(articles, options=options)
    where = {(articles[c.article].id, c.span.start, c.span.end): k for k, c in enumerate(cands)}
    sim = CandidateSimilarity([c.text for c in cands], semantic=options.semantic)
    total = inside = precise = 0
    for sentence in story.summary:
        first = sentence.citations[0]
        row = None
        if (key := (first.article, first.start, first.end)) in where:
            row = sim.rows([where[key]], at_least=options.same_thing)[0]
        for n, c in enumerate(sentence.citations):
            total += 1
            if not _inside(c, by_id):
                continue
            inside += 1
            if n == 0:
                precise += int(by_id[c.article].text[c.start : c.end] == sentence.text)
            elif row is not None and (k := where.get((c.article, c.start, c.end))) is not None:
                precise += int(row[k] >= options.same_thing)
    return total, inside, precise


def evaluate_citations(
    paths: Sequence[Path], *, corpus: str, options: SummaryOptions | None = None
) -> CitationReport:
    """Read ``paths``, brief them, and check every summary and timeline citation."""
    from warta.api import read_articles

    opts = options or SummaryOptions()
    articles = read_articles(paths).articles
    by_id = {a.id: a for a in articles}
    from warta.brief.build import BriefOptions

    brief = build_brief(articles, options=BriefOptions(summary=opts))
    total = inside = precise = tl_total = tl_inside = 0
    for story in brief.stories:
        members = [by_id[a.id] for a in story.articles]
        t, i, p = check_story(story, members, options=opts)
        total, inside, precise = total + t, inside + i, precise + p
        for entry in build_timeline(members):
            for c in entry.citations:
                tl_total += 1
                tl_inside += int(_inside(c, by_id))
    return CitationReport(corpus, total, inside, precise, tl_total, tl_inside)


@dataclass(frozen=True)
class CitationReports:
    """The citation checks on several corpora."""

    reports: tuple[CitationReport, ...]

    @property
    def passed(self) -> bool:
        """The gate: every summary and timeline citation inside its article, every summary one precise."""
        return all(
            r.inside == r.precise == r.citations and r.timeline_inside == r.timeline_citations
            for r in self.reports
        )

    def render(self) -> str:
        """Every corpus's lines."""
        lines = [r.render() for r in self.reports]
        return "\n".join([*lines, f"gate (100% inside and precise): {'PASS' if self.passed else 'FAIL'}"])


def evaluate_seeds_and_sample(
    seeds: Path, sample: Path, *, options: SummaryOptions | None = None
) -> CitationReports:
    """The citation checks on the seeds and on the bundled sample corpus."""
    return CitationReports(
        (
            evaluate_citations([seeds], corpus="seeds", options=options),
            evaluate_citations([sample], corpus="sample", options=options),
        )
    )
