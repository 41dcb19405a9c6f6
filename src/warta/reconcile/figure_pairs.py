"""Whether two values of two articles of one story are the same figure: a learned pairwise model.

Pairs are blocked by kind and unit (values of two kinds are never one figure). Each pair is described by
general features (sub-kind agreement, counted-noun and
measure-head agreement, stem overlap of the counted phrases and of the sentences, the multilingual
sentence-embedding cosine of the two sentences, how the values compare, as-of dates, stage flags and
place in the article) and scored by a logistic regression whose weights ship in
``warta/data/figure_pairs.json`` (fitted by ``scripts/train_figure_pairs.py`` on dev annotations only).
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from typing import Any

import numpy as np

from warta.errors import ConfigError
from warta.extract.figure_kinds import KindReading, from_measure
from warta.extract.figures import ArticleFigure
from warta.extract.stems import stem
from warta.linear import StandardisedLinear
from warta.reconcile.figure_values import compatible, interval
from warta.types import FigureValue

FEATURES = (
    "same_sub",
    "casualty_kind",
    "loose_kind",
    "same_role",
    "same_counted_head",
    "counted_jaccard",
    "same_measure_head",
    "context_jaccard",
    "context_cosine",
    "equal_value",
    "compatible",
    "log_ratio",
    "interval_gap",
    "counted_clash",
    "both_dated",
    "same_date",
    "any_earlier",
    "any_latest",
    "both_lead",
    "any_lead",
    "any_listed",
    "any_collective",
    "any_hedged",
)

# Kinds whose values are one figure on kind alone when they agree ("41 napi tewas", "41 orang meninggal").
_CASUALTY = frozenset({"killed", "missing", "injured", "identified", "survivors", "evacuated", "affected"})
# Kinds too loose to tell one figure from another by kind: their words must say it.
_LOOSE = frozenset({"price", "money", "percentage", "duration", "quantity", "age", "people", "other"})
# A value this early in its article is in the lead, where outlets put the story's main figures.
_LEAD_CHARS = 400
_MAX_LOG_RATIO = 3.0


@dataclass(frozen=True)
class FigureView:
    """What the pair features read of one figure, computed once per figure."""

    figure: ArticleFigure
    reading: KindReading
    counted: frozenset[str]
    context: frozenset[str]
    vector: np.ndarray
    value: FigureValue


def reading_of(f: ArticleFigure) -> KindReading:
    """The figure's kind reading; one made from its measure when it was built without its text."""
    if f.reading.kind or f.reading.counted:
        return f.reading
    return from_measure(f.measure.head, f.measure.role)


def views(figures: Sequence[ArticleFigure], *, embed: bool = True) -> list[FigureView]:
    """One view per figure; sentence vectors are encoded in one batch (zero vectors without ``embed``)."""
    texts = [" ".join(f.measure.context) for f in figures]
    if embed and figures:
        from warta.text.embeddings import embed as encode

        vectors = encode(texts)
    else:
        vectors = np.zeros((len(figures), 1), dtype=np.float32)
    out = []
    for f, vec in zip(figures, vectors, strict=True):
        english = f.measure.language.startswith("en")
        r = reading_of(f)
        out.append(
            FigureView(
                figure=f,
                reading=r,
                counted=frozenset(
                    _stems(r.counted.lower().split() or f.measure.head.lower().split(), english)
                ),
                context=frozenset(_stems(f.measure.context, english)),
                vector=vec,
                value=f.value(),
            )
        )
    return out


@cache
def _stem(word: str, english: bool) -> str:
    return stem(word.lower(), english=english)


def _stems(words: Sequence[str], english: bool) -> list[str]:
    return [_stem(w, english) for w in words if w.isalpha()]


def _jaccard(a: frozenset[str], b: frozenset[str]) -> float:
    return len(a & b) / len(a | b) if a or b else 0.0


def pair_features(a: FigureView, b: FigureView) -> list[float]:
    """The :data:`FEATURES` of a pair of figures, in order."""
    fa, fb = a.figure, b.figure
    ra, rb = a.reading, b.reading
    same_kind = ra.kind is not None and ra.kind == rb.kind
    va, vb = abs(float(fa.quantity.value)), abs(float(fb.quantity.value))
    ratio = abs(math.log10(max(va, 1e-9) / max(vb, 1e-9))) if va and vb else _MAX_LOG_RATIO
    head_a = (ra.counted.split() or [""])[0].lower()
    head_b = (rb.counted.split() or [""])[0].lower()
    lead_a, lead_b = fa.quantity.start < _LEAD_CHARS, fb.quantity.start < _LEAD_CHARS
    cosine = float(np.dot(a.vector, b.vector))
    return [
        float(same_kind and ra.sub == rb.sub),
        float(same_kind and ra.kind in _CASUALTY),
        float(ra.kind in _LOOSE or rb.kind in _LOOSE),
        float(fa.measure.role is not None and fa.measure.role == fb.measure.role),
        float(bool(head_a) and head_a == head_b),
        _jaccard(a.counted, b.counted),
        float(bool(fa.measure.head) and fa.measure.head.lower() == fb.measure.head.lower()),
        _jaccard(a.context, b.context),
        cosine,
        float(va == vb),
        float(compatible(a.value, b.value)),
        min(ratio, _MAX_LOG_RATIO),
        _gap(a.value, b.value),
        float(bool(a.counted) and bool(b.counted) and not a.counted & b.counted),
        float(fa.as_of is not None and fb.as_of is not None),
        float(fa.as_of is not None and fa.as_of == fb.as_of),
        float(fa.earlier or fb.earlier),
        float(fa.latest or fb.latest),
        float(lead_a and lead_b),
        float(lead_a or lead_b),
        float(fa.listed or fb.listed),
        float(fa.collective or fb.collective),
        float(fa.quantity.qualifier is not None or fb.quantity.qualifier is not None),
    ]


def _gap(a: FigureValue, b: FigureValue) -> float:
    """How far apart the two values' intervals are, as a capped log10 ratio (0 when they overlap)."""
    (alo, ahi), (blo, bhi) = interval(a), interval(b)
    lo, hi = (ahi, blo) if ahi < blo else (bhi, alo) if bhi < alo else (1.0, 1.0)
    if lo <= 0:
        return _MAX_LOG_RATIO
    return min(abs(math.log10(hi / lo)), _MAX_LOG_RATIO)


@dataclass(frozen=True)
class PairModel(StandardisedLinear):
    """A logistic regression over standardised pair features, with the thresholds it is used at."""

    threshold: float  # average link at which two clusters join
    dispute_threshold: float  # lowest link probability of a group shown as a dispute

    def probabilities(self, rows: Sequence[Sequence[float]] | np.ndarray) -> np.ndarray:
        """P(same figure) per row of :func:`pair_features` (or of :func:`pair_rows`)."""
        return np.asarray(1.0 / (1.0 + np.exp(-self.log_odds(rows))))

    def to_json(self) -> dict[str, object]:
        """The JSON object the package ships."""
        return {**super().to_json(), "threshold": self.threshold, "dispute_threshold": self.dispute_threshold}


def model_from_json(data: Mapping[str, Any]) -> PairModel:
    """A :class:`PairModel` from its JSON object; its features must be :data:`FEATURES`."""
    if tuple(data["features"]) != FEATURES:
        raise ConfigError(
            "figure_pairs.json does not match warta's features; run scripts/train_figure_pairs.py"
        )

    def floats(key: str) -> tuple[float, ...]:
        return tuple(float(x) for x in data[key])

    return PairModel(
        features=FEATURES,
        mean=floats("mean"),
        scale=floats("scale"),
        weights=floats("weights"),
        bias=float(data["bias"]),
        threshold=float(data["threshold"]),
        dispute_threshold=float(data["dispute_threshold"]),
    )


@cache
def shipped_model() -> PairModel:
    """The model whose weights ship in ``warta/data/figure_pairs.json`` (read once)."""
    from warta.data import shipped_json

    remedy = "reinstall warta or run scripts/train_figure_pairs.py"
    return model_from_json(shipped_json("figure_pairs.json", remedy=remedy))


def pair_rows(seen: Sequence[FigureView], left: np.ndarray, right: np.ndarray) -> np.ndarray:
    """:func:`pair_features` of the pairs ``(seen[left[k]], seen[right[k]])`` at once, one row a pair
    (the same numbers, computed over arrays: a story's blocks can hold a million pairs)."""
    n = len(seen)

    def ids(keys: Sequence[object]) -> np.ndarray:
        table: dict[object, int] = {}
        return np.array([-1 if k is None else table.setdefault(k, len(table)) for k in keys], dtype=np.int64)

    def flags(values: Sequence[bool]) -> np.ndarray:
        return np.array(values, dtype=bool)

    def shared(sets: Sequence[frozenset[str]]) -> np.ndarray:
        """How many words each pair's two sets share (small whole numbers: exact in any order)."""
        vocab: dict[str, int] = {}
        cols = [vocab.setdefault(w, len(vocab)) for s in sets for w in sorted(s)]
        rows = np.repeat(np.arange(n), [len(s) for s in sets])
        width = max(len(vocab), 1)
        if n * n <= _DENSE_CELLS and n * width <= _DENSE_BAG_CELLS:  # one product of dense word bags
            bags = np.zeros((n, width), dtype=np.float32)
            bags[rows, cols] = 1.0
            return np.asarray((bags @ bags.T).astype(float)[left, right])
        from scipy import sparse  # a block too large for dense bags (scipy is imported only then)

        m = sparse.csr_matrix((np.ones(len(cols), dtype=np.float32), (rows, cols)), shape=(n, width))
        if n * n <= _DENSE_CELLS:
            return np.asarray(np.asarray((m @ m.T).toarray(), dtype=float)[left, right])
        out = np.zeros(len(left))
        for at in range(0, len(left), _CHUNK):
            sl = slice(at, at + _CHUNK)
            out[sl] = np.asarray(m[left[sl]].multiply(m[right[sl]]).sum(axis=1)).ravel()
        return out

    def jaccard(sizes: np.ndarray, inter: np.ndarray) -> np.ndarray:
        union = sizes[left] + sizes[right] - inter
        return np.where(union > 0, inter / np.maximum(union, 1), 0.0)

    readings = [v.reading for v in seen]
    figs = [v.figure for v in seen]
    kind = ids([r.kind for r in readings])
    sub = ids([(r.sub,) for r in readings])
    role = ids([f.measure.role for f in figs])
    head = ids([(r.counted.split() or [""])[0].lower() or None for r in readings])
    measure = ids([f.measure.head.lower() or None for f in figs])
    as_of = ids([f.as_of for f in figs])
    casualty = flags([r.kind in _CASUALTY for r in readings])
    loose = flags([r.kind in _LOOSE for r in readings])
    value = np.array([abs(float(f.quantity.value)) for f in figs])
    bounds = np.array([interval(v.value) for v in seen], dtype=float).reshape(n, 2)
    lead = flags([f.quantity.start < _LEAD_CHARS for f in figs])
    earlier, latest = flags([f.earlier for f in figs]), flags([f.latest for f in figs])
    listed, collective = flags([f.listed for f in figs]), flags([f.collective for f in figs])
    hedged = flags([f.quantity.qualifier is not None for f in figs])
    counted_sizes = np.array([len(v.counted) for v in seen], dtype=float)
    context_sizes = np.array([len(v.context) for v in seen], dtype=float)
    counted_shared = shared([v.counted for v in seen])
    context_shared = shared([v.context for v in seen])
    vectors = np.stack([np.asarray(v.vector, dtype=np.float32) for v in seen]) if n else np.zeros((0, 1))
    if n * n <= _DENSE_CELLS:
        cosine = (vectors @ vectors.T)[left, right].astype(float)
    else:
        cosine = np.concatenate(
            [
                np.einsum("ij,ij->i", vectors[left[at : at + _CHUNK]], vectors[right[at : at + _CHUNK]])
                for at in range(0, len(left), _CHUNK)
            ]
            or [np.zeros(0)]
        ).astype(float)

    i, j = left, right
    same_kind = (kind[i] >= 0) & (kind[i] == kind[j])
    va, vb = value[i], value[j]
    both = (va > 0) & (vb > 0)
    ratio = np.abs(np.log10(np.maximum(va, 1e-9) / np.maximum(vb, 1e-9)))
    alo, ahi, blo, bhi = bounds[i, 0], bounds[i, 1], bounds[j, 0], bounds[j, 1]
    a_below, b_below = ahi < blo, bhi < alo
    lo = np.where(a_below, ahi, np.where(b_below, bhi, 1.0))
    hi = np.where(a_below, blo, np.where(b_below, alo, 1.0))
    with np.errstate(divide="ignore", invalid="ignore"):
        gap = np.where(
            lo <= 0,
            _MAX_LOG_RATIO,
            np.minimum(np.abs(np.log10(hi / np.where(lo > 0, lo, 1.0))), _MAX_LOG_RATIO),
        )
    columns = [
        same_kind & (sub[i] == sub[j]),
        same_kind & casualty[i],
        loose[i] | loose[j],
        (role[i] >= 0) & (role[i] == role[j]),
        (head[i] >= 0) & (head[i] == head[j]),
        jaccard(counted_sizes, counted_shared),
        (measure[i] >= 0) & (measure[i] == measure[j]),
        jaccard(context_sizes, context_shared),
        cosine,
        va == vb,
        ~(a_below | b_below),
        np.where(both, np.minimum(ratio, _MAX_LOG_RATIO), _MAX_LOG_RATIO),
        gap,
        (counted_sizes[i] > 0) & (counted_sizes[j] > 0) & (counted_shared == 0),
        (as_of[i] >= 0) & (as_of[j] >= 0),
        (as_of[i] >= 0) & (as_of[i] == as_of[j]),
        earlier[i] | earlier[j],
        latest[i] | latest[j],
        lead[i] & lead[j],
        lead[i] | lead[j],
        listed[i] | listed[j],
        collective[i] | collective[j],
        hedged[i] | hedged[j],
    ]
    return (
        np.column_stack([np.asarray(c, dtype=float) for c in columns])
        if len(left)
        else np.zeros((0, len(FEATURES)))
    )


_CHUNK = 100_000  # pairs per sparse product (bounds the memory of a block too large for a dense one)
_DENSE_CELLS = 4_000 * 4_000  # a block of up to this many figure pairs is scored from n x n products
_DENSE_BAG_CELLS = 4_000_000  # figures x words of a block's word bags held dense (16 MB of float32)
