"""Following outlets: poll their feeds and sitemaps, store new articles, assign them to stories.

>>> from warta.follow import follow, load_sources
>>> follow(load_sources("SOURCES.toml"), db="warta.db")       # doctest: +SKIP
"""

from __future__ import annotations

from warta.follow.poll import Follower
from warta.follow.report import RoundReport
from warta.follow.run import follow, parse_every
from warta.follow.sources import Source, load_sources

__all__ = ["Follower", "RoundReport", "Source", "follow", "load_sources", "parse_every"]
