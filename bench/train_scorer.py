"""Fit the learned sentence scorer on IndoSum; print cross-validated ROUGE; write weights.

    .venv/bin/python bench/train_scorer.py [--shared ../shared] [--cv] [--write] [--target oracle] [--c 1.0]

Records are read as warta's cleaning leaves them (:func:`warta.evaluate.indosum.to_article`: dateline
cut, paragraphs kept as lines). Targets: ``oracle`` (IndoSum's extractive labels), ``rouge`` (each
sentence's own ROUGE-1/2 F against the human summary, scaled so the article's best is 1) or ``soft``
(the mean of the two). A soft target is fitted as a logistic regression with each row weighted p as a
positive and 1 - p as a negative, so scores stay log-odds.

Cross-validation: for each of ``dev.01``..``dev.04``, fit on the articles of the other folds except
``dev.05`` and score ROUGE on the fold's articles that no other fold holds. ``dev.05`` is never used
to choose anything; the shipped weights are fitted on every article outside it and written to
src/warta/data/sentence_scorer.json. Per-record features are cached in /tmp (keyed by the sources).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import pickle
import tempfile
from collections import Counter
from dataclasses import dataclass, replace
from pathlib import Path

import numpy as np
import numpy.typing as npt
from sklearn.linear_model import LogisticRegression

import warta.brief.scorer
import warta.brief.summary
import warta.evaluate.indosum
from warta.brief.scorer import FEATURES, LinearScorer, tfidf_vectors
from warta.brief.summary import base_features, candidates
from warta.evaluate.indosum import IndoSumRecord, held_out, read_folds, read_records, select, to_article
from warta.evaluate.paths import default_shared
from warta.evaluate.summary import (
    INDOSUM_OPTIONS,
    TEST_FOLD,
    cleaned_lead_picker,
    lead_picker,
    score_system,
    warta_picker,
)
from warta.text.tokens import words

OUT = Path(__file__).resolve().parent.parent / "src" / "warta" / "data" / "sentence_scorer.json"
CV_FOLDS = ("dev.01", "dev.02", "dev.03", "dev.04")


@dataclass(frozen=True)
class Rows:
    """A record's candidate feature rows with their oracle labels and own-ROUGE targets."""

    x: npt.NDArray[np.float64]
    oracle: npt.NDArray[np.float64]
    rouge: npt.NDArray[np.float64]


def _f1(got: Counter[tuple[str, ...]], ref: Counter[tuple[str, ...]]) -> float:
    hit = sum((got & ref).values())
    if not hit:
        return 0.0
    p, r = hit / sum(got.values()), hit / sum(ref.values())
    return 2 * p * r / (p + r)


def _grams(tokens: list[str], n: int) -> Counter[tuple[str, ...]]:
    return Counter(tuple(tokens[i : i + n]) for i in range(len(tokens) - n + 1))


def features(record: IndoSumRecord) -> Rows:
    """Feature rows, oracle labels and own-ROUGE targets of a record's candidate sentences."""
    article = to_article(record)
    cands = candidates([article], options=INDOSUM_OPTIONS)
    if not cands:
        empty = np.zeros(0)
        return Rows(np.zeros((0, len(FEATURES))), empty, empty)
    x = base_features([article], cands, tfidf_vectors([c.text for c in cands]))
    oracle = set(record.oracle)
    ref = words(" ".join(record.summary_sentences))
    ref1, ref2 = _grams(ref, 1), _grams(ref, 2)
    own = []
    for c in cands:
        toks = words(c.text)
        own.append((_f1(_grams(toks, 1), ref1) + _f1(_grams(toks, 2), ref2)) / 2)
    r = np.array(own)
    return Rows(x, np.array([float(c.position in oracle) for c in cands]), r / r.max() if r.max() > 0 else r)


def cached_features(records: list[IndoSumRecord]) -> dict[str, Rows]:
    """:func:`features` of every record, from a /tmp pickle when the sources have not changed."""
    digest = hashlib.sha256()
    for module in (warta.brief.scorer, warta.brief.summary, warta.evaluate.indosum):
        digest.update(Path(str(module.__file__)).read_bytes())
    digest.update(Path(__file__).read_bytes())
    path = Path(tempfile.gettempdir()) / f"warta-scorer-{digest.hexdigest()[:16]}.pkl"
    if path.is_file():
        cached: dict[str, Rows] = pickle.loads(path.read_bytes())
        if all(r.id in cached for r in records):
            return cached
    table = {r.id: features(r) for r in records}
    path.write_bytes(pickle.dumps(table))
    return table


def fit(
    records: list[IndoSumRecord],
    table: dict[str, Rows],
    *,
    target: str,
    c: float,
    without: frozenset[str] = frozenset(),
) -> LinearScorer:
    """Logistic regression on standardised features, with hard or soft targets; ``without`` get weight 0."""
    x = np.vstack([table[r.id].x for r in records])
    oracle = np.concatenate([table[r.id].oracle for r in records])
    own = np.concatenate([table[r.id].rouge for r in records])
    p = {"oracle": oracle, "rouge": own, "soft": (oracle + own) / 2}[target]
    mean, scale = x.mean(axis=0), x.std(axis=0)
    scale[scale == 0] = 1.0
    z = (x - mean) / scale
    z[:, [i for i, name in enumerate(FEATURES) if name in without]] = 0.0  # an ablation: no weight
    model = LogisticRegression(C=c, max_iter=3000)
    if target == "oracle":
        model.fit(z, oracle.astype(np.int64))
    else:
        model.fit(
            np.vstack([z, z]),
            np.concatenate([np.ones(len(p)), np.zeros(len(p))]).astype(np.int64),
            sample_weight=np.concatenate([p, 1 - p]),
        )
    return LinearScorer(
        features=FEATURES,
        mean=tuple(round(float(v), 6) for v in mean),
        scale=tuple(round(float(v), 6) for v in scale),
        weights=tuple(round(float(v), 6) for v in model.coef_[0]),
        bias=round(float(model.intercept_[0]), 6),
    )


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--shared", type=Path, default=None)
    parser.add_argument("--cv", action="store_true", help="print cross-validated ROUGE on dev.01-04")
    parser.add_argument("--write", action="store_true", help="write the shipped weights")
    parser.add_argument("--target", choices=("oracle", "rouge", "soft"), default="oracle")
    parser.add_argument("--c", type=float, default=1.0, help="inverse regularisation strength")
    parser.add_argument("--without", default="", help="comma-separated features to leave out (ablation)")
    parser.add_argument("--redundancy", type=float, default=INDOSUM_OPTIONS.redundancy)
    parser.add_argument("--mmr-lambda", type=float, default=INDOSUM_OPTIONS.mmr_lambda)
    args = parser.parse_args()
    indosum = (args.shared or default_shared()) / "data" / "indosum"
    records = list(read_records(indosum / "articles.jsonl"))
    folds = read_folds(indosum / "folds.json")
    table = cached_features(records)
    without = frozenset(filter(None, args.without.split(",")))
    options = replace(INDOSUM_OPTIONS, redundancy=args.redundancy, mmr_lambda=args.mmr_lambda)
    if args.cv:
        cv = {name: ids for name, ids in folds.items() if name != TEST_FOLD}
        totals = np.zeros(3)
        for fold in CV_FOLDS:
            test, train = held_out(cv, fold)
            scorer = fit(select(records, train), table, target=args.target, c=args.c, without=without)
            tested = select(records, test)
            ours = score_system(tested, warta_picker(replace(options, scorer=scorer)))
            lead = score_system(tested, lead_picker)
            clean = score_system(tested, cleaned_lead_picker)
            totals += (ours.rouge1, lead.rouge1, clean.rouge1)
            print(
                f"{fold}: n={len(tested)} warta R1/R2/RL {ours.rouge1:.2f}/{ours.rouge2:.2f}/{ours.rougeL:.2f}"
                f"  lead-3 {lead.rouge1:.2f}/{lead.rouge2:.2f}/{lead.rougeL:.2f}"
                f"  lead-3 (cleaned) {clean.rouge1:.2f}/{clean.rouge2:.2f}/{clean.rougeL:.2f}",
                flush=True,
            )
        w, lead1, clean1 = totals / len(CV_FOLDS)
        print(
            f"mean R1: warta {w:.2f}  lead-3 {lead1:.2f}  lead-3 (cleaned) {clean1:.2f}  gap {w - clean1:+.2f}"
        )
    if args.write:
        _, train = held_out(folds, TEST_FOLD)
        scorer = fit(select(records, train), table, target=args.target, c=args.c, without=without)
        OUT.parent.mkdir(parents=True, exist_ok=True)
        OUT.write_text(json.dumps(scorer.to_json(), indent=1) + "\n", encoding="utf-8")
        print(f"wrote {OUT} (fitted on {len(train)} articles outside {TEST_FOLD}, target {args.target})")
        for name, weight in zip(FEATURES, scorer.weights, strict=True):
            print(f"  {name:<20} {weight:+.3f}")


if __name__ == "__main__":
    main()
