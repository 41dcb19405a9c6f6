"""Search filters as SQL: articles by publication day, outlet and language."""

from __future__ import annotations

import re
import sqlite3
from datetime import date

from warta.errors import InputError
from warta.store.views import SearchFilters


def check_filters(filters: SearchFilters) -> SearchFilters:
    """The filters, or an InputError that says how to write the one that is wrong."""
    for name in ("since", "until"):
        value = getattr(filters, name)
        if value is not None:
            try:
                date.fromisoformat(value)
            except ValueError:
                raise InputError(
                    f"--{name} {value!r} is not a date; write it as YYYY-MM-DD, e.g. 2022-01-07"
                ) from None
    if filters.language is not None and not re.fullmatch(r"[a-z]{2,3}", filters.language):
        raise InputError(f"--lang {filters.language!r} is not a language code; use e.g. id or en")
    return filters


def filter_sql(filters: SearchFilters, alias: str = "a") -> tuple[str, list[str]]:
    """SQL conditions (joined with AND, or "1") and parameters for articles that pass ``filters``."""
    parts: list[str] = []
    params: list[str] = []
    if filters.since is not None:
        parts.append(f"{alias}.published >= ?")
        params.append(filters.since)
    if filters.until is not None:
        parts.append(f"substr({alias}.published, 1, 10) <= ?")
        params.append(filters.until)
    if filters.outlet is not None:
        name = filters.outlet.strip().lower()
        escaped = name.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        parts.append(f"(lower({alias}.outlet) = ? OR lower({alias}.outlet) LIKE ? ESCAPE '\\')")
        params += [name, escaped + "%"]
    if filters.language is not None:
        parts.append(f"{alias}.language = ?")
        params.append(filters.language)
    return (" AND ".join(parts) or "1"), params


def allowed_stories(conn: sqlite3.Connection, filters: SearchFilters) -> set[str] | None:
    """Stories with an article that passes ``filters`` (None when no filter is set)."""
    if not filters.active:
        return None
    where, params = filter_sql(filters)
    rows = conn.execute(
        f"SELECT DISTINCT m.story_id FROM story_articles m JOIN articles a ON a.id = m.article_id WHERE {where}",
        params,
    )
    return {str(r[0]) for r in rows}
