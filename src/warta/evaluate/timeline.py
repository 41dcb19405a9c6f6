"""Timeline17 gate: date F1 and alignment ROUGE (AR1-F, AR2-F) of warta's timeline vs a trivial baseline.

Set-up (news-tls, Gholipour Ghalandari & Ifrim 2020): for each reference timeline, only articles
published between its first and last date, dates restricted to that window, as many dates as the
reference has, and as many sentences per date as the reference's mean (rounded, at least one).
Scores come from ``tilse`` (Martschat & Markert 2017): date F1 and the many-to-one date-content
alignment ROUGE-1/-2 F, averaged over the 18 timelines. The baseline, in the same run, takes the
most-mentioned dates of the data's own HeidelTime annotations (month- and year-level ``-01`` dates
left out) and the first sentence of the most central article published that day.
"""

from __future__ import annotations

import datetime as dt
import gzip
import json
import re
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

import numpy as np

from warta.brief.scorer import tfidf_vectors
from warta.brief.timeline import TimelineOptions, build_timeline
from warta.errors import ConfigError, InputError
from warta.extract.sentences import split_sentences
from warta.types import Article, RawDocument

_PTB = {"-LRB-": "(", "-RRB-": ")", "-LSB-": "[", "-RSB-": "]", "``": '"', "''": '"'}
_PTB_RE = re.compile("|".join(re.escape(k) for k in _PTB))


@dataclass(frozen=True)
class TimelineScores:
    """Date F1 and alignment ROUGE-1/-2 F, averaged over timelines."""

    date_f1: float
    ar1_f: float
    ar2_f: float


BASELINE = "baseline (mentions+lead)"


@dataclass(frozen=True)
class TimelineReport:
    """Each system's scores on the same timelines."""

    timelines: int
    systems: dict[str, TimelineScores]

    @property
    def passed(self) -> bool:
        """The gate: warta at least the baseline's date F1, AR1-F and AR2-F (when both ran)."""
        ours, base = self.systems.get("warta"), self.systems.get(BASELINE)
        if ours is None or base is None:
            return True
        return ours.date_f1 >= base.date_f1 and ours.ar1_f >= base.ar1_f and ours.ar2_f >= base.ar2_f

    def render(self) -> str:
        """A table, one system per line, then the gate."""
        lines = [
            f"Timeline17, {self.timelines} timelines, news-tls set-up (window, |dates| = reference), tilse",
            f"{'system':<22} {'date-F1':>8} {'AR1-F':>7} {'AR2-F':>7}",
        ]
        for name, s in self.systems.items():
            lines.append(f"{name:<22} {s.date_f1:8.3f} {s.ar1_f:7.3f} {s.ar2_f:7.3f}")
        lines.append(f"{'published DATEWISE':<22} {0.544:8.3f} {0.120:7.3f} {0.035:7.3f}")
        lines.append(f"{'target (issue 6)':<22} {0.60:8.3f} {0.120:7.3f} {0.035:7.3f}")
        if "warta" in self.systems and BASELINE in self.systems:
            lines.append(f"gate (warta >= baseline on all three): {'PASS' if self.passed else 'FAIL'}")
        return "\n".join(lines)


@dataclass(frozen=True)
class Topic:
    """One reference timeline and the topic's articles with their HeidelTime dates."""

    name: str
    reference: dict[str, list[str]]
    articles: tuple[Article, ...]
    heideltime: dict[str, tuple[str, ...]]


def untokenize(text: str) -> str:
    """PTB brackets and quotes back to characters, so our sentence splitter and date finder see text."""
    return _PTB_RE.sub(lambda m: _PTB[m.group(0)], text).strip()


def topic_documents(folder: Path) -> list[RawDocument]:
    """One Timeline17 topic's articles (``folder`` holds its ``articles.json.gz``), oldest first, as raw
    documents: the whole topic, not a reference timeline's window (benchmarks and tests brief it)."""
    with gzip.open(folder / "articles.json.gz", "rt", encoding="utf-8") as fh:
        rows = sorted((r for r in json.load(fh) if r["text"].strip()), key=lambda r: (r["dct"], r["uid"]))
    return [
        RawDocument(
            source=f"{folder.name}/{r['uid']}",
            text=untokenize(r["text"]),
            raw=untokenize(r["text"]),
            format="text",
            published=r["dct"][:10],
            language="en",
        )
        for r in rows
    ]


def read_topics(folder: Path, *, limit: int | None = None, names: Sequence[str] | None = None) -> list[Topic]:
    """Every (topic, reference timeline) pair under ``folder`` (or its ``names`` folders), windowed."""
    if not folder.is_dir():
        raise InputError(f"{folder} not found; pass the Timeline17 folder (shared/data/timeline/t17)")
    topics: list[Topic] = []
    for topic_dir in sorted(p for p in folder.iterdir() if p.is_dir()):
        if names is not None and topic_dir.name not in names:
            continue
        with gzip.open(topic_dir / "articles.json.gz", "rt", encoding="utf-8") as fh:
            raw = json.load(fh)
        for tl_path in sorted(topic_dir.glob("*.timeline.json")):
            reference: dict[str, list[str]] = defaultdict(list)
            for entry in json.loads(tl_path.read_text(encoding="utf-8")):
                reference[entry["date"]].append(untokenize(entry["text"]))
            first, last = min(reference), max(reference)
            arts, heidel = [], {}
            for r in raw:
                if first <= r["dct"] <= last and r["text"].strip():
                    text = untokenize(r["text"])
                    aid = f"{topic_dir.name}/{r['uid']}"
                    arts.append(
                        Article(
                            id=aid,
                            source=aid,
                            text=text,
                            published=r["dct"],
                            language="en",
                            sentences=split_sentences(text, language="en"),
                        )
                    )
                    heidel[aid] = tuple(d for d in r.get("dates") or () if d)
            topics.append(Topic(f"{topic_dir.name}/{tl_path.name}", dict(reference), tuple(arts), heidel))
            if limit and len(topics) >= limit:
                return topics
    return topics


def _sentences_per_date(reference: dict[str, list[str]]) -> int:
    counts = [len(split_sentences(" ".join(texts), language="en")) for texts in reference.values()]
    return max(1, round(sum(counts) / max(len(counts), 1)))


def warta_timeline(topic: Topic, *, options: TimelineOptions | None = None) -> dict[str, list[str]]:
    """warta's timeline under the news-tls set-up, with the brief's own defaults unless ``options`` is given."""
    ref = topic.reference
    opts = replace(
        options or TimelineOptions(),
        dates=len(ref),
        sentences_per_date=_sentences_per_date(ref),
        start=min(ref),
        end=max(ref),
    )
    return {e.date: [e.text] for e in build_timeline(topic.articles, options=opts)}


def baseline_timeline(topic: Topic) -> dict[str, list[str]]:
    """Most-mentioned HeidelTime dates (no ``-01`` dates); the lead of the day's most central article."""
    ref = topic.reference
    first, last = min(ref), max(ref)
    mentions = Counter(
        d
        for aid in topic.heideltime
        for d in set(topic.heideltime[aid])
        if first <= d <= last and not d.endswith("-01")
    )
    # Ties go to the earlier date: Counter order would follow set iteration, which varies by run.
    dates = sorted(sorted(mentions, key=lambda d: (-mentions[d], d))[: len(ref)])
    by_day: dict[str, list[Article]] = defaultdict(list)
    for a in topic.articles:
        if a.published and a.sentences:
            by_day[a.published].append(a)
    out: dict[str, list[str]] = {}
    for day in dates:
        pool = by_day.get(day) or [
            a for aid, a in _index(topic).items() if day in topic.heideltime.get(aid, ())
        ]
        if not pool:
            continue
        vectors = tfidf_vectors([a.text for a in pool])
        central = vectors.dot(vectors.column_sums())
        best = pool[int(np.argmax(central))]
        out[day] = [best.sentences[0].slice(best.text)]
    return out


def _index(topic: Topic) -> dict[str, Article]:
    return {a.id: a for a in topic.articles}


def tilse_scores(
    predicted: dict[str, list[str]], reference: dict[str, list[str]], *, rouge: str = "original"
) -> TimelineScores:
    """Date F1 and many-to-one alignment ROUGE-1/-2 F of one timeline, computed by tilse.

    ``rouge="reimpl"`` is tilse's faster Python ROUGE, for tuning; reported figures use the Perl original.
    """
    try:
        from tilse.data.timelines import GroundTruth, Timeline
        from tilse.evaluation import dates
        from tilse.evaluation import rouge as rouge_eval
    except ImportError as exc:
        raise ConfigError(
            "the Timeline17 gate needs tilse: pip install tilse (and apt libxml-dom-perl)"
        ) from exc

    def timeline(d: dict[str, list[str]]) -> Any:
        return Timeline({dt.date.fromisoformat(k): v for k, v in d.items()})

    truth = GroundTruth([timeline(reference)])
    pred = timeline(predicted)
    evaluator = rouge_eval.TimelineRougeEvaluator(measures=["rouge_1", "rouge_2"], rouge_computation=rouge)
    got = evaluator.evaluate_align_date_content_costs_many_to_one(pred, truth)
    return TimelineScores(
        date_f1=float(dates.evaluate_dates(pred, truth)["f_score"]),
        ar1_f=float(got["rouge_1"]["f_score"]),
        ar2_f=float(got["rouge_2"]["f_score"]),
    )


def mean_scores(scores: Sequence[TimelineScores]) -> TimelineScores:
    """The average over timelines."""
    n = max(len(scores), 1)
    return TimelineScores(
        sum(s.date_f1 for s in scores) / n, sum(s.ar1_f for s in scores) / n, sum(s.ar2_f for s in scores) / n
    )


def evaluate_timeline(folder: Path, *, limit: int | None = None) -> TimelineReport:
    """warta and the baseline on every Timeline17 reference timeline (or the first ``limit``)."""
    topics = read_topics(folder, limit=limit)
    ours = [tilse_scores(warta_timeline(t), t.reference) for t in topics]
    base = [tilse_scores(baseline_timeline(t), t.reference) for t in topics]
    return TimelineReport(
        timelines=len(topics),
        systems={"warta": mean_scores(ours), BASELINE: mean_scores(base)},
    )
