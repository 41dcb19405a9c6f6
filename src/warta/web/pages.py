"""The web page: the story list and search (``/``), a story (``/story/{id}``), a cited article."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Query
from fastapi.responses import HTMLResponse

from warta.brief.render.sources import display_date, outlet_label
from warta.errors import InputError
from warta.types import Story
from warta.web.api import check_query
from warta.web.display import (
    article_href,
    carriers,
    cite_links,
    cited_spans,
    fact_rows,
    highlight,
    matrix,
    safe_url,
    valid_span,
)
from warta.web.options import WebOptions
from warta.web.problems import Problem
from warta.web.source import ArchiveSource
from warta.web.templating import render


def page_routes(source: ArchiveSource, options: WebOptions) -> APIRouter:
    """The HTML pages' routes over ``source`` (left out of the OpenAPI schema)."""
    router = APIRouter(include_in_schema=False)

    def page(name: str, code: int = 200, **context: Any) -> HTMLResponse:
        context.setdefault("query", None)
        html = render(name, site_title=options.title, max_query_chars=options.max_query_chars, **context)
        return HTMLResponse(html, status_code=code)

    def not_found(reason: str) -> HTMLResponse:
        return page("error.html", 404, status=404, reason=reason, hint="It may not be in this archive.")

    @router.get("/", response_class=HTMLResponse)
    def index(q: str | None = None, page_no: int = Query(1, alias="page", ge=1, le=100_000)) -> HTMLResponse:
        reader = source.reader()
        if q is not None:
            try:
                query = check_query(q, options=options)
                hits = reader.search(query, limit=options.search_limit, with_brief=False)
            except (Problem, InputError) as exc:
                reason = exc.reason if isinstance(exc, Problem) else str(exc)
                return page("index.html", 400, query=q, hits=[], error=reason)
            return page("index.html", query=query, hits=hits, error=None)
        size = options.page_size
        rows = reader.stories(limit=size + 1, offset=(page_no - 1) * size)
        return page(
            "index.html",
            rows=rows[:size],
            page=page_no,
            has_next=len(rows) > size,
            total_articles=reader.count_articles(),
        )

    @router.get("/story/{story_id}", response_class=HTMLResponse)
    def story_page(story_id: str) -> HTMLResponse:
        story = source.reader().story(story_id)
        if story is None:
            return not_found("No such story")
        return page("story.html", **story_context(story))

    @router.get("/story/{story_id}/article/{article_id}", response_class=HTMLResponse)
    def article_page(
        story_id: str,
        article_id: str,
        start: int | None = Query(None, ge=0),
        end: int | None = Query(None, ge=0),
    ) -> HTMLResponse:
        story = source.reader().story(story_id)
        article = next((a for a in story.articles if a.id == article_id), None) if story else None
        if story is None or article is None:
            return not_found("No such article in this story")
        active = valid_span(article.text, start, end)
        return page(
            "article.html",
            story=story,
            article=article,
            date=display_date(article.published),
            url=safe_url(article.url),
            active=active,
            segments=highlight(article.text, cited_spans(story, article.id), active),
        )

    return router


def story_context(story: Story) -> dict[str, Any]:
    """Everything the story template shows, with citations resolved to links."""
    return {
        "story": story,
        "summary": [{"text": s.text, "links": cite_links(story, s.citations)} for s in story.summary],
        "facts": fact_rows(story),
        "grid": matrix(story),
        "timeline": [
            {"date": t.date, "text": t.text, "links": cite_links(story, t.citations)} for t in story.timeline
        ],
        "quotes": [
            {
                "speaker": q.speaker,
                "text": q.text,
                "outlets": carriers(story, q.articles),
                "variants": len(q.variants),
                "links": cite_links(story, q.citations),
            }
            for q in story.quotes
        ],
        "articles": [
            {
                "href": article_href(story.id, a.id),
                "title": a.title or "(no headline)",
                "outlet": outlet_label(a),
                "date": display_date(a.published),
                "language": a.language,
                "url": safe_url(a.url),
            }
            for a in story.articles
        ],
    }
