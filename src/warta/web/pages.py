"""The web page: the story list and search (``/``), a story (``/story/{id}``), a cited article.

Every page is in Indonesian or English: ``?lang=id|en`` (kept in the page's links), else the browser's
``Accept-Language``, else Indonesian."""

from __future__ import annotations

from typing import Any
from urllib.parse import urlencode

from fastapi import APIRouter, Query, Request
from fastapi.responses import HTMLResponse

from warta.brief.render.known import known_items
from warta.brief.render.labels import LANGUAGES, date_words
from warta.brief.render.outdated import dated_note
from warta.brief.render.sources import outlet_label
from warta.brief.render.speech import trusted_entities
from warta.errors import InputError
from warta.types import Story
from warta.web.api import check_query
from warta.web.display import (
    article_href,
    carriers,
    cite_links,
    cited_spans,
    date_range,
    fact_rows,
    highlight,
    matrix,
    safe_url,
    valid_span,
)
from warta.web.language import page_language, role_word, with_lang, word
from warta.web.options import WebOptions
from warta.web.problems import Problem
from warta.web.source import ArchiveSource
from warta.web.templating import render


def page_routes(source: ArchiveSource, options: WebOptions) -> APIRouter:
    """The HTML pages' routes over ``source`` (left out of the OpenAPI schema)."""
    router = APIRouter(include_in_schema=False)

    def page(request: Request, name: str, code: int = 200, **context: Any) -> HTMLResponse:
        requested = request.query_params.get("lang")
        lang = page_language(requested, request.headers.get("accept-language"))
        kept = lang if requested in LANGUAGES else None  # a chosen language stays in the page's links
        context.setdefault("query", None)
        others = [(k, v) for k, v in request.query_params.multi_items() if k != "lang"]
        switch = {
            choice: f"{request.url.path}?{urlencode([*others, ('lang', choice)])}" for choice in LANGUAGES
        }
        html = render(
            name,
            site_title=options.title,
            max_query_chars=options.max_query_chars,
            lang=lang,
            t=lambda key, **kw: word(key, lang).format(**kw),
            link=lambda href: with_lang(href, kept),
            when=lambda first, last=None: date_range(first, last, lang),
            role=lambda name: role_word(name, lang),
            switch=switch,
            kept_lang=kept,
            **context,
        )
        headers = {"Content-Language": lang, "Vary": "Accept-Language"}
        return HTMLResponse(html, status_code=code, headers=headers)

    def not_found(request: Request, reason: str) -> HTMLResponse:
        lang = page_language(request.query_params.get("lang"), request.headers.get("accept-language"))
        return page(
            request, "error.html", 404, status=404, reason=word(reason, lang), hint=word("not_here", lang)
        )

    @router.get("/", response_class=HTMLResponse)
    def index(
        request: Request,
        q: str | None = None,
        page_no: int = Query(1, alias="page", ge=1, le=100_000),
    ) -> HTMLResponse:
        reader = source.reader()
        if q is not None:
            try:
                query = check_query(q, options=options)
                hits = reader.search(query, limit=options.search_limit, with_brief=False)
            except (Problem, InputError) as exc:
                reason = exc.reason if isinstance(exc, Problem) else str(exc)
                return page(request, "index.html", 400, query=q, hits=[], error=reason)
            return page(request, "index.html", query=query, hits=hits, error=None)
        size = options.page_size
        rows = reader.stories(limit=size + 1, offset=(page_no - 1) * size)
        return page(
            request,
            "index.html",
            rows=rows[:size],
            page=page_no,
            has_next=len(rows) > size,
            total_articles=reader.count_articles(),
        )

    @router.get("/story/{story_id}", response_class=HTMLResponse)
    def story_page(request: Request, story_id: str) -> HTMLResponse:
        story = source.reader().story(story_id)
        if story is None:
            return not_found(request, "no_story")
        lang = page_language(request.query_params.get("lang"), request.headers.get("accept-language"))
        return page(request, "story.html", **story_context(story, lang))

    @router.get("/story/{story_id}/article/{article_id}", response_class=HTMLResponse)
    def article_page(
        request: Request,
        story_id: str,
        article_id: str,
        start: int | None = Query(None, ge=0),
        end: int | None = Query(None, ge=0),
    ) -> HTMLResponse:
        story = source.reader().story(story_id)
        article = next((a for a in story.articles if a.id == article_id), None) if story else None
        if story is None or article is None:
            return not_found(request, "no_article")
        active = valid_span(article.text, start, end)
        lang = page_language(request.query_params.get("lang"), request.headers.get("accept-language"))
        return page(
            request,
            "article.html",
            story=story,
            article=article,
            outlet=outlet_label(article, lang),
            date=date_words(article.published, lang),
            url=safe_url(article.url),
            active=active,
            segments=highlight(article.text, cited_spans(story, article.id), active),
        )

    return router


def story_context(story: Story, lang: str = "en") -> dict[str, Any]:
    """Everything the story template shows, with citations resolved to links, worded in ``lang``."""
    return {
        "story": story,
        "known": [
            {"text": k.text, "links": cite_links(story, k.citations, lang)} for k in known_items(story, lang)
        ],
        "summary": [
            {"text": s.text + dated_note(story, s, lang), "links": cite_links(story, s.citations, lang)}
            for s in story.summary
        ],
        "facts": fact_rows(story, lang),
        "entities": trusted_entities(story),
        "grid": matrix(story, lang),
        "timeline": [
            {
                "date": t.date,
                "day": date_words(t.date, lang),
                "text": t.text,
                "links": cite_links(story, t.citations, lang),
            }
            for t in story.timeline
        ],
        "quotes": [
            {
                "speaker": q.speaker,
                "text": q.text,
                "outlets": carriers(story, q.articles, lang),
                "variants": len(q.variants),
                "links": cite_links(story, q.citations, lang),
            }
            for q in story.quotes
        ],
        "articles": [
            {
                "href": article_href(story.id, a.id),
                "title": a.title or word("no_headline", lang),
                "outlet": outlet_label(a, lang),
                "date": date_words(a.published, lang),
                "language": a.language,
                "url": safe_url(a.url),
            }
            for a in story.articles
        ],
    }
