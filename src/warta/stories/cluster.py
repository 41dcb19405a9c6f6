"""Incremental story clustering: ``StoryIndex.add(record) -> story_id``, one article at a time.

In the spirit of Miranda et al. (2018): each arriving article is scored against the live stories'
centroids on several views (TF-IDF of title, body and names; a multilingual embedding for matches
across languages) damped by a time decay, then a separate decision joins the best story or starts
a new one. Copies found by :mod:`warta.stories.dedupe` join their original's story directly.
Stories that go quiet are retired from the live set, so memory stays bounded.

>>> index = StoryIndex()
>>> story = index.add(record)      # doctest: +SKIP
"""

from __future__ import annotations

import hashlib
import math
from collections.abc import Iterable, Mapping
from dataclasses import asdict, dataclass
from typing import Any

import numpy as np
import numpy.typing as npt

from warta.stories.centroid import (
    VIEWS,
    Centroid,
    DocFreq,
    Vector,
    cosine,
    day_of,
    norm,
    record_views,
    weighted,
)
from warta.stories.dedupe import Copy, DedupeOptions, DuplicateIndex
from warta.stories.live import LiveStories, Summary
from warta.stories.records import Record

STATE_VERSION = 1


def story_id_for(first_article: str) -> str:
    """A stable story id from the story's first article (it never changes as the story grows)."""
    return "s" + hashlib.sha256(first_article.encode()).hexdigest()[:11]


@dataclass(frozen=True)
class ClusterOptions:
    """Weights and thresholds of the join decision, and when stories retire."""

    threshold: float = 0.30
    cross_threshold: float = 0.55
    title_weight: float = 0.15
    body_weight: float = 0.35
    names_weight: float = 0.25
    embedding_weight: float = 0.25
    decay_days: float = 3.0
    grace_days: int = 2
    retire_days: int = 30
    retire_after: int = 1000  # ...and only after this many arrivals without a new article (late input)
    max_live: int = 5000
    candidates: int = 10
    max_terms: int = 300


@dataclass(frozen=True)
class Changes:
    """What changed since the last :meth:`StoryIndex.changes`: enough to persist the index row by row.

    ``articles`` are (article id, story id) in arrival order; ``live`` the centroids started or
    grown, in the live set's order; ``retired`` the stories that left it; ``df`` the document
    frequency of every term counted again; ``scalars`` the index's few counters and options;
    ``recopied`` the dedupe verdicts of earlier articles that changed (an original arrived late).
    """

    scalars: dict[str, Any]
    articles: tuple[tuple[str, str], ...]
    live: tuple[Centroid, ...]
    retired: tuple[str, ...]
    df: dict[str, int]
    recopied: tuple[Copy, ...] = ()


@dataclass(frozen=True)
class Match:
    """The best live story for an article and its score (no story: ``story`` is None)."""

    story: str | None
    score: float


class StoryIndex:
    """Live stories and their centroids; ``add`` assigns each article a story id."""

    def __init__(self, *, options: ClusterOptions | None = None, dedupe: DedupeOptions | None = None) -> None:
        self.options = options or ClusterOptions()
        self.duplicates = DuplicateIndex(options=dedupe)
        self._freq = DocFreq()
        self._live = LiveStories()
        self._rows: dict[str, int] = {}
        self._matrix: npt.NDArray[np.float32] = np.zeros((64, 0), dtype=np.float32)
        self._free: list[int] = []
        self._row_ids: list[str | None] = []  # row -> live story (None: a free row)
        self._story_of: dict[str, str] = {}
        self._sizes: dict[str, int] = {}
        self._next = 0
        self._tick = 0
        self._now: int | None = None
        # Since the last changes(): articles added, centroids started or grown, stories retired.
        self._new_articles: list[str] = []
        self._dirty: set[str] = set()
        self._gone: set[str] = set()

    def __len__(self) -> int:
        return len(self._story_of)

    def story_of(self, article_id: str) -> str | None:
        """The story an added article belongs to."""
        return self._story_of.get(article_id)

    def copy_of(self, article_id: str) -> Copy | None:
        """Dedupe's verdict for an added article."""
        return self.duplicates.get(article_id)

    def stories(self) -> dict[str, list[str]]:
        """Every story (live or retired) with its article ids in arrival order."""
        groups: dict[str, list[str]] = {}
        for article, story in self._story_of.items():
            groups.setdefault(story, []).append(article)
        return groups

    def live_count(self) -> int:
        """How many stories are live (can still take articles)."""
        return len(self._live)

    def add(self, record: Record) -> str:
        """Assign ``record`` to a story and return its id (adding the same id again is a no-op)."""
        if (known := self.story_of(record.id)) is not None:
            return known
        self._tick += 1
        copy = self.duplicates.add(record)
        views = record_views(record)
        self._freq.add(views)
        # A copy joins its original's story; an original that took over its copies joins theirs.
        repeated = copy.duplicate_of or self.duplicates.demoted(record.id)
        original = self.story_of(repeated) if repeated else None
        story = original if original is not None else self.best(record, views).story
        if story is None:
            story = self._start(record, views)
        elif story in self._live:
            centroid = self._live.get(story)
            centroid.add(record, views, self._tick, max_terms=self.options.max_terms)
            centroid.refresh(self._freq)
            self._live.put(centroid)
            self._set_row(centroid)
            self._dirty.add(story)
        self._story_of[record.id] = story
        self._new_articles.append(record.id)
        self._sizes[story] = self._sizes.get(story, 0) + 1
        self._advance(day_of(record.published))
        return story

    def best(self, record: Record, views: Mapping[str, Vector] | None = None) -> Match:
        """The live story ``record`` would join, or none, without adding it."""
        views = views if views is not None else record_views(record)
        weighted_doc = {k: weighted(v, self._freq) for k, v in views.items()}
        norms = {k: norm(v) for k, v in weighted_doc.items()}
        emb = np.asarray(record.embedding, dtype=np.float64) if record.embedding else None
        day = day_of(record.published)
        best = Match(None, 0.0)
        for sid, emb_sim in self._candidates(emb):
            if self._out_of_reach(self._live.summary(sid), day):
                continue  # its decay is 0: the centroid (decoded from storage in a lazy index) is not read
            centroid = self._live.get(sid)
            decay = self._decay(centroid.gap(day))
            if decay == 0.0:
                continue
            cross = bool(record.language and centroid.language() and record.language != centroid.language())
            sims = {
                k: cosine(
                    weighted_doc[k], norms[k], centroid.weighted_views.get(k, {}), centroid.norms.get(k, 0.0)
                )
                for k in VIEWS
            }
            score = self._combine(sims, emb_sim, norms, centroid, cross=cross) * decay
            limit = self.options.cross_threshold if cross else self.options.threshold
            if score >= limit and (score - limit, sid) > (best.score, best.story or ""):
                best = Match(sid, score - limit)
        return Match(best.story, best.score)

    def _combine(
        self,
        sims: Mapping[str, float],
        emb_sim: float | None,
        norms: Mapping[str, float],
        centroid: Centroid,
        *,
        cross: bool,
    ) -> float:
        o = self.options
        if cross:
            # Across languages the words differ; only the embedding and the names can speak.
            parts = [
                (0.75, emb_sim),
                (0.25, sims["names"] if norms["names"] and centroid.norms.get("names") else None),
            ]
        else:
            has = {k: bool(norms[k] and centroid.norms.get(k)) for k in VIEWS}
            parts = [
                (o.title_weight, sims["title"] if has["title"] else None),
                (o.body_weight, sims["body"] if has["body"] else None),
                (o.names_weight, sims["names"] if has["names"] else None),
                (o.embedding_weight, emb_sim),
            ]
        # A view missing on either side (no title, no embedding) is left out, not counted as zero.
        used = [(w, s) for w, s in parts if s is not None]
        total = sum(w for w, _ in used)
        return sum(w * s for w, s in used) / total if total else 0.0

    def _out_of_reach(self, summary: Summary, day: int | None) -> bool:
        """Whether ``day`` lies so far from a live story's days, as its summary knows them, that its decay is 0
        (what :meth:`Centroid.gap` would give; False when the summary does not know both days)."""
        if day is None or summary.first is None or summary.last is None:
            return False
        return self._decay(max(0, summary.first - day, day - summary.last)) == 0.0

    def _decay(self, gap: int | None) -> float:
        if gap is None:
            return 1.0
        if gap > self.options.retire_days:
            return 0.0
        return math.exp(-max(0, gap - self.options.grace_days) / self.options.decay_days)

    def _candidates(self, emb: npt.NDArray[np.float64] | None) -> list[tuple[str, float | None]]:
        if not self._live:
            return []
        if emb is None or self._matrix.shape[1] == 0 or emb.size != self._matrix.shape[1]:
            # Without an embedding every live story is a candidate (rare: empty or unembedded input).
            return [(sid, None) for sid in self._live]
        used = len(self._row_ids)
        sims = self._matrix[:used] @ emb.astype(np.float32)
        k = min(self.options.candidates, used)
        top = np.argpartition(-sims, k - 1)[:k]
        out: list[tuple[str, float | None]] = []
        for i in top.tolist():
            sid = self._row_ids[i]
            if sid is not None:
                out.append((sid, float(sims[i]) if self._live.summary(sid).has_embedding else None))
        return out

    def _start(self, record: Record, views: Mapping[str, Vector]) -> str:
        sid = story_id_for(record.id)
        self._next += 1
        centroid = Centroid.start(sid, record, dict(views), self._tick)
        centroid.refresh(self._freq)
        self._live.put(centroid)
        self._dirty.add(sid)
        self._set_row(centroid)
        if len(self._live) > self.options.max_live:
            self._retire(self._live.oldest())
        return sid

    def _set_row(self, centroid: Centroid) -> None:
        self._place(centroid.id, centroid.unit_embedding())

    def _place(self, story_id: str, vec: npt.NDArray[np.float64]) -> None:
        """Put a live story's unit embedding in its row of the candidate matrix."""
        if vec.size == 0:
            vec = np.zeros(self._matrix.shape[1] or len(vec))
        if self._matrix.shape[1] == 0 and vec.size:
            self._matrix = np.zeros((64, vec.size), dtype=np.float32)
        if story_id not in self._rows:
            if self._free:
                row = self._free.pop()
                self._row_ids[row] = story_id
            else:
                row = len(self._row_ids)
                self._row_ids.append(story_id)
                if row >= self._matrix.shape[0]:
                    self._matrix = np.vstack([self._matrix, np.zeros_like(self._matrix)])
            self._rows[story_id] = row
        if vec.size and self._matrix.shape[1] == vec.size:
            self._matrix[self._rows[story_id]] = vec

    def _retire(self, sid: str) -> None:
        if self._live.pop(sid):
            self._gone.add(sid)
        row = self._rows.pop(sid, None)
        if row is not None:
            self._matrix[row] = 0.0
            self._row_ids[row] = None
            self._free.append(row)

    def _advance(self, day: int | None) -> None:
        moved = day is not None and (self._now is None or day > self._now)
        if moved:
            self._now = day
        if self._now is None or not (moved or self._tick % 256 == 0):
            return
        # Quiet means both: old in stream time, and untouched for a while in arrivals, so an article
        # that arrives late (out of date order) still finds its story.
        horizon = self._now - self.options.retire_days
        stale = self._tick - self.options.retire_after
        for sid in self._live.quiet(before_day=horizon, before_tick=stale):
            self._retire(sid)

    def state(self) -> dict[str, Any]:
        """Everything needed to resume (plain JSON-able); see :meth:`from_state`."""
        return {
            "version": STATE_VERSION,
            "options": asdict(self.options),
            "dedupe": self.duplicates.state(),
            "docs": self._freq.docs,
            "df": dict(self._freq.df),
            "live": [c.to_state() for c in self._live.centroids()],
            "story_of": self._story_of,
            "next": self._next,
            "tick": self._tick,
            "now": self._now,
        }

    def scalars(self) -> dict[str, Any]:
        """The index's counters and options (plain JSON-able; the small part of :meth:`state`)."""
        return {
            "version": STATE_VERSION,
            "options": asdict(self.options),
            "dedupe_options": asdict(self.duplicates.options),
            "docs": self._freq.docs,
            "next": self._next,
            "tick": self._tick,
            "now": self._now,
        }

    def changes(self, *, everything: bool = False) -> Changes:
        """What changed since the last call (or, with ``everything``, the whole index), then forget it."""
        articles = list(self._story_of) if everything else self._new_articles
        live = self._live.centroids(None if everything else self._dirty)
        terms = self._freq.df.keys() if everything else self._freq.changed
        out = Changes(
            scalars=self.scalars(),
            articles=tuple((a, self._story_of[a]) for a in articles),
            live=tuple(live),
            retired=tuple(sorted(s for s in self._gone if s not in self._live)),
            df={t: self._freq.df[t] for t in terms},
            recopied=tuple(self.duplicates.recopied()),
        )
        self._new_articles, self._dirty, self._gone = [], set(), set()
        self._freq.changed = set()
        return out

    @classmethod
    def restore(
        cls,
        scalars: Mapping[str, Any],
        *,
        duplicates: DuplicateIndex,
        df: Mapping[str, int],
        story_of: Iterable[tuple[str, str]],
        live: Iterable[Centroid],
    ) -> StoryIndex:
        """An index rebuilt from its parts (what :meth:`changes` gave, accumulated), in arrival order."""
        index = cls(options=ClusterOptions(**scalars["options"]))
        index.duplicates = duplicates
        index._freq = DocFreq(int(scalars["docs"]))
        index._freq.df.update(df)
        index._story_of = dict(story_of)
        for story in index._story_of.values():
            index._sizes[story] = index._sizes.get(story, 0) + 1
        index._next, index._tick, index._now = int(scalars["next"]), int(scalars["tick"]), scalars["now"]
        for centroid in live:
            centroid.refresh(index._freq)
            index._live.put(centroid)
            index._set_row(centroid)
        return index

    @classmethod
    def from_state(cls, state: Mapping[str, Any]) -> StoryIndex:
        """An index restored from :meth:`state`."""
        return cls.restore(
            {**state, "dedupe_options": state["dedupe"]["options"]},
            duplicates=DuplicateIndex.from_state(state["dedupe"]),
            df=state["df"],
            story_of=dict(state["story_of"]).items(),
            live=[Centroid.from_state(d) for d in state["live"]],
        )
