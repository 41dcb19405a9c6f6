"""Near-duplicates and syndication: copies across outlets, shared wire origins, independent sources.

A copy is found by MinHash LSH over word shingles (a re-published article with a new headline,
a trimmed ending or light edits); a translated wire copy by a shared credited source plus a high
cross-lingual embedding similarity. Each article's *origin* is the source it really comes from,
so a story or a figure group can count **independent sources**.

Which of two copies is the copy is decided by :mod:`warta.stories.dedupe_direction` (the later,
the crediting, the cut version, then the id), whatever order they arrive in: an article that arrives
after its copies but turns out to be their original becomes the root, and their verdicts change
(:meth:`DuplicateIndex.recopied` gives them, for a stored index to rewrite).

>>> index = DuplicateIndex()
>>> index.add(record)          # doctest: +SKIP
Copy(id='a2', duplicate_of='a1', similarity=0.93, origin='lintasjaya', kind='copy')
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import asdict, dataclass, replace
from functools import cache
from typing import Any

import numpy as np
import numpy.typing as npt
from datasketch import MinHash, MinHashLSH

from warta.stories.centroid import day_of
from warta.stories.dedupe_direction import Stamp, is_copy, stamp_of
from warta.stories.dedupe_sources import source_key, wire_of
from warta.stories.records import NUM_PERM, SCHEME, SEED, SHINGLE, Record, permutations
from warta.stories.sketches import lsh_params

# What a candidate lookup gives: (id, MinHash signature, words, day) and (id, wire vector, day).
Peer = tuple[str, npt.NDArray[np.uint64], int, int | None]
WirePeer = tuple[str, npt.NDArray[np.float32], int | None]


@dataclass(frozen=True)
class DedupeOptions:
    """Thresholds for copies: LSH candidate Jaccard, verified containment, wire embedding similarity."""

    lsh_threshold: float = 0.2
    min_containment: float = 0.5
    min_jaccard: float = 0.3  # a short page of furniture is "contained" in anything; ask for overlap too
    max_days: int = 30  # a re-publication follows its original within weeks, not years
    wire_similarity: float = 0.55


@dataclass(frozen=True)
class Copy:
    """What dedupe says about one article: the original it repeats (if any) and its origin."""

    id: str
    duplicate_of: str | None
    similarity: float
    origin: str
    kind: str = "original"  # "original" | "copy" | "wire"


@dataclass(frozen=True)
class Remembered:
    """What a :class:`DuplicateIndex` keeps of one article (one row when the index is stored).

    ``sig``/``words`` are kept when the text had shingles; ``emb`` with ``wire``/``outlet`` when the
    article can take part in wire matching; ``day`` when it is dated; ``stamp`` (which of two copies
    is the copy) when known: a stored index reads it from the article's stored record.
    """

    copy: Copy
    sig: npt.NDArray[np.uint64] | None
    words: int | None
    emb: npt.NDArray[np.float32] | None
    wire: str | None
    outlet: str | None
    day: int | None
    stamp: Stamp | None = None


def _sketch(hashvalues: npt.NDArray[np.uint64]) -> MinHash:
    # Rebuilding the permutations for every sketch costs more than the whole LSH query.
    return MinHash(
        num_perm=NUM_PERM, seed=SEED, scheme=SCHEME, hashvalues=hashvalues, permutations=permutations()
    )


def _own_origin(record: Record) -> str:
    return wire_of(record) or (source_key(record.outlet) if record.outlet else f"article:{record.id}")


def _jaccard(a: npt.NDArray[np.uint64], b: npt.NDArray[np.uint64]) -> float:
    return float(np.mean(a == b)) if a.size and a.size == b.size else 0.0


def containment_of(jaccard: float, words_a: int, words_b: int) -> float:
    """Estimated share of the shorter text's shingles found in the longer one, from their Jaccard."""
    na, nb = max(1, words_a - SHINGLE + 1), max(1, words_b - SHINGLE + 1)
    # |A ∩ B| = J (|A| + |B|) / (1 + J); a trimmed copy is mostly contained in its original.
    return min(1.0, jaccard * (na + nb) / (1.0 + jaccard) / min(na, nb))


def containment(a: Record, b: Record) -> float:
    """Estimated containment of two records' texts (see :func:`containment_of`)."""
    ja = np.asarray(a.minhash, dtype=np.uint64)
    return containment_of(_jaccard(ja, np.asarray(b.minhash, dtype=np.uint64)), a.words, b.words)


class DuplicateIndex:
    """Finds, for each added record, the original it copies (or the copies it is the original of)."""

    def __init__(self, *, options: DedupeOptions | None = None) -> None:
        self.options = options or DedupeOptions()
        self._lsh = MinHashLSH(
            threshold=self.options.lsh_threshold,
            num_perm=NUM_PERM,
            params=_lsh_params(self.options.lsh_threshold),
        )
        self._sigs: dict[str, npt.NDArray[np.uint64]] = {}
        self._words: dict[str, int] = {}
        self._wire_emb: dict[str, npt.NDArray[np.float32]] = {}
        self._by_wire: dict[str, list[str]] = {}  # credited source -> articles that credit it
        self._by_outlet: dict[str, list[str]] = {}  # outlet -> its articles (a wire's own reports)
        self._copies: dict[str, Copy] = {}
        self._days: dict[str, int] = {}
        # The reverse of _by_wire/_by_outlet (each article is listed under at most one of each).
        self._wire_key: dict[str, str] = {}
        self._outlet_key: dict[str, str] = {}
        self._stamps: dict[str, Stamp] = {}  # articles added in this process
        self._members: dict[str, list[str]] = {}  # root -> its copies (every copy points at its root)
        self._changed: dict[str, Copy] = {}  # earlier articles' verdicts changed since recopied()
        self._demoted: dict[str, str] = {}  # an added original -> the former root it took over

    def __contains__(self, article_id: str) -> bool:
        return article_id in self._copies

    def get(self, article_id: str) -> Copy | None:
        """The verdict for an article already added."""
        return self._copies.get(article_id)

    def add(self, record: Record) -> Copy:
        """Add one record and say whether it copies an earlier one (adding an id twice is a no-op)."""
        if (seen := self.get(record.id)) is not None:
            return seen
        sig = np.asarray(record.minhash, dtype=np.uint64)
        emb = np.asarray(record.embedding, dtype=np.float32)
        wire = wire_of(record)
        outlet = source_key(record.outlet) if record.outlet else None
        day = day_of(record.published)
        verdict = self._textual_copy(record.id, sig, record.words, day) or self._wire_copy(
            record.id, wire, outlet, emb, day
        )
        stamp = stamp_of(record)
        if verdict is not None and verdict.duplicate_of is not None:
            containment = self._containment(sig, stamp.words, verdict.duplicate_of)
            their = self._stamp(verdict.duplicate_of)
            if not is_copy(stamp, their, containment=containment):
                # The newcomer is the original: it takes the group over, its copies point at it.
                sim = verdict.similarity if containment is None else round(containment, 4)
                self._take_over(record.id, verdict.duplicate_of, _own_origin(record), sim, verdict.kind)
                verdict = None
        if verdict is None:
            verdict = Copy(record.id, None, 0.0, _own_origin(record))
        self._stamps[record.id] = stamp
        self._remember(verdict, sig, record.words, wire, outlet, emb, day)
        return verdict

    def demoted(self, article_id: str) -> str | None:
        """The former root an article added in this process turned out to be the original of, if any."""
        return self._demoted.get(article_id)

    def recopied(self) -> list[Copy]:
        """Verdicts of earlier articles that changed since the last call (a stored index rewrites them)."""
        out = list(self._changed.values())
        self._changed = {}
        return out

    def _stamp(self, article_id: str) -> Stamp:
        """An added article's stamp (from what the index kept when it was not added in this process)."""
        if (known := self._stamps.get(article_id)) is not None:
            return known
        wire = self._wire_key.get(article_id)
        return Stamp(
            id=article_id,
            day=self._days.get(article_id),
            at=None,
            outlet=self._outlet_key.get(article_id),
            credits=(wire,) if wire else (),
            words=self._words.get(article_id, 0),
        )

    def _signature(self, article_id: str) -> npt.NDArray[np.uint64] | None:
        return self._sigs.get(article_id)

    def _members_of(self, root: str) -> list[str]:
        """The copies that point at ``root``."""
        return list(self._members.get(root, ()))

    def _containment(self, sig: npt.NDArray[np.uint64], words: int, other: str) -> float | None:
        theirs = self._signature(other)
        if not sig.size or theirs is None or theirs.size != sig.size:
            return None
        return containment_of(_jaccard(sig, theirs), words, self._stamp(other).words)

    def _set(self, copy: Copy) -> None:
        """Record a verdict, keeping each root's list of copies."""
        old = self._copies.get(copy.id)
        if old is not None and old.duplicate_of and old.duplicate_of != copy.duplicate_of:
            members = self._members.get(old.duplicate_of, [])
            if copy.id in members:
                members.remove(copy.id)
            if not members:
                self._members.pop(old.duplicate_of, None)
        self._copies[copy.id] = copy
        if copy.duplicate_of and (old is None or old.duplicate_of != copy.duplicate_of):
            self._members.setdefault(copy.duplicate_of, []).append(copy.id)

    def _take_over(self, new_root: str, old_root: str, origin: str, similarity: float, kind: str) -> None:
        """Make ``new_root`` the original of ``old_root`` and of every copy of it."""
        followers = self._members_of(old_root)
        changed = [Copy(old_root, new_root, similarity, origin, kind)]
        for member in followers:
            copy = self.get(member)
            assert copy is not None
            changed.append(replace(copy, duplicate_of=new_root, origin=origin))
        for copy in changed:
            self._set(copy)
            self._changed[copy.id] = copy
        self._demoted[new_root] = old_root

    def remembered(self, article_id: str) -> Remembered:
        """What the index keeps of one added article (see :meth:`from_remembered`)."""
        emb = self._wire_emb.get(article_id)
        return Remembered(
            copy=self._copies[article_id],
            sig=self._sigs.get(article_id),
            words=self._words.get(article_id),
            emb=emb,
            wire=self._wire_key.get(article_id) if emb is not None else None,
            outlet=self._outlet_key.get(article_id) if emb is not None else None,
            day=self._days.get(article_id),
            stamp=self._stamps.get(article_id),
        )

    @classmethod
    def from_remembered(
        cls, rows: Iterable[Remembered], *, options: DedupeOptions | None = None
    ) -> DuplicateIndex:
        """An index rebuilt from :meth:`remembered` rows in arrival order (the same as :meth:`from_state`)."""
        index = cls(options=options)
        for row in rows:
            aid = row.copy.id
            index._set(row.copy)
            if row.sig is not None and row.words is not None:
                index._sigs[aid] = row.sig
                index._words[aid] = row.words
                index._lsh.insert(aid, _sketch(row.sig))
            if row.emb is not None:
                index._wire_emb[aid] = row.emb
                if row.wire:
                    index._by_wire.setdefault(row.wire, []).append(aid)
                    index._wire_key[aid] = row.wire
                if row.outlet:
                    index._by_outlet.setdefault(row.outlet, []).append(aid)
                    index._outlet_key[aid] = row.outlet
            if row.day is not None:
                index._days[aid] = row.day
            if row.stamp is not None:
                index._stamps[aid] = row.stamp
        return index

    def _remember(
        self,
        verdict: Copy,
        sig: npt.NDArray[np.uint64],
        words: int,
        wire: str | None,
        outlet: str | None,
        emb: npt.NDArray[np.float32],
        day: int | None,
    ) -> None:
        if day is not None:
            self._days[verdict.id] = day
        self._set(verdict)
        if sig.size:
            self._sigs[verdict.id] = sig
            self._words[verdict.id] = words
            self._lsh.insert(verdict.id, _sketch(sig))
        if emb.size and (wire or outlet):
            self._wire_emb[verdict.id] = emb
            if wire:
                self._by_wire.setdefault(wire, []).append(verdict.id)
                self._wire_key[verdict.id] = wire
            if outlet:
                self._by_outlet.setdefault(outlet, []).append(verdict.id)
                self._outlet_key[verdict.id] = outlet

    def _root(self, article_id: str) -> Copy:
        copy = self.get(article_id)
        assert copy is not None
        if copy.duplicate_of:
            root = self.get(copy.duplicate_of)
            assert root is not None
            return root
        return copy

    def _close_in_time(self, day: int | None, theirs: int | None) -> bool:
        return day is None or theirs is None or abs(day - theirs) <= self.options.max_days

    def _text_peers(self, sig: npt.NDArray[np.uint64]) -> Iterator[Peer]:
        """Earlier articles sharing an LSH band with ``sig``: (id, signature, words, day)."""
        for other in self._lsh.query(_sketch(sig)):
            yield other, self._sigs[other], self._words[other], self._days.get(other)

    def _wire_peers(self, wire: str | None, outlet: str | None, day: int | None) -> Iterator[WirePeer]:
        """Earlier articles linked by a credit (see :meth:`_wire_copy`): (id, vector, day).

        ``day`` is the new article's: a lookup may leave out articles too far from it in time.
        """
        others: list[str] = []
        if wire:
            others += self._by_wire.get(wire, []) + self._by_outlet.get(wire, [])
        if outlet:
            others += self._by_wire.get(outlet, [])
        for other in others:
            yield other, self._wire_emb[other], self._days.get(other)

    def _textual_copy(
        self, article_id: str, sig: npt.NDArray[np.uint64], words: int, day: int | None
    ) -> Copy | None:
        if not sig.size:
            return None
        best: tuple[float, str] | None = None
        for other, their_sig, their_words, their_day in self._text_peers(sig):
            if not self._close_in_time(day, their_day):
                continue
            jaccard = _jaccard(sig, their_sig)
            sim = containment_of(jaccard, words, their_words)
            if jaccard < self.options.min_jaccard or sim < self.options.min_containment:
                continue
            if best is None or (sim, other) > best:
                best = (sim, other)
        if best is None:
            return None
        root = self._root(best[1])
        return Copy(article_id, root.id, round(best[0], 4), root.origin, "copy")

    def _wire_copy(
        self,
        article_id: str,
        wire: str | None,
        outlet: str | None,
        emb: npt.NDArray[np.float32],
        day: int | None,
    ) -> Copy | None:
        if not emb.size:
            return None
        # A pair is a wire copy only through a credit: both credit one source, or one credits the
        # other's outlet. Two articles of one outlet are never linked this way.
        best: tuple[float, str] | None = None
        for other, their_emb, their_day in self._wire_peers(wire, outlet, day):
            if not self._close_in_time(day, their_day):
                continue
            sim = float(emb @ their_emb)
            if sim >= self.options.wire_similarity and (best is None or (sim, other) > best):
                best = (sim, other)
        if best is None:
            return None
        root = self._root(best[1])
        return Copy(article_id, root.id, round(best[0], 4), root.origin, "wire")

    def copies(self) -> dict[str, Copy]:
        """Every verdict so far, by article id."""
        return dict(self._copies)

    def state(self) -> dict[str, Any]:
        """Plain JSON-able state; see :meth:`from_state`."""
        return {
            "options": asdict(self.options),
            "copies": [asdict(c) for c in self._copies.values()],
            "sigs": {k: [int(x) for x in v] for k, v in self._sigs.items()},
            "words": self._words,
            "wire_emb": {k: [float(x) for x in v] for k, v in self._wire_emb.items()},
            "by_wire": self._by_wire,
            "by_outlet": self._by_outlet,
            "days": self._days,
        }

    @classmethod
    def from_state(cls, state: Mapping[str, Any]) -> DuplicateIndex:
        """An index restored from :meth:`state`."""
        index = cls(options=DedupeOptions(**state["options"]))
        for c in state["copies"]:
            index._set(Copy(**c))
        index._words = {k: int(v) for k, v in state["words"].items()}
        for k, v in state["sigs"].items():
            index._sigs[k] = np.asarray(v, dtype=np.uint64)
            index._lsh.insert(k, _sketch(index._sigs[k]))
        index._wire_emb = {k: np.asarray(v, dtype=np.float32) for k, v in state["wire_emb"].items()}
        index._by_wire = {k: list(v) for k, v in state["by_wire"].items()}
        index._by_outlet = {k: list(v) for k, v in state["by_outlet"].items()}
        index._wire_key = {a: k for k, v in index._by_wire.items() for a in v}
        index._outlet_key = {a: k for k, v in index._by_outlet.items() for a in v}
        index._days = {k: int(v) for k, v in state["days"].items()}
        return index


def arrival_key(record: Record) -> tuple[str, str]:
    """Earliest first: by date (undated last), then id (stories grow in this order)."""
    return (record.published or "9999-99-99", record.id)


def find_duplicates(records: Sequence[Record], *, options: DedupeOptions | None = None) -> dict[str, Copy]:
    """A verdict for every record, each copy pointing at its original (see :mod:`.dedupe_direction`)."""
    index = DuplicateIndex(options=options)
    for record in sorted(records, key=arrival_key):
        index.add(record)
    return index.copies()


@cache
def _lsh_params(threshold: float) -> tuple[int, int]:
    """Bands and rows for ``threshold``: datasketch integrates to find them, so once (and on disk)."""
    return lsh_params(threshold, NUM_PERM)


def count_independent(article_ids: Iterable[str], copies: Mapping[str, Copy]) -> int:
    """Distinct origins among ``article_ids``: outlets after collapsing copies and shared wire sources."""
    return len({copies[i].origin if i in copies else f"article:{i}" for i in article_ids})


def band_ranges(options: DedupeOptions) -> list[tuple[int, int]]:
    """The (start, end) signature slices the LSH hashes as bands (what two copies must share one of)."""
    bands, rows = _lsh_params(options.lsh_threshold)
    return [(i * rows, (i + 1) * rows) for i in range(bands)]
