"""The JSON API: /health, /stories, /stories/{id}, /articles/{id}, /search and POST /articles."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from fastapi import APIRouter, Depends, Query, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import JSONResponse

from warta import __version__
from warta.codec import to_dict
from warta.errors import InputError
from warta.store.views import AddResult, SearchFilters, SearchHit, StoryRow, hit_dict
from warta.types import Article, Skipped, Story
from warta.web.auth import require_write
from warta.web.options import WebOptions
from warta.web.problems import Problem
from warta.web.search_route import MAX_LANG, MAX_LIMIT, MAX_OUTLET, MEANINGS
from warta.web.source import ArchiveSource
from warta.web.uploads import Parsed, from_files, from_json_body, utf8

JSON_TYPES = ("application/json",)
JSONL_TYPES = ("application/x-ndjson", "application/jsonl", "application/x-jsonlines")
TEXT_TYPES = ("text/plain", "text/html")


@dataclass(frozen=True)
class Health:
    """``GET /health``."""

    status: str
    version: str
    articles: int


@dataclass(frozen=True)
class StoryList:
    """``GET /stories``."""

    stories: tuple[StoryRow, ...]
    limit: int
    offset: int


@dataclass(frozen=True)
class SearchResult:
    """``GET /search``."""

    query: str
    hits: tuple[SearchHit, ...]


def check_query(q: str, *, options: WebOptions) -> str:
    """The query stripped, or a 400 when it is empty or too long."""
    query = q.strip()
    if not query:
        raise Problem(400, "the search query is empty", "give words to look for, e.g. /search?q=banjir")
    if len(query) > options.max_query_chars:
        raise Problem(400, f"the query is longer than {options.max_query_chars} characters", "shorten it")
    if "\x00" in query:
        raise Problem(400, "the query contains a NUL character", "send plain words")
    return query


def _json(obj: Any, status: int = 200) -> JSONResponse:
    return JSONResponse(to_dict(obj), status_code=status)


def api_routes(source: ArchiveSource, options: WebOptions) -> APIRouter:
    """The JSON API's routes over ``source``."""
    router = APIRouter()

    @router.get("/health", response_model=Health, tags=["api"])
    def health() -> JSONResponse:
        """Whether the archive answers, and how many articles it holds."""
        return _json(Health("ok", __version__, source.reader().count_articles()))

    @router.get("/stories", response_model=StoryList, tags=["api"])
    def stories(
        limit: int = Query(50, ge=1, le=500), offset: int = Query(0, ge=0, le=10_000_000)
    ) -> JSONResponse:
        """Stored stories, most recently updated first."""
        rows = source.reader().stories(limit=limit, offset=offset)
        return _json(StoryList(tuple(rows), limit, offset))

    @router.get("/stories/{story_id}", response_model=Story, tags=["api"])
    def story(story_id: str) -> JSONResponse:
        """One story's brief: summary with citations, articles, figures, quotes, entities, timeline."""
        found = source.reader().story(story_id)
        if found is None:
            raise Problem(404, f"no story {story_id!r}", "list stories with GET /stories")
        return _json(found)

    @router.get("/articles/{article_id}", response_model=Article, tags=["api"])
    def article(article_id: str) -> JSONResponse:
        """One stored article with its cleaned text and sentence spans."""
        found = source.reader().article(article_id)
        if found is None:
            raise Problem(404, f"no article {article_id!r}", "find articles through GET /stories/{id}")
        return _json(found)

    @router.get("/search", response_model=SearchResult, tags=["api"])
    def search(
        q: str = Query("", description="keywords or numbers; quotes and operators are taken as plain words"),
        limit: int = Query(options.search_limit, ge=1, le=MAX_LIMIT),
        since: str | None = Query(
            None, description="only articles published on or after this day (YYYY-MM-DD)"
        ),
        until: str | None = Query(
            None, description="only articles published on or before this day (YYYY-MM-DD)"
        ),
        outlet: str | None = Query(
            None, max_length=MAX_OUTLET, description="only articles of this outlet (name or start)"
        ),
        lang: str | None = Query(
            None, max_length=MAX_LANG, description="only articles in this language (id, en, ...)"
        ),
        brief: bool = Query(False, description="include each hit's whole brief (else GET /stories/{id})"),
        meaning: str = Query("auto", pattern=f"^({'|'.join(MEANINGS)})$", description="lookup by meaning"),
    ) -> JSONResponse:
        """Stories ranked for a query (words, numbers, meaning), each with its first summary sentences."""
        query = check_query(q, options=options)
        filters = SearchFilters(since=since, until=until, outlet=outlet, language=lang)
        by_meaning = MEANINGS[meaning]
        try:
            hits = source.reader().search(
                query, limit=limit, filters=filters, with_brief=brief, meaning=by_meaning
            )
        except InputError as exc:
            raise Problem(400, str(exc), "see GET /docs for the parameters") from exc
        return JSONResponse({"query": query, "hits": [hit_dict(h) for h in hits]})  # SearchResult

    @router.post(
        "/articles",
        response_model=AddResult,
        status_code=201,
        tags=["api"],
        openapi_extra={"requestBody": _BODY_DOC},
        dependencies=[Depends(require_write(options))],
    )
    async def add_articles(request: Request) -> JSONResponse:
        """Add articles: a JSON object or list (fields as JSON Lines input), or uploaded files.

        Needs ``Authorization: Bearer TOKEN`` when the server has a token; 403 when it is read-only.
        Feed and sitemap files give only the articles they carry in full: no URL in an upload is fetched.
        """
        parsed = await _parse(request, options)
        if not parsed.docs:
            reasons = "; ".join(s.message() for s in parsed.skipped[:5])
            raise Problem(422, f"no usable article in the request ({reasons})", "each article needs a text")
        result: AddResult = await run_in_threadpool(source.write, lambda a: a.add_documents(parsed.docs))
        if parsed.skipped:
            result = _with_skipped(result, parsed.skipped)
        return _json(result, 201)

    return router


async def _parse(request: Request, options: WebOptions) -> Parsed:
    kind = request.headers.get("content-type", "").split(";")[0].strip().lower()
    if kind in JSON_TYPES or kind.endswith("+json"):
        return from_json_body(await request.body(), max_articles=options.max_articles)
    if kind == "multipart/form-data":
        form = await request.form(
            max_files=options.max_articles, max_fields=50, max_part_size=options.max_body_bytes
        )
        files = []
        for _, value in form.multi_items():
            if isinstance(value, str):
                continue
            files.append((value.filename or "upload", await value.read()))
        return from_files(files, max_articles=options.max_articles)
    if kind in JSONL_TYPES:
        return from_files([("upload.jsonl", await request.body())], max_articles=options.max_articles)
    if kind in TEXT_TYPES:
        body = await request.body()
        utf8(body)  # a declared text body must be UTF-8; files of other encodings go as multipart
        name = "upload.html" if kind == "text/html" else "upload.txt"
        return from_files([(name, body)], max_articles=options.max_articles)
    raise Problem(
        415,
        f"unsupported content type {kind or '(none)'!r}",
        "send application/json, application/x-ndjson, text/plain, text/html or multipart/form-data",
    )


def _with_skipped(result: AddResult, skipped: tuple[Skipped, ...]) -> AddResult:
    return AddResult(
        added=result.added,
        unchanged=result.unchanged,
        skipped=(*skipped, *result.skipped),
        stories_touched=result.stories_touched,
        new_stories=result.new_stories,
    )


_BODY_DOC: dict[str, Any] = {
    "required": True,
    "content": {
        "application/json": {
            "schema": {
                "oneOf": [
                    {"$ref": "#/components/schemas/ArticleIn"},
                    {"type": "array", "items": {"$ref": "#/components/schemas/ArticleIn"}},
                ]
            }
        },
        "multipart/form-data": {
            "schema": {
                "type": "object",
                "properties": {"file": {"type": "array", "items": {"type": "string", "format": "binary"}}},
            }
        },
        "application/x-ndjson": {"schema": {"type": "string"}},
        "text/plain": {"schema": {"type": "string"}},
    },
}

ARTICLE_IN_SCHEMA: dict[str, Any] = {
    "type": "object",
    "required": ["text"],
    "properties": {
        "text": {"type": "string"},
        "title": {"type": "string"},
        "url": {"type": "string"},
        "outlet": {"type": "string"},
        "published": {"type": "string", "description": "a date, e.g. 2022-01-08"},
        "language": {"type": "string"},
    },
}
