"""What the story and article pages show, computed from a Story: pure functions, no HTML.

Templates escape everything they print; this module only decides what to print and where links go.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from urllib.parse import quote, urlsplit

from warta.brief.render.labels import date_words, label
from warta.brief.render.sources import UNKNOWN_OUTLET, outlet_label
from warta.types import Citation, FigureGroup, FigureValue, Story

STATUS_LABELS = {"conflict": "disputed", "updated": "updated", "agree": "agreed", "single": "one source"}


@dataclass(frozen=True)
class CiteLink:
    """A citation as a link: the outlet label, where it opens, and the cited text."""

    label: str
    href: str
    quote: str


@dataclass(frozen=True)
class ValueCell:
    """One article's value for a measure, linked to its source sentence."""

    text: str
    outlet: str
    as_of: str | None
    qualifier: str | None
    href: str


@dataclass(frozen=True)
class FactRow:
    """A row of the facts table."""

    measure: str
    role: str | None
    unit: str | None
    status: str
    status_label: str
    values: tuple[ValueCell, ...]
    sources: int


@dataclass(frozen=True)
class MatrixRow:
    """One outlet's values, one cell (possibly empty) per measure."""

    outlet: str
    cells: tuple[tuple[ValueCell, ...], ...]


@dataclass(frozen=True)
class Matrix:
    """The outlet x fact matrix."""

    measures: tuple[str, ...]
    statuses: tuple[str, ...]
    rows: tuple[MatrixRow, ...]


@dataclass(frozen=True)
class Segment:
    """A run of article text; ``kind`` is "" (plain), "cited" or "active" (the one clicked)."""

    text: str
    kind: str


def date_range(first: str | None, last: str | None, lang: str = "en") -> str:
    """``8 Jan 2022 – 10 Jan 2022`` (``8 Januari 2022 – …`` in id), one date when both agree, ``undated``
    when none is known."""
    if first and last and first != last:
        return f"{date_words(first, lang)} – {date_words(last, lang)}"
    return date_words(first or last, lang)


def status_label(status: str, lang: str = "en") -> str:
    """A figure group's status as the facts table shows it: "disputed", "diperdebatkan"."""
    if lang == "en" or status not in STATUS_LABELS:
        return STATUS_LABELS.get(status, status)
    return label(status, lang).lower()


def safe_url(url: str | None) -> str | None:
    """The URL when it is an http(s) address; anything else (``javascript:``, ``data:``) is dropped."""
    if not url:
        return None
    parts = urlsplit(url.strip())
    if parts.scheme.lower() in ("http", "https") and parts.netloc:
        return url.strip()
    return None


def article_href(story_id: str, article_id: str, start: int | None = None, end: int | None = None) -> str:
    """The article page inside a story, optionally with a span to highlight."""
    base = f"/story/{quote(story_id, safe='')}/article/{quote(article_id, safe='')}"
    if start is None or end is None:
        return base
    return f"{base}?start={start}&end={end}#cited"


def outlets_by_article(story: Story, lang: str = "en") -> dict[str, str]:
    """Article id -> the outlet to show for it ("unknown outlet", in ``lang``, when it is unknown)."""
    return {a.id: outlet_label(a, lang) for a in story.articles}


def cite_links(story: Story, citations: Iterable[Citation], lang: str = "en") -> list[CiteLink]:
    """Links for citations; ones naming an article the story lacks are left out rather than broken."""
    by_id = {a.id: a for a in story.articles}
    links = []
    for c in citations:
        article = by_id.get(c.article)
        if article is None:
            continue
        links.append(
            CiteLink(
                outlet_label(article, lang),
                article_href(story.id, c.article, c.start, c.end),
                _cut(article.text, c),
            )
        )
    return links


def fact_rows(story: Story, lang: str = "en") -> list[FactRow]:
    """The facts table: disputed first, then updated, then the rest, each in the brief's order."""
    order = {"conflict": 0, "updated": 1}
    outlets = outlets_by_article(story, lang)
    rows = [
        FactRow(
            measure=g.measure,
            role=g.role,
            unit=g.unit,
            status=g.status,
            status_label=status_label(g.status, lang),
            values=tuple(_cell(story, outlets, v) for v in g.values),
            sources=g.independent_sources,
        )
        for g in story.figures
    ]
    return sorted(rows, key=lambda r: order.get(r.status, 2))


def matrix(story: Story, lang: str = "en") -> Matrix:
    """Outlets down, measures across; each cell holds what that outlet reported for that measure."""
    groups: Sequence[FigureGroup] = story.figures
    outlets = outlets_by_article(story, lang)
    names = list(story.outlets)
    for g in groups:
        for v in g.values:
            name = v.outlet or outlets.get(v.article, UNKNOWN_OUTLET)
            if name not in names:
                names.append(name)
    rows = []
    for name in names:
        cells = tuple(
            tuple(_cell(story, outlets, v) for v in g.values if (v.outlet or outlets.get(v.article)) == name)
            for g in groups
        )
        if any(cells):
            rows.append(MatrixRow(name, cells))
    return Matrix(tuple(g.measure for g in groups), tuple(g.status for g in groups), tuple(rows))


def carriers(story: Story, article_ids: Iterable[str], lang: str = "en") -> list[str]:
    """The distinct outlets that carried the given articles, in first-seen order."""
    outlets = outlets_by_article(story, lang)
    seen: list[str] = []
    for aid in article_ids:
        name = outlets.get(aid, aid)
        if name not in seen:
            seen.append(name)
    return seen


def cited_spans(story: Story, article_id: str) -> set[tuple[int, int]]:
    """Every span of one article that the story's summary, timeline or quotes cite."""
    citations: list[Citation] = [c for s in story.summary for c in s.citations]
    citations += [c for t in story.timeline for c in t.citations]
    citations += [c for q in story.quotes for c in q.citations]
    return {(c.start, c.end) for c in citations if c.article == article_id}


def highlight(text: str, spans: Iterable[tuple[int, int]], active: tuple[int, int] | None) -> list[Segment]:
    """``text`` cut into plain and marked runs; the active span wins over cited spans it overlaps."""
    n = len(text)
    marks: list[tuple[int, int, str]] = []
    if active is not None:
        marks.append((active[0], active[1], "active"))
    for s, e in sorted(spans):
        if 0 <= s < e <= n and (active is None or e <= active[0] or s >= active[1]):
            marks.append((s, e, "cited"))
    segments, pos = [], 0
    for s, e, kind in sorted(marks):
        if s < pos:
            continue  # overlapping citations: the earlier one is already marked
        if s > pos:
            segments.append(Segment(text[pos:s], ""))
        segments.append(Segment(text[s:e], kind))
        pos = e
    if pos < n:
        segments.append(Segment(text[pos:], ""))
    return segments


def snippet_segments(snippet: str, *, mark: str = "**") -> list[Segment]:
    """A search snippet whose matches the store wrapped in ``mark`` pairs, as plain and "active" runs."""
    parts = snippet.split(mark)
    if len(parts) % 2 == 0:  # unpaired marker (the article itself contained one): show it as text
        return [Segment(snippet, "")]
    return [Segment(p, "active" if i % 2 else "") for i, p in enumerate(parts) if p]


def valid_span(text: str, start: int | None, end: int | None) -> tuple[int, int] | None:
    """``(start, end)`` when it is a non-empty span inside ``text``, else None."""
    if start is None or end is None or not 0 <= start < end <= len(text):
        return None
    return (start, end)


def _cell(story: Story, outlets: dict[str, str], v: FigureValue) -> ValueCell:
    return ValueCell(
        text=v.text or _number(v),
        outlet=v.outlet or outlets.get(v.article, UNKNOWN_OUTLET),
        as_of=v.as_of,
        qualifier=v.qualifier,
        href=article_href(story.id, v.article, v.start, v.end),
    )


def _number(v: FigureValue) -> str:
    shown = f"{v.value:,}".replace(",", ".") if isinstance(v.value, int) else f"{v.value:g}"
    return f"{shown} {v.unit}" if v.unit else shown


def _cut(text: str, c: Citation) -> str:
    return text[c.start : c.end] if 0 <= c.start <= c.end <= len(text) else ""
