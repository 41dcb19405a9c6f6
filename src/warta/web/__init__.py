"""The HTTP API and the web page over a warta archive (FastAPI, server-rendered, no build step).

>>> from warta.web import create_app
>>> app = create_app("warta.db")   # doctest: +SKIP
"""

from __future__ import annotations

from warta.web.app import create_app
from warta.web.options import WebOptions

__all__ = ["WebOptions", "create_app"]
