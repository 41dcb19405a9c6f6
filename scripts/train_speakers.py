"""Train the quote-speaker ranker (``warta.extract.speaker_rank``) on the dev halves of the quote sets.

    python scripts/train_speakers.py            # cross-validated dev accuracy: rules vs ranker
    python scripts/train_speakers.py --write    # also fit on all of dev and write the weights

Candidates and features come from :mod:`warta.extract.speaker_features`; a candidate's label is
whether its name is the gold speaker (``warta.evaluate.quotes.same_speaker``); ``unknown`` is right
only for a gold ``unknown``. A logistic regression scores candidates one by one; the quote takes the
best. Folds are by article. Only ``split == "dev"`` articles are read; ``test`` is never touched.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

import numpy as np
from sklearn.ensemble import GradientBoostingClassifier
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import GroupKFold

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from warta.evaluate.quotes import load_texts, overlap, same_speaker  # noqa: E402
from warta.extract.entities import find_entities  # noqa: E402
from warta.extract.quotes import find_quotes  # noqa: E402
from warta.extract.sentences import split_sentences  # noqa: E402
from warta.extract.speaker_features import FEATURES, Candidate  # noqa: E402
from warta.extract.speaker_rank import ranked_candidates  # noqa: E402

OUT = ROOT / "src" / "warta" / "data" / "speaker_ranker.json"
SHARED = ROOT.parent / "shared"


def examples(also: tuple[str, ...] = ()) -> list[tuple[str, list[Candidate], int, bool]]:
    """(article, candidates, index of first right candidate or -1, rules right) per found dev quote;
    ``also``: more annotation files under ``tests/data/quotes`` (fresh dev batches) to read."""
    out = []
    for name in ("quotes_id.json", "quotes_en.json", *also):
        data: dict[str, Any] = json.loads((ROOT / "tests" / "data" / "quotes" / name).read_text("utf-8"))
        language = data.get("language", "id")
        dev = {a: m for a, m in data["articles"].items() if m.get("split") == "dev"}
        texts = load_texts({**data, "articles": dev}, SHARED)
        for art, text in sorted(texts.items()):
            sentences = split_sentences(text, language=language)
            entities = find_entities(text, language=language)
            ours = find_quotes(text, sentences, entities=entities, language=language, rank=False)
            sets = ranked_candidates(text, sentences, entities, ours, english=language == "en")
            golds = [g for g in data["quotes"] if g["article"] == art and g["kind"] == "direct"]
            for g in golds:
                hits = [
                    i
                    for i, q in enumerate(ours)
                    if q.kind == "direct" and overlap((q.start, q.end), (g["start"], g["end"])) >= 0.5
                ]
                if not hits:
                    continue
                q, cands = ours[hits[0]], sets[hits[0]]
                rule = same_speaker(q.speaker_name or q.speaker, g.get("speaker"))
                right = [i for i, c in enumerate(cands) if same_speaker(c.name, g.get("speaker"))]
                out.append((art, cands, right[0] if right else -1, rule))
    return out


def matrix(rows: list[tuple[str, list[Candidate], int, bool]]) -> tuple[Any, Any, Any]:
    xs, ys, quote = [], [], []
    for n, (_, cands, right, _) in enumerate(rows):
        for c in cands:
            xs.append(c.vector())
            ys.append(1 if right >= 0 and same_speaker(c.name, cands[right].name) else 0)
            quote.append(n)
    return np.array(xs), np.array(ys), np.array(quote)


RULE_COLUMNS = [i for i, k in enumerate(FEATURES) if k.startswith("rule")]


def augment(x: Any, y: Any, share: float) -> tuple[Any, Any]:
    """The rows plus, for ``share`` > 0, a copy of them without the rules' answer ("rule dropout"): the
    other features learn to stand on their own, and the rules' weight is one voice among them."""
    if share <= 0:
        return x, y
    rng = np.random.default_rng(13)
    keep = rng.random(len(x)) < share
    bare = x[keep].copy()
    bare[:, RULE_COLUMNS] = 0.0
    return np.vstack([x, bare]), np.concatenate([y, y[keep]])


def pick(model: Any, cands: list[Candidate], drop: list[int]) -> tuple[int, float]:
    """The best candidate that may speak (places never do) and its probability."""
    xs = np.array([c.vector() for c in cands])
    xs[:, drop] = 0.0
    probs = model.predict_proba(xs)[:, 1]
    able = [i for i, c in enumerate(cands) if c.name is None or c.type != "LOC"]
    best = max(able, key=lambda i: probs[i])
    return best, float(probs[best])


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--write", action="store_true")
    ap.add_argument("--c", type=float, default=0.3)
    ap.add_argument(
        "--threshold", type=float, default=0.0, help="under this the best candidate is not trusted: unknown"
    )
    ap.add_argument("--show", action="store_true", help="print the cross-validated misses (C=1)")
    ap.add_argument("--gbm", action="store_true", help="cross-validate a small gradient-boosted model")
    ap.add_argument("--dropout", type=float, default=0.0, help="share of rows also trained without the rules")
    ap.add_argument("--no-rule", action="store_true", help="drop the rules' answer from the features")
    ap.add_argument(
        "--fill-threshold",
        type=float,
        default=0.05,
        help="what naming a speaker the rules did not find needs",
    )
    ap.add_argument(
        "--also",
        nargs="*",
        default=[],
        help="more annotation files under tests/data/quotes to train on (e.g. quotes_id_fresh3.json)",
    )
    args = ap.parse_args()
    rows = examples(tuple(args.also))
    x, y, quote = matrix(rows)
    if args.no_rule:
        x[:, [i for i, k in enumerate(FEATURES) if k.startswith("rule")]] = 0.0
    arts = np.array([r[0] for r in rows])
    oracle = sum(r[2] >= 0 for r in rows)
    rules = sum(r[3] for r in rows)
    print(f"dev quotes {len(rows)}: rules right {rules}, some candidate right {oracle}, candidates {len(y)}")
    drop = [i for i, k in enumerate(FEATURES) if args.no_rule and k.startswith("rule")]
    for c in (0.03, 0.1, 0.3, 1.0, 3.0, 10.0):
        right = 0
        chosen: list[tuple[float, bool]] = []
        for train, held in GroupKFold(n_splits=5).split(np.zeros(len(rows)), groups=arts):
            tr = np.isin(quote, train)
            model = (
                GradientBoostingClassifier(n_estimators=int(30 * c) + 20, max_depth=3, learning_rate=0.1)
                if args.gbm
                else LogisticRegression(C=c, max_iter=2000)
            ).fit(*augment(x[tr], y[tr], args.dropout))
            for n in held:
                cands, gold = rows[n][1], rows[n][2]
                i, prob = pick(model, cands, drop)
                ok = gold >= 0 and same_speaker(cands[i].name, cands[gold].name)
                right += ok
                if cands[i].name is not None:
                    chosen.append((prob, bool(ok)))
                if args.show and c == 1.0 and not ok:
                    rule = next((k.name for k in cands if k.features.get("rule")), None)
                    print(
                        f"  {rows[n][0][:40]} ours {cands[i].name!r} gold {cands[gold].name if gold >= 0 else None!r} rule {rule!r}"
                    )
        low = {t: [ok for p, ok in chosen if p < t] for t in (0.1, 0.15, 0.2, 0.3)}
        shares = "  ".join(f"p<{t}: {sum(v)}/{len(v)} right" for t, v in low.items())
        print(f"C={c:<5} cross-validated ranker right {right}/{len(rows)} (rules {rules});  {shares}")
    if args.write:
        model = LogisticRegression(C=args.c, max_iter=2000).fit(*augment(x, y, args.dropout))
        weights = dict(zip(FEATURES, (round(float(w), 6) for w in model.coef_[0]), strict=True))
        payload = {
            "features": list(FEATURES),
            "weights": weights,
            "bias": round(float(model.intercept_[0]), 6),
            "threshold": args.threshold,
            "fill_threshold": args.fill_threshold,
            "C": args.c,
            "trained_on": " and ".join(
                ["dev halves of tests/data/quotes/quotes_id.json", "quotes_en.json", *args.also]
            ),
        }
        OUT.write_text(json.dumps(payload, indent=1) + "\n", encoding="utf-8")
        for k, w in sorted(weights.items(), key=lambda kv: -abs(kv[1])):
            print(f"  {k:<26} {w:+.3f}")


if __name__ == "__main__":
    main()
