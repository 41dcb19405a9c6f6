"""What is known now: the latest value of each confident figure of a story, then what is disputed.

Computed from the story's reconciled figure groups (:mod:`warta.reconcile.figures`):

- a group is *confident* when its sources agree, when a later value updates an earlier one, or when
  one source gives a dated event figure (a role: killed, injured, evacuated, price, ...) that no
  better-supported figure gives (the latest such one per role); a group whose
  values conflict is *disputed* instead, with each outlet's latest value;
- the latest value of a group is the one with the latest as-of date (then time of day, when the
  values carry one), then the amount latest in the update's steps by the evidence of time
  (:mod:`warta.brief.time_order`: on the day a toll rises from 41 to 44, an outlet still repeating 41
  lags behind; an article's "sebelumnya delapan ... kini lima" puts 5 last, though it is smaller), then
  the latest published article, then the one most sources repeat; a value without an as-of date comes
  after every dated one; never the larger amount for being larger;
- vague values ("puluhan") are left out when an exact one exists; figures without a role count
  only when more than one source gives them;
- each entry says whether its group is one the brief shows (``shown``:
  :func:`~warta.reconcile.figure_display.shown_groups`, cross-outlet, of a readable kind, a dispute only
  when confident): renderers list only those unless asked for every figure, and JSON keeps them all.

Figures are listed by role (deaths first, as a reader asks), then by how many sources give them.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from warta.brief.time_order import ordered_steps
from warta.reconcile.figure_display import shown_groups
from warta.types import Citation, FigureGroup, FigureValue, KnownDispute, KnownFigure

CONFIDENT = frozenset({"agree", "updated"})
ROLE_ORDER = ("killed", "missing", "injured", "evacuated", "detained", "affected", "deployed", "price")
MAX_KNOWN = 12


def _as_of_time(v: FigureValue) -> str:
    return str(getattr(v, "as_of_time", None) or "")


def latest(values: Sequence[FigureValue], published: Mapping[str, str] | None = None) -> FigureValue:
    """The latest of ``values``: see the module docstring."""
    pool = [v for v in values if v.qualifier != "vague"] or list(values)
    pub = published or {}
    counts: dict[float, int] = {}
    for v in pool:
        counts[float(v.value)] = counts.get(float(v.value), 0) + 1
    steps = ordered_steps(pool, key=lambda v: str(float(v.value)), published=pub)
    step = {float(step[0].value): n for n, step in enumerate(steps)}
    return max(
        pool,
        key=lambda v: (
            v.as_of or "",
            _as_of_time(v),
            step[float(v.value)],
            pub.get(v.article, ""),
            counts[float(v.value)],
            v.article,
        ),
    )


def known_figure(
    group: FigureGroup,
    value: FigureValue,
    outlets: Mapping[str, str] | None = None,
    *,
    shown: bool = True,
) -> KnownFigure:
    """``value`` of ``group`` as "what is known now" lists it; ``outlets`` fills a value's missing outlet,
    ``shown`` says whether the brief shows ``group``."""
    return KnownFigure(
        measure=group.measure,
        value=value.value,
        qualifier=value.qualifier,
        unit=value.unit or group.unit,
        as_of=value.as_of,
        article=value.article,
        outlet=value.outlet or (outlets or {}).get(value.article),
        text=value.text,
        citation=Citation(value.article, value.start, value.end),
        role=group.role,
        status=group.status,
        sources=group.independent_sources or len({v.article for v in group.values}),
        shown=shown,
    )


def _shown_ids(groups: Sequence[FigureGroup]) -> set[int]:
    return {id(g) for g in shown_groups(groups)}


EVENT_ROLES = frozenset(
    {"killed", "missing", "injured", "evacuated", "detained", "affected", "deployed", "price"}
)


def _confident(group: FigureGroup) -> bool:
    if group.status in CONFIDENT:
        return True
    return group.status == "single" and group.role in EVENT_ROLES and any(v.as_of for v in group.values)


def _rank(k: KnownFigure) -> tuple[int, int, str]:
    role = ROLE_ORDER.index(k.role) if k.role in ROLE_ORDER else len(ROLE_ORDER)
    return (role, -k.sources, k.measure)


def latest_values(
    groups: Sequence[FigureGroup],
    published: Mapping[str, str] | None = None,
    outlets: Mapping[str, str] | None = None,
) -> list[KnownFigure]:
    """The latest value of each confident group, in the order "what is known now" lists them."""
    shown = _shown_ids(groups)
    out = [
        known_figure(g, latest(g.values, published), outlets, shown=id(g) in shown)
        for g in groups
        if g.values and _confident(g)
    ]
    # A one-source figure stands only for a role no better-supported figure gives, and only the
    # latest of them per role.
    covered = {k.role for k in out if k.status != "single"}
    singles: dict[str | None, KnownFigure] = {}
    for k in out:
        if k.status != "single" or k.role in covered:
            continue
        if k.role not in singles or (k.as_of or "") > (singles[k.role].as_of or ""):
            singles[k.role] = k
    out = [k for k in out if k.status != "single" or singles.get(k.role) is k]
    return sorted(out, key=_rank)


def known_now(
    groups: Sequence[FigureGroup],
    published: Mapping[str, str] | None = None,
    outlets: Mapping[str, str] | None = None,
    *,
    limit: int = MAX_KNOWN,
) -> tuple[KnownFigure, ...]:
    """At most ``limit`` latest values, most asked-for first."""
    return tuple(latest_values(groups, published, outlets)[:limit])


def disputed_now(
    groups: Sequence[FigureGroup],
    published: Mapping[str, str] | None = None,
    outlets: Mapping[str, str] | None = None,
    *,
    limit: int = MAX_KNOWN,
) -> tuple[KnownDispute, ...]:
    """Each conflicting group with every outlet's latest value (one per article), latest first."""
    shown = _shown_ids(groups)
    out = []
    for g in groups:
        if g.status != "conflict" or not g.values:
            continue
        by_article: dict[str, list[FigureValue]] = {}
        for v in g.values:
            by_article.setdefault(v.article, []).append(v)
        values = [known_figure(g, latest(vs, published), outlets) for vs in by_article.values()]
        values.sort(key=lambda k: (k.as_of or "", k.article), reverse=True)
        out.append(
            KnownDispute(
                measure=g.measure, unit=g.unit, values=tuple(values), role=g.role, shown=id(g) in shown
            )
        )
    out.sort(key=lambda d: (ROLE_ORDER.index(d.role) if d.role in ROLE_ORDER else len(ROLE_ORDER), d.measure))
    return tuple(out[:limit])
