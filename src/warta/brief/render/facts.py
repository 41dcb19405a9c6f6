"""Facts in words: a figure group, a quote, said plainly for the Markdown and HTML renderers.

>>> # "18 (Liputan6) vs 16 (NTD Indonesia)" for a conflict; "2,298 (7 Jan) → about 8,000 (10 Jan)" for an update
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from warta.brief.render.amounts import amount_words
from warta.brief.render.labels import date_words, label, number_words
from warta.brief.render.sources import UNKNOWN_OUTLET, outlet_label
from warta.brief.time_order import ordered_steps, placed_dates, publication_times
from warta.reconcile.figure_display import shown_groups
from warta.reconcile.figure_values import compatible
from warta.types import BriefArticle, Citation, FigureGroup, FigureValue, QuoteRecord, Story

STATUSES = ("conflict", "updated", "agree", "single")


@dataclass(frozen=True)
class FactLine:
    """One figure group, described: its status label, its measure and the values as a phrase."""

    status: str
    label: str
    measure: str
    phrase: str
    citations: tuple[Citation, ...] = ()  # every value's article and span, in the group's order
    copies: str = ""  # which article copies which: "Kabar copies Lintas: not an independent confirmation"


def number(value: float, lang: str = "en") -> str:
    """``2298`` as ``2,298`` (``2.298`` in id); ``1.5`` as ``1.5`` (``1,5``)."""
    return number_words(value, lang)


def amount(v: FigureValue, lang: str = "en") -> str:
    """A value with its qualifier and unit in ``lang``: "about 2,500", "12%"; in id "sekitar 2.500", and a
    vague value as written ("puluhan"; in en "“puluhan”, at least 10")."""
    return amount_words(v.value, v.qualifier, v.unit, v.text, lang, person_unit=True)


def _who(values: Sequence[FigureValue], outlets: Mapping[str, str], lang: str = "en") -> str:
    """Who says it, with the source they credit and the hour: "Kompas, citing BNPB, 15.30"."""
    names: list[str] = []
    for v in values:
        name = (
            v.outlet
            or outlets.get(v.article)
            or (UNKNOWN_OUTLET if lang == "en" else label("unknown_outlet", lang))
        )
        if v.attribution and v.attribution.casefold() not in name.casefold():
            name += f", {label('citing', lang)} {v.attribution}"
        if v.as_of_time:
            name += f", {v.as_of_time.replace(':', '.')}"
        if name not in names:
            names.append(name)
    return "; ".join(names) if any("," in n for n in names) else ", ".join(names)


_SPECIFIC = {None: 0, "approx": 1, "min": 2, "max": 2, "vague": 3}


def _compatible_clusters(values: Sequence[FigureValue]) -> list[list[FigureValue]]:
    """Values that agree with each other, together: "about 18" and "18" say the same thing."""
    clusters: list[list[FigureValue]] = []
    for v in values:
        for cluster in clusters:
            if all(compatible(v, other) for other in cluster):
                cluster.append(v)
                break
        else:
            clusters.append([v])
    return clusters


def _steps(
    values: Sequence[FigureValue],
    outlets: Mapping[str, str],
    lang: str = "en",
    *,
    published: Mapping[str, str] | None = None,
) -> list[str]:
    """An update's steps in time, one per amount: "41 (8 Sep 2021: Okezone, Kompas) → 44 (9 Sep 2021: ...)".
    Steps follow the evidence of time (:func:`~warta.brief.time_order.ordered_steps`: as-of date and hour,
    publication time, an article's own "sebelumnya ... kini"), never the amounts' size; an undated value
    stands at the earliest date a source gives the same amount."""
    dates = placed_dates(values)
    out = []
    for vs in ordered_steps(values, key=lambda v: amount(v, lang), published=published):
        first = min((d for v in vs if (d := dates.get(id(v)))), default=None)
        out.append(f"{amount(vs[0], lang)} ({date_words(first, lang)}: {_who(vs, outlets, lang)})")
    return out


def describe(
    group: FigureGroup,
    outlets: Mapping[str, str],
    lang: str = "en",
    *,
    published: Mapping[str, str] | None = None,
) -> FactLine:
    """The group as a phrase in ``lang``: "18 (Liputan6) vs 16 (NTD Indonesia)", "2,298 (7 Jan) → about
    8,000 (10 Jan)"; in id "2.298 (7 Januari 2022: …) → sekitar 8.000 (…)", labelled "Diperbarui"."""
    status = label(group.status, lang) if group.status in STATUSES else group.status
    if group.status == "updated":
        return FactLine(
            group.status,
            status,
            group.measure,
            " → ".join(_steps(group.values, outlets, lang, published=published)),
        )
    if group.status != "conflict":
        by_amount: dict[str, list[FigureValue]] = {}
        for v in sorted(group.values, key=lambda v: _SPECIFIC.get(v.qualifier, 9)):
            by_amount.setdefault(amount(v, lang), []).append(v)
        said = [f"{a} ({_who(vs, outlets, lang)})" for a, vs in by_amount.items()]
        return FactLine(group.status, status, group.measure, label("consistent_with", lang).join(said))
    dated = len({v.as_of for v in group.values}) > 1
    parts = []
    for cluster in _compatible_clusters(group.values):
        head = min(cluster, key=lambda v: _SPECIFIC.get(v.qualifier, 9))
        when = ", ".join(dict.fromkeys(date_words(v.as_of, lang) for v in cluster)) if dated else ""
        parts.append(f"{amount(head, lang)} ({_who(cluster, outlets, lang)}{'; ' + when if when else ''})")
    return FactLine(group.status, status, group.measure, " vs ".join(parts))


def copies_phrase(group: FigureGroup, articles: Mapping[str, BriefArticle], lang: str = "en") -> str:
    """Which of the group's articles copy which, in words: "Kabar copies Lintas: not an independent
    confirmation" (in id "Kabar menyalin Lintas: bukan konfirmasi independen"); "" with no copies.
    Two articles of one outlet are told apart by their dates."""
    pairs = []
    for c in group.copies:
        copy, original = articles.get(c.article), articles.get(c.copy_of)
        if copy is None or original is None:
            continue
        names = [outlet_label(copy, lang), outlet_label(original, lang)]
        if names[0] == names[1]:
            names = [
                f"{n} ({date_words(a.published, lang)})" if a.published else n
                for n, a in zip(names, (copy, original), strict=True)
            ]
        pairs.append(f"{names[0]} {label('copies', lang)} {names[1]}")
    pairs = list(dict.fromkeys(pairs))
    return f"{'; '.join(pairs)}: {label('not_independent', lang)}" if pairs else ""


def fact_lines(story: Story, *, include_single: bool = False, lang: str = "en") -> list[FactLine]:
    """The figure groups a brief shows, most important first (casualties, displaced and arrested, prices and
    money, the rest): cross-outlet groups of a readable kind, or every group with ``include_single``;
    worded in ``lang``.
    Each value names its outlet, the source it credits, its hour and its citation (article and span);
    a group holding a copy says which article copies which."""
    outlets = {a.id: outlet_label(a, lang) for a in story.articles}
    by_id = {a.id: a for a in story.articles}
    published = publication_times(story.articles)
    lines = []
    for g in shown_groups(story.figures, all_figures=include_single):
        line = describe(g, outlets, lang, published=published)
        cites = tuple(dict.fromkeys(Citation(v.article, v.start, v.end) for v in g.values))
        copies = copies_phrase(g, by_id, lang)
        lines.append(FactLine(line.status, line.label, line.measure, line.phrase, cites, copies))
    return lines


def quote_outlets(quote: QuoteRecord, story: Story) -> str:
    """The outlets that carried a quote, in article order."""
    outlets = {a.id: outlet_label(a) for a in story.articles}
    names: list[str] = []
    for art in quote.articles:
        name = outlets.get(art, UNKNOWN_OUTLET)
        if name not in names:
            names.append(name)
    return ", ".join(names)


def shared_quotes(story: Story) -> list[QuoteRecord]:
    """Quotes carried by more than one article, the most widely carried first."""
    return sorted((q for q in story.quotes if len(q.articles) > 1), key=lambda q: -len(q.articles))
