"""Summary checks on multi-article stories: sentences that stand alone, and the latest figures known.

On the stories of the seeds, the bundled sample and ``shared/data/realnews`` that hold two articles
or more, each summary sentence is checked as a reader meets it (:mod:`warta.brief.standalone`):
whole (it opens as a sentence, its quotation marks balance), no dateline left at its start, and not
leaning on a sentence the summary does not hold (a leading connective or anaphor is allowed only
right after the sentence it follows in its article). The second figure is checked against gold
where a case has it (:mod:`warta.evaluate.known_gold`: each required ``agree``/``updated`` gold figure
group's latest value must be in "what is known now"); without gold it is only the share of confident
figure kinds whose latest value by :mod:`warta.brief.known`'s own rule is shown (a wiring check).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from warta.brief.known import latest_values
from warta.brief.standalone import dateline_end, leans_on_context, whole
from warta.brief.time_order import publication_times
from warta.evaluate.known_gold import check_known
from warta.types import Article, Story

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
    gold: bool = False  # kinds/known count gold figure groups, not the code's own latest values

    def render(self) -> str:
        """Two lines, then each failure."""

        def rate(a: int, b: int) -> str:
            return f"{a}/{b} = {100 * a / b:.1f}%" if b else "n/a"

        what = "latest gold figure per group" if self.gold else "latest figure per kind (own rule)"
        lines = [
            f"{self.corpus}: summary sentences that stand alone {rate(self.alone, self.sentences)}",
            f"{self.corpus}: {what} in 'what is known now' {rate(self.known, self.kinds)}",
        ]
        return "\n".join([*lines, *(f"  {f}" for f in self.failures)])


@dataclass(frozen=True)
class StandaloneReports:
    """The checks on several corpora, with one gate."""

    reports: tuple[StandaloneReport, ...]

    @property
    def passed(self) -> bool:
        """The gate: every sentence stands alone, and (without gold) the own-rule latest figures are shown.

        The gold figure is reported, not gated: it also measures figure extraction and reconciliation,
        and ``tests/test_evaluate_summary_stories.py`` pins its floor.
        """
        return all(r.alone == r.sentences and (r.gold or r.known == r.kinds) for r in self.reports)

    @property
    def gold_known(self) -> tuple[int, int]:
        """Over the corpora with gold: latest gold figure values in what is known now, and groups checked."""
        return sum(r.known for r in self.reports if r.gold), sum(r.kinds for r in self.reports if r.gold)

    def render(self) -> str:
        """Every corpus's lines, the gold total and the gate."""
        known, groups = self.gold_known
        total = f"all: latest gold figure per group in 'what is known now' {known}/{groups}"
        if groups:
            total += f" = {100 * known / groups:.1f}%"
        gate = f"gate (100% stand alone): {'PASS' if self.passed else 'FAIL'}"
        return "\n".join([*(r.render() for r in self.reports), total, gate])


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


def check_stories(
    stories: Sequence[Story],
    *,
    corpus: str,
    gold: Mapping[str, Any] | None = None,
    articles: Sequence[Article] = (),
) -> StandaloneReport:
    """The checks on the multi-article ``stories``; with ``gold``, what is known now is checked against it."""
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
        if gold is not None:
            continue
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
    if gold is not None:
        checked = check_known(stories, articles, gold)
        kinds, known = checked.groups, checked.known
        failures += checked.missed
    return StandaloneReport(corpus, sentences, alone, kinds, known, tuple(failures), gold=gold is not None)


def evaluate_standalone(cases: Sequence[tuple[str, Path, Path | None]]) -> StandaloneReports:
    """Brief each ``(name, folder, gold file or None)`` case and check its multi-article stories."""
    from warta.api import read_articles
    from warta.brief.build import build_brief
    from warta.evaluate.facts import load_gold

    reports = []
    for name, folder, gold_path in cases:
        articles = read_articles([folder]).articles
        brief = build_brief(articles)
        gold = load_gold(gold_path) if gold_path is not None else None
        reports.append(check_stories(brief.stories, corpus=name, gold=gold, articles=articles))
    return StandaloneReports(tuple(reports))


def default_cases(shared: Path) -> list[tuple[str, Path, Path | None]]:
    """The multi-article corpora (the seeds, the bundled sample, shared/data/realnews) and their gold."""
    from warta.api import sample_path

    def present(path: Path) -> Path | None:
        return path if path.is_file() else None

    sample_gold = Path(__file__).resolve().parents[3] / "tests" / "gold" / "sample.gold.json"
    cases = [
        ("seeds", shared / "seeds", present(shared / "gold" / "seeds.gold.json")),
        ("sample", sample_path() / "news", present(sample_gold)),
    ]
    realnews = shared / "data" / "realnews"
    if (realnews / "articles").is_dir():
        cases.append(("realnews", realnews / "articles", present(realnews / "gold.json")))
    return cases
