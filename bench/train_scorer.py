"""Fit the learned sentence scorer on IndoSum's oracle labels; print cross-validated ROUGE; write weights.

    .venv/bin/python bench/train_scorer.py [--shared ../shared] [--cv] [--write]

Cross-validation: for each dev fold, fit on the articles of the other folds and score ROUGE on the
fold's articles that no other fold holds. The shipped weights are fitted on every article outside
``dev.05`` (the fold the gate and tests evaluate), and written to src/warta/data/sentence_scorer.json.
"""

from __future__ import annotations

import argparse
import json
from dataclasses import replace
from pathlib import Path

import numpy as np
import numpy.typing as npt
from sklearn.linear_model import LogisticRegression

from warta.brief.scorer import FEATURES, LinearScorer, Located, sentence_features, tfidf_vectors
from warta.brief.summary import candidates
from warta.evaluate.indosum import IndoSumRecord, held_out, read_folds, read_records, select, to_article
from warta.evaluate.paths import default_shared
from warta.evaluate.summary import INDOSUM_OPTIONS, TEST_FOLD, lead_picker, score_system, warta_picker

OUT = Path(__file__).resolve().parent.parent / "src" / "warta" / "data" / "sentence_scorer.json"


def features(record: IndoSumRecord) -> tuple[npt.NDArray[np.float64], npt.NDArray[np.int64]]:
    """Feature rows and oracle labels of a record's candidate sentences."""
    article = to_article(record)
    cands = candidates([article], options=INDOSUM_OPTIONS)
    if not cands:
        return np.zeros((0, len(FEATURES))), np.zeros(0, dtype=np.int64)
    located = [Located(c.text, 0, c.position, len(article.sentences)) for c in cands]
    rows = sentence_features(located, tfidf_vectors([c.text for c in cands]))
    oracle = set(record.oracle)
    return rows, np.array([int(c.position in oracle) for c in cands], dtype=np.int64)


def fit(
    records: list[IndoSumRecord], cache: dict[str, tuple[npt.NDArray[np.float64], npt.NDArray[np.int64]]]
) -> LinearScorer:
    """Logistic regression on standardised features."""
    xs = [cache[r.id][0] for r in records]
    ys = [cache[r.id][1] for r in records]
    x, y = np.vstack(xs), np.concatenate(ys)
    mean, scale = x.mean(axis=0), x.std(axis=0)
    scale[scale == 0] = 1.0
    model = LogisticRegression(C=1.0, max_iter=2000).fit((x - mean) / scale, y)
    return LinearScorer(
        features=FEATURES,
        mean=tuple(round(float(v), 6) for v in mean),
        scale=tuple(round(float(v), 6) for v in scale),
        weights=tuple(round(float(v), 6) for v in model.coef_[0]),
        bias=round(float(model.intercept_[0]), 6),
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--shared", type=Path, default=None)
    parser.add_argument("--cv", action="store_true", help="print 5-fold cross-validated ROUGE")
    parser.add_argument("--write", action="store_true", help="write the shipped weights")
    args = parser.parse_args()
    indosum = (args.shared or default_shared()) / "data" / "indosum"
    records = list(read_records(indosum / "articles.jsonl"))
    folds = read_folds(indosum / "folds.json")
    cache = {r.id: features(r) for r in records}
    if args.cv:
        for fold in sorted(folds):
            test, train = held_out(folds, fold)
            scorer = fit(select(records, train), cache)
            tested = select(records, test)
            ours = score_system(tested, warta_picker(replace(INDOSUM_OPTIONS, scorer=scorer)))
            lead = score_system(tested, lead_picker)
            print(
                f"{fold}: n={len(tested)} warta R1/R2/RL {ours.rouge1:.2f}/{ours.rouge2:.2f}/{ours.rougeL:.2f}"
                f"  lead-3 {lead.rouge1:.2f}/{lead.rouge2:.2f}/{lead.rougeL:.2f}"
            )
    if args.write:
        _, train = held_out(folds, TEST_FOLD)
        scorer = fit(select(records, train), cache)
        OUT.parent.mkdir(parents=True, exist_ok=True)
        OUT.write_text(json.dumps(scorer.to_json(), indent=1) + "\n", encoding="utf-8")
        print(f"wrote {OUT} (fitted on {len(train)} articles outside {TEST_FOLD})")
        for name, w in zip(FEATURES, scorer.weights, strict=True):
            print(f"  {name:<20} {w:+.3f}")


if __name__ == "__main__":
    main()
