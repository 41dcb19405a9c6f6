"""Which cross-outlet figure groups to show: ``python scripts/shown_groups_cv.py [--shared ../shared] [--dump]``.

Every cross-article figure group warta forms on the DEV sets (the dev cases of
``tests/data/figures_indosum.json``, realnews, the bundled sample and the seeds; the IndoSum test half is
never read) is labelled right (it matches a gold group with no wrong value, as ``warta eval facts`` scores
a shown group) or wrong. Each showing criterion of :data:`CRITERIA` is scored on the groups it shows, and
the group-trust model (:mod:`warta.reconcile.figure_trust`) is cross-validated leave-one-event-out: it is
fitted on every other event and scored on the held-out one, so the figure measures generalisation, not fit.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
from collections import defaultdict
from collections.abc import Callable, Iterator
from pathlib import Path

import numpy as np
from sklearn.linear_model import LogisticRegression

from warta.evaluate.facts import (
    _holds_exactly,
    _matches,
    _others,
    _story_facts,
    gold_keys,
    wanted_groups,
)
from warta.evaluate.gold_stories import gold_stories
from warta.evaluate.indosum_cases import indosum_cases
from warta.extract.facts import extract_facts
from warta.extract.figure_kinds import CONFIDENT, counts_places, same_object
from warta.extract.figures import ArticleFigure
from warta.extract.stems import stem
from warta.reconcile import figure_links, figure_pairs
from warta.reconcile.figure_display import shown_groups
from warta.reconcile.figure_pairs import FEATURES, PairModel, pair_features, views
from warta.types import Article, FigureGroup

ROOT = Path(__file__).resolve().parent.parent
INDOSUM = ROOT / "tests" / "data" / "figures_indosum.json"
SAMPLE = ROOT / "tests" / "gold" / "sample.gold.json"


@dataclasses.dataclass(frozen=True)
class Candidate:
    """One cross-article group of one event: whether today's rules show it, whether gold holds it."""

    event: str
    group: FigureGroup
    shown: bool
    right: bool
    figures: tuple[ArticleFigure, ...] = ()  # the group's figures, to score its pairs
    ruled: bool = True  # the rules' join forms it (False: only the pair model links its values)


JOINS = ("cascade",)
SCORED = "cascade"  # --score-join: the join whose shown groups and recall are scored
LOEO: LoeoModels | None = None  # --loeo-join: each event's groups are formed by a model fitted without it
SHIPPED = figure_links.shipped_model
RECALL: dict[str, list[bool]] = defaultdict(list)  # per set: each required gold group found with its status


def _label(event: str, gold: dict, arts: list[Article]) -> Iterator[Candidate]:
    seen: set[frozenset[tuple[str, int]]] = set()
    for join in JOINS:
        for c in _label_join(event, gold, arts, join):
            key = _key(c.group)
            if key not in seen:
                seen.add(key)
                yield c


def _label_join(event: str, gold: dict, arts: list[Article], join: str) -> Iterator[Candidate]:
    ids = gold_keys(gold, arts)
    texts = {a.id: a.text for a in arts}
    if LOEO is not None:  # the join's pair model is one fitted without this event
        model = LOEO.without(event)
        figure_links.shipped_model = lambda: model  # type: ignore[assignment]
    try:
        groups, _, _ = _story_facts(gold, arts, ids, figure_join=join)
    finally:
        figure_links.shipped_model = SHIPPED  # type: ignore[assignment]
    wanted = wanted_groups(gold, ids, texts)
    held = [o for o in groups if len({v.article for v in o.values}) > 1]
    for g, want in wanted:
        if join == SCORED and not g.get("optional"):
            hit = next((o for o in held if _holds_exactly(o, want, _others(wanted, g))), None)
            RECALL[event.split(":")[0]].append(hit is not None and hit.status == g["status"])
    shown = {id(g) for g in shown_groups(groups)}
    rules, _, _ = _story_facts(gold, arts, ids, figure_join="rules")
    ruled = {_key(g) for g in rules if len({v.article for v in g.values}) > 1}
    at = {(f.article, f.quantity.start, f.quantity.end): f for a in arts for f in extract_facts(a).figures}
    for o in groups:
        if len({v.article for v in o.values}) < 2:
            continue
        right = any(_matches(o, want, _others(wanted, g)) for g, want in wanted)
        figs = tuple(at[(v.article, v.start, v.end)] for v in o.values if (v.article, v.start, v.end) in at)
        yield Candidate(event, o, id(o) in shown and join == SCORED, right, figs, _key(o) in ruled)


def _key(g: FigureGroup) -> frozenset[tuple[str, int]]:
    return frozenset((v.article, v.start) for v in g.values)


def indosum(shared: Path) -> Iterator[Candidate]:
    data = json.loads(INDOSUM.read_text(encoding="utf-8"))
    cases = [c for c in data["cases"] if c["split"] == "dev"]
    for read in indosum_cases(cases, shared / "data" / "indosum" / "articles.jsonl"):
        yield from _label(f"indosum:{read.case['case']}", dict(read.gold), list(read.articles.values()))


def gold_file(name: str, path: Path, folder: Path) -> Iterator[Candidate]:
    for part in gold_stories(path, folder):
        sub = {**part.gold, "stories": [part.story]}
        sub["figures"] = [
            g for g in part.gold.get("figures", []) if all(v["article"] in part.story for v in g["values"])
        ]
        yield from _label(f"{name}:{part.number}", sub, part.articles)


# Criteria over the groups today's rules show (a criterion says which of them to keep).
def _stems(counted: str) -> frozenset[str]:
    return frozenset(stem(w.lower(), english=False) for w in counted.split() if w.isalpha())


def _nouns_agree(g: FigureGroup, *, empty_ok: bool, every_kind: bool = False) -> bool:
    """Some two values of two articles count nouns that share a stem (or may be the same people)."""
    if g.kind == "age" or (g.kind in CONFIDENT and not every_kind):
        return True
    for i, a in enumerate(g.values):
        for b in g.values[i + 1 :]:
            if a.article == b.article:
                continue
            sa, sb = _stems(a.counted), _stems(b.counted)
            if (sa & sb) or (empty_ok and (not sa or not sb)):
                return True
            if g.kind in CONFIDENT | {"people"} and same_object(a.counted, b.counted):
                return True
    return False


CRITERIA: dict[str, Callable[[FigureGroup], bool]] = {
    "today": lambda g: True,
    "unsure groups hidden": lambda g: g.confident,
    "nouns agree (empty ok)": lambda g: _nouns_agree(g, empty_ok=True),
    "nouns agree (every kind)": lambda g: _nouns_agree(g, empty_ok=True, every_kind=True),
    "nouns agree (strict)": lambda g: _nouns_agree(g, empty_ok=False),
    "no small loose value": lambda g: g.kind in CONFIDENT or max(float(v.value) for v in g.values) > 3,
    "no places, any kind": lambda g: not counts_places(g.measure),
    "loose: one exact pair": lambda g: (
        g.kind in CONFIDENT
        or any(
            a.article != b.article and a.qualifier is None and b.qualifier is None and a.value == b.value
            for i, a in enumerate(g.values)
            for b in g.values[i + 1 :]
        )
    ),
}


def _score(cands: list[Candidate], keep: Callable[[Candidate], bool]) -> str:
    kept = [c for c in cands if keep(c)]
    right = sum(c.right for c in kept)
    return f"{right}/{len(kept)} right ({right / max(len(kept), 1):.1%}), wrong {len(kept) - right}"


def loeo(cands: list[Candidate], c_reg: float) -> np.ndarray:
    """Leave-one-event-out probabilities that each candidate is right."""
    x = np.array([trust_features(c.group) for c in cands], dtype=float)
    y = np.array([c.right for c in cands], dtype=bool)
    events = sorted({c.event for c in cands})
    probs = np.zeros(len(cands))
    for e in events:
        test = np.array([c.event == e for c in cands])
        train = ~test
        if y[train].all() or not y[train].any():
            probs[test] = float(y[train].mean())
            continue
        mean, scale = x[train].mean(axis=0), x[train].std(axis=0)
        scale[scale == 0] = 1.0
        clf = LogisticRegression(C=c_reg, max_iter=2000).fit((x[train] - mean) / scale, y[train])
        probs[test] = clf.predict_proba((x[test] - mean) / scale)[:, 1]
    return probs


def trust_features(group: FigureGroup) -> tuple[float, ...]:
    """General features of a group alone, for the leave-one-event-out group model."""
    values = group.values
    top = max(abs(float(v.value)) for v in values)
    heads = [(v.counted.split() or [""])[0].lower() for v in values]
    return (
        float(group.kind in CONFIDENT),
        float(group.status == "agree"),
        float(group.status == "updated"),
        float(group.status == "conflict"),
        float(np.log(max(group.independent_sources, 1))),
        float(len({float(v.value) for v in values}) == 1),
        float(all(v.qualifier is None for v in values)),
        float(top <= 3),
        float(np.log10(top + 1)),
        float(len(set(heads)) == 1 and heads[0] != ""),
        sum(not v.counted for v in values) / len(values),
        sum(v.as_of is not None for v in values) / len(values),
        sum(v.attribution is not None for v in values) / len(values),
        sum(not any(ch.isdigit() for ch in v.text) for v in values) / len(values),
    )


def _pair_event(event: str) -> str:
    """The candidate event of a training pair's story ("indosum:case:0" -> "indosum:case")."""
    return event.rsplit(":", 1)[0] if event.startswith("indosum:") else event


class LoeoModels:
    """Pair models each fitted on the dev pairs of every event but one (train_figure_pairs' pairs)."""

    def __init__(self, shared: Path) -> None:
        import sys

        sys.path.insert(0, str(ROOT / "scripts"))
        import train_figure_pairs as tp

        self.fit = tp.fit
        pairs = [
            *tp.indosum_pairs(shared),
            *tp.gold_file_pairs(
                "realnews",
                shared / "data" / "realnews" / "gold.json",
                shared / "data" / "realnews" / "articles",
            ),
            *tp.gold_file_pairs("sample", SAMPLE, ROOT / "src" / "warta" / "samples"),
        ]
        self.x = np.array([p.features for p in pairs], dtype=float)
        self.y = np.array([p.same for p in pairs], dtype=bool)
        self.events = np.array([_pair_event(p.event) for p in pairs])
        self.models: dict[str, PairModel] = {}

    def without(self, event: str) -> PairModel:
        """The model fitted without ``event``'s pairs, at the shipped thresholds."""
        if event not in self.models:
            keep = self.events != event
            mean, scale, clf = self.fit(self.x[keep], self.y[keep])
            shipped = figure_pairs.shipped_model()
            self.models[event] = PairModel(
                features=FEATURES,
                mean=tuple(mean),
                scale=tuple(scale),
                weights=tuple(clf.coef_[0]),
                bias=float(clf.intercept_[0]),
                threshold=shipped.threshold,
                dispute_threshold=shipped.dispute_threshold,
            )
        return self.models[event]


def loeo_support(cands: list[Candidate], models: LoeoModels) -> list[float]:
    """Each candidate's best cross-article pair probability under a pair model fitted without its event."""
    out = []
    for c in cands:
        seen = views(list(c.figures))
        rows = [
            pair_features(a, b)
            for i, a in enumerate(seen)
            for b in seen[i + 1 :]
            if a.figure.article != b.figure.article
        ]
        out.append(float(models.without(c.event).probabilities(rows).max()) if rows else 0.0)
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    ap.add_argument("--dump", action="store_true", help="print every candidate group (dev sets only)")
    ap.add_argument("--c", type=float, nargs="+", default=[0.1, 0.3, 1.0])
    ap.add_argument("--support", action="store_true", help="also the leave-one-event-out pair support")
    ap.add_argument(
        "--loeo-join",
        action="store_true",
        help="form each event's groups with a pair model fitted without it",
    )
    ap.add_argument("--score-join", default="cascade", help="the join whose shown groups are scored")
    ap.add_argument("--joins", nargs="+", default=["cascade"], help="joins whose groups are candidates")
    args = ap.parse_args()
    global JOINS, LOEO, SCORED
    SCORED = args.score_join
    JOINS = tuple(dict.fromkeys([SCORED, *args.joins]))
    models = LoeoModels(args.shared) if args.support or args.loeo_join else None
    LOEO = models if args.loeo_join else None
    cands = [
        *indosum(args.shared),
        *gold_file(
            "realnews",
            args.shared / "data" / "realnews" / "gold.json",
            args.shared / "data" / "realnews" / "articles",
        ),
        *gold_file("sample", SAMPLE, ROOT / "src" / "warta" / "samples"),
        *gold_file("seeds", args.shared / "gold" / "seeds.gold.json", args.shared / "seeds"),
    ]
    print(
        f"{len(cands)} cross-article groups ({sum(c.right for c in cands)} right) in {len({c.event for c in cands})} events"
    )
    shown = [c for c in cands if c.shown]
    for name, hits in RECALL.items():
        print(f"recall {name}: {sum(hits)}/{len(hits)} gold groups found with the right status")
    print(f"shown today: {_score(cands, lambda c: c.shown)}")
    for name, keep in CRITERIA.items():
        print(f"  {name:<28} {_score(shown, lambda c, k=keep: k(c.group))}")
    if args.dump:
        for c in cands:
            g = c.group
            vals = ", ".join(
                f"{v.value:g}{'~' + v.qualifier if v.qualifier else ''}[{v.counted}]" for v in g.values
            )
            print(
                f"{'S' if c.shown else '.'}{'+' if c.right else '-'}{'r' if c.ruled else 'm'} {c.event:<34} {g.kind or '-':<10} {g.status:<8} "
                f"src={g.independent_sources} {g.measure!r}: {vals}"
            )
    for name, keep in CRITERIA.items():
        lost = [f"{c.event} {c.group.measure!r}" for c in shown if c.right and not keep(c.group)]
        dropped = [f"{c.event} {c.group.measure!r}" for c in shown if not c.right and not keep(c.group)]
        print(f"  {name}: loses {lost}, drops wrong {dropped}")
    if models is None or not args.support:
        return
    support = loeo_support(cands, models)
    for c, p in zip(cands, support, strict=True):
        g = c.group
        print(
            f"  support {p:.3f} {'S' if c.shown else '.'}{'+' if c.right else '-'} {c.event:<30} {g.kind} {g.status} {g.measure!r}"
        )
    for t in (0.3, 0.5, 0.6, 0.7, 0.8, 0.9):
        print(
            f"  support p>={t:.1f} over shown: " + _score(shown, lambda c, t=t: support[cands.index(c)] >= t)
        )
        print(
            f"  support p>={t:.1f} over all:   " + _score(cands, lambda c, t=t: support[cands.index(c)] >= t)
        )
    for c_reg in args.c:
        probs = loeo(cands, c_reg)
        for t in (0.3, 0.5, 0.7, 0.8, 0.9):
            print(
                f"  trust C={c_reg} p>={t:.1f} over shown: "
                + _score(shown, lambda c, t=t, p=probs: p[cands.index(c)] >= t)
            )


if __name__ == "__main__":
    main()
