"""Labelled figure pairs from gold annotations, to train and score the pairwise "same figure" model.

A gold value is found among an article's extracted figures by value and place (its span, or the words
gold gives for it). Pairs are the ones reconciliation scores (cross-article, one kind and one unit, see
:func:`candidate_blocks`); a pair is positive when both values are in one gold group, negative when they
are in different gold groups, one is a gold group's and the other a single figure, a non-figure or
(``unlabeled_negatives``) any value gold places in no group, as the strict score counts a shown group
gold does not hold an error. Values of an article where a gold value of theirs was not found are left
out. Only features and labels are kept.
"""

from __future__ import annotations

import itertools
from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from warta.extract.figures import ArticleFigure
from warta.reconcile.figure_pairs import pair_features, reading_of, views

_GROUP, _SINGLE, _NOT = "group", "single", "not"


@dataclass(frozen=True)
class LabelledPair:
    """One candidate pair's features, whether it is one figure, and the event it belongs to."""

    event: str
    features: tuple[float, ...]
    same: bool


@dataclass(frozen=True)
class GoldValue:
    """A gold value to find among an article's figures: value (None for a non-figure), place, label."""

    article: str  # our article id
    value: float | None
    label: tuple[str, int]  # (group | single | not, index)
    span: tuple[int, int] | None = None  # in the cleaned text
    text: str | None = None  # the words gold gives for it


def candidate_blocks(figures: Sequence[ArticleFigure]) -> list[list[int]]:
    """Indexes of the figures reconciliation may join, blocked by kind and unit (readable kind, no change,
    about this event), as :func:`~warta.reconcile.figures.reconcile_figures` blocks them."""
    blocks: dict[tuple[str | None, str | None], list[int]] = defaultdict(list)
    for k, f in enumerate(figures):
        r = reading_of(f)
        if r.kind is not None and not r.change and f.about_event:
            blocks[(r.kind, f.quantity.unit)].append(k)
    return list(blocks.values())


def _same_value(a: float, b: float) -> bool:
    return abs(a - b) <= 1e-6 * max(1.0, abs(b))


def _overlaps(f: ArticleFigure, lo: int, hi: int) -> bool:
    return f.quantity.start < hi and lo < f.quantity.end


def locate(
    gold: GoldValue, figures: Sequence[ArticleFigure], text: str, *, max_unplaced: int = 2
) -> list[int]:
    """Indexes of ``figures`` that are ``gold``: by span, else by its words, else by value alone when the
    article has at most ``max_unplaced`` figures of that value (more would be a guess)."""
    own = [k for k, f in enumerate(figures) if f.article == gold.article]
    if gold.value is not None:
        own = [k for k in own if _same_value(float(figures[k].quantity.value), gold.value)]
    if gold.span is not None:
        return [k for k in own if _overlaps(figures[k], *gold.span)]
    if gold.text:
        at = [(m, m + len(gold.text)) for m in _finds(text, gold.text)]
        return [k for k in own if any(_overlaps(figures[k], lo, hi) for lo, hi in at)]
    if gold.value is None:
        return []
    return own if len(own) <= max_unplaced else []


def _finds(text: str, needle: str) -> list[int]:
    out, at = [], 0
    while (k := text.find(needle, at)) >= 0:
        out.append(k)
        at = k + 1
    return out


def story_pairs(
    event: str,
    figures: Sequence[ArticleFigure],
    texts: Mapping[str, str],
    gold: Sequence[GoldValue],
    *,
    embed: bool = True,
    unlabeled_negatives: bool = True,
    rules_link: bool = False,
) -> list[LabelledPair]:
    """The labelled candidate pairs of one story's figures (``texts``: cleaned text per article id);
    with ``rules_link`` each row ends with whether the rules join puts the two values in one group."""
    labels: dict[int, tuple[str, int]] = {}
    lost: set[tuple[str, float]] = set()  # gold values not found: their article's same values are unknown
    for g in gold:
        where = locate(g, figures, texts.get(g.article, ""))
        if not where and g.value is not None:
            lost.add((g.article, g.value))
        for k in where:
            if labels.get(k, g.label)[0] == _GROUP and g.label[0] != _GROUP:
                continue  # a gold group's value keeps its group
            labels[k] = g.label
    _repeats(figures, labels)
    blocks = candidate_blocks(figures)
    wanted = sorted({k for b in blocks for k in b})
    seen = dict(zip(wanted, views([figures[k] for k in wanted], embed=embed), strict=True))
    ruled = _ruled_groups(figures) if rules_link else {}
    out = []
    for block in blocks:
        for i, j in itertools.combinations(block, 2):
            if figures[i].article == figures[j].article:
                continue
            a, b = labels.get(i), labels.get(j)
            if any((figures[k].article, float(figures[k].quantity.value)) in lost for k in (i, j)):
                continue
            if unlabeled_negatives and (a is None or b is None):
                # gold holds every cross-outlet group: values it does not put in one group are apart
                same: bool | None = False
            else:
                same = _same(a, b)
            if same is not None:
                row = pair_features(seen[i], seen[j])
                if rules_link:
                    row.append(float(ruled.get(i, -1) >= 0 and ruled.get(i) == ruled.get(j)))
                out.append(LabelledPair(event, tuple(row), same))
    return out


def _ruled_groups(figures: Sequence[ArticleFigure]) -> dict[int, int]:
    """The rules join's group of each figure index that it puts in a group of two or more values."""
    from warta.reconcile.figures import reconcile_figures

    at = {(f.article, f.quantity.start): k for k, f in enumerate(figures)}
    out: dict[int, int] = {}
    for n, g in enumerate(reconcile_figures(figures)):
        if len(g.values) > 1:
            out.update({at[(v.article, v.start)]: n for v in g.values if (v.article, v.start) in at})
    return out


def _repeats(figures: Sequence[ArticleFigure], labels: dict[int, tuple[str, int]]) -> None:
    """An article's repeats of a group's value (same kind, same value) are that group's value too: gold
    names one mention per article, outlets repeat their toll."""
    known = [(figures[k], lab) for k, lab in labels.items() if lab[0] == _GROUP]
    for k, f in enumerate(figures):
        if k in labels:
            continue
        for g, lab in known:
            if (
                g.article == f.article
                and reading_of(g).kind == reading_of(f).kind
                and _same_value(float(g.quantity.value), float(f.quantity.value))
            ):
                labels[k] = lab
                break


def _same(a: tuple[str, int] | None, b: tuple[str, int] | None) -> bool | None:
    """True (one gold group), False (known apart) or None (gold does not say)."""
    if a is None or b is None:
        return None
    if a[0] == _GROUP and b[0] == _GROUP:
        return a == b
    return False if a != b or a[0] == _NOT else None


def gold_values(
    gold: Mapping[str, Any],
    ids: Mapping[str, str],
    *,
    raw: Mapping[str, str] | None = None,
    cleaned: Mapping[str, str] | None = None,
) -> list[GoldValue]:
    """A gold case's groups, single figures and non-figures as :class:`GoldValue`. Offsets gold gives
    into an article's ``raw`` text are moved to its ``cleaned`` text (the same words, nearest the place
    they had past the cut lead); without both texts offsets are not used."""
    from warta.evaluate.facts import gold_scale

    out: list[GoldValue] = []

    def value(v: Mapping[str, Any], label: tuple[str, int], scale: float = 1.0) -> None:
        art = ids.get(v["article"])
        if art is None:
            return
        span = None
        if raw is not None and cleaned is not None and "start" in v and art in raw and art in cleaned:
            span = moved_span(raw[art], cleaned[art], int(v["start"]), int(v["end"]))
            if span is None:
                return
        got = v.get("value")
        out.append(GoldValue(art, None if got is None else float(got) * scale, label, span, v.get("text")))

    for n, g in enumerate(gold.get("figures", [])):
        for v in g["values"]:
            value(v, (_GROUP, n), gold_scale(g))
    for n, v in enumerate(gold.get("single_figures", [])):
        value(v, (_SINGLE, n), gold_scale(v))
    for n, v in enumerate(gold.get("not_figures", [])):
        value({**v, "value": None}, (_NOT, n))
    return out


def moved_span(raw: str, cleaned: str, start: int, end: int) -> tuple[int, int] | None:
    """Where ``raw[start:end]`` is in ``cleaned``: the occurrence nearest its place past the cut lead."""
    words = raw[start:end]
    if not words:
        return None
    lead = raw.find(cleaned[:40]) if cleaned else -1
    at = start - max(lead, 0)
    found = _finds(cleaned, words)
    if not found:
        return None
    best = min(found, key=lambda k: abs(k - at))
    return best, best + len(words)
