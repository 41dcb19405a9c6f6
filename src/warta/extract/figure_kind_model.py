"""A learned reader of a figure's kind: a multinomial logistic regression over named words around the number.

It gives every kind of :data:`~warta.extract.figure_kinds.KIND_ORDER`, plus ``not_a_figure`` (a date part,
a score, a name's number, a law's number), a probability from sparse named features: the counted noun's
head and its Sastrawi stem, the words right before and after the number, its unit and number kind, the
verbs of its clause and the rules' own kind. The weights ship in ``warta/data/figure_kinds.json``, fitted
by ``scripts/train_figure_kinds.py`` on the hand-labelled numbers of ``tests/data/figure_kinds_indosum.json``
(IndoSum articles in no evaluation event).

>>> from warta.extract.numbers import find_quantities
>>> text = "Tercatat sudah 19 napi yang kabur bisa ditangkap lagi."
>>> q = find_quantities(text)[0]
>>> sorted(kind_features(text, q, lo=0, hi=len(text), rule_kind="arrested", counted="napi"))[:3]
['after1=napi', 'after2=yang', 'after3=kabur']
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from typing import Any

from warta.errors import ConfigError
from warta.extract.numbers import Quantity
from warta.extract.stems import stem
from warta.extract.word_classes import is_verb

NOT_A_FIGURE = "not_a_figure"
_WORD = re.compile(r"[^\W\d_][^\W_]*(?:-[^\W_]+)*|\d+(?:[.,]\d+)*|[^\w\s]")
_SIDE = 3
_VERB_WINDOW = 8


@dataclass(frozen=True)
class KindGuess:
    """The model's most likely kind for a number and its probability."""

    kind: str
    probability: float


def _shape(word: str, *, opening: bool = False) -> str:
    """A digit run is ``<num>``; a capitalised word past the clause's opening (a name: "Safril (44)",
    "Polres Bekasi") is ``<cap>``, so the weights learn the shape of a name, not the names of the
    training articles; any other word is itself, lowercased."""
    if word[:1].isdigit():
        return "<num>"
    return "<cap>" if word[:1].isupper() and not opening else word.lower()


def kind_features(
    text: str, q: Quantity, *, lo: int, hi: int, rule_kind: str | None, counted: str
) -> set[str]:
    """The named features of ``q`` read in the clause ``text[lo:hi]`` (a set: each feature is 0 or 1)."""
    before = [
        _shape(m.group(), opening=m.start() == lo)
        for m in _WORD.finditer(text, max(lo, q.start - 80), q.start)
    ]
    after = [_shape(m.group()) for m in _WORD.finditer(text, q.end, min(hi, q.end + 80))]
    feats = {f"rule={rule_kind or 'none'}", f"qkind={q.kind}", f"unit={q.unit or 'none'}"}
    feats |= {f"before{i + 1}={w}" for i, w in enumerate(reversed(before[-_SIDE:]))}
    feats |= {f"after{i + 1}={w}" for i, w in enumerate(after[:_SIDE])}
    words = counted.lower().split()
    if words:
        feats |= {f"head={words[0]}", f"stem={stem(words[0], english=False)}"}
    else:
        feats.add("head=none")
    near = [*before[-_VERB_WINDOW:], *after[:_VERB_WINDOW]]
    feats |= {f"verb={stem(w, english=False)}" for w in near if w.isalpha() and is_verb(w)}
    return feats


@dataclass(frozen=True)
class KindModel:
    """Per-kind weights of named features and a bias (softmax over the kinds)."""

    kinds: tuple[str, ...]
    weights: Mapping[str, Mapping[str, float]]  # kind -> feature -> weight
    bias: Mapping[str, float]
    threshold: float  # a guess below this probability is no guess
    overruled: tuple[str, ...] = ()  # the rules' kinds (``none`` for no kind) the model may overrule

    def probabilities(self, features: set[str]) -> dict[str, float]:
        """The probability of each kind given ``features``."""
        scores = {k: self.bias[k] + sum(self.weights[k].get(f, 0.0) for f in features) for k in self.kinds}
        top = max(scores.values())
        exp = {k: math.exp(s - top) for k, s in scores.items()}
        total = sum(exp.values())
        return {k: v / total for k, v in exp.items()}

    def guess(self, features: set[str]) -> KindGuess:
        """The most likely kind and its probability."""
        probs = self.probabilities(features)
        kind = max(probs, key=lambda k: probs[k])
        return KindGuess(kind, probs[kind])

    def to_json(self) -> dict[str, object]:
        """The JSON object the package ships."""
        return {
            "kinds": list(self.kinds),
            "bias": dict(self.bias),
            "threshold": self.threshold,
            "overruled": list(self.overruled),
            "weights": {k: dict(sorted(w.items())) for k, w in self.weights.items()},
        }


def overrule(
    model: KindModel, text: str, q: Quantity, *, lo: int, hi: int, rule_kind: str | None, counted: str
) -> str | None:
    """The kind the model gives ``q`` where the rules' ``rule_kind`` is one it may overrule and it is
    confident (never ``not_a_figure``: the rules decide what is a figure), else None (keep the rules')."""
    if (rule_kind or "none") not in model.overruled:
        return None
    feats = kind_features(text, q, lo=lo, hi=hi, rule_kind=rule_kind, counted=counted)
    guess = model.guess(feats)
    return guess.kind if decides(guess, rule_kind, threshold=model.threshold) else None


# Kinds the model never gives in the rules' place: whether a number is a figure, and the catch-all
# counts of things, stay the rules' to say ("urutan 3" read "other" would put a rank in the brief).
_NEVER_GIVEN = frozenset({NOT_A_FIGURE, "other", "quantity"})


def decides(guess: KindGuess, rule_kind: str | None, *, threshold: float) -> bool:
    """Whether ``guess`` replaces the rules' ``rule_kind`` (it is confident, new and specific)."""
    return guess.probability >= threshold and guess.kind != rule_kind and guess.kind not in _NEVER_GIVEN


def model_from_json(data: Mapping[str, Any]) -> KindModel:
    """A :class:`KindModel` from its JSON object."""
    try:
        kinds = tuple(str(k) for k in data["kinds"])
        return KindModel(
            kinds=kinds,
            weights={k: {str(f): float(w) for f, w in data["weights"][k].items()} for k in kinds},
            bias={k: float(data["bias"][k]) for k in kinds},
            threshold=float(data["threshold"]),
            overruled=tuple(str(k) for k in data.get("overruled", ())),
        )
    except (KeyError, TypeError, ValueError) as exc:
        raise ConfigError(
            f"figure_kinds.json is malformed ({exc}); run scripts/train_figure_kinds.py"
        ) from exc


@cache
def shipped_kind_model() -> KindModel:
    """The model whose weights ship in ``warta/data/figure_kinds.json`` (read once)."""
    from warta.data import shipped_json

    remedy = "reinstall warta or run scripts/train_figure_kinds.py"
    return model_from_json(shipped_json("figure_kinds.json", remedy=remedy))
