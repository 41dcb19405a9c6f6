"""Search hits as text: each story with its summary, latest figures and conflicts (``warta search``)."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Sequence

from warta.brief.render.facts import describe
from warta.brief.render.sources import outlet_label
from warta.brief.time_order import publication_times
from warta.store.csv_export import text_cell
from warta.store.views import SearchHit, hit_dict
from warta.types import FigureGroup, FigureValue, Story

SUMMARY_LINES = 3


def latest_value(group: FigureGroup) -> FigureValue | None:
    """The most recent value of a figure (by as-of date, then position)."""
    if not group.values:
        return None
    return max(group.values, key=lambda v: (v.as_of or "", v.start))


def figure_line(group: FigureGroup, story: Story | None = None) -> str:
    """``measure: latest value [status]``; disputes and updates said as the brief says them."""
    if story is not None and group.status in ("conflict", "updated"):
        outlets = {a.id: outlet_label(a) for a in story.articles}
        phrase = describe(group, outlets, published=publication_times(story.articles)).phrase
        return f"{group.measure}: {phrase} [{group.status}]"
    latest = latest_value(group)
    return f"{group.measure}: {latest.text if latest else '?'} [{group.status}]"


def conflicts(story: Story) -> list[FigureGroup]:
    """Figures the story's outlets disagree on."""
    return [g for g in story.figures if g.status == "conflict"]


def render_hits(hits: Sequence[SearchHit], *, summary_lines: int = SUMMARY_LINES) -> str:
    """Ranked stories as plain text for a terminal."""
    if not hits:
        return "no stories found; try fewer or other words\n"
    out: list[str] = []
    for rank, hit in enumerate(hits, 1):
        row = hit.story
        dates = (
            " – ".join(dict.fromkeys(d for d in (row.first_published, row.last_published) if d)) or "undated"
        )
        out.append(f"{rank}. {row.title}")
        out.append(
            f"   {row.id} · {dates} · {row.article_count} article{'s' if row.article_count != 1 else ''}"
            f" · {row.independent_sources} independent · {', '.join(row.outlets) or 'unknown outlet'}"
        )
        if hit.snippet:
            out.append(f"   “{' '.join(hit.snippet.split())}”")
        if hit.matched and "words" not in hit.matched:
            out.append(f"   (found by {' and '.join(hit.matched)})")
        story = hit.brief
        for line in (
            hit.summary[:summary_lines] if story is None else [s.text for s in story.summary[:summary_lines]]
        ):
            out.append(f"   - {line}")
        if story is not None:
            latest = [g for g in story.figures if g.status != "conflict"][:5]
            if latest:
                out.append("   figures: " + "; ".join(figure_line(g, story) for g in latest))
            disputed = conflicts(story)
            if disputed:
                out.append("   conflicts: " + "; ".join(figure_line(g, story) for g in disputed))
        out.append("")
    return "\n".join(out)


def hits_json(hits: Sequence[SearchHit]) -> list[object]:
    """Hits as JSON-ready values (story row, score, snippet, summary, how matched, brief when loaded)."""
    return [hit_dict(h) for h in hits]


def hits_document(query: str, hits: Sequence[SearchHit]) -> dict[str, object]:
    """The one JSON shape of a search, on the CLI and over HTTP: ``{"query": ..., "hits": [...]}``."""
    return {"query": query, "hits": hits_json(hits)}


def hits_jsonl(hits: Sequence[SearchHit]) -> str:
    """One hit a line (JSON Lines)."""
    return "".join(json.dumps(h, ensure_ascii=False) + "\n" for h in hits_json(hits))


CSV_COLUMNS = (
    "rank",
    "story",
    "title",
    "score",
    "first_published",
    "last_published",
    "articles",
    "independent_sources",
    "outlets",
    "matched",
    "snippet",
    "summary",
)


def hits_csv(hits: Sequence[SearchHit]) -> str:
    """Hits as CSV with a header row (outlets, matched and summary joined with " | "); text cells are
    guarded against formula injection as in ``warta export --format csv``."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(CSV_COLUMNS)
    for rank, hit in enumerate(hits, 1):
        row = hit.story
        writer.writerow(
            (
                rank,
                row.id,
                text_cell(row.title),
                hit.score,
                row.first_published or "",
                row.last_published or "",
                row.article_count,
                row.independent_sources,
                text_cell(" | ".join(row.outlets)),
                " | ".join(hit.matched),
                text_cell(" ".join(hit.snippet.split())),
                text_cell(" | ".join(hit.summary)),
            )
        )
    return out.getvalue()
