"""What is known now, against gold: is each gold figure group's latest value in the brief's ``known_now``?

A gold case (the seeds, the bundled sample, ``shared/data/realnews``) lists figure groups with a
status: ``agree`` (every source gives the same number) or ``updated`` (a later value replaces an
earlier one), each value with its article and ``as_of`` date (and ``as_of_time`` where the text gives
the clock). For every required (not ``optional``) group of those two statuses, the latest value is the
one with the latest ``as_of`` (then ``as_of_time``), a vague value ("puluhan") giving way to an exact
one of the group; the group is *known* when a story's ``known_now`` gives that number from an article
the gold credits with it (an outlet that reported 22 dead in the evening gives the latest toll as much
as one repeating it the next day; where gold gives the value's text, the citation must lie inside it),
or gives it for the story's reconciled figure group that holds such a credited value of that number
(the citation ``known_now`` picks for the group may lie in an article gold does not credit, as one it
annotates as another story). ``conflict`` groups belong to what is
disputed, not to what is known, and are not checked here.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from warta.evaluate.facts import gold_keys, gold_scale
from warta.types import Article, Citation, FigureGroup, KnownFigure, Story

CHECKED = frozenset({"agree", "updated"})


@dataclass(frozen=True)
class GoldLatest:
    """A gold group's latest value: the number and where gold says it is stated (article id, text)."""

    measure: str
    status: str
    value: float
    carriers: tuple[tuple[str, str | None], ...]  # (our article id, the value's gold text or None)


@dataclass(frozen=True)
class KnownAgainstGold:
    """Gold groups checked, how many of their latest values "what is known now" gives, and the misses."""

    groups: int
    known: int
    missed: tuple[str, ...] = ()


def gold_latest(gold: Mapping[str, Any], ids: Mapping[str, str]) -> list[GoldLatest]:
    """The latest value of each required ``agree``/``updated`` gold group whose articles we read."""
    out = []
    for g in gold.get("figures", []):
        if g.get("optional") or g.get("status") not in CHECKED:
            continue
        read = [v for v in g.get("values", []) if v.get("article") in ids]
        # A vague value ("puluhan polisi") is not the group's number when an exact one is read: in an
        # ``agree`` group the exact value lies inside it (as "what is known now" leaves it out, too).
        values = [v for v in read if v.get("qualifier") != "vague"] or read
        if not values:
            continue
        top = max((str(v.get("as_of") or ""), str(v.get("as_of_time") or "")) for v in values)
        scale = gold_scale(g)
        # The latest number is the one reported at the latest moment; every article giving it carries it.
        last = [v for v in values if (str(v.get("as_of") or ""), str(v.get("as_of_time") or "")) == top]
        number = float(last[-1]["value"]) * scale
        carriers = tuple(
            (ids[v["article"]], v.get("text")) for v in values if _same(float(v["value"]) * scale, number)
        )
        out.append(GoldLatest(str(g.get("measure")), str(g["status"]), number, carriers))
    return out


def _same(a: float, b: float) -> bool:
    return abs(a - b) <= 1e-6 * max(1.0, abs(b))


def _carried(citation: Citation, want: GoldLatest, texts: Mapping[str, str]) -> bool:
    """Whether ``citation`` lies in one of ``want``'s carriers (inside the gold text, if any)."""
    for article, text in want.carriers:
        if citation.article != article:
            continue
        if not text:
            return True
        body, at = texts.get(article, ""), 0
        while (i := body.find(text, at)) >= 0:
            if i <= citation.start and citation.end <= i + len(text):
                return True
            at = i + 1
    return False


def _group_of(k: KnownFigure, story: Story) -> FigureGroup | None:
    """The story's figure group ``k`` was drawn from (its measure, holding its cited value)."""
    for g in story.figures:
        if g.measure == k.measure and any(
            (v.article, v.start, v.end) == (k.citation.article, k.citation.start, k.citation.end)
            for v in g.values
        ):
            return g
    return None


def _gives(k: KnownFigure, want: GoldLatest, texts: Mapping[str, str], story: Story | None = None) -> bool:
    """Whether ``k`` gives ``want``'s number from one of its carriers, or for the group that holds one.

    A known figure stands for its whole reconciled group: when that group holds a carrier's value of
    the same number, the number is known though the citation "what is known now" chose for it lies in
    an article gold does not credit (one annotated as another story, say).
    """
    if not _same(float(k.value), want.value):
        return False
    if _carried(k.citation, want, texts):
        return True
    group = _group_of(k, story) if story is not None else None
    return group is not None and any(
        _same(float(v.value), want.value) and _carried(Citation(v.article, v.start, v.end), want, texts)
        for v in group.values
    )


def check_known(
    stories: Sequence[Story], articles: Sequence[Article], gold: Mapping[str, Any]
) -> KnownAgainstGold:
    """Each gold group's latest value against every story's ``known_now``."""
    ids = gold_keys(gold, articles)
    texts = {a.id: a.text for a in articles}
    shown = [(k, s) for s in stories for k in s.known_now]
    wanted = gold_latest(gold, ids)
    missed = []
    for want in wanted:
        if not any(_gives(k, want, texts, s) for k, s in shown):
            where = ", ".join(sorted({a for a, _ in want.carriers}))
            missed.append(
                f"latest {want.measure!r} ({want.status}) {want.value:g} [{where}] not in what is known now"
            )
    return KnownAgainstGold(len(wanted), len(wanted) - len(missed), tuple(missed))
