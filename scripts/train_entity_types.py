"""Fit the learned entity-type classifier (``src/warta/data/entity_types.json``).

A multinomial logistic regression over the named mention features of :mod:`warta.extract.entity_features`,
fitted on the mentions the rules read (:func:`warta.extract.entities.rule_entities`) in:

- NERGrit *valid* (``../shared/data/ner/nergrit``, IndoNLU, Apache-2.0): a mention on or inside a gold
  PERSON / PLACE / ORGANISATION span takes that type;
- the *dev* halves of ``tests/data/quotes/quotes_{id,en}.json``: a mention naming a gold PER/ORG speaker
  (one name's words inside the other's) takes the speaker's type;
- every other mention of those dev articles keeps the rules' type, at a low weight (it anchors the
  classifier to the rules where nothing says otherwise).

Word features (a name's words, their endings, the words around it) are kept only for words of the IndoNLU
NER files (Apache-2.0), so no other source's vocabulary ships; the quote sets' articles weigh the designed
features (shape, word classes, gazetteer, the rules' type). ``../shared/data/realnews`` is for evaluation
only and is not trained on. The held-out NERGrit and NERP *test* files and the quote sets' *test* halves are never trained on; this
prints the NERGrit test figures before and after (``warta eval entities`` prints them too).

    PYTHONPATH=src python scripts/train_entity_types.py [--write] [--shared ../shared]
"""

from __future__ import annotations

import argparse
import json
import re
from collections import Counter
from pathlib import Path
from typing import Any

from warta.evaluate.ner_types import read_ner, score_ner
from warta.evaluate.quotes import load_texts, normalize_name
from warta.extract.entities import find_entities, rule_entities
from warta.extract.entity_features import mention_features
from warta.extract.entity_mention import EntityMention
from warta.extract.entity_types import CASED_FEATURES, MODEL_FILE, TypeModel, retype

ROOT = Path(__file__).resolve().parent.parent
CLASSES = ("PER", "ORG", "LOC")
GOLD_WEIGHT, SPEAKER_WEIGHT, SILVER_WEIGHT = 1.0, 2.0, 0.1
MIN_COUNT = 3
THRESHOLD = 0.6
Example = tuple[list[str], str, float]


def nergrit_examples(shared: Path) -> list[Example]:
    out: list[Example] = []
    for s in read_ner(shared / "data" / "ner" / "nergrit" / "valid_preprocess.txt"):
        for m in rule_entities(s.text):
            label = next((t for a, b, t in s.spans if a <= m.start and m.end <= b), None)
            label = label or next((t for a, b, t in s.spans if m.start <= a and b <= m.end), None)
            if label:
                out.append((mention_features(s.text, m), label, GOLD_WEIGHT))
    return out


def nerp_examples(shared: Path) -> list[Example]:
    """NERP *valid* is lower-cased: each gold span is a mention, with only its case-free features (its
    words, their endings, the words around it, the gazetteer) and nothing the rules or the shape would say."""
    out: list[Example] = []
    for s in read_ner(shared / "data" / "ner" / "nerp" / "valid_preprocess.txt"):
        for a, b, label in s.spans:
            m = EntityMention(a, b, s.text[a:b], label)
            feats = [f for f in mention_features(s.text, m) if not f.startswith(CASED_FEATURES)]
            out.append((feats, label, GOLD_WEIGHT))
    return out


def _names(a: str, b: str) -> bool:
    x, y = set(normalize_name(a).split()), set(normalize_name(b).split())
    return bool(x) and bool(y) and (x <= y or y <= x)


def article_examples(text: str, language: str, gold: list[tuple[str, str]], weight: float) -> list[Example]:
    out: list[Example] = []
    for m in rule_entities(text, language=language):
        label = next((t for name, t in gold if _names(m.text, name)), None)
        feats = mention_features(text, m, language=language)
        out.append((feats, label, weight) if label else (feats, m.type, SILVER_WEIGHT))
    return out


def quote_examples(shared: Path) -> list[Example]:
    out: list[Example] = []
    for lang in ("id", "en"):
        data: dict[str, Any] = json.loads((ROOT / f"tests/data/quotes/quotes_{lang}.json").read_text("utf-8"))
        dev = {a for a, meta in data["articles"].items() if meta.get("split") == "dev"}
        data = {**data, "articles": {a: m for a, m in data["articles"].items() if a in dev}}
        texts = load_texts(data, shared)
        for art, text in texts.items():
            gold = sorted(
                {
                    (q["speaker"], q["speaker_type"])
                    for q in data["quotes"]
                    if q["article"] == art and q.get("speaker_type") in ("PER", "ORG") and q.get("speaker")
                }
            )
            out += article_examples(text, lang, gold, SPEAKER_WEIGHT)
    return out


LEXICAL = ("first:", "last:", "word:", "end2:", "end3:", "prev1:", "prev2:", "next1:", "next2:")


def fit(examples: list[Example], *, c: float, vocabulary: set[str]) -> TypeModel:
    """The model; a word feature is kept only when it is in ``vocabulary`` (the NER files' features)."""
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    counts = Counter(f for feats, _, _ in examples for f in set(feats))
    keep = {f for f, n in counts.items() if n >= MIN_COUNT and (f in vocabulary or not f.startswith(LEXICAL))}
    vec = DictVectorizer()
    x = vec.fit_transform([{f: 1.0 for f in feats if f in keep} for feats, _, _ in examples])
    y = [CLASSES.index(label) for _, label, _ in examples]
    clf = LogisticRegression(C=c, max_iter=2000)
    clf.fit(x, y, sample_weight=[w for _, _, w in examples])
    order = [list(clf.classes_).index(i) for i in range(len(CLASSES))]
    names = vec.get_feature_names_out()
    weights = {
        str(f): tuple(round(float(clf.coef_[k, j]), 4) for k in order)
        for j, f in enumerate(names)
        if max(abs(float(clf.coef_[k, j])) for k in order) >= 0.05
    }
    bias = tuple(round(float(clf.intercept_[k]), 4) for k in order)
    return TypeModel(CLASSES, weights, bias, THRESHOLD)


def to_json(model: TypeModel) -> str:
    data = {
        "classes": list(model.classes),
        "threshold": model.threshold,
        "bias": list(model.bias),
        "weights": {k: list(v) for k, v in sorted(model.weights.items())},
    }
    return re.sub(r"\n\s+(-?[\d.]+,?)(?=\n)", r" \1", json.dumps(data, indent=1)) + "\n"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--write", action="store_true", help=f"write src/warta/data/{MODEL_FILE}")
    parser.add_argument("-C", type=float, default=0.5, help="inverse regularisation strength")
    args = parser.parse_args()
    ner = nergrit_examples(args.shared) + nerp_examples(args.shared)
    vocabulary = {f for feats, _, _ in ner for f in feats}
    examples = ner + quote_examples(args.shared)
    print(f"{len(examples)} examples: {Counter(label for _, label, _ in examples)}")
    model = fit(examples, c=args.C, vocabulary=vocabulary)
    print(f"{len(model.weights)} features kept")
    test = list(read_ner(args.shared / "data" / "ner" / "nergrit" / "test_preprocess.txt"))
    print(score_ner(test, rule_entities).line("nergrit test, rules     "))
    print(
        score_ner(test, lambda t: retype(t, rule_entities(t), model=model)).line("nergrit test, classifier")
    )
    if args.write:
        (ROOT / "src" / "warta" / "data" / MODEL_FILE).write_text(to_json(model), encoding="utf-8")
        print(f"wrote src/warta/data/{MODEL_FILE}; shipped: {score_ner(test, find_entities).line('')}")


if __name__ == "__main__":
    main()
