"""Story clustering quality: BCubed and pairwise scores against gold events, purity against T17 topics.

Gold events (``tests/data/events/indosum_events.json``) hold IndoSum ids and labels only; the text is
read in place from ``shared/data/indosum/articles.jsonl``. T17 topics are read from
``shared/data/timeline/t17/*/articles.json.gz``: the folder name before ``_`` is the topic.
"""

from __future__ import annotations

import gzip
import json
import random
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from warta.errors import InputError
from warta.stories.cluster import StoryIndex
from warta.stories.group import GroupingOptions, group_records
from warta.stories.records import Record, build_records
from warta.types import Article


@dataclass(frozen=True)
class Scores:
    """BCubed and pairwise precision/recall/F1 of a clustering against gold labels."""

    bcubed_precision: float
    bcubed_recall: float
    bcubed_f1: float
    pairwise_precision: float
    pairwise_recall: float
    pairwise_f1: float
    clusters: int
    gold_clusters: int


def _f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


def score(predicted: Mapping[str, str], gold: Mapping[str, str]) -> Scores:
    """Scores of ``predicted`` (article -> story) against ``gold`` (article -> event), over gold's articles."""
    items = [i for i in gold if i in predicted]
    if not items:
        raise InputError(
            "no article of the gold set was clustered; check that --articles holds the gold's ids"
        )
    pred_size = Counter(predicted[i] for i in items)
    gold_size = Counter(gold[i] for i in items)
    both = Counter((predicted[i], gold[i]) for i in items)
    precision = sum(both[(predicted[i], gold[i])] / pred_size[predicted[i]] for i in items) / len(items)
    recall = sum(both[(predicted[i], gold[i])] / gold_size[gold[i]] for i in items) / len(items)
    pairs_both = sum(n * (n - 1) // 2 for n in both.values())
    pairs_pred = sum(n * (n - 1) // 2 for n in pred_size.values())
    pairs_gold = sum(n * (n - 1) // 2 for n in gold_size.values())
    pp = pairs_both / pairs_pred if pairs_pred else 1.0
    pr = pairs_both / pairs_gold if pairs_gold else 1.0
    return Scores(
        precision, recall, _f1(precision, recall), pp, pr, _f1(pp, pr), len(pred_size), len(gold_size)
    )


@dataclass(frozen=True)
class Purity:
    """How our stories sit in long-running gold topics: mixing (purity) and splitting."""

    purity: float
    mixed_stories: int
    stories: int
    splits: dict[str, int]


def purity(predicted: Mapping[str, str], topics: Mapping[str, str]) -> Purity:
    """Share of articles in their story's majority topic, and how many stories each topic spans."""
    members: dict[str, Counter[str]] = {}
    for article, story in predicted.items():
        if article in topics:
            members.setdefault(story, Counter())[topics[article]] += 1
    total = sum(sum(c.values()) for c in members.values())
    majority = sum(max(c.values()) for c in members.values())
    splits: Counter[str] = Counter(t for c in members.values() for t in c)
    mixed = sum(1 for c in members.values() if len(c) > 1)
    return Purity(majority / total if total else 1.0, mixed, len(members), dict(sorted(splits.items())))


def assignments(records: Sequence[Record], *, options: GroupingOptions | None = None) -> dict[str, str]:
    """Article id -> story label from the batch grouping (earliest first)."""
    groups = group_records(records, options=options)
    return {records[i].id: f"g{n}" for n, g in enumerate(groups) for i in g}


def streamed(
    records: Sequence[Record], *, seed: int, options: GroupingOptions | None = None
) -> dict[str, str]:
    """Article id -> story id when the records arrive one by one in a random order."""
    opts = options or GroupingOptions()
    order = list(records)
    random.Random(seed).shuffle(order)
    index = StoryIndex(options=opts.cluster, dedupe=opts.dedupe)
    return {r.id: index.add(r) for r in order}


def indosum_published(article_id: str) -> str | None:
    """The date in an IndoSum id's numeric prefix (a Unix timestamp), as ISO."""
    head = article_id.split("-", 1)[0]
    return datetime.fromtimestamp(int(head), UTC).date().isoformat() if head.isdigit() else None


def indosum_articles(path: Path, ids: Iterable[str] | None = None) -> list[Article]:
    """IndoSum articles (all, or those in ``ids``) as Articles, dated by their id's timestamp."""
    wanted = set(ids) if ids is not None else None
    out = []
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            d = json.loads(line)
            if wanted is None or d["id"] in wanted:
                published = indosum_published(d["id"])
                out.append(
                    Article(
                        d["id"], d["id"], d["text"], outlet=d["outlet"], published=published, language="id"
                    )
                )
    return out


def t17_articles(folder: Path, *, per_topic: int | None = None) -> tuple[list[Article], dict[str, str]]:
    """T17 articles as Articles (outlet from the folder name) and article id -> topic."""
    articles: list[Article] = []
    topics: dict[str, str] = {}
    for sub in sorted(p for p in folder.iterdir() if (p / "articles.json.gz").is_file()):
        topic, _, outlet = sub.name.partition("_")
        with gzip.open(sub / "articles.json.gz", "rt", encoding="utf-8") as fh:
            items = json.load(fh)
        items.sort(key=lambda d: (d["dct"], d["uid"]))
        for d in items[:per_topic] if per_topic else items:
            aid = f"{sub.name}/{d['uid']}"
            articles.append(Article(aid, aid, d["text"], outlet=outlet, published=d["dct"], language="en"))
            topics[aid] = topic
    return articles, topics


def load_events(path: Path) -> dict[str, str]:
    """Article id -> event label from an events file (singletons get their own label)."""
    data = json.loads(path.read_text(encoding="utf-8"))
    labels = {i: f"event:{name}" for name, ids in data["events"].items() for i in ids}
    labels.update({i: f"single:{i}" for i in data.get("singletons", ())})
    return labels


GATE_F1 = 0.90
"""BCubed F1 below this (in date order) fails ``warta eval clustering`` on an events gold (exit 1)."""
GATE_SPREAD = 0.03
"""A wider BCubed F1 spread over random arrival orders fails it too."""
GATE_PURITY = 0.97
"""Topic purity below this fails ``warta eval clustering`` on Timeline17 (exit 1)."""


@dataclass(frozen=True)
class EventReport:
    """Scores on a gold event set, in arrival order by date and over random arrival orders."""

    scores: Scores
    order_f1: tuple[float, ...]
    articles: int

    @property
    def spread(self) -> float:
        """BCubed F1 range over the random arrival orders (0 when none were scored)."""
        return max(self.order_f1) - min(self.order_f1) if self.order_f1 else 0.0

    @property
    def passed(self) -> bool:
        """The gate: BCubed F1 at least :data:`GATE_F1`, spread over orders at most :data:`GATE_SPREAD`."""
        return self.scores.bcubed_f1 >= GATE_F1 and self.spread <= GATE_SPREAD

    def render(self) -> str:
        """Plain-text figures and the gate."""
        s = self.scores
        spread = self.spread
        lines = [
            f"articles {self.articles}, gold events {s.gold_clusters}, stories {s.clusters}",
            f"BCubed   P {s.bcubed_precision:.4f}  R {s.bcubed_recall:.4f}  F1 {s.bcubed_f1:.4f}",
            f"pairwise P {s.pairwise_precision:.4f}  R {s.pairwise_recall:.4f}  F1 {s.pairwise_f1:.4f}",
        ]
        if self.order_f1:
            shown = " ".join(f"{f:.4f}" for f in self.order_f1)
            lines.append(f"BCubed F1 over {len(self.order_f1)} random orders: {shown} (spread {spread:.4f})")
        verdict = "PASS" if self.passed else "FAIL"
        lines.append(f"gate (BCubed F1 >= {GATE_F1}, spread <= {GATE_SPREAD}): {verdict}")
        return "\n".join(lines) + "\n"


def evaluate_events(
    gold: Path, *, articles: Path, orders: int = 5, options: GroupingOptions | None = None
) -> EventReport:
    """Cluster the gold set's articles and score them (and ``orders`` random arrival orders)."""
    labels = load_events(gold)
    records = list(build_records(indosum_articles(articles, labels)))
    scores = score(assignments(records, options=options), labels)
    order_f1 = tuple(
        score(streamed(records, seed=k, options=options), labels).bcubed_f1 for k in range(orders)
    )
    return EventReport(scores, order_f1, len(records))


@dataclass(frozen=True)
class TopicReport:
    """Purity and splits of our stories over T17 topics."""

    purity: Purity
    articles: int

    @property
    def passed(self) -> bool:
        """The gate: topic purity at least :data:`GATE_PURITY`."""
        return self.purity.purity >= GATE_PURITY

    def render(self) -> str:
        """Plain-text figures and the gate."""
        p = self.purity
        lines = [
            f"articles {self.articles}, stories {p.stories}, purity {p.purity:.4f}, stories mixing topics {p.mixed_stories}",
            *(f"  {topic}: {n} stories" for topic, n in p.splits.items()),
            f"gate (purity >= {GATE_PURITY}): {'PASS' if self.passed else 'FAIL'}",
        ]
        return "\n".join(lines) + "\n"


def evaluate_topics(
    folder: Path, *, per_topic: int | None = None, options: GroupingOptions | None = None
) -> TopicReport:
    """Cluster T17 (or its first ``per_topic`` articles per folder) and measure topic purity."""
    articles, topics = t17_articles(folder, per_topic=per_topic)
    records = list(build_records(articles))
    return TopicReport(purity(assignments(records, options=options), topics), len(records))


def file_labels(gold: Path) -> tuple[dict[str, str], Path]:
    """File name -> story label, and the files' folder, from a sample MANIFEST or a seeds gold file."""
    data = json.loads(gold.read_text(encoding="utf-8"))
    if "stories" in data:  # the seeds gold: stories list article keys; articles map keys to files
        files = {key: rec["file"] for key, rec in data["articles"].items()}
        labels = {files[k]: f"story{n}" for n, keys in enumerate(data["stories"]) for k in keys}
        return labels, gold.parent.parent / "seeds"
    labels = {name: rec["story"] for name, rec in data["articles"].items()}
    return labels, gold.parent / "news"


def evaluate_files(
    gold: Path, *, articles: Path | None = None, options: GroupingOptions | None = None
) -> EventReport:
    """Read the gold's files through the whole pipeline, group them and score against its stories."""
    from warta.api import read_articles

    by_file, folder = file_labels(gold)
    read = read_articles([articles or folder])
    labels = {a.id: by_file[Path(a.source).name] for a in read.articles if Path(a.source).name in by_file}
    records = list(build_records(read.articles))
    return EventReport(score(assignments(records, options=options), labels), (), len(records))


def evaluate_clustering(
    gold: Path, *, articles: Path | None = None, orders: int = 5, per_topic: int | None = None
) -> EventReport | TopicReport:
    """Dispatch on the gold: a T17 folder, an IndoSum events file, a sample MANIFEST or a seeds gold."""
    if gold.is_dir():
        return evaluate_topics(gold, per_topic=per_topic)
    if not gold.is_file():
        raise InputError(
            f"{gold} not found; give an events JSON, a MANIFEST.json, a seeds gold or the T17 folder"
        )
    if "events" in json.loads(gold.read_text(encoding="utf-8")):
        if articles is None:
            raise InputError("an events gold needs --articles, e.g. ../shared/data/indosum/articles.jsonl")
        return evaluate_events(gold, articles=articles, orders=orders)
    return evaluate_files(gold, articles=articles)
