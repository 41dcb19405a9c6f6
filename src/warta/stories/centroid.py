"""A live story's centroid: summed term weights per view, a summed embedding, its date range.

The views follow Miranda et al. (2018): TF-IDF of title, of body and of names, plus a multilingual
sentence embedding; IDF comes from document frequencies the index counts as articles arrive.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date
from itertools import repeat
from operator import mul
from typing import Any

import numpy as np
import numpy.typing as npt

from warta.stories.records import Record

VIEWS = ("title", "body", "names")
Vector = dict[str, float]


def day_of(published: str | None) -> int | None:
    """The date as a day number (None when missing or unreadable)."""
    if not published:
        return None
    try:
        return date.fromisoformat(published[:10]).toordinal()
    except ValueError:
        return None


def term_counts(terms: Iterable[str]) -> Vector:
    """Sublinear term frequencies (1 + log count)."""
    return {t: 1.0 + math.log(c) for t, c in Counter(terms).items()}


def record_views(record: Record) -> dict[str, Vector]:
    """The three lexical views of one record, as term frequencies."""
    return {
        "title": term_counts(record.title_terms),
        "body": term_counts(record.body_terms),
        "names": term_counts(record.name_keys),
    }


@dataclass
class DocFreq:
    """Document frequencies of terms seen so far: the IDF of every view."""

    docs: int = 0
    df: Counter[str] = field(default_factory=Counter)
    changed: set[str] = field(default_factory=set)  # terms counted since the owner last saved

    def add(self, views: Mapping[str, Vector]) -> None:
        """Count one article's distinct terms."""
        self.docs += 1
        terms = {t for v in views.values() for t in v}
        self.df.update(terms)
        self.changed |= terms

    def idf(self, term: str) -> float:
        """Smoothed inverse document frequency."""
        return math.log((self.docs + 1) / (self.df.get(term, 0) + 1)) + 1.0

    def weigh(self, vec: Mapping[str, float]) -> Vector:
        """``vec`` times each term's :meth:`idf` (the same values, without a call per term)."""
        docs, get, log = self.docs + 1, self.df.get, math.log
        return {t: w * (log(docs / (get(t, 0) + 1)) + 1.0) for t, w in vec.items()}


def weighted(vec: Mapping[str, float], freq: DocFreq) -> Vector:
    """Term frequencies times IDF."""
    return freq.weigh(vec)


def norm(vec: Mapping[str, float]) -> float:
    """Euclidean length."""
    values = vec.values()
    return math.sqrt(sum(map(mul, values, values)))  # the squares summed in order, as a loop would


def cosine(doc: Mapping[str, float], doc_norm: float, story: Mapping[str, float], story_norm: float) -> float:
    """Cosine of an IDF-weighted document vector and a story's IDF-weighted centroid."""
    if doc_norm == 0.0 or story_norm == 0.0:
        return 0.0
    dot: float = sum(map(mul, doc.values(), map(story.get, doc, repeat(0.0))))  # in the document's term order
    return dot / (doc_norm * story_norm)


def unit(embedding: npt.NDArray[np.float64]) -> npt.NDArray[np.float64]:
    """A summed embedding scaled to unit length (unchanged when empty or all zeros)."""
    n = float(np.linalg.norm(embedding)) if embedding.size else 0.0
    return embedding / n if n > 0 else embedding


@dataclass
class Centroid:
    """The running state of one live story."""

    id: str
    members: list[str]
    views: dict[str, Vector]
    embedding: npt.NDArray[np.float64]
    first: int | None
    last: int | None
    languages: Counter[str]
    touched: int
    weighted_views: dict[str, Vector] = field(default_factory=dict)
    norms: dict[str, float] = field(default_factory=dict)

    @classmethod
    def start(cls, story_id: str, record: Record, views: dict[str, Vector], tick: int) -> Centroid:
        """A new story holding one article."""
        day = day_of(record.published)
        emb = np.asarray(record.embedding, dtype=np.float64) if record.embedding else np.zeros(0)
        langs = Counter([record.language] if record.language else [])
        return cls(story_id, [record.id], {k: dict(v) for k, v in views.items()}, emb, day, day, langs, tick)

    def add(self, record: Record, views: Mapping[str, Vector], tick: int, *, max_terms: int) -> None:
        """Fold one more article in; each view keeps its strongest ``max_terms`` terms."""
        self.members.append(record.id)
        for name, vec in views.items():
            mine = self.views.setdefault(name, {})
            for t, w in vec.items():
                mine[t] = mine.get(t, 0.0) + w
            if len(mine) > 2 * max_terms:
                self.views[name] = dict(sorted(mine.items(), key=lambda kv: (-kv[1], kv[0]))[:max_terms])
        if record.embedding:
            emb = np.asarray(record.embedding, dtype=np.float64)
            self.embedding = emb if self.embedding.size == 0 else self.embedding + emb
        day = day_of(record.published)
        if day is not None:
            self.first = day if self.first is None else min(self.first, day)
            self.last = day if self.last is None else max(self.last, day)
        if record.language:
            self.languages[record.language] += 1
        self.touched = tick

    def refresh(self, freq: DocFreq) -> None:
        """Re-weight the views with the current IDF (done when the story changes)."""
        self.weighted_views = {k: weighted(v, freq) for k, v in self.views.items()}
        self.norms = {k: norm(v) for k, v in self.weighted_views.items()}

    def unit_embedding(self) -> npt.NDArray[np.float64]:
        """The mean embedding scaled to unit length (zeros when no member had one)."""
        return unit(self.embedding)

    def language(self) -> str | None:
        """The story's main language."""
        return min(self.languages.items(), key=lambda kv: (-kv[1], kv[0]))[0] if self.languages else None

    def gap(self, day: int | None) -> int | None:
        """Days between ``day`` and the story's date range (0 inside it; None when either is undated)."""
        if day is None or self.first is None or self.last is None:
            return None
        return max(0, self.first - day, day - self.last)

    def to_state(self) -> dict[str, Any]:
        """Plain JSON-able state."""
        return {
            "id": self.id,
            "members": self.members,
            "views": self.views,
            "embedding": [float(x) for x in self.embedding],
            "first": self.first,
            "last": self.last,
            "languages": dict(self.languages),
            "touched": self.touched,
        }

    @classmethod
    def from_state(cls, d: Mapping[str, Any]) -> Centroid:
        """Rebuild from :meth:`to_state` output."""
        return cls(
            id=d["id"],
            members=list(d["members"]),
            views={k: dict(v) for k, v in d["views"].items()},
            embedding=np.asarray(d["embedding"], dtype=np.float64),
            first=d["first"],
            last=d["last"],
            languages=Counter(d["languages"]),
            touched=int(d["touched"]),
        )
