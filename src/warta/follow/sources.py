"""SOURCES.toml: the outlets ``warta follow`` polls, with their feeds, sitemaps and cleaning hints.

::

    [[source]]
    name = "Kabar Pantura"                       # required, unique
    feeds = ["https://kabarpantura.example/rss"] # RSS/Atom URLs
    sitemaps = ["https://kabarpantura.example/news-sitemap.xml"]
    outlet = "Kabar Pantura"                     # hint: the outlet name to record (default: name)
    language = "id"                              # hint: the language to expect
    limit = 50                                   # at most this many new pages a round
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from warta.errors import ConfigError
from warta.ingest.fetch_pages import is_url

_KEYS = frozenset({"name", "feeds", "sitemaps", "outlet", "language", "limit"})


@dataclass(frozen=True)
class Source:
    """One outlet to follow."""

    name: str
    feeds: tuple[str, ...] = ()
    sitemaps: tuple[str, ...] = ()
    outlet: str | None = None
    language: str | None = None
    limit: int | None = None


def load_sources(path: str | Path) -> tuple[Source, ...]:
    """The sources listed in a SOURCES.toml file; ConfigError naming the entry when one is wrong."""
    file = Path(path)
    try:
        data = tomllib.loads(file.read_text(encoding="utf-8"))
    except OSError as exc:
        raise ConfigError(f"cannot read {file} ({exc.strerror or exc}); check the path") from exc
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{file} is not valid TOML ({exc}); fix it and run again") from exc
    entries = data.get("source")
    if not isinstance(entries, list) or not entries:
        raise ConfigError(f"{file} lists no sources; add [[source]] tables with a name and feeds or sitemaps")
    sources = tuple(_source(entry, n, file) for n, entry in enumerate(entries, start=1))
    names = [s.name for s in sources]
    if len(set(names)) != len(names):
        raise ConfigError(f"{file}: two sources share a name; give each [[source]] its own name")
    return sources


def _source(entry: Any, n: int, file: Path) -> Source:
    where = f"{file}: source {n}"
    if not isinstance(entry, dict):
        raise ConfigError(f"{where} is not a table; write it as [[source]]")
    unknown = sorted(set(entry) - _KEYS)
    if unknown:
        raise ConfigError(f"{where} has unknown keys {unknown}; allowed: {sorted(_KEYS)}")
    name = entry.get("name")
    if not isinstance(name, str) or not name.strip():
        raise ConfigError(f'{where} has no name; add name = "..."')
    feeds, sitemaps = _urls(entry, "feeds", where), _urls(entry, "sitemaps", where)
    if not feeds and not sitemaps:
        raise ConfigError(f'{where} ({name}) has no feeds or sitemaps; add feeds = ["https://..."]')
    limit = entry.get("limit")
    if limit is not None and (not isinstance(limit, int) or limit < 1):
        raise ConfigError(f"{where} ({name}): limit must be a positive whole number")
    return Source(
        name=name.strip(),
        feeds=feeds,
        sitemaps=sitemaps,
        outlet=_text(entry, "outlet", where),
        language=_text(entry, "language", where),
        limit=limit,
    )


def _urls(entry: dict[str, Any], key: str, where: str) -> tuple[str, ...]:
    value = entry.get(key, [])
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str) and is_url(v) for v in value):
        raise ConfigError(f"{where}: {key} must be a list of http(s) URLs")
    return tuple(value)


def _text(entry: dict[str, Any], key: str, where: str) -> str | None:
    value = entry.get(key)
    if value is not None and not isinstance(value, str):
        raise ConfigError(f"{where}: {key} must be a string")
    return value or None
