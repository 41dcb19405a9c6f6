"""Prices (and durations, quantities, ages) told in other words: settled groups that agree in value and
unit and share the words around them are one figure ("harga minyak goreng Rp14.000", "satu harga Rp
14.000")."""

from __future__ import annotations

import itertools
from collections.abc import Callable

from warta.extract.figure_kinds import KindReading, from_measure
from warta.extract.figures import ArticleFigure
from warta.extract.stems import stem
from warta.reconcile.figure_values import interval

# Kinds whose agreeing groups join on the words around them (their heads are too loose to cluster on).
# Not durations: "hujan deras dua hari" (the rain before a flood) joins a toll's story as readily as
# "enam bulan" (a travel ban) does, so equal durations are not one figure by their words alone.
_JOIN_ON_WORDS = frozenset({"price", "duration", "quantity", "age"})
# Sentence words two clusters of one price must share to be one price told in other words.
_SHARED_CONTEXT = 3


def join_same_prices(
    groups: list[list[ArticleFigure]], *, merge: Callable[[list[ArticleFigure]], list[ArticleFigure]]
) -> list[list[ArticleFigure]]:
    """Join settled groups of prices that agree in value and unit and are told with the same words around
    them ("harga minyak goreng Rp14.000", "satu harga Rp 14.000"): one price, worded apart. Only agreeing
    values join, so a join can never make a dispute; ``merge`` keeps one value of an article in both."""
    out = [list(chosen) for chosen in groups]
    keys = [_price_key(chosen) for chosen in out]
    # A tag per group content: a pair of unchanged groups that did not join does not join on a rescan
    # (``_one_price`` reads only the two groups), so it is not tried again.
    tags = list(range(len(out)))
    fresh = itertools.count(len(out))
    apart: set[tuple[int, int]] = set()
    # Each figure's interval, read once; by identity, the figure kept with it so its id is never reused.
    spans: dict[int, tuple[ArticleFigure, tuple[float, float]]] = {}

    def span(f: ArticleFigure) -> tuple[float, float]:
        if (found := spans.get(id(f))) is None:
            found = spans[id(f)] = (f, _span(f))
        return found[1]

    def joins(a: int, b: int) -> bool:
        if keys[b] != keys[a] or (tags[a], tags[b]) in apart:
            return False
        if _one_price(out[a], out[b], span=span):
            return True
        apart.add((tags[a], tags[b]))
        return False

    def first_pair(since: int) -> tuple[int, int] | None:
        # Every pair before ``since`` (the group the last join changed) was tried and kept apart but its
        # pair with ``since``; from ``since`` on, pairs are blocked on the key (pairs of other keys never
        # join), so this is the first joinable pair in (a, b) order without trying every pair again.
        first = next((a for a in range(since) if joins(a, since)), None)
        if first is not None:
            return first, since
        blocks: dict[tuple[str | None, str | None], list[int]] = {}
        for i, key in enumerate(keys):
            if key is not None:
                blocks.setdefault(key, []).append(i)
        return next(
            (
                (a, b)
                for a in range(since, len(out))
                if (key := keys[a]) is not None
                for b in blocks[key]
                if b > a and joins(a, b)
            ),
            None,
        )

    since = 0
    while True:
        pair = first_pair(since)
        if pair is None:
            return out
        a, b = pair
        out[a] = merge(out[a] + out.pop(b))
        del keys[b], tags[b]
        keys[a], tags[a] = _price_key(out[a]), next(fresh)
        since = a


def _price_key(chosen: list[ArticleFigure]) -> tuple[str | None, str | None] | None:
    """The (kind, unit) a group can join others on, or None when it never joins: :func:`_one_price` joins
    only groups whose every figure is a price about this event with one kind and one unit between them,
    so blocking on this key finds the same first joinable pair as trying all pairs."""
    readings = [reading(f) for f in chosen]
    if any(
        r.kind not in _JOIN_ON_WORDS or r.change or not f.about_event
        for r, f in zip(readings, chosen, strict=True)
    ):
        return None
    kinds = {r.kind for r in readings}
    units = {f.quantity.unit for f in chosen}
    if len(kinds) != 1 or len(units) != 1:
        return None
    return next(iter(kinds)), next(iter(units))


def _span(f: ArticleFigure) -> tuple[float, float]:
    return interval(f.value())


def _one_price(
    a: list[ArticleFigure],
    b: list[ArticleFigure],
    *,
    span: Callable[[ArticleFigure], tuple[float, float]] = _span,
) -> bool:
    if any(
        reading(f).kind not in _JOIN_ON_WORDS or reading(f).change or not f.about_event or f.listed
        for f in [*a, *b]
    ):
        return False
    if len({reading(f).kind for f in [*a, *b]}) != 1:
        return False
    if len({f.quantity.unit for f in [*a, *b]}) != 1:
        return False
    if not _all_compatible([span(f) for f in [*a, *b]]):
        return False
    kind = reading(a[0]).kind
    if kind == "price":
        words_a = {w for f in a for w in f.measure.context}
        words_b = {w for f in b for w in f.measure.context}
        return len(words_a & words_b) >= _SHARED_CONTEXT
    if kind == "age":
        return True  # one story's people of one age, told by two outlets: the same person, as a rule
    return len(_stems(a) & _stems(b)) >= _SHARED_STEMS


def _all_compatible(spans: list[tuple[float, float]]) -> bool:
    """Whether every two of these intervals overlap, as :func:`~warta.reconcile.figure_values.compatible`
    tells of two values: each interval read once, not once per pair. Intervals of a line overlap two by two
    exactly when one point lies in all of them (the largest start is at most the smallest end), provided
    none is empty; with an empty one ("vague" under 1/9), every pair is compared."""
    if all(lo <= hi for lo, hi in spans):
        return max(lo for lo, _ in spans) <= min(hi for _, hi in spans)
    return all(not (ahi < blo or bhi < alo) for (alo, ahi), (blo, bhi) in itertools.combinations(spans, 2))


# Stems two clusters of one duration or quantity must share ("pencegahan" and "dicegah": "cegah").
_SHARED_STEMS = 2


def _stems(figures: list[ArticleFigure]) -> set[str]:
    return {stem(w, english=f.measure.language.startswith("en")) for f in figures for w in f.measure.context}


def reading(f: ArticleFigure) -> KindReading:
    """The figure's kind reading; one made from its measure when it was built without its text."""
    if f.reading.kind or f.reading.counted:
        return f.reading
    return from_measure(f.measure.head, f.measure.role)
