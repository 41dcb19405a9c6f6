"""Readers: turn paths, folders, JSON Lines and stdin into RawDocument items, lazily.

>>> from warta.ingest import read
>>> for item in read(["articles/", "more.jsonl"], fields={"text": "body"}):  # doctest: +SKIP
...     print(item)

Unusable inputs give :class:`~warta.types.Skipped` items (a reason and what to do) instead of raising.
Formats: ``.txt``/``.text`` (one article a file), ``.html``/``.htm`` (a saved page, main text extracted),
``.jsonl``/``.ndjson`` (one article a line), each optionally gzipped; ``-`` reads standard input and
sniffs it. How folders are walked is described in :mod:`warta.ingest.files`.
"""

from __future__ import annotations

import sys
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path
from typing import IO, TYPE_CHECKING

from warta.ingest.files import MAX_ARTICLE_BYTES, read_path, walk
from warta.ingest.formats import SUPPORTED, format_of, sniff
from warta.ingest.jsonl import FIELDS, field_map
from warta.ingest.stats import ReadStats
from warta.ingest.stream import STDIN, read_stream
from warta.types import RawDocument, Skipped

if TYPE_CHECKING:
    from warta.ingest.fetch import FetchOptions

__all__ = [
    "FIELDS",
    "MAX_ARTICLE_BYTES",
    "STDIN",
    "SUPPORTED",
    "ReadStats",
    "field_map",
    "format_of",
    "read",
    "read_stream",
    "sniff",
    "walk",
]


def read(
    paths: Iterable[str | Path] | str | Path,
    *,
    fields: Mapping[str, str] | None = None,
    stdin: IO[bytes] | None = None,
    fetch: FetchOptions | None = None,
) -> Iterator[RawDocument | Skipped]:
    """Every article in ``paths`` (files, folders, ``"-"`` for stdin, http(s) URLs), lazily, in order.

    ``fields`` maps our JSON Lines field names to the input's (``{"text": "body"}``); a name we do not
    know raises :class:`~warta.errors.ConfigError` here, before anything is read. ``fetch`` sets how
    URLs are fetched (``FetchOptions(allow_private=True)`` to read from local servers); files are never
    a reason to fetch: URLs inside a feed or sitemap file are not followed.
    """
    mapping = field_map(fields)
    # A lone path is a common slip (a str is an iterable of characters); take it as one path.
    listed: Iterable[str | Path] = [paths] if isinstance(paths, str | Path) else paths
    return _read(listed, fields=mapping, stdin=stdin, fetch=fetch)


def _read(
    paths: Iterable[str | Path],
    *,
    fields: Mapping[str, str],
    stdin: IO[bytes] | None,
    fetch: FetchOptions | None,
) -> Iterator[RawDocument | Skipped]:
    for path in paths:
        if str(path) == "-":
            yield from read_stream(stdin if stdin is not None else sys.stdin.buffer, fields=fields)
        elif str(path).lower().startswith(("http://", "https://")):
            from warta.ingest.fetch_pages import read_url  # the HTTP client loads only for URLs

            yield from read_url(str(path), options=fetch)
        else:
            yield from read_path(Path(path), fields=fields)
