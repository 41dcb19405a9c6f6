"""Summary checks on multi-article stories: sentences that stand alone, and the latest figures known.

On the stories of the seeds, the bundled sample and ``shared/data/realnews`` that hold two articles
or more, each summary sentence is checked as a reader meets it (:mod:`warta.brief.standalone`):
whole (it opens as a sentence, its quotation marks balance), no dateline left at its start, and not
leaning on a sentence the summary does not hold (a leading connective or anaphor is allowed only
right after the sentence it follows in its article). The second figure is the share of confident
figure kinds whose latest value is the one "what is known now" gives (:mod:`warta.brief.known`).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from warta.brief.known import latest_values
from warta.brief.standalone import dateline_end, leans_on_context, whole
from warta.brief.time_order import publication_times
from warta.types import Story

GATE = 1.0


@dataclass(frozen=True)
class StandaloneReport:
    """Per corpus: summary sentences checked and those that stand alone; known-now kinds checked and right."""

    corpus: str
    sentences: int
    alone: int
    kinds: int = 0
    known: int = 0
    failures: tuple[str, ...] = ()

    def render(self) -> str:
        """Two lines, then each failure."""

        def rate(a: int, b: int) -> str:
            return f"{a}/{b} = {100 * a / b:.1f}%" if b else "n/a"

        lines = [
            f"{self.corpus}: summary sentences that stand alone {rate(self.alone, self.sentences)}",
            f"{self.corpus}: latest figure per kind in 'what is known now' {rate(self.known, self.kinds)}",
        ]
        return "\n".join([*lines, *(f"  {f}" for f in self.failures)])


@dataclass(frozen=True)
class StandaloneReports:
    """The checks on several corpora, with one gate."""

    reports: tuple[StandaloneReport, ...]

    @property
    def passed(self) -> bool:
        """The gate: every sentence stands alone and every latest figure is known, on every corpus."""
        return all(r.alone == r.sentences and r.known == r.kinds for r in self.reports)

    def render(self) -> str:
        """Every corpus's lines and the gate."""
        gate = f"gate (100% stand alone, 100% latest known): {'PASS' if self.passed else 'FAIL'}"
        return "\n".join([*(r.render() for r in self.reports), gate])


def sentence_failures(story: Story, texts: dict[str, str]) -> list[str]:
    """Why each of the story's summary sentences does not stand alone (empty when all do)."""
    out = []
    before: tuple[str, int] | None = None
    for s in story.summary:
        first = s.citations[0]
        why = None
        if not whole(s.text):
            why = "not whole (opens mid-sentence or leaves a quotation unbalanced)"
        elif dateline_end(s.text):
            why = "opens with a dateline"
        elif leans_on_context(s.text):
            text = texts.get(first.article, "")
            follows = before is not None and before[0] == first.article and before[1] <= first.start
            gap = text[before[1] : first.start] if before is not None and follows else None
            if gap is None or gap.strip():
                why = "leans on a sentence the summary does not hold"
        if why:
            out.append(f"{story.id} {first.article}@{first.start}: {why}")
        before = (first.article, first.end)
    return out


def check_stories(stories: Sequence[Story], *, corpus: str) -> StandaloneReport:
    """The checks on the multi-article ``stories``."""
    sentences = alone = kinds = known = 0
    failures: list[str] = []
    for story in stories:
        if len(story.articles) < 2:
            continue
        texts = {a.id: a.text for a in story.articles}
        bad = sentence_failures(story, texts)
        sentences += len(story.summary)
        alone += len(story.summary) - len(bad)
        failures += bad
        shown = {(k.measure, k.value, k.article) for k in story.known_now}
        published = publication_times(story.articles)
        outlets = {a.id: a.outlet for a in story.articles if a.outlet}
        for latest in latest_values(story.figures, published, outlets):
            kinds += 1
            if (latest.measure, latest.value, latest.article) in shown:
                known += 1
            else:
                failures.append(
                    f"{story.id}: latest {latest.measure} {latest.value} not in what is known now"
                )
    return StandaloneReport(corpus, sentences, alone, kinds, known, tuple(failures))


def evaluate_standalone(cases: Sequence[tuple[str, Path]]) -> StandaloneReports:
    """Brief each ``(name, folder)`` case and check its multi-article stories."""
    from warta.api import read_articles
    from warta.brief.build import build_brief

    reports = []
    for name, folder in cases:
        brief = build_brief(read_articles([folder]).articles)
        reports.append(check_stories(brief.stories, corpus=name))
    return StandaloneReports(tuple(reports))


def default_cases(shared: Path) -> list[tuple[str, Path]]:
    """The multi-article corpora: the seeds, the bundled sample, and shared/data/realnews when present."""
    from warta.api import sample_path

    cases = [("seeds", shared / "seeds"), ("sample", sample_path() / "news")]
    if (shared / "data" / "realnews" / "articles").is_dir():
        cases.append(("realnews", shared / "data" / "realnews" / "articles"))
    return cases
