"""Figure reconciliation across a story's articles: group figures by measure and say how the values relate.

Statuses follow the interval rule of the gold README: each value is an interval (exact ``[v, v]``, approx
``[0.9v, 1.1v]``, min ``[v, inf)``, max ``[0, v]``, vague ``[v, 10v - 1]``); overlapping intervals agree;
a later, wholly higher value is an update of a growing count; anything else is a conflict.
"""

from __future__ import annotations

import itertools
from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence

from warta.extract.figure_kinds import (
    CONFIDENT,
    CUMULATIVE,
    same_object,
)
from warta.extract.figures import ArticleFigure
from warta.extract.measures import SAME_MEASURE_THRESHOLD, concepts, same_measures
from warta.reconcile.figure_display import FactCell as FactCell
from warta.reconcile.figure_display import FactMatrix as FactMatrix
from warta.reconcile.figure_display import FactRow as FactRow
from warta.reconcile.figure_display import outlet_matrix as outlet_matrix
from warta.reconcile.figure_display import shown_groups as shown_groups
from warta.reconcile.figure_labels import group_label, with_severity
from warta.reconcile.figure_prices import join_same_prices
from warta.reconcile.figure_prices import reading as _reading
from warta.reconcile.figure_scopes import close as _close
from warta.reconcile.figure_scopes import scopes as _scopes
from warta.reconcile.figure_scopes import with_unnamed
from warta.reconcile.figure_values import compatible as compatible
from warta.reconcile.figure_values import figure_status as figure_status
from warta.reconcile.figure_values import interval as interval
from warta.stories.dedupe import Copy, count_independent
from warta.types import FigureCopy, FigureGroup, FigureValue

# Lower is more specific: a body's exact value wins over its hedged or vague ones.
_SPECIFICITY = {None: 0, "approx": 1, "min": 2, "max": 2, "vague": 3}


# Kinds whose values join on kind alone: "41 napi tewas" and "41 orang meninggal" are one death toll.
_BY_KIND = frozenset(
    {"killed", "missing", "injured", "identified", "survivors", "evacuated", "affected", "arrested", "people"}
)  # "people" joins on its named group ("dewasa", "awak"): its disagreements are never confident


def reconcile_figures(
    figures: Sequence[ArticleFigure],
    *,
    min_articles: int = 1,
    embed: bool = False,
    threshold: float = SAME_MEASURE_THRESHOLD,
    copies: Mapping[str, Copy] | None = None,
    join: str = "cascade",
) -> tuple[FigureGroup, ...]:
    """Group a story's figures like with like (one kind about one object), each group with its status.

    A figure joins others only when its kind is readable and it is about this event; numbers with no
    kind, changes ("bertambah 3") and history stay single. Values that disagree without a confident
    reading (same kind, same time) are split into groups of their own rather than shown as a dispute.
    ``join`` is one of :data:`JOINS`: ``"rules"`` (shared stems and kinds), ``"model"`` (the learned
    pairwise model of :mod:`warta.reconcile.figure_links`, blocked by kind and unit; a group with a weak
    pair is never a dispute), ``"cascade"`` (the rules' groups of two or more articles stand; the model
    links only the values the rules left single), ``"family"`` (the model within the rules' kind, sub-kind and unit buckets) or
    ``"both"`` (a group only where the rules and the model both join its values).
    """
    if join not in JOINS:
        raise ValueError(f"join must be one of {', '.join(JOINS)}, not {join!r}")
    copies = copies or {}
    model_only: set[int] = set()  # the cascade's groups only the pairwise model links
    buckets: dict[tuple[str | None, str, str | None], list[int]] = defaultdict(list)
    alone: list[list[int]] = []
    for k, f in enumerate(figures):
        r = _reading(f)
        if r.kind is None or r.change or not f.about_event:
            alone.append([k])
        else:
            buckets[(r.kind, r.sub, f.quantity.unit)].append(k)
    if join == "model":
        settled = _linked(figures, alone, buckets, copies)
    elif join == "family":
        settled = _linked(figures, alone, buckets, copies, by_sub=True)
    elif join == "cascade":
        ruled = _ruled(figures, alone, buckets, copies, embed=embed, threshold=threshold)
        settled = _cascade(figures, ruled, buckets, copies)
        by_rules = {id(chosen) for chosen in ruled}
        model_only = {id(chosen) for chosen in settled if id(chosen) not in by_rules}
    elif join == "both":
        ruled = _ruled(figures, alone, buckets, copies, embed=embed, threshold=threshold)
        from warta.reconcile.figure_links import both_joins

        linked = _linked(figures, alone, buckets, copies)
        settled = both_joins(ruled, linked, lambda part: _settle(part, copies))
    else:
        settled = _ruled(figures, alone, buckets, copies, embed=embed, threshold=threshold)
    groups = []
    for chosen in settled:
        if len({f.article for f in chosen}) < min_articles:
            continue
        groups.append((len({f.article for f in chosen}), min(f.quantity.start for f in chosen), chosen))
    groups.sort(key=lambda g: (-g[0], g[1]))
    return tuple(_group(chosen, copies, linked=id(chosen) in model_only) for _, _, chosen in groups)


# How groups form: the hand-made rules, the pairwise model (blocked by kind and unit, or by the rules'
# kind, sub-kind and unit: "family"), the model over what the rules left single ("cascade"), or only
# where both join ("both").
JOINS = ("rules", "model", "family", "both", "cascade")
# The default ties the rules on every development set and generalises better (docs/evaluation.md).
DEFAULT_JOIN = "cascade"

_Buckets = Mapping[tuple[str | None, str, str | None], list[int]]


def _linked(
    figures: Sequence[ArticleFigure],
    alone: list[list[int]],
    buckets: _Buckets,
    copies: Mapping[str, Copy],
    *,
    by_sub: bool = False,
    agreeing: bool = False,
) -> list[list[ArticleFigure]]:
    """Settled groups from the pairwise model, blocked by kind and unit (and sub-kind with ``by_sub``, as
    the rules bucket them); a weak group is never a dispute, and with ``agreeing`` no group is an update
    or a dispute at all (each is split into its agreeing parts)."""
    from warta.reconcile.figure_links import link_clusters, shipped_model

    model = shipped_model()
    blocks: dict[tuple[str | None, str, str | None], list[int]] = defaultdict(list)
    for (kind, sub, unit), members in buckets.items():
        blocks[(kind, sub if by_sub else "", unit)] += members
    settled = [[figures[k] for k in members] for members in alone]
    for c in link_clusters(figures, [m for m in blocks.values() if m], model=model):
        values = [figures[k] for k in c.members]
        if agreeing:
            settled += [part for chosen in _settle(values, copies) for part in _agreeing(chosen)]
        else:
            settled += _settle(values, copies, sure=c.weakest >= model.dispute_threshold)
    return settled


def _cascade(
    figures: Sequence[ArticleFigure],
    ruled: list[list[ArticleFigure]],
    buckets: _Buckets,
    copies: Mapping[str, Copy],
) -> list[list[ArticleFigure]]:
    """The rules' groups of two or more articles, then the model's groups of the joinable values the rules
    left in one-article groups (blocked by kind and unit, as ``"model"`` blocks them). The model's link is a
    likelihood, not a reading of what is counted: a group only it forms shows values that agree, never an
    update or a dispute of its own making."""
    index = {id(f): k for k, f in enumerate(figures)}
    kept = [chosen for chosen in ruled if len({f.article for f in chosen}) > 1]
    singles = [[index[id(f)] for f in chosen] for chosen in ruled if len({f.article for f in chosen}) == 1]
    left = {k for members in singles for k in members}
    joinable = {key: [k for k in members if k in left] for key, members in buckets.items()}
    linked = {k for members in joinable.values() for k in members}
    alone = [members for members in singles if not any(k in linked for k in members)]
    return kept + _linked(figures, alone, joinable, copies, agreeing=True)


def _agreeing(chosen: list[ArticleFigure]) -> list[list[ArticleFigure]]:
    """``chosen`` split into parts whose values are all compatible, best-ranked value first."""
    parts: list[list[ArticleFigure]] = []
    for f in sorted(chosen, key=lambda f: _rank(f)):
        for part in parts:
            if all(compatible(f.value(), o.value()) for o in part):
                part.append(f)
                break
        else:
            parts.append([f])
    return parts


def _ruled(
    figures: Sequence[ArticleFigure],
    alone: list[list[int]],
    buckets: _Buckets,
    copies: Mapping[str, Copy],
    *,
    embed: bool,
    threshold: float,
) -> list[list[ArticleFigure]]:
    """Settled groups from the hand-made rules: kind alone for casualties, shared words for the rest."""
    clusters: list[list[int]] = list(alone)
    named = [
        c for (kind, sub, _), m in buckets.items() if kind == "people" and sub for c in _scopes(figures, m)
    ]
    clusters += with_unnamed(figures, named, buckets.get(("people", "", None), []))
    for (kind, _, _), members in buckets.items():
        if kind == "people":
            continue
        if kind in _BY_KIND:
            clusters.append(members)
        else:
            sub = [figures[k] for k in members]
            clusters += [[members[i] for i in c] for c in _cluster(sub, embed=embed, threshold=threshold)]
    settled = [
        chosen for members in clusters for chosen in _settle([figures[k] for k in sorted(members)], copies)
    ]
    return join_same_prices(settled, merge=_per_article)


def _settle(
    members: list[ArticleFigure], copies: Mapping[str, Copy], *, sure: bool = True
) -> list[list[ArticleFigure]]:
    """The cluster's values per article; split into compatible parts when it would be an unsure dispute
    (``sure`` False: the values' link is too weak for any dispute)."""
    chosen = _per_article(members)
    status, confident = _status(chosen, copies)
    if status == "conflict" and any(f.collective for f in chosen):
        # "kedua awak" may confirm a count; disagreeing, it is a back-reference to some of them
        members = [
            f for f in members if not f.collective or all(compatible(f.value(), o.value()) for o in chosen)
        ]
        chosen = _per_article(members)
        status, confident = _status(chosen, copies)
    if status != "conflict" or (confident and sure):
        return [chosen]
    return _agreeing(chosen)


def _signature(f: ArticleFigure) -> tuple[str, bool, str]:
    return f.as_of or "", f.earlier, f.as_of_time or ""


def _per_article(members: list[ArticleFigure]) -> list[ArticleFigure]:
    """Each article's values: one per distinct moment it reports ("sebelumnya 41 ... menjadi 44"), else the
    one most like the other articles' values; among agreeing values the most specific."""
    by_article: dict[str, list[ArticleFigure]] = defaultdict(list)
    for f in members:
        by_article[f.article].append(f)
    out: list[ArticleFigure] = []
    for article, own in by_article.items():
        latest = [f for f in own if f.latest and not f.earlier]
        if (
            latest
        ):  # "bertambah menjadi 44": the article's own current count; other disagreeing ones are stale
            own = [f for f in own if f.earlier or any(compatible(f.value(), x.value()) for x in latest)]
        moments: dict[tuple[str, bool, str], list[ArticleFigure]] = defaultdict(list)
        for f in own:
            moments[_signature(f)].append(f)
        picks = [_pick(fs, by_article, article) for fs in moments.values()]
        if len(picks) > 1 and all(
            compatible(a.value(), b.value()) for a, b in itertools.combinations(picks, 2)
        ):
            picks = [
                min(picks, key=lambda f: (not f.as_of_time, -_shared_noun(f, by_article, article), _rank(f)))
            ]
        elif len(picks) > 1 and not _ordered_within(picks):
            picks = [_pick(own, by_article, article)]
        out += picks
    return out


def _ordered_within(picks: list[ArticleFigure]) -> bool:
    """Whether one article's disagreeing values are told apart in time (dates, hours, "sebelumnya")."""
    return all(_order(a, b) is not None for a, b in itertools.combinations(picks, 2))


def _pick(
    own: list[ArticleFigure], by_article: dict[str, list[ArticleFigure]], article: str
) -> ArticleFigure:
    if len(own) > 1 and not all(compatible(a.value(), b.value()) for a, b in itertools.combinations(own, 2)):
        others = [f for a, fs in by_article.items() if a != article for f in fs]
        words = Counter(w for o in others for w in set(o.measure.context))
        return min(
            own,
            key=lambda f: (
                -sum(compatible(f.value(), o.value()) for o in others),
                -sum(words[w] for w in f.measure.context),  # told like the others
                _rank(f),
            ),
        )
    return min(own, key=lambda f: (not f.as_of_time, -_shared_noun(f, by_article, article), _rank(f)))


def _noun(f: ArticleFigure) -> str:
    return (_reading(f).counted.split() or [""])[0].lower()


def _shared_noun(f: ArticleFigure, by_article: dict[str, list[ArticleFigure]], article: str) -> int:
    """How many other articles count the same noun ("orang" in "puluhan orang tewas"), to prefer, among an
    article's agreeing values, the one about what the others count ("26 penjahat bersenjata" is a part)."""
    noun = _noun(f)
    return sum(any(_noun(o) == noun for o in fs) for a, fs in by_article.items() if a != article)


_Dates = Mapping[int, str | None]


def _order(
    a: ArticleFigure, b: ArticleFigure, dates: _Dates | None = None
) -> tuple[ArticleFigure, ArticleFigure] | None:
    """(earlier, later) when the text tells the two apart in time, else None; ``dates`` are the as-of dates
    to use (an undated value takes the date of a dated value it agrees with)."""
    da = dates.get(id(a), a.as_of) if dates else a.as_of
    db = dates.get(id(b), b.as_of) if dates else b.as_of
    if da and db and da != db:
        return (a, b) if da < db else (b, a)
    if a.earlier != b.earlier:
        return (a, b) if a.earlier else (b, a)
    if a.as_of_time and b.as_of_time and a.as_of_time != b.as_of_time:
        return (a, b) if a.as_of_time < b.as_of_time else (b, a)
    if bool(a.as_of_time) != bool(b.as_of_time):
        timed, untimed = (a, b) if a.as_of_time else (b, a)
        if interval(timed.value())[0] > interval(untimed.value())[1]:
            return untimed, timed  # a toll given with its hour and higher: the day's later count
    return None


def _status(chosen: list[ArticleFigure], copies: Mapping[str, Copy]) -> tuple[str, bool]:
    """The group's status and whether it is confident enough to be shown as a dispute."""
    if len({f.article for f in chosen}) < 2:
        return "single", True
    bad = [(a, b) for a, b in itertools.combinations(chosen, 2) if not compatible(a.value(), b.value())]
    if not bad:
        return "agree", True
    steps = [
        pair
        for a, b in itertools.combinations(chosen, 2)
        if a.article == b.article and (pair := _order(a, b)) is not None
    ]
    kind = _reading(chosen[0]).kind
    dates = _placed_dates(chosen)
    disputes = []
    for a, b in bad:
        if any(
            compatible(x.value(), e.value()) and compatible(y.value(), late.value())
            for e, late in steps
            for x, y in ((a, b), (b, a))
        ):
            continue  # an article itself reports the change from one to the other
        order = _order(a, b, dates)
        if order is None:
            disputes.append((a, b))
        elif kind in CUMULATIVE and interval(order[1].value())[1] < interval(order[0].value())[0]:
            disputes.append(order)  # a count that only grows went down
    if not disputes:
        return "updated", True
    # Confident when every disagreeing pair counts one object from two origins and at least one pair is
    # two current, dated values: a stale or undated repeat beside them does not make a real dispute unsure.
    named = kind == "people" and bool(_reading(chosen[0]).sub) and all(_close(a, b) for a, b in disputes)
    confident = (
        (kind in CONFIDENT or named)
        and all(
            same_object(_reading(a).counted, _reading(b).counted)
            and _origin(a.article, copies) != _origin(b.article, copies)
            for a, b in disputes
        )
        and any(
            not a.earlier and not b.earlier and a.as_of is not None and b.as_of is not None
            for a, b in disputes
        )
    )
    return "conflict", confident


def _placed_dates(chosen: list[ArticleFigure]) -> dict[int, str | None]:
    """An undated value is at the stage of the latest dated value it agrees with ("22", undated, is the
    22 of Monday's count); otherwise it stays undated."""
    dated = [f for f in chosen if f.as_of]
    out: dict[int, str | None] = {}
    for f in chosen:
        if f.as_of is None:
            same = [d.as_of for d in dated if compatible(d.value(), f.value())]
            out[id(f)] = max((d for d in same if d), default=None)
    return out


def _origin(article: str, copies: Mapping[str, Copy]) -> str:
    return copies[article].origin if article in copies else f"article:{article}"


def _cluster(figures: Sequence[ArticleFigure], *, embed: bool, threshold: float) -> list[list[int]]:
    """Complete-linkage clusters of figure indexes: every pair in a cluster is the same measure."""
    buckets: dict[tuple[str | None, str], list[int]] = defaultdict(list)
    for k, f in enumerate(figures):
        head = concepts(f.measure)
        buckets[(f.measure.unit, "" if embed or not head else head[0])].append(k)
    pairs = [(i, j) for ks in buckets.values() for i, j in itertools.combinations(ks, 2)]
    scores = same_measures([(figures[i].measure, figures[j].measure) for i, j in pairs], embed=embed)
    sim = {p: s for p, s in zip(pairs, scores, strict=True) if s >= threshold}
    cluster_of = {k: [k] for k in range(len(figures))}
    for (i, j), _ in sorted(sim.items(), key=lambda kv: (-kv[1], kv[0])):
        a, b = cluster_of[i], cluster_of[j]
        if a is b or not all((min(x, y), max(x, y)) in sim for x in a for y in b):
            continue
        a.extend(b)
        for k in b:
            cluster_of[k] = a
    seen: set[int] = set()
    clusters = []
    for members in cluster_of.values():
        if id(members) not in seen:
            seen.add(id(members))
            clusters.append(sorted(members))
    return clusters


def _rank(f: ArticleFigure) -> tuple[int, int, int]:
    return _SPECIFICITY.get(f.quantity.qualifier, 3), 0 if f.as_of_time else 1, f.quantity.start


def _group(chosen: list[ArticleFigure], copies: Mapping[str, Copy], *, linked: bool = False) -> FigureGroup:
    """The group of ``chosen``; ``linked`` (only the pairwise model joins its articles: a likelihood, not a
    reading of what is counted) makes a cross-article group unconfident."""
    values = tuple(
        sorted((f.value() for f in chosen), key=lambda v: (v.as_of or "", v.as_of_time or "", v.article))
    )
    label = group_label(
        [_reading(f).counted for f in chosen],
        [f.measure.text or f.measure.head for f in chosen],
        _reading(chosen[0]).kind,
        language=chosen[0].measure.language,
    )
    if not label and _reading(chosen[0]).kind is None:
        label = chosen[0].quantity.unit or ""
    label = with_severity(label, _reading(chosen[0]))  # "orang lainnya terluka berat"
    roles = Counter(f.measure.role for f in chosen if f.measure.role)
    articles = list(dict.fromkeys(v.article for v in values))
    status, confident = _status(chosen, copies)
    copied = tuple(
        FigureCopy(a, c.duplicate_of)
        for a in articles
        if (c := copies.get(a)) is not None and c.duplicate_of in articles and c.duplicate_of != a
    )
    return FigureGroup(
        measure=label,
        status=status,
        values=values,
        unit=chosen[0].measure.unit,
        role=roles.most_common(1)[0][0] if roles else None,
        independent_sources=_independent(articles, values, copies),
        kind=_reading(chosen[0]).kind,
        copies=copied,
        confident=confident and not (linked and len(articles) > 1),
    )


def _independent(articles: list[str], values: Sequence[FigureValue], copies: Mapping[str, Copy]) -> int:
    """Distinct origins after dedupe: copies and one wire story count once; without dedupe, outlets."""
    if copies:
        return count_independent(articles, copies)
    return len({v.outlet or v.article for v in values})
