"""``/docs``: Swagger UI served from the package's own copy, so the API docs work with no network.

The assets come from ``swagger-ui-bundle`` (Apache-2.0, part of the ``web`` extra). Its Swagger UI
(4.x) renders only OpenAPI 3.0 ("Unable to render this definition" for FastAPI's 3.1), so the page
reads :data:`OPENAPI_30`, a 3.0.3 copy of the schema (:mod:`warta.web.openapi30`); ``/openapi.json``
stays 3.1. Without the bundle the page falls back to FastAPI's default, which loads a Swagger UI that
renders 3.1 from a CDN.
"""

from __future__ import annotations

import importlib
import importlib.util
from typing import Any

from fastapi import FastAPI
from fastapi.openapi.docs import get_swagger_ui_html
from fastapi.responses import HTMLResponse, JSONResponse
from fastapi.staticfiles import StaticFiles

ASSETS = "/docs-assets"
OPENAPI_30 = "/docs/openapi-3.0.json"


def bundled_assets() -> str | None:
    """The folder of the installed Swagger UI bundle, or None when it is not installed."""
    if importlib.util.find_spec("swagger_ui_bundle") is None:
        return None
    bundle: Any = importlib.import_module("swagger_ui_bundle")  # untyped: it has no py.typed
    return str(bundle.swagger_ui_path)


def offline_docs(app: FastAPI) -> bool:
    """Serve ``/docs`` from the local bundle (True), or leave FastAPI's CDN page in place (False)."""
    folder = bundled_assets()
    if folder is None:
        return False
    app.mount(ASSETS, StaticFiles(directory=folder), name="docs-assets")

    async def schema_30() -> JSONResponse:
        from warta.web.openapi30 import downgrade

        return JSONResponse(downgrade(app.openapi()))

    async def docs() -> HTMLResponse:
        return get_swagger_ui_html(
            openapi_url=OPENAPI_30,
            title=f"{app.title} API",
            swagger_js_url=f"{ASSETS}/swagger-ui-bundle.js",
            swagger_css_url=f"{ASSETS}/swagger-ui.css",
            swagger_favicon_url=f"{ASSETS}/favicon-32x32.png",
        )

    app.add_api_route(OPENAPI_30, schema_30, methods=["GET"], include_in_schema=False)
    app.add_api_route("/docs", docs, methods=["GET"], include_in_schema=False)
    return True
