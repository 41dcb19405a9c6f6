"""The SQLite archive: articles, stories, briefs and search in one file, behind one read layer.

>>> from warta.store import open_archive
>>> archive = open_archive("warta.db")      # doctest: +SKIP
"""

from __future__ import annotations

from warta.store.archive import Archive, open_archive
from warta.store.connection import default_path
from warta.store.reader import ArchiveReader
from warta.store.views import AddResult, SearchHit, StoryRow

__all__ = ["AddResult", "Archive", "ArchiveReader", "SearchHit", "StoryRow", "default_path", "open_archive"]
