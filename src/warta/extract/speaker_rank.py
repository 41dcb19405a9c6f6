"""A learned ranker over each direct quote's speaker candidates, the attribution rules' answer among them.

The candidates and their features are :mod:`warta.extract.speaker_features`'; the weights, a logistic
regression fitted by ``scripts/train_speakers.py`` on the dev halves of the quote sets, ship in
``warta/data/speaker_ranker.json`` (feature names and numbers only). Each quote takes its best
candidate; ``unknown`` when that is the unknown candidate or scores under the model's threshold.
Places are never chosen.
"""

from __future__ import annotations

import math
import operator
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import cache
from itertools import repeat
from typing import TYPE_CHECKING

from warta.extract.entity_mention import EntityMention
from warta.extract.quote_mention import with_speaker_of
from warta.extract.speaker_features import FEATURES, Candidate, quote_candidates
from warta.extract.speakers import Who
from warta.types import Span

if TYPE_CHECKING:
    from warta.extract.quotes import QuoteMention

_MODEL = "speaker_ranker.json"
_SPEAKER_TYPES = ("PER", "ORG", "ROLE")


@dataclass(frozen=True)
class RankerModel:
    """Named weights, a bias, the probability under which the best candidate is not trusted, and the
    higher one it needs to name a speaker where the rules found nobody (precision first)."""

    weights: dict[str, float]
    bias: float
    threshold: float = 0.0
    fill_threshold: float = 0.0

    def score(self, candidate: Candidate) -> float:
        """The candidate's probability of being the speaker."""
        f = candidate.features  # the weighted sum in the features' order, without a Python loop
        z = self.bias + sum(map(operator.mul, map(self.weights.get, f, repeat(0.0)), f.values()))
        return 1.0 / (1.0 + math.exp(-z))


@cache
def load_model() -> RankerModel | None:
    """The shipped model, or None when the weights file is absent or names other features."""
    from warta.data import optional_json

    raw = optional_json(_MODEL)
    if raw is None or tuple(raw.get("features", ())) != FEATURES:
        return None
    return RankerModel(
        {k: float(v) for k, v in raw["weights"].items()},
        float(raw["bias"]),
        float(raw.get("threshold", 0.0)),
        float(raw.get("fill_threshold", 0.0)),
    )


def ranked_candidates(
    text: str,
    sentences: Sequence[Span],
    entities: Sequence[EntityMention],
    quotes: Sequence[QuoteMention],
    *,
    english: bool = False,
) -> list[list[Candidate]]:
    """Each quote's candidates (an empty list for reported speech), in the order of ``quotes``."""
    direct = [i for i, q in enumerate(quotes) if q.kind == "direct"]
    rows = [
        (
            quotes[i].start,
            quotes[i].end,
            _who(quotes[i]),
            quotes[i].speaker_name or quotes[i].speaker,
        )
        for i in direct
    ]
    reported = [
        (q.start, q.end, _who(q), q.speaker_name or q.speaker) for q in quotes if q.kind == "indirect"
    ]
    sets = quote_candidates(text, sentences, entities, rows, reported=reported, english=english)
    out: list[list[Candidate]] = [[] for _ in quotes]
    for i, cands in zip(direct, sets, strict=True):
        out[i] = cands
    return out


def _who(q: QuoteMention) -> Who:
    span = (q.speaker_span.start, q.speaker_span.end) if q.speaker_span else None
    return Who(q.speaker, span, q.speaker_type, q.cue)


def choose(model: RankerModel, candidates: Sequence[Candidate]) -> Candidate | None:
    """The best candidate that may speak; None for unknown."""
    scored = [(model.score(c), c) for c in candidates if c.name is None or c.type in _SPEAKER_TYPES]
    if not scored:
        return None
    best, cand = max(scored, key=lambda sc: sc[0])
    nobody = any(c.name is None and c.features.get("rule_unknown_cand") for c in candidates)
    needed = max(model.threshold, model.fill_threshold) if nobody else model.threshold
    return cand if cand.name is not None and best >= needed else None


def rank_speakers(
    text: str,
    sentences: Sequence[Span],
    entities: Sequence[EntityMention],
    quotes: Sequence[QuoteMention],
    *,
    english: bool = False,
    model: RankerModel | None = None,
) -> list[QuoteMention]:
    """``quotes`` with each direct quote's speaker the ranker's choice (the rules' answer when no model)."""
    model = model or load_model()
    if model is None:
        return list(quotes)
    sets = ranked_candidates(text, sentences, entities, quotes, english=english)
    out: list[QuoteMention] = []
    before: tuple[QuoteMention, QuoteMention] | None = None  # the previous direct quote: rules', ranked
    for q, cands in zip(quotes, sets, strict=True):
        if not cands:
            out.append(q)
            continue
        best = choose(model, cands)
        if q.continues and before and before[0].speaker == q.speaker and before[1] != before[0]:
            ranked = before[1]  # a bare continuation keeps the speaker its previous quote was given
            out.append(with_speaker_of(q, ranked))
        elif best is None:
            out.append(
                replace(q, speaker=None, speaker_span=None, named=False, speaker_type=None, speaker_name=None)
            )
        elif best.features.get("rule"):
            out.append(q)
        else:
            span = Span(*best.span) if best.span else None
            out.append(
                replace(
                    q,
                    speaker=best.name,
                    speaker_span=span,
                    named=best.type in ("PER", "ORG"),
                    speaker_type=best.type,
                    speaker_name=best.name,
                )
            )
        before = (q, out[-1])
    return out
