"""Learn the pairwise "same figure" model: ``python scripts/train_figure_pairs.py [--shared ../shared] [--sweep] [--write]``.

Pairs come from DEV annotations only: the dev cases of ``tests/data/figures_indosum.json``, the realnews
gold (``../shared/data/realnews``, a development set) and the bundled sample gold; the IndoSum test half is
never read. Prints cross-validated pair precision/recall (folds grouped by event); with ``--write`` it writes
``src/warta/data/figure_pairs.json`` (weights only, no text). ``--sweep`` scores reconciliation end to end
on the dev sets (``warta eval facts``' figures) over a grid of link thresholds, to choose them.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
from collections.abc import Iterator
from pathlib import Path

import numpy as np
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import GroupKFold

from warta.evaluate.facts import evaluate_facts, gold_keys
from warta.evaluate.figure_pair_set import LabelledPair, gold_values, story_pairs
from warta.evaluate.gold_stories import gold_stories
from warta.evaluate.indosum_cases import indosum_cases
from warta.extract.facts import extract_facts
from warta.reconcile import figure_links
from warta.reconcile.figure_pairs import FEATURES, PairModel
from warta.types import Article

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "src" / "warta" / "data" / "figure_pairs.json"
INDOSUM = ROOT / "tests" / "data" / "figures_indosum.json"
SAMPLE = ROOT / "tests" / "gold" / "sample.gold.json"
THRESHOLD, DISPUTE_THRESHOLD = 0.5, 0.8


RULES_LINK = False  # --rules-link: the rules' join as one more feature (cross-validation only)


def _story(event: str, arts: list[Article], gold: dict, raw: dict[str, str] | None) -> list[LabelledPair]:
    ids = {k: v for k, v in gold_keys(gold, arts).items()}
    figures = [f for a in arts for f in extract_facts(a).figures]
    cleaned = {a.id: a.text for a in arts}
    by_id = {ids[k]: raw[k] for k in ids if raw is not None and k in raw}
    values = gold_values(gold, ids, raw=by_id or None, cleaned=cleaned if raw is not None else None)
    return story_pairs(event, figures, cleaned, values, rules_link=RULES_LINK)


def indosum_pairs(shared: Path) -> Iterator[LabelledPair]:
    data = json.loads(INDOSUM.read_text(encoding="utf-8"))
    cases = [c for c in data["cases"] if c["split"] == "dev"]
    for read in indosum_cases(cases, shared / "data" / "indosum" / "articles.jsonl", dated=False):
        case = read.case
        for n, story in enumerate(case.get("stories") or [list(case["articles"])]):
            arts = [read.articles[k] for k in story]
            gold = {**case, "articles": {k: {"file": f"{k}.txt"} for k in story}}
            yield from _story(f"indosum:{case['case']}:{n}", arts, gold, dict(read.raw))


def gold_file_pairs(name: str, gold_path: Path, folder: Path) -> Iterator[LabelledPair]:
    for part in gold_stories(gold_path, folder):
        if len(part.articles) > 1:
            yield from _story(f"{name}:{part.number}", part.articles, part.gold, None)


def fit(x: np.ndarray, y: np.ndarray) -> tuple[np.ndarray, np.ndarray, LogisticRegression]:
    mean = x.mean(axis=0)
    scale = x.std(axis=0)
    scale[scale == 0] = 1.0
    clf = LogisticRegression(C=1.0, max_iter=2000).fit((x - mean) / scale, y)
    return mean, scale, clf


def cross_validate(x: np.ndarray, y: np.ndarray, groups: list[str], folds: int = 5) -> None:
    probs = np.zeros(len(y))
    for train, test in GroupKFold(n_splits=folds).split(x, y, groups):
        mean, scale, clf = fit(x[train], y[train])
        probs[test] = clf.predict_proba((x[test] - mean) / scale)[:, 1]
    for t in (0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9):
        pred = probs >= t
        tp = int((pred & y).sum())
        prec = tp / max(int(pred.sum()), 1)
        rec = tp / max(int(y.sum()), 1)
        print(
            f"  cv (by event) p>={t:.1f}: pair precision {prec:6.1%}  recall {rec:6.1%}  ({tp} of {int(y.sum())})"
        )


def sweep(model: PairModel, shared: Path, links: list[float], disputes: list[float]) -> None:
    sets = [
        ("indosum dev", INDOSUM, shared / "data" / "indosum" / "articles.jsonl", "dev"),
        (
            "realnews",
            shared / "data" / "realnews" / "gold.json",
            shared / "data" / "realnews" / "articles",
            None,
        ),
        ("sample", SAMPLE, ROOT / "src" / "warta" / "samples", None),
        ("seeds", shared / "gold" / "seeds.gold.json", None, None),
    ]
    for t in links:
        for d in disputes:
            m = dataclasses.replace(model, threshold=t, dispute_threshold=d)
            figure_links.shipped_model = lambda m=m: m  # type: ignore[assignment]
            row = []
            for name, gold, arts, split in sets:
                r = evaluate_facts(gold, articles_dir=arts, split=split, figure_join="model")
                c = r.counts
                row.append(
                    f"{name} R {c.get('groups_status_ok', 0)}/{c.get('groups_gold', 0)} "
                    f"P {c.get('groups_correct', 0)}/{c.get('groups_ours', 0)} inv {r.invented_disputes}"
                )
            print(f"  link {t:.1f} dispute {d:.1f}: " + " | ".join(row), flush=True)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    ap.add_argument("--threshold", type=float, default=THRESHOLD)
    ap.add_argument("--dispute-threshold", type=float, default=DISPUTE_THRESHOLD)
    ap.add_argument(
        "--write", action="store_true", help="write the weights (else cross-validate and print only)"
    )
    ap.add_argument("--out", type=Path, default=OUT, help="where --write writes the weights")
    ap.add_argument("--sweep", action="store_true", help="score end to end over link thresholds")
    ap.add_argument("--links", type=float, nargs="+", default=[0.4, 0.5, 0.6, 0.7, 0.8])
    ap.add_argument("--disputes", type=float, nargs="+", default=[0.8])
    ap.add_argument(
        "--rules-link", action="store_true", help="add the rules' join as a feature; cross-validate only"
    )
    args = ap.parse_args()
    global RULES_LINK
    RULES_LINK = args.rules_link
    pairs = [
        *indosum_pairs(args.shared),
        *gold_file_pairs(
            "realnews",
            args.shared / "data" / "realnews" / "gold.json",
            args.shared / "data" / "realnews" / "articles",
        ),
        *gold_file_pairs("sample", SAMPLE, ROOT / "src" / "warta" / "samples"),
    ]
    x = np.array([p.features for p in pairs], dtype=float)
    y = np.array([p.same for p in pairs], dtype=bool)
    groups = [p.event for p in pairs]
    print(f"{len(pairs)} pairs ({int(y.sum())} same figure) from {len(set(groups))} stories")
    cross_validate(x, y, groups)
    if args.rules_link:
        ruled = x[:, -1] > 0
        tp = int((ruled & y).sum())
        print(
            f"  rules alone: pair precision {tp / max(int(ruled.sum()), 1):6.1%}  recall {tp / max(int(y.sum()), 1):6.1%}"
        )
        return
    mean, scale, clf = fit(x, y)
    model = PairModel(
        features=FEATURES,
        mean=tuple(round(float(v), 6) for v in mean),
        scale=tuple(round(float(v), 6) for v in scale),
        weights=tuple(round(float(v), 6) for v in clf.coef_[0]),
        bias=round(float(clf.intercept_[0]), 6),
        threshold=args.threshold,
        dispute_threshold=args.dispute_threshold,
    )
    for name, w in sorted(zip(FEATURES, model.weights, strict=True), key=lambda t: -abs(t[1])):
        print(f"  {w:+.3f}  {name}")
    if not args.write:
        print(f"not written: pass --write to replace {args.out}")
        return
    args.out.write_text(json.dumps(model.to_json(), indent=1) + "\n", encoding="utf-8")
    print(f"wrote {args.out}")
    if args.sweep:
        sweep(model, args.shared, args.links, args.disputes)


if __name__ == "__main__":
    main()
