"""Stories found in a batch of articles, summarised for listing: title, dates, outlets, counts.

>>> summaries = find_stories(articles)          # doctest: +SKIP
>>> print(render_stories(summaries, format="md"))  # doctest: +SKIP
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import asdict, dataclass

from warta.backends import Backend
from warta.brief.title import story_title
from warta.errors import ConfigError
from warta.stories.dedupe import count_independent
from warta.stories.group import GroupingOptions, index_records
from warta.stories.records import build_records
from warta.types import Article

FORMATS = ("md", "json")
TITLE_CHARS = 100


@dataclass(frozen=True)
class StorySummary:
    """One story as ``warta stories`` lists it."""

    id: str
    title: str
    first_published: str | None
    last_published: str | None
    outlets: tuple[str, ...]
    articles: tuple[str, ...]
    independent_sources: int
    copies: int


def article_title(article: Article) -> str:
    """The headline, else the first sentence (cut at a word), else a placeholder."""
    if article.title:
        return article.title
    first = (article.sentence_texts() or [article.text.strip()])[0].strip()
    if len(first) > TITLE_CHARS:
        first = first[: TITLE_CHARS - 1].rsplit(" ", 1)[0] + "…"
    return first or "(untitled)"


def find_stories(
    articles: Sequence[Article],
    *,
    options: GroupingOptions | None = None,
    backend: Backend | str | None = None,
) -> list[StorySummary]:
    """Group ``articles`` into stories; the biggest first, then the earliest."""
    opts = options or GroupingOptions()
    records = list(build_records(articles, backend=backend or opts.backend))
    index = index_records(records, options=opts)
    by_id = {a.id: a for a in articles}
    copies = index.duplicates.copies()
    out = []
    for sid, ids in index.stories().items():
        members = sorted((by_id[i] for i in ids), key=lambda a: (a.published or "9999", a.id))
        dates = [a.published for a in members if a.published]
        out.append(
            StorySummary(
                id=sid,
                title=story_title(members),
                first_published=min(dates) if dates else None,
                last_published=max(dates) if dates else None,
                outlets=tuple(sorted({a.outlet for a in members if a.outlet})),
                articles=tuple(a.id for a in members),
                independent_sources=count_independent(ids, copies),
                copies=sum(1 for i in ids if copies[i].duplicate_of),
            )
        )
    out.sort(key=lambda s: (-len(s.articles), s.first_published or "9999", s.id))
    return out


def render_stories(stories: Sequence[StorySummary], *, format: str = "md") -> str:
    """The list as Markdown or JSON."""
    if format == "json":
        return json.dumps({"stories": [asdict(s) for s in stories]}, ensure_ascii=False, indent=2) + "\n"
    if format != "md":
        raise ConfigError(f"unknown format {format!r}; choose one of: {', '.join(FORMATS)}")
    lines = [f"# {len(stories)} {'story' if len(stories) == 1 else 'stories'}", ""]
    for s in stories:
        dates = s.first_published or "undated"
        if s.last_published and s.last_published != s.first_published:
            dates += f" – {s.last_published}"
        outlets = ", ".join(s.outlets) or "unknown outlet"
        n = len(s.articles)
        lines.append(
            f"- **{s.title}** ({dates}): {n} article{'s' if n != 1 else ''}, "
            f"{s.independent_sources} independent source{'s' if s.independent_sources != 1 else ''}; {outlets}"
        )
    return "\n".join(lines) + "\n"
