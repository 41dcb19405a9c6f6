"""The learned entity-type classifier: a multinomial logistic regression over the named features of a
mention (:mod:`warta.extract.entity_features`), pooled over every mention of one name in an article, that
retypes a rule-read mention (PER / ORG / LOC) when the article's evidence is clear.

The weights in ``warta/data/entity_types.json`` were fitted by ``scripts/train_entity_types.py`` (see
``warta/data/README.md``). Countries, regions, ministries and title-only people keep the rules' type: the
gazetteer and the ministry reader are exact there; any other gazetteer or administrative place ("Madrid",
"Provinsi Riau") may become a person (a homonym) but not an organisation (a government standing for its
seat is still read as the place). English text, with few places among its training names, is retyped
only between person and organisation. Without the weights file the rules' types stand.
"""

from __future__ import annotations

import math
import operator
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import cache

from warta.extract.entity_features import mention_features
from warta.extract.entity_mention import EntityMention

MODEL_FILE = "entity_types.json"
# Features that need the text's case (or the rules, which read it): left out for lower-cased text.
CASED_FEATURES = ("shape:", "rule:", "key:", "role", "case:")
_FIXED_KEYS = ("country:", "region:", "ministry:")
_PLACE_KEYS = ("country:", "region:", "geo:", "place:", "city:")


@dataclass(frozen=True)
class TypeModel:
    """Classes, per-feature weights (one per class), biases and the pooled probability to retype at."""

    classes: tuple[str, ...]
    weights: Mapping[str, Sequence[float]]
    bias: Sequence[float]
    threshold: float

    def scores(self, features: Sequence[str]) -> list[float]:
        """Each class's log-probability for one mention's features."""
        z = list(self.bias)
        for f in set(features):
            w = self.weights.get(f)
            if w is not None:
                z = list(map(operator.add, z, w))  # one weight per class, as many as the biases
        top = max(z)
        norm = top + math.log(sum(math.exp(v - top) for v in z))
        return [v - norm for v in z]


@cache
def load_model() -> TypeModel | None:
    """The shipped weights, or None when the file is absent; from the disk cache when read before
    (see :mod:`warta.resource_cache`: unpickling the model costs a fraction of reading its JSON)."""
    from importlib import resources

    from warta.resource_cache import cached, file_digest, file_stamp

    shipped = str(resources.files("warta.data").joinpath(MODEL_FILE))
    key = ("entity-types", file_stamp(shipped), file_digest([__file__]))
    model: TypeModel | None = cached("entity-types", _read_model, key=key, kind=TypeModel)
    return model


def _read_model() -> TypeModel | None:
    from warta.data import optional_json

    data = optional_json(MODEL_FILE)
    return None if data is None else model_from_json(data)


def model_from_json(data: Mapping[str, object]) -> TypeModel:
    """A :class:`TypeModel` from its JSON form (``classes``, ``weights``, ``bias``, ``threshold``)."""
    classes = tuple(str(c) for c in data["classes"])  # type: ignore[attr-defined]
    weights = {str(k): tuple(float(x) for x in v) for k, v in data["weights"].items()}  # type: ignore[attr-defined]
    bias = tuple(float(x) for x in data["bias"])  # type: ignore[attr-defined]
    return TypeModel(classes, weights, bias, float(data["threshold"]))  # type: ignore[arg-type]


def pooled_types(
    text: str, mentions: Sequence[EntityMention], model: TypeModel, *, language: str
) -> dict[tuple[str, str], tuple[str, float]]:
    """Per name and rule type: the class the article's mentions of it agree on and its mean probability
    (mentions of one name the rules typed apart, "Hayward" the man and "to Hayward" the town, stay apart)."""
    sums: dict[tuple[str, str], list[float]] = {}
    counts: dict[tuple[str, str], int] = {}
    for m in mentions:
        s = model.scores(mention_features(text, m, language=language))
        acc = sums.setdefault((m.text, m.type), [0.0] * len(s))
        sums[m.text, m.type] = [a + b for a, b in zip(acc, s, strict=True)]
        counts[m.text, m.type] = counts.get((m.text, m.type), 0) + 1
    out = {}
    for name, total in sums.items():
        mean = [v / counts[name] for v in total]
        top = max(mean)
        norm = top + math.log(sum(math.exp(v - top) for v in mean))
        best = max(range(len(mean)), key=mean.__getitem__)
        out[name] = (model.classes[best], math.exp(mean[best] - norm))
    return out


def retype(
    text: str, mentions: list[EntityMention], *, language: str = "id", model: TypeModel | None = None
) -> list[EntityMention]:
    """The mentions of one article, each name retyped where the classifier is sure of another type."""
    model = model or load_model()
    if model is None or not mentions:
        return mentions
    open_ = [m for m in mentions if not _fixed(m)]
    decided = pooled_types(text, open_, model, language=language)
    out = []
    for m in mentions:
        type_, p = decided.get((m.text, m.type), (m.type, 0.0))
        placed = (m.key or "").startswith(_PLACE_KEYS)
        unsure = _fixed(m) or type_ == m.type or p < model.threshold
        # English: too few places among its training names to move a name to or from a place.
        if unsure or (placed and type_ == "ORG") or (language != "id" and "LOC" in (m.type, type_)):
            out.append(m)
            continue
        key = None if placed else m.key
        out.append(EntityMention(m.start, m.end, m.text, type_, key=key, role=m.role))
    return out


def _fixed(m: EntityMention) -> bool:
    return m.title_only or (m.key or "").startswith(_FIXED_KEYS)
