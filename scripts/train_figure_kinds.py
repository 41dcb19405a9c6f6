"""Learn the figure-kind reader: ``python scripts/train_figure_kinds.py [--shared ../shared] [--write]``.

Rows are the hand-labelled numbers of ``tests/data/figure_kinds_indosum.json`` (IndoSum articles in no
evaluation event or figures case; see its README) that warta reads as figures, read in place from
``../shared/data/indosum``. Prints the rules' agreement with the labels and the model's, cross-validated
with folds grouped by article, at several probability thresholds; ``--write`` fits on every row and writes
``src/warta/data/figure_kinds.json`` (named weights only, no text).
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path

import numpy as np
from sklearn.feature_extraction import DictVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import GroupKFold

from warta.evaluate.indosum_cases import indosum_cases, nearest_span
from warta.extract.figure_kind_model import NOT_A_FIGURE, KindGuess, KindModel, decides, kind_features
from warta.extract.figures import find_figures
from warta.extract.sentences import split_sentences

ROOT = Path(__file__).resolve().parent.parent
LABELS = ROOT / "tests" / "data" / "figure_kinds_indosum.json"
INDOSUM = ROOT / "tests" / "data" / "figures_indosum.json"
OUT = ROOT / "src" / "warta" / "data" / "figure_kinds.json"
_SAME = {"quantity": "other"}  # the rules call a count of things "other"
C, THRESHOLD = 1.0, 0.5
# Rule kinds the model may overrule: the rules' unsure readings (none, other) and their usual confusions.
OVERRULED = ("quantity", "duration")


def rows(shared: Path) -> tuple[list[set[str]], list[str], list[str], list[str]]:
    data = json.loads(LABELS.read_text(encoding="utf-8"))["numbers"]
    wanted = {n["article"] for n in data}
    texts = {}
    for line in (shared / "data" / "indosum" / "articles.jsonl").open(encoding="utf-8"):
        if (a := json.loads(line))["id"] in wanted:
            texts[a["id"]] = a["text"]
    feats, labels, rules, groups = [], [], [], []
    unread: Counter[str] = Counter()
    for art in sorted(wanted):
        text = texts[art]
        sentences = split_sentences(text)
        figures = find_figures(text, sentences, article=art, learned_kinds=False)
        for n in (n for n in data if n["article"] == art):
            hits = [f for f in figures if f.quantity.start <= n["start"] < f.quantity.end]
            if not hits:
                unread[n["kind"]] += 1
                continue
            f = hits[0]
            s = next((s for s in sentences if s.start <= f.quantity.start < s.end), None)
            lo, hi = (s.start, s.end) if s else (0, len(text))
            r = f.reading
            feats.append(kind_features(text, f.quantity, lo=lo, hi=hi, rule_kind=r.kind, counted=r.counted))
            labels.append(_SAME.get(n["kind"], n["kind"]))
            rules.append(r.kind or "none")
            groups.append(art)
    print(f"{len(labels)} labelled numbers read as figures; not read as figures: {dict(unread)}")
    return feats, labels, rules, groups


def case_rows(shared: Path) -> tuple[list[set[str]], list[str], list[str], list[str]]:
    """Rows from the DEV cases of ``tests/data/figures_indosum.json`` (never the held-out half)."""
    cases = [c for c in json.loads(INDOSUM.read_text(encoding="utf-8"))["cases"] if c["split"] == "dev"]
    feats, labels, rules, groups = [], [], [], []
    for read in indosum_cases(cases, shared / "data" / "indosum" / "articles.jsonl"):
        items = [(v, g["kind"]) for g in read.case["figures"] for v in g["values"]]
        items += [(v, v["kind"]) for v in read.case.get("single_figures", [])]
        items += [(v, NOT_A_FIGURE) for v in read.case.get("not_figures", [])]
        for key, art in read.articles.items():
            figures = find_figures(art.text, art.sentences, article=art.id, learned_kinds=False)
            for v, kind in (item for item in items if item[0]["article"] == key):
                span = nearest_span(read.raw[key], art.text, v["start"], v["end"])
                hits = (
                    []
                    if span is None
                    else [f for f in figures if f.quantity.start < span[1] and span[0] < f.quantity.end]
                )
                if not hits:
                    continue
                f = hits[0]
                s = next((s for s in art.sentences if s.start <= f.quantity.start < s.end), None)
                lo, hi = (s.start, s.end) if s else (0, len(art.text))
                r = f.reading
                feats.append(
                    kind_features(art.text, f.quantity, lo=lo, hi=hi, rule_kind=r.kind, counted=r.counted)
                )
                labels.append(_SAME.get(kind, kind))
                rules.append(r.kind or "none")
                groups.append(f"case:{read.case['case']}")
    print(f"{len(labels)} dev-case values read as figures")
    return feats, labels, rules, groups


def fit(feats: list[set[str]], labels: list[str]) -> tuple[DictVectorizer, LogisticRegression]:
    vec = DictVectorizer()
    x = vec.fit_transform([dict.fromkeys(f, 1.0) for f in feats])
    return vec, LogisticRegression(C=C, max_iter=3000).fit(x, labels)


def report(name: str, labels: list[str], guesses: list[str | None]) -> None:
    shown = [(y, _SAME.get(g, g)) for y, g in zip(labels, guesses, strict=True) if g is not None]
    right = sum(y == g for y, g in shown)
    kept = [(y, g) for y, g in shown if g != NOT_A_FIGURE]
    kright = sum(y == g for y, g in kept)
    figs = sum(y != NOT_A_FIGURE for y in labels)
    print(
        f"{name}: decided {len(shown)}/{len(labels)}, right {right}; kinds given {len(kept)}, right {kright} "
        f"(precision {kright / max(1, len(kept)):.2f}), of {figs} true figures"
    )


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    ap.add_argument("--write", action="store_true")
    ap.add_argument("--cases", action="store_true", help="train on the dev cases' values too")
    ap.add_argument("--threshold", type=float, default=THRESHOLD, help="the shipped model's threshold")
    ap.add_argument("--overrule", default=",".join(OVERRULED), help="rule kinds the shipped model overrules")
    args = ap.parse_args()
    feats, labels, rules, groups = rows(args.shared)
    if args.cases:
        more = case_rows(args.shared)
        feats, labels, rules, groups = feats + more[0], labels + more[1], rules + more[2], groups + more[3]
    print("labels:", dict(Counter(labels)))
    report("rules", labels, [None if r == "none" else r for r in rules])
    probs: list[dict[str, float]] = [{} for _ in labels]
    for train, test in GroupKFold(n_splits=5).split(feats, labels, groups):
        vec, clf = fit([feats[i] for i in train], [labels[i] for i in train])
        p = clf.predict_proba(vec.transform([dict.fromkeys(feats[i], 1.0) for i in test]))
        for i, row in zip(test, p, strict=True):
            probs[i] = dict(zip(clf.classes_, row, strict=True))
    best = [max(p, key=lambda k: p[k]) for p in probs]
    for t in (0.0, 0.4, 0.5, 0.6, 0.7, 0.8):
        report(f"model t={t}", labels, [b if probs[i][b] >= t else None for i, b in enumerate(best)])
        for unsure in (("none", "other"), ("none", "other", "quantity", "duration"), OVERRULED):
            # the rules' kind, the model's where the rules are unsure and the model is confident
            ens = [
                b
                if r in unsure and decides(KindGuess(b, probs[i][b]), r, threshold=t)
                else (None if r == "none" else r)
                for i, (r, b) in enumerate(zip(rules, best, strict=True))
            ]
            report(f"rules+model({'/'.join(unsure)}) t={t}", labels, ens)
    if args.write:
        vec, clf = fit(feats, labels)
        names = vec.get_feature_names_out()
        kinds = [str(k) for k in clf.classes_]
        coef = clf.coef_ if len(kinds) > 2 else np.vstack([-clf.coef_[0], clf.coef_[0]])
        bias = clf.intercept_ if len(kinds) > 2 else np.array([-clf.intercept_[0], clf.intercept_[0]])
        weights = {
            k: {str(n): round(float(w), 3) for n, w in zip(names, coef[j], strict=True) if abs(w) >= 0.02}
            for j, k in enumerate(kinds)
        }
        bias_ = {k: round(float(b), 4) for k, b in zip(kinds, bias, strict=True)}
        overruled = tuple(k for k in args.overrule.split(",") if k)
        model = KindModel(tuple(kinds), weights, bias_, args.threshold, overruled)
        OUT.write_text(
            json.dumps(model.to_json(), ensure_ascii=False, separators=(",", ":")) + "\n", encoding="utf-8"
        )
        print(f"wrote {OUT} ({OUT.stat().st_size} bytes)")


if __name__ == "__main__":
    main()
