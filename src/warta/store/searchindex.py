"""Keeping the search tables current: article full text and numbers, story titles and aliases, the vocabulary."""

from __future__ import annotations

import json
import re
import sqlite3
import unicodedata
from collections.abc import Iterable, Sequence

from warta.store.batches import rows_for
from warta.text.tokens import WORD
from warta.types import Article, Story

MIN_TERM = 4  # shorter words are not corrected for typos, so they need no vocabulary entry
MAX_ALIASES = 8
_HYPHENATED = re.compile(r"\b[A-Z][^\W_]*(?:[-‐‑–][A-Z][^\W_]*)+\b")  # names, not "luka-luka"


def fold(text: str) -> str:
    """Lower case without diacritics: how FTS5's unicode61 tokenizer sees a word."""
    if text.isascii():  # no diacritics to take off (NFKD leaves ASCII as it is)
        return text.lower()
    decomposed = unicodedata.normalize("NFKD", text.lower())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def tokens(text: str) -> list[str]:
    """Folded word tokens, as the index holds them."""
    return [fold(w) for w in WORD.findall(text)]


def squash(text: str) -> str:
    """The alias key: folded letters and digits only ("Nur-Sultan" -> "nursultan")."""
    return "".join(tokens(text))


def index_article(conn: sqlite3.Connection, rowid: int, article: Article, *, terms: bool = True) -> None:
    """Add one article to the full-text index, its words to the vocabulary and its numbers to theirs.

    ``terms=False``: not its words (the caller counts a batch's at once, :func:`add_terms_many`).
    """
    conn.execute(
        "INSERT INTO article_fts(rowid, title, text) VALUES (?, ?, ?)",
        (rowid, article.title or "", article.text),
    )
    if terms:
        add_terms(conn, article_words(article))
    add_numbers(conn, rowid, f"{article.title or ''}\n{article.text}", language=article.language or "id")


def index_articles(conn: sqlite3.Connection, rows: Sequence[tuple[int, Article]]) -> None:
    """:func:`index_article` (``terms=False``) of each (rowid, article) in order, in one statement per
    table: the same full-text and number rows."""
    conn.executemany(
        "INSERT INTO article_fts(rowid, title, text) VALUES (?, ?, ?)",
        [(rowid, a.title or "", a.text) for rowid, a in rows],
    )
    conn.executemany(
        "INSERT OR IGNORE INTO article_numbers(value, article_rowid) VALUES (?, ?)",
        [
            (v, rowid)
            for rowid, a in rows
            for v in sorted(stated_numbers(f"{a.title or ''}\n{a.text}", language=a.language or "id"))
        ],
    )


def article_words(article: Article) -> list[str]:
    """The words of an article the vocabulary counts (title and text)."""
    return tokens(f"{article.title or ''} {article.text}")


def stated_numbers(text: str, *, language: str = "id") -> set[float]:
    """The distinct values of the quantities a text states ("sekitar 8.000 orang" -> {8000.0})."""
    from warta.extract.numbers import find_quantities  # the parser's lexicons load on first use

    return {float(q.value) for q in find_quantities(text, language="en" if language == "en" else "id")}


def add_numbers(conn: sqlite3.Connection, rowid: int, text: str, *, language: str = "id") -> None:
    """Index the values an article states, for number queries."""
    conn.executemany(
        "INSERT OR IGNORE INTO article_numbers(value, article_rowid) VALUES (?, ?)",
        [(v, rowid) for v in sorted(stated_numbers(text, language=language))],
    )


def backfill_numbers(conn: sqlite3.Connection) -> None:
    """Fill ``article_numbers`` for articles stored before it existed (migration 4)."""
    rows = conn.execute("SELECT rowid, coalesce(title, ''), text, coalesce(language, 'id') FROM articles")
    for rowid, title, text, language in rows.fetchall():
        add_numbers(conn, int(rowid), f"{title}\n{text}", language=str(language))


def add_terms(conn: sqlite3.Connection, words: Iterable[str]) -> None:
    """Count each distinct word once for this document; new words also get trigram entries."""
    add_terms_many(conn, [words])


def add_terms_many(conn: sqlite3.Connection, docs: Iterable[Iterable[str]]) -> None:
    """:func:`add_terms` for each document in turn, in one look-up and one write per word.

    The rows are those of the documents added one by one: each document counts its distinct words
    once, and new words get their trigram entries in the same order (first document first, each
    document's new words sorted).
    """
    sets = [sorted({w for w in words if len(w) >= MIN_TERM and not w.isdigit()}) for words in docs]
    every = sorted({w for distinct in sets for w in distinct})
    if not every:
        return
    known = {str(r[0]) for r in rows_for(conn, "SELECT term FROM terms WHERE term IN ({marks})", every)}
    more: dict[str, int] = {}  # words stored before: how many of these documents hold them
    fresh: dict[str, int] = {}  # new words in the order the documents meet them: their count
    for distinct in sets:
        for w in distinct:
            counts = more if w in known else fresh
            counts[w] = counts.get(w, 0) + 1
    conn.executemany("UPDATE terms SET df = df + ? WHERE term = ?", [(n, w) for w, n in more.items()])
    conn.executemany("INSERT INTO terms(term, df) VALUES (?, ?)", list(fresh.items()))
    conn.executemany("INSERT INTO term_grams(term) VALUES (?)", [(w,) for w in fresh])


SUMMARY_LINES = 3  # the first summary sentences a search hit carries


def summary_json(story: Story) -> str:
    """A story's first summary sentences as stored for search hits (a JSON list of strings)."""
    return json.dumps([s.text for s in story.summary[:SUMMARY_LINES]], ensure_ascii=False)


def backfill_summaries(conn: sqlite3.Connection) -> None:
    """Fill ``stories.summary`` for briefs stored before the column existed (migration 4)."""
    rows = conn.execute("SELECT id, brief FROM stories WHERE summary IS NULL").fetchall()
    for sid, brief in rows:
        summary = json.loads(brief).get("summary") or []
        texts = [str(s.get("text", "")) for s in summary[:SUMMARY_LINES]]
        conn.execute(
            "UPDATE stories SET summary = ? WHERE id = ?", (json.dumps(texts, ensure_ascii=False), sid)
        )


def alias_pairs(story: Story) -> set[tuple[str, str]]:
    """(key, phrase) pairs: each entity alias leads to all its aliases, a hyphenated name to its words."""
    pairs: set[tuple[str, str]] = set()
    for entity in story.entities:
        forms = list(dict.fromkeys([entity.name, *entity.aliases]))[:MAX_ALIASES]
        for a in forms:
            for b in forms:
                key, phrase = squash(a), " ".join(tokens(b))
                if key and phrase and key != phrase:
                    pairs.add((key, phrase))
    for art in story.articles:
        for m in _HYPHENATED.finditer(f"{art.title or ''}\n{art.dateline or ''}\n{art.text}"):
            phrase = " ".join(tokens(m.group(0)))
            pairs.add((squash(m.group(0)), phrase))
    return pairs


def index_story(conn: sqlite3.Connection, story: Story) -> None:
    """Replace a story's title/alias search row and its alias expansions."""
    conn.execute("UPDATE stories SET summary = ? WHERE id = ?", (summary_json(story), story.id))
    # The full-text row has the story's rowid (migration 0008): deleting by the UNINDEXED story_id
    # would scan every row.
    row = conn.execute("SELECT rowid FROM stories WHERE id = ?", (story.id,)).fetchone()
    if row is None:
        conn.execute("DELETE FROM story_fts WHERE story_id = ?", (story.id,))
    else:
        conn.execute("DELETE FROM story_fts WHERE rowid = ?", (row[0],))
    conn.execute("DELETE FROM aliases WHERE story_id = ?", (story.id,))
    names = [f for e in story.entities for f in (e.name, *e.aliases)]
    names += [a.dateline for a in story.articles if a.dateline]  # the place line cleaning took off the text
    conn.execute(
        "INSERT INTO story_fts(rowid, story_id, title, aliases) VALUES (?, ?, ?, ?)",
        (row[0] if row else None, story.id, story.title, " ; ".join(dict.fromkeys(names))),
    )
    conn.executemany(
        "INSERT OR IGNORE INTO aliases(key, phrase, story_id) VALUES (?, ?, ?)",
        [(k, p, story.id) for k, p in sorted(alias_pairs(story))],
    )
