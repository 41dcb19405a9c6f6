"""Security headers on every answer: pages load only our own script and style, nothing inline."""

from __future__ import annotations

from collections.abc import Awaitable, Callable

from fastapi import Request, Response

# /docs (Swagger UI) runs inline script (and, without swagger-ui-bundle, loads from a CDN): own policy.
PAGE_POLICY = (
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "form-action 'self'; base-uri 'none'; frame-ancestors 'none'"
)
DOCS_PATHS = ("/docs", "/redoc", "/docs/oauth2-redirect")


async def security_headers(request: Request, call_next: Callable[[Request], Awaitable[Response]]) -> Response:
    """Add CSP, nosniff, no-referrer and frame denial."""
    response = await call_next(request)
    if request.url.path not in DOCS_PATHS:
        response.headers.setdefault("Content-Security-Policy", PAGE_POLICY)
    response.headers.setdefault("X-Content-Type-Options", "nosniff")
    response.headers.setdefault("Referrer-Policy", "no-referrer")
    response.headers.setdefault("X-Frame-Options", "DENY")
    return response
