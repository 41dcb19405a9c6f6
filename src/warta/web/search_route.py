"""``GET /search`` answered below the framework: parameters read by hand, the answer encoded once.

FastAPI's ``/search`` route stays: it documents the parameters in OpenAPI and answers every request
this layer declines. This layer answers the common request itself, where every parameter is of a
form whose meaning is beyond doubt (``limit`` plain digits in range, ``brief`` ``true``/``false``,
``meaning`` one of its three words, ``outlet`` and ``lang`` within their lengths, a query that
:func:`warta.web.api.check_query` accepts), skipping the per-request dependency solving, pydantic
validation and response machinery. The answer is byte for byte the route's: the same JSON document
(:func:`warta.store.views.hit_dict`), the same encoding and headers as Starlette's ``JSONResponse``.
Anything else (a malformed parameter, a query the archive refuses, a search that raises) is passed on
to the route, which gives the documented error.

Answers are kept (:class:`AnswerCache`, ``WebOptions.search_cache`` of them, least recently asked
dropped first), each tagged with the archive's generation (:meth:`warta.store.Archive.generation`,
read before the search runs): a request asked again while nothing was committed gets the kept bytes;
after any commit, by this server or another process, every kept answer is stale and searched again.
"""

from __future__ import annotations

import json
import re
import threading
from collections import OrderedDict
from dataclasses import dataclass
from typing import Protocol, runtime_checkable

from starlette.concurrency import run_in_threadpool
from starlette.datastructures import QueryParams

from warta.store.views import SearchFilters, hit_dict
from warta.web.body_limit import ASGIApp, Receive, Scope, Send
from warta.web.options import WebOptions
from warta.web.problems import Problem
from warta.web.source import ArchiveSource

PATH = "/search"
# The parameters' bounds and words, which the FastAPI route (warta.web.api) declares with these too.
MAX_LIMIT = 100
MAX_OUTLET = 200
MAX_LANG = 3
MEANINGS: dict[str, bool | None] = {"auto": None, "always": True, "never": False}
_DIGITS = re.compile(r"[0-9]{1,3}")
_BRIEF = {"true": True, "false": False}
_HEADERS_TYPE = (b"content-type", b"application/json")
MAX_KEPT_BYTES = 512 * 1024  # a larger answer (many whole briefs) is not kept
KEPT_BUDGET = 32 * 1024 * 1024  # all kept answers together, per worker


@runtime_checkable
class Versioned(Protocol):
    """An archive that says when it changed (:meth:`warta.store.Archive.generation`)."""

    def generation(self) -> int:
        """A number that changes whenever anything is committed to the archive."""
        ...


@dataclass(frozen=True, slots=True)
class SearchAsk:
    """One ``/search`` request's parameters, read and checked (see :func:`read_ask`)."""

    query: str
    limit: int
    filters: SearchFilters
    brief: bool
    meaning: bool | None

    def key(self) -> tuple[object, ...]:
        """What the answer depends on besides the archive."""
        f = self.filters
        return (self.query, self.limit, f.since, f.until, f.outlet, f.language, self.brief, self.meaning)


class AnswerCache:
    """Encoded answers by request, each tagged with the archive generation it was computed at (thread-safe).

    At most ``size`` answers and ``budget`` bytes; the least recently asked go first.
    """

    def __init__(self, size: int, *, budget: int = KEPT_BUDGET) -> None:
        self.size = size
        self.budget = budget
        self._kept: OrderedDict[tuple[object, ...], tuple[int, bytes]] = OrderedDict()
        self._bytes = 0
        self._lock = threading.Lock()

    def get(self, key: tuple[object, ...], generation: int) -> bytes | None:
        """The answer kept for ``key`` at ``generation``, else None."""
        with self._lock:
            hit = self._kept.get(key)
            if hit is None or hit[0] != generation:
                return None
            self._kept.move_to_end(key)
            return hit[1]

    def put(self, key: tuple[object, ...], generation: int, body: bytes) -> None:
        """Keep ``body`` for ``key``, computed at ``generation`` (read before computing it)."""
        if self.size <= 0 or len(body) > MAX_KEPT_BYTES:
            return
        with self._lock:
            old = self._kept.pop(key, None)
            self._bytes += len(body) - (len(old[1]) if old else 0)
            self._kept[key] = (generation, body)
            while len(self._kept) > self.size or self._bytes > self.budget:
                self._bytes -= len(self._kept.popitem(last=False)[1][1])


def read_ask(query_string: bytes, *, options: WebOptions) -> SearchAsk | None:
    """The request's parameters, or None when one is not of a form this layer is sure of."""
    from warta.web.api import check_query

    params = QueryParams(query_string)  # the framework's own parsing: last value of a key wins
    limit = options.search_limit
    raw_limit = params.get("limit")
    if raw_limit is not None:
        if not _DIGITS.fullmatch(raw_limit) or not 1 <= int(raw_limit) <= MAX_LIMIT:
            return None
        limit = int(raw_limit)
    brief = _BRIEF.get(params.get("brief", "false"))
    meaning_word = params.get("meaning", "auto")
    outlet, lang = params.get("outlet"), params.get("lang")
    if brief is None or meaning_word not in MEANINGS:
        return None
    if (outlet is not None and len(outlet) > MAX_OUTLET) or (lang is not None and len(lang) > MAX_LANG):
        return None
    try:
        query = check_query(params.get("q", ""), options=options)
    except Problem:
        return None
    filters = SearchFilters(
        since=params.get("since"), until=params.get("until"), outlet=outlet, language=lang
    )
    return SearchAsk(query, limit=limit, filters=filters, brief=brief, meaning=MEANINGS[meaning_word])


def answer(source: ArchiveSource, ask: SearchAsk) -> bytes | None:
    """The route's JSON answer to ``ask``, encoded as ``JSONResponse`` encodes it; None when it would refuse."""
    try:
        hits = source.reader().search(
            ask.query, limit=ask.limit, filters=ask.filters, with_brief=ask.brief, meaning=ask.meaning
        )
    except Exception:  # the route answers it again, with its documented error
        return None
    document = {"query": ask.query, "hits": [hit_dict(h) for h in hits]}
    return json.dumps(
        document, ensure_ascii=False, allow_nan=False, indent=None, separators=(",", ":")
    ).encode()


class FastSearch:
    """An ASGI layer answering plain ``GET /search`` requests itself (see the module doc)."""

    def __init__(self, app: ASGIApp, *, source: ArchiveSource, options: WebOptions) -> None:
        self.app = app
        self.source = source
        self.options = options
        self.cache = AnswerCache(options.search_cache)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["path"] != PATH or scope["method"] != "GET":
            await self.app(scope, receive, send)
            return
        ask = read_ask(scope.get("query_string", b""), options=self.options)
        body = None if ask is None else await self._answer(ask)
        if body is None:
            await self.app(scope, receive, send)
            return
        headers = [(b"content-length", str(len(body)).encode()), _HEADERS_TYPE]
        await send({"type": "http.response.start", "status": 200, "headers": headers})
        await send({"type": "http.response.body", "body": body})

    async def _answer(self, ask: SearchAsk) -> bytes | None:
        reader = self.source.reader()
        if self.cache.size <= 0 or not isinstance(reader, Versioned):
            return await run_in_threadpool(answer, self.source, ask)
        generation = reader.generation()  # before searching: a commit meanwhile makes the tag stale
        key = ask.key()
        body = self.cache.get(key, generation)
        if body is None:
            body = await run_in_threadpool(answer, self.source, ask)
            if body is not None:
                self.cache.put(key, generation, body)
        return body
