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

    PYTHONPATH=src python scripts/train_entity_types.py [--write] [--folds 5] [-C 0.75] [--shared ../shared]
"""

from __future__ import annotations

import argparse
import json
import re
from collections import Counter
from dataclasses import dataclass
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


@dataclass(frozen=True)
class Unit:
    """One sentence or article trained on: its examples, and what scores it when it is held out (gold
    spans of a NER sentence, or the gold speakers of a quote-set article)."""

    kind: str  # "nergrit" | "nerp" | "quotes"
    text: str
    language: str
    mentions: tuple[EntityMention, ...]  # the rules' (nergrit, quotes) or the gold spans (nerp)
    gold: tuple[tuple[int, int, str], ...] | tuple[tuple[str, str], ...]
    examples: tuple[Example, ...]


def nergrit_units(shared: Path) -> list[Unit]:
    out: list[Unit] = []
    for s in read_ner(shared / "data" / "ner" / "nergrit" / "valid_preprocess.txt"):
        mentions = rule_entities(s.text)
        examples = []
        for m in mentions:
            label = next((t for a, b, t in s.spans if a <= m.start and m.end <= b), None)
            label = label or next((t for a, b, t in s.spans if m.start <= a and b <= m.end), None)
            if label:
                examples.append((mention_features(s.text, m), label, GOLD_WEIGHT))
        out.append(Unit("nergrit", s.text, "id", tuple(mentions), s.spans, tuple(examples)))
    return out


def nerp_units(shared: Path) -> list[Unit]:
    """NERP *valid* is lower-cased: each gold span is a mention, with only its case-free features (its
    words, their endings, the words around it, the gazetteer) and nothing the rules or the shape would say."""
    out: list[Unit] = []
    for s in read_ner(shared / "data" / "ner" / "nerp" / "valid_preprocess.txt"):
        mentions = tuple(EntityMention(a, b, s.text[a:b], label) for a, b, label in s.spans)
        examples = tuple((_case_free(s.text, m), m.type, GOLD_WEIGHT) for m in mentions)
        out.append(Unit("nerp", s.text, "id", mentions, s.spans, examples))
    return out


def _case_free(text: str, m: EntityMention) -> list[str]:
    return [f for f in mention_features(text, m) if not f.startswith(CASED_FEATURES)]


def _names(a: str, b: str) -> bool:
    x, y = set(normalize_name(a).split()), set(normalize_name(b).split())
    return bool(x) and bool(y) and (x <= y or y <= x)


def article_examples(
    text: str, language: str, mentions: list[EntityMention], gold: list[tuple[str, str]], weight: float
) -> list[Example]:
    out: list[Example] = []
    for m in mentions:
        label = next((t for name, t in gold if _names(m.text, name)), None)
        feats = mention_features(text, m, language=language)
        out.append((feats, label, weight) if label else (feats, m.type, SILVER_WEIGHT))
    return out


def quote_units(shared: Path) -> list[Unit]:
    out: list[Unit] = []
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
            mentions = rule_entities(text, language=lang)
            examples = article_examples(text, lang, mentions, gold, SPEAKER_WEIGHT)
            out.append(Unit("quotes", text, lang, tuple(mentions), tuple(gold), tuple(examples)))
    return out


def entities_en_units(shared: Path) -> list[Unit]:
    """The *dev* half of ``tests/data/entities_en.json``: fresh English articles whose annotated people
    and organisations take their type, every other mention the rules' at a low weight."""
    data: dict[str, Any] = json.loads((ROOT / "tests/data/entities_en.json").read_text("utf-8"))
    dev = {a: m for a, m in data["articles"].items() if m.get("split") == "dev"}
    texts = load_texts({**data, "language": "en", "articles": dev}, shared)
    out: list[Unit] = []
    for art, text in texts.items():
        gold = sorted(
            {(text[e["start"] : e["end"]], e["type"]) for e in data["entities"] if e["article"] == art}
        )
        mentions = rule_entities(text, language="en")
        examples = article_examples(text, "en", mentions, gold, SPEAKER_WEIGHT)
        out.append(Unit("entities_en", text, "en", tuple(mentions), tuple(gold), tuple(examples)))
    return out


def held_out_score(units: list[Unit], model: TypeModel) -> Counter[str]:
    """Right and total per kind on ``units`` typed by ``model``: NERGrit names found by the rules typed
    right, NERP gold spans typed right, quote-set speakers some mention names with their type."""
    score: Counter[str] = Counter()
    for u in units:
        if u.kind == "nerp":
            for m in u.mentions:
                scores = model.scores(_case_free(u.text, m))
                score["nerp"] += 1
                score["nerp right"] += model.classes[max(range(3), key=scores.__getitem__)] == m.type
            continue
        typed = retype(u.text, list(u.mentions), language=u.language, model=model)
        if u.kind == "nergrit":
            mine = {(m.start, m.end): m.type for m in typed}
            for a, b, t in u.gold:  # type: ignore[misc]
                if (a, b) in mine:
                    score["nergrit"] += 1
                    score["nergrit right"] += mine[a, b] == t
            continue
        key = f"speakers {u.language}" if u.kind == "quotes" else u.kind
        for name, t in u.gold:  # type: ignore[misc]
            score[key] += 1
            score[f"{key} right"] += any(m.type == t and _names(m.text, name) for m in typed)
    return score


def cross_validate(units: list[Unit], *, folds: int, c: float) -> Counter[str]:
    """Each unit typed by a model fitted on the other folds (units dealt round-robin)."""
    total: Counter[str] = Counter()
    for k in range(folds):
        train = [u for i, u in enumerate(units) if i % folds != k]
        vocabulary = {
            f for u in train if u.kind in ("nergrit", "nerp") for feats, _, _ in u.examples for f in feats
        }
        model = fit([e for u in train for e in u.examples], c=c, vocabulary=vocabulary)
        total += held_out_score([u for i, u in enumerate(units) if i % folds == k], model)
    return total


def _rate(score: Counter[str]) -> str:
    kinds = sorted(k for k in score if not k.endswith(" right"))
    return "  ".join(
        f"{k} {score[k + ' right'] / score[k]:.1%} ({score[k + ' right']}/{score[k]})" for k in kinds
    )


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
    parser.add_argument(
        "-C", type=float, default=0.75, help="inverse regularisation strength (chosen by --folds 5)"
    )
    parser.add_argument("--folds", type=int, default=0, help="also cross-validate on the training units")
    parser.add_argument(
        "--no-entities-en", action="store_true", help="leave out the dev half of tests/data/entities_en.json"
    )
    args = parser.parse_args()
    units = nergrit_units(args.shared) + nerp_units(args.shared) + quote_units(args.shared)
    if not args.no_entities_en:
        units += entities_en_units(args.shared)
    examples = [e for u in units for e in u.examples]
    vocabulary = {
        f for u in units if u.kind in ("nergrit", "nerp") for feats, _, _ in u.examples for f in feats
    }
    print(f"{len(examples)} examples: {Counter(label for _, label, _ in examples)}")
    if args.folds:
        print(
            f"{args.folds}-fold cross-validation: {_rate(cross_validate(units, folds=args.folds, c=args.C))}"
        )
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
