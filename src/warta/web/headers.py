"""Security headers on every answer: pages load only our own script and style, nothing inline.

A plain ASGI middleware (it only adds headers to the response start), so no request pays for
Starlette's ``BaseHTTPMiddleware`` task group and body streams.
"""

from __future__ import annotations

from starlette.datastructures import MutableHeaders
from starlette.requests import Request

from warta.web.body_limit import ASGIApp, Message, Receive, Scope, Send

# /docs (Swagger UI) runs inline script (and, without swagger-ui-bundle, loads from a CDN): own policy.
PAGE_POLICY = (
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "form-action 'self'; base-uri 'none'; frame-ancestors 'none'"
)
DOCS_PATHS = ("/docs", "/redoc", "/docs/oauth2-redirect")


class SecurityHeaders:
    """Add CSP (except on the API docs), nosniff, no-referrer and frame denial, unless already set."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        docs = Request(scope).url.path in DOCS_PATHS

        async def with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = MutableHeaders(scope=message)
                if not docs:
                    headers.setdefault("Content-Security-Policy", PAGE_POLICY)
                headers.setdefault("X-Content-Type-Options", "nosniff")
                headers.setdefault("Referrer-Policy", "no-referrer")
                headers.setdefault("X-Frame-Options", "DENY")
            await send(message)

        await self.app(scope, receive, with_headers)
