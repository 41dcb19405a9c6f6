"""``GET /reply?q=...``: the chat-sized plain-text answer (:mod:`warta.brief.reply`) over HTTP."""

from __future__ import annotations

from fastapi import APIRouter, Query, Request
from fastapi.responses import PlainTextResponse

from warta.brief.render.labels import LANGUAGES
from warta.brief.reply import reply
from warta.web.api import check_query
from warta.web.options import WebOptions
from warta.web.source import ArchiveSource


def reader_language(lang: str | None, accept: str | None) -> str:
    """``lang`` when given, else the first of id/en the ``Accept-Language`` header names, else id."""
    if lang in LANGUAGES:
        return str(lang)
    for part in (accept or "").split(","):
        code = part.split(";")[0].strip().lower()[:2]
        if code in LANGUAGES:
            return code
    return "id"


def reply_routes(source: ArchiveSource, options: WebOptions) -> APIRouter:
    """The ``/reply`` route over ``source``."""
    router = APIRouter()

    @router.get("/reply", response_class=PlainTextResponse, summary="A chat-sized answer to a keyword query")
    def reply_route(
        request: Request,
        q: str = Query(..., description="keywords, e.g. banjir watugede"),
        lang: str | None = Query(None, description="id or en (default: the Accept-Language header, else id)"),
    ) -> PlainTextResponse:
        query = check_query(q, options=options)
        language = reader_language(lang, request.headers.get("accept-language"))
        link = str(request.base_url).rstrip("/") + "/story/{id}"
        answer = reply(source.reader(), query, lang=language, link=link)
        return PlainTextResponse(answer.text, status_code=200 if answer.found else 404)

    return router
