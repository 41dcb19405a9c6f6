"""Tune warta's Timeline17 timeline with leave-one-topic-out; print held-out figures.

    .venv/bin/python bench/tune_timeline.py [SETTING ...] [--rouge original] [--per-topic] [--shared ../shared]
    .venv/bin/python bench/tune_timeline.py --dates

A SETTING is ``key=value,...`` overrides of TimelineOptions (``""`` is the default). Each setting is
scored on all 18 timelines; then, for each held-out topic folder (and, stricter, each story across
outlets), the setting with the best AR1-F on the other topics is taken and its held-out score kept.
``--dates`` compares date rankers (fixed weights, a weight grid, logistic regression over date
features) by held-out date F1 alone, which needs no ROUGE.

The expensive per-topic work (reading, sentence splitting, date extraction: ~3 min) is cached in
/tmp/warta_tl; a setting then takes ~20 s with tilse's ``reimpl`` ROUGE (~3 min with ``original``,
the Perl script ``warta eval timeline`` uses; reimpl reads ~0.005 lower on AR1-F).
"""

from __future__ import annotations

import argparse
import itertools
import pickle
import time
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

import warta.brief.timeline as timeline_module
from warta.brief.sentence_dates import article_dates
from warta.brief.timeline import DatedSentence, TimelineOptions, dated_sentences
from warta.evaluate.paths import default_shared
from warta.evaluate.timeline import (
    TimelineScores,
    Topic,
    mean_scores,
    read_topics,
    tilse_scores,
    warta_timeline,
)
from warta.extract.dates import DateMention
from warta.types import Article

CACHE = Path("/tmp/warta_tl")
Matrix = npt.NDArray[np.float64]
Ranker = Callable[[Matrix], Matrix]
Fit = Callable[[Matrix, npt.NDArray[np.int64]], Ranker]


def load(shared: Path) -> list[Topic]:
    """Timeline17 topics, read once and pickled; date mentions cached and patched into the timeline."""
    CACHE.mkdir(exist_ok=True)
    path = CACHE / "topics.pkl"
    if path.exists():
        topics, mentions = pickle.loads(path.read_bytes())
    else:
        topics = read_topics(shared / "data" / "timeline" / "t17")
        mentions = {a.id: article_dates(a) for t in topics for a in t.articles}
        path.write_bytes(pickle.dumps((topics, mentions)))
    table: dict[str, list[DateMention]] = mentions

    def cached(article: Article) -> list[DateMention]:
        return table[article.id]

    timeline_module.article_dates = cached  # type: ignore[attr-defined]
    return list(topics)


def folder(topic: Topic) -> str:
    """The topic folder (SyrianCrisis_reuters holds three timelines: they are held out together)."""
    return topic.name.split("/")[0]


def story(topic: Topic) -> str:
    """The story across outlets (bpoil, H1N1, ...): the stricter hold-out unit."""
    return folder(topic).split("_")[0]


def parse_setting(setting: str) -> TimelineOptions:
    """``key=value,...`` overrides of the default TimelineOptions."""
    kw: dict[str, Any] = {}
    for pair in filter(None, setting.split(",")):
        k, v = pair.split("=")
        kw[k] = v == "True" if v in ("True", "False") else (int(v) if v.lstrip("-").isdigit() else float(v))
    return replace(TimelineOptions(), **kw)


def content_experiments(
    topics: Sequence[Topic], settings: Sequence[str], rouge: str, *, per_topic: bool = False
) -> None:
    """Each setting scored on every topic; then the setting chosen on the other topics, per held-out one."""
    table: dict[str, list[TimelineScores]] = {}
    for setting in settings:
        t0 = time.time()
        opts = parse_setting(setting)
        table[setting] = [
            tilse_scores(warta_timeline(t, options=opts), t.reference, rouge=rouge) for t in topics
        ]
        m = mean_scores(table[setting])
        print(
            f"{setting or 'default':<50} {m.date_f1:.3f} {m.ar1_f:.3f} {m.ar2_f:.3f} ({time.time() - t0:.0f}s)"
        )
    if len(settings) < 2:
        return
    if per_topic:
        # Each setting's AR1-F gain over the first, per timeline: is a mean gain broad or one topic's?
        for i, t in enumerate(topics):
            gains = " ".join(
                f"{table[st][i].ar1_f - table[settings[0]][i].ar1_f:+.3f}" for st in settings[1:]
            )
            print(f"{t.name:<50} {table[settings[0]][i].ar1_f:.3f} {gains}")
    for unit in (folder, story):
        held: list[TimelineScores] = []
        for i, t in enumerate(topics):
            train = [k for k, u in enumerate(topics) if unit(u) != unit(t)]
            best = max(settings, key=lambda st: (sum(table[st][k].ar1_f for k in train), -settings.index(st)))
            held.append(table[best][i])
        m = mean_scores(held)
        print(f"{'held-out by ' + unit.__name__:<50} {m.date_f1:.3f} {m.ar1_f:.3f} {m.ar2_f:.3f}")


RAW: tuple[str, ...] = ("naming", "explicit", "sentences", "pub0", "pub1", "pub2", "lead_naming")
RAW += ("first_naming", "inv_pos", "fresh", "retro", "relative_only", "weekend")


@dataclass(frozen=True)
class DateRows:
    """One timeline's candidate dates, their feature rows (log counts) and whether the reference has them."""

    days: list[str]
    x: Matrix
    y: npt.NDArray[np.int64]
    topic: Topic


def raw_features(sents: Sequence[DatedSentence], articles: Sequence[Article]) -> dict[str, list[float]]:
    """Per date: the counts named in :data:`RAW`."""
    sets: dict[str, dict[str, set[int]]] = defaultdict(lambda: defaultdict(set))
    nsent: dict[str, int] = defaultdict(int)
    inv_pos: dict[str, float] = defaultdict(float)
    for s in sents:
        if not s.named:
            continue
        f, pub = sets[s.date], articles[s.article].published
        nsent[s.date] += 1
        inv_pos[s.date] += 1 / (1 + s.position)
        for name, cond in (("naming", True), ("explicit", s.explicit), ("lead", s.position < 3)):
            if cond:
                f[name].add(s.article)
        if s.position == 0:
            f["first"].add(s.article)
        gap = (date.fromisoformat(pub) - date.fromisoformat(s.date)).days if pub else 0
        f["fresh" if gap <= 2 else "mid" if gap <= 7 else "retro"].add(s.article)
    published: dict[str, int] = defaultdict(int)
    for a in articles:
        published[a.published or ""] += 1
    out: dict[str, list[float]] = {}
    for d in {s.date for s in sents}:
        day, f = date.fromisoformat(d), sets[d]
        nxt = [published[(day + timedelta(days=k)).isoformat()] for k in range(3)]
        out[d] = [len(f["naming"]), len(f["explicit"]), nsent[d], *nxt, len(f["lead"]), len(f["first"])]
        out[d] += [inv_pos[d], len(f["fresh"]), len(f["retro"]), len(f["naming"] - f["explicit"])]
        out[d] += [float(day.weekday() >= 5)]
    return out


def date_rows(topics: Sequence[Topic]) -> list[DateRows]:
    """Every timeline's candidate dates (those with a usable sentence, inside the window) as rows."""
    out = []
    for t in topics:
        opts = replace(TimelineOptions(), start=min(t.reference), end=max(t.reference))
        sents = dated_sentences(t.articles, options=opts)
        usable = {s.date for s in sents if s.usable}
        raw = {d: v for d, v in raw_features(sents, t.articles).items() if d in usable}
        days = sorted(raw)
        x = np.log1p(np.array([raw[d] for d in days], dtype=np.float64))
        out.append(DateRows(days, x, np.array([d in t.reference for d in days], dtype=np.int64), t))
    return out


def date_f1(rows: DateRows, scores: Matrix) -> float:
    """Date F1 of the top-|reference| dates by ``scores`` (ties: the earlier date)."""
    k = len(rows.topic.reference)
    chosen = {
        rows.days[i] for i in sorted(range(len(rows.days)), key=lambda i: (-scores[i], rows.days[i]))[:k]
    }
    hit = len(chosen & set(rows.topic.reference))
    return 0.0 if not hit else 2 * hit / (len(chosen) + k)


def held_out(prep: Sequence[DateRows], fit: Fit, unit: Callable[[Topic], str] | None) -> float:
    """Mean date F1, each timeline ranked by a model fitted on the other units (or on all: in-sample)."""
    f1s = []
    for r in prep:
        train = [p for p in prep if unit is None or unit(p.topic) != unit(r.topic)]
        model = fit(np.vstack([p.x for p in train]), np.concatenate([p.y for p in train]))
        f1s.append(date_f1(r, model(r.x)))
    return float(np.mean(f1s))


def fixed(weights: dict[int, float]) -> Fit:
    """A fixed weighted sum of raw counts (no fitting): warta's heuristic is {0: 1, 1: 1, 2: .05, 3: .1}."""
    return lambda x, y: lambda z: sum((w * np.expm1(z[:, i]) for i, w in weights.items()), np.zeros(len(z)))


GRID = [
    {0: 1.0, 1: e, 2: s, 3: p}
    for e, s, p in itertools.product((0.0, 0.5, 1.0, 2.0), (0.0, 0.05, 0.2), (0.0, 0.1, 0.3, 1.0))
]
"""The heuristic's weights to choose from: explicit, per-sentence and publication weights."""


def grid_held_out(prep: Sequence[DateRows], unit: Callable[[Topic], str] | None) -> float:
    """Mean date F1 with the heuristic weights chosen from :data:`GRID` on the other units' timelines."""
    table = [[date_f1(r, fixed(w)(r.x, r.y)(r.x)) for r in prep] for w in GRID]
    f1s = []
    for i, r in enumerate(prep):
        train = [k for k, p in enumerate(prep) if unit is None or unit(p.topic) != unit(r.topic)]
        best = max(range(len(GRID)), key=lambda g: (sum(table[g][k] for k in train), -g))
        f1s.append(table[best][i])
    return float(np.mean(f1s))


def logistic(c: float, *, pairwise: bool) -> Fit:
    """Logistic regression on standardised features: pointwise, or on within-sample pairs (pos - neg)."""
    from sklearn.linear_model import LogisticRegression

    def fit(x: Matrix, y: npt.NDArray[np.int64]) -> Ranker:
        mean, scale = x.mean(axis=0), x.std(axis=0)
        scale[scale == 0] = 1.0
        z = (x - mean) / scale
        if pairwise:
            rng = np.random.default_rng(0)
            i, j = rng.choice(np.flatnonzero(y == 1), 20000), rng.choice(np.flatnonzero(y == 0), 20000)
            z, y = (
                np.vstack([z[i] - z[j], z[j] - z[i]]),
                np.r_[np.ones(20000), np.zeros(20000)].astype(np.int64),
            )
        model = LogisticRegression(C=c, max_iter=3000, fit_intercept=not pairwise).fit(z, y)
        return lambda q: np.asarray(model.decision_function((q - mean) / scale), dtype=np.float64)

    return fit


def date_experiments(topics: Sequence[Topic]) -> None:
    """Date F1 of each ranker: in-sample, held out by topic folder, held out by story."""
    prep = date_rows(topics)
    ceiling = np.mean([len(set(r.days) & set(r.topic.reference)) / len(r.topic.reference) for r in prep])
    print(f"reference dates among the candidates: {ceiling:.3f}")
    print(f"{'ranker':<36} {'in':>6} {'folder':>6} {'story':>6}")
    for name, f in (("heuristic (shipped)", fixed({0: 1, 1: 1, 2: 0.05, 3: 0.1})), ("naming", fixed({0: 1}))):
        print(f"{name:<36} {held_out(prep, f, None):6.3f} {'-':>6} {'-':>6}")
    print(
        f"{'heuristic, weights from a grid':<36} "
        + " ".join(f"{grid_held_out(prep, u):6.3f}" for u in (None, folder, story))
    )
    for c, pairwise in itertools.product((0.01, 0.1, 1.0), (False, True)):
        f = logistic(c, pairwise=pairwise)
        name = f"logistic C={c}{' pairwise' if pairwise else ''}"
        print(f"{name:<36} " + " ".join(f"{held_out(prep, f, u):6.3f}" for u in (None, folder, story)))


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("settings", nargs="*", help='TimelineOptions overrides, e.g. "lead_sentences=3"')
    parser.add_argument("--shared", type=Path, default=None)
    parser.add_argument("--rouge", default="reimpl", choices=("reimpl", "original"))
    parser.add_argument("--dates", action="store_true", help="compare date rankers by held-out date F1")
    parser.add_argument(
        "--per-topic", action="store_true", help="print each setting's AR1-F gain per timeline"
    )
    args = parser.parse_args()
    topics = load(args.shared or default_shared())
    if args.dates:
        date_experiments(topics)
    else:
        content_experiments(topics, args.settings or [""], args.rouge, per_topic=args.per_topic)


if __name__ == "__main__":
    main()
