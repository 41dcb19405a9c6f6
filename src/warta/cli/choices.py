"""The option choices the parser needs, as plain constants so that ``warta --help`` imports nothing heavy.

Each mirrors a library constant (a test checks they stay equal): the parser is built on every start,
and importing the library modules that own these would load scipy, fastapi and the encoder's stack.
"""

from __future__ import annotations

BRIEF_FORMATS = ("md", "json", "html")  # warta.brief.render.FORMATS
LISTING_FORMATS = ("md", "json")  # warta.stories.listing.FORMATS
BACKENDS = ("local", "process", "dask")  # warta.backends.BACKENDS
LOOPBACK = "127.0.0.1"  # warta.web.options.LOOPBACK
LANGUAGES = ("id", "en")  # warta.brief.render.labels.LANGUAGES
FIGURE_JOINS = ("rules", "model", "family", "both", "cascade")  # warta.reconcile.figures.JOINS
DEFAULT_FIGURE_JOIN = "cascade"  # warta.reconcile.figures.DEFAULT_JOIN
