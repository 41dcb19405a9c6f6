"""The FastAPI app: the JSON API and the web page over one archive.

>>> app = create_app("warta.db")                       # doctest: +SKIP
>>> import uvicorn; uvicorn.run(app, host="127.0.0.1")  # doctest: +SKIP
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from importlib.resources import files
from pathlib import Path
from typing import Any

from fastapi import FastAPI
from fastapi.openapi.utils import get_openapi
from fastapi.staticfiles import StaticFiles

from warta import __version__
from warta.web.api import ARTICLE_IN_SCHEMA, api_routes
from warta.web.api_docs import bundled_assets, offline_docs
from warta.web.body_limit import BodyLimit
from warta.web.headers import SecurityHeaders
from warta.web.options import WebOptions
from warta.web.pages import page_routes
from warta.web.problems import install_handlers
from warta.web.reply import reply_routes
from warta.web.search_route import FastSearch
from warta.web.source import ArchiveSource, Opener, open_store


def create_app(
    archive_path: Path | str, *, options: WebOptions | None = None, opener: Opener = open_store
) -> FastAPI:
    """The HTTP API and web page over the archive at ``archive_path`` (opened lazily, per thread).

    ``opener(path, readonly)`` opens the archive; tests pass one returning an in-memory fake.
    """
    opts = options or WebOptions()
    source = ArchiveSource(Path(archive_path), opener=opener)

    @asynccontextmanager
    async def lifespan(_: FastAPI) -> AsyncIterator[None]:
        yield
        source.close()

    offline = bundled_assets() is not None
    app = FastAPI(
        docs_url=None if offline else "/docs",
        redoc_url=None if offline else "/redoc",  # ReDoc has no offline copy; Swagger UI covers it
        title="warta",
        version=__version__,
        description="Stories and cited briefs from news articles: read them, search them, add to them.",
        lifespan=lifespan,
    )
    app.state.source = source
    app.state.options = opts
    install_handlers(app)
    app.add_middleware(FastSearch, source=source, options=opts)  # innermost: inside the headers and limit
    app.add_middleware(SecurityHeaders)
    app.add_middleware(BodyLimit, max_bytes=opts.max_body_bytes)
    app.include_router(api_routes(source, opts))
    app.include_router(page_routes(source, opts))
    app.include_router(reply_routes(source, opts))
    if offline:
        offline_docs(app)
    app.mount("/static", StaticFiles(directory=str(files("warta.web") / "static")), name="static")
    app.openapi = lambda: _openapi(app)  # type: ignore[method-assign]
    return app


def _openapi(app: FastAPI) -> dict[str, Any]:
    """The generated schema plus the shape of an article in POST /articles."""
    if app.openapi_schema is None:
        schema = get_openapi(
            title=app.title, version=app.version, description=app.description, routes=app.routes
        )
        schema.setdefault("components", {}).setdefault("schemas", {})["ArticleIn"] = ARTICLE_IN_SCHEMA
        app.openapi_schema = schema
    return app.openapi_schema
