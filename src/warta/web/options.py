"""The web app's limits and settings, in one frozen dataclass."""

from __future__ import annotations

from dataclasses import dataclass, field

LOOPBACK = "127.0.0.1"


@dataclass(frozen=True)
class WebOptions:
    """Request limits and page sizes for :func:`warta.web.create_app`."""

    max_body_bytes: int = 8 * 1024 * 1024  # larger POST bodies get 413
    max_articles: int = 1000  # articles per POST /articles
    max_query_chars: int = 300  # longer search queries get 400
    page_size: int = 50  # stories per listed page
    search_limit: int = 20  # default hits per search
    search_cache: int = 256  # GET /search answers kept until the archive changes (0: none)
    title: str = "warta"
    read_only: bool = False  # write routes answer 403
    token: str | None = field(default=None, repr=False)  # when set, write routes need it as a bearer token
