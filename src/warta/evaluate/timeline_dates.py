"""Timeline date accuracy: does each entry sit on the day its cited sentence refers to?

The Timeline17 gate scores dates against a reference timeline; this check asks a reader's question
of warta's own stories: is the entry's date the date of what its cited sentence says? Gold timelines
(the seeds, the bundled sample, ``shared/data/realnews``) give, per event, its date, its articles, and
either ``evidence`` (an article and a piece of text that dates the event) or ``must_mention_any``
terms. An entry is judged against the gold events its *first* citation (the sentence that carries
the date) supports: one whose evidence text lies inside that sentence, else, for gold without
evidence, one of whose articles it is and whose term it mentions. It is right when its date is one
of their dates; entries no gold event speaks for are not judged. The figure is the share right.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from warta.types import Article, Story, TimelineEntry

GATE = 0.95


@dataclass(frozen=True)
class WrongDate:
    """A judged entry on the wrong day: where it cites, the day it sits on, and the day(s) it means."""

    article: str
    start: int
    date: str
    truth: tuple[str, ...]


@dataclass(frozen=True)
class DateAccuracy:
    """Timeline entries judged against a gold case's dated events, and those on the right day."""

    corpus: str
    entries: int
    judged: int
    right: int
    wrong: tuple[WrongDate, ...] = ()

    @property
    def share(self) -> float:
        """The share of judged entries on the right day (1.0 when none was judged)."""
        return self.right / self.judged if self.judged else 1.0

    def render(self) -> str:
        """One line, then one per wrong entry."""
        lines = [
            f"{self.corpus}: timeline dates right {self.right}/{self.judged} = {100 * self.share:.1f}%"
            f" ({self.entries} entries, {self.entries - self.judged} not judged by the gold)"
        ]
        lines += [f"  wrong: {w.date} (gold {', '.join(w.truth)}) {w.article}@{w.start}" for w in self.wrong]
        return "\n".join(lines)


@dataclass(frozen=True)
class DateAccuracyReport:
    """Date accuracy on several gold cases, and the gate on all of them together."""

    reports: tuple[DateAccuracy, ...]

    @property
    def share(self) -> float:
        """Right over judged, over every case."""
        judged = sum(r.judged for r in self.reports)
        return sum(r.right for r in self.reports) / judged if judged else 1.0

    @property
    def passed(self) -> bool:
        """The gate: at least :data:`GATE` of the judged entries on the right day."""
        return self.share >= GATE

    def render(self) -> str:
        """Every case's lines, the total and the gate."""
        total = f"all: {100 * self.share:.1f}% of judged timeline entries on the day their sentence means"
        gate = f"gate (>= {GATE:.0%}): {'PASS' if self.passed else 'FAIL'}"
        return "\n".join([*(r.render() for r in self.reports), total, gate])


def gold_article_ids(gold: Mapping[str, Any], articles: Sequence[Article]) -> dict[str, str]:
    """Gold article key -> our article id, matched by file name or by file stem."""
    by_name: dict[str, str] = {}
    for a in articles:
        name = Path(a.source.split(":")[0]).name
        by_name[name] = a.id
        by_name.setdefault(name.rsplit(".", 1)[0], a.id)
    return {k: by_name[r["file"]] for k, r in gold["articles"].items() if r.get("file") in by_name}


def true_dates(
    entry: TimelineEntry, gold: Mapping[str, Any], ids: Mapping[str, str], by_id: Mapping[str, Article]
) -> set[str]:
    """The gold dates the entry's first cited sentence speaks for (empty: not judged)."""
    if not entry.citations:
        return set()
    first = entry.citations[0]
    article = by_id.get(first.article)
    if article is None:
        return set()
    sentence = article.text[first.start : first.end]
    folded = sentence.casefold()
    found: set[str] = set()
    for event in gold.get("timeline", []):
        evidence = event.get("evidence") or []
        if evidence:
            if any(ids.get(e["article"]) == first.article and e["text"] in sentence for e in evidence):
                found.add(event["date"])
        elif first.article in {ids.get(k) for k in event.get("articles", [])} and any(
            t.casefold() in folded for t in event.get("must_mention_any", [])
        ):
            found.add(event["date"])
    return found


def judge_stories(
    stories: Sequence[Story], articles: Sequence[Article], gold: Mapping[str, Any], *, corpus: str
) -> DateAccuracy:
    """Judge every timeline entry of ``stories`` against ``gold``."""
    ids = gold_article_ids(gold, articles)
    by_id = {a.id: a for a in articles}
    entries = judged = right = 0
    wrong: list[WrongDate] = []
    for story in stories:
        for entry in story.timeline:
            entries += 1
            truth = true_dates(entry, gold, ids, by_id)
            if not truth:
                continue
            judged += 1
            if entry.date[:10] in truth:
                right += 1
            else:
                c = entry.citations[0]
                wrong.append(WrongDate(c.article, c.start, entry.date, tuple(sorted(truth))))
    return DateAccuracy(corpus, entries, judged, right, tuple(wrong))


def evaluate_dates(folder: Path, gold_path: Path, *, corpus: str) -> DateAccuracy:
    """Brief the articles under ``folder`` and judge their timelines against the gold at ``gold_path``."""
    from warta.api import read_articles
    from warta.brief.build import build_brief
    from warta.evaluate.facts import load_gold

    articles = read_articles([folder]).articles
    brief = build_brief(articles)
    return judge_stories(brief.stories, articles, load_gold(gold_path), corpus=corpus)


def evaluate_gold_cases(cases: Sequence[tuple[str, Path, Path]]) -> DateAccuracyReport:
    """Date accuracy on each ``(name, articles folder, gold file)`` case."""
    return DateAccuracyReport(tuple(evaluate_dates(f, g, corpus=name) for name, f, g in cases))


def default_cases(shared: Path) -> list[tuple[str, Path, Path]]:
    """The gold cases with dated timelines: the seeds, the bundled sample, and shared/data/realnews."""
    from warta.api import sample_path

    sample_gold = Path(__file__).resolve().parents[3] / "tests" / "gold" / "sample.gold.json"
    cases = [("seeds", shared / "seeds", shared / "gold" / "seeds.gold.json")]
    if sample_gold.is_file():
        cases.append(("sample", sample_path() / "news", sample_gold))
    realnews = shared / "data" / "realnews"
    if (realnews / "gold.json").is_file():
        cases.append(("realnews", realnews / "articles", realnews / "gold.json"))
    return cases
