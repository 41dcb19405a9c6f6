"""Keyword lookup: BM25 over FTS5 with alias expansion, typo tolerance and a recency nudge.

User text never reaches SQL unparameterised, and never reaches FTS5 as syntax: the query is cut
into words and each word (or alias phrase) is quoted, so ``"unbalanced``, ``NEAR(`` or
``'; DROP TABLE`` are just words to look for.
"""

from __future__ import annotations

import math
import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from warta.errors import InputError
from warta.store.read import get_story, story_rows
from warta.store.searchindex import MIN_TERM, squash, tokens
from warta.store.views import SearchHit
from warta.text.tokens import STOPWORDS

MAX_QUERY_CHARS = 500
MAX_TERMS = 12
MAX_LIMIT = 100
CANDIDATES = 1000  # article matches read before ranking stories
TITLE_WEIGHT = 4.0
ALIAS_WEIGHT = 2.0
STORY_WEIGHT = 0.5  # story title/alias match, added to the best article's score
RECENCY_WEIGHT = 0.15
RECENCY_HALF_LIFE_DAYS = 60.0
MARK = "**"  # snippet highlight; plain text, so every view can escape the snippet safely


@dataclass(frozen=True)
class QueryPlan:
    """What a query was read as: each term with its alternatives, and the FTS5 expression."""

    terms: tuple[tuple[str, ...], ...]
    expression: str


def _quoted(phrase: str) -> str:
    return '"' + phrase.replace('"', '""') + '"'


def edit_distance(a: str, b: str, *, limit: int) -> int:
    """Levenshtein distance, stopping early once it must exceed ``limit`` (returns limit + 1)."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        if min(cur) > limit:
            return limit + 1
        prev = cur
    return prev[-1]


def typo_budget(term: str) -> int:
    """Edits allowed for a word of this length (none for short words, where one edit is another word)."""
    return 0 if len(term) < MIN_TERM + 1 else 1 if len(term) < 8 else 2


def corrections(conn: sqlite3.Connection, term: str, *, limit: int = 3) -> list[str]:
    """Vocabulary words within the typo budget of ``term`` that are more common than it."""
    budget = typo_budget(term)
    if budget == 0:
        return []
    grams = {term[i : i + 3] for i in range(len(term) - 2)}
    own = conn.execute("SELECT df FROM terms WHERE term = ?", (term,)).fetchone()
    own_df = int(own[0]) if own else 0
    rows = conn.execute(
        "SELECT g.term, t.df FROM term_grams g JOIN terms t ON t.term = g.term "
        "WHERE term_grams MATCH ? AND length(g.term) BETWEEN ? AND ? ORDER BY g.rank LIMIT 300",
        (" OR ".join(_quoted(g) for g in sorted(grams)), len(term) - budget, len(term) + budget),
    ).fetchall()
    found = []
    for cand, df in rows:
        if cand == term or int(df) <= own_df:
            continue
        d = edit_distance(term, cand, limit=budget)
        if d <= budget:
            found.append((d, -int(df), cand))
    return [c for _, _, c in sorted(found)[:limit]]


def expansions(conn: sqlite3.Connection, key: str) -> list[str]:
    """Alias phrases whose squashed key is ``key`` ("nursultan" -> "nur sultan")."""
    rows = conn.execute("SELECT DISTINCT phrase FROM aliases WHERE key = ? ORDER BY phrase LIMIT 8", (key,))
    return [str(r[0]) for r in rows]


def plan(conn: sqlite3.Connection, query: str) -> QueryPlan:
    """Read a user query into quoted FTS5 alternatives."""
    words = tokens(query[:MAX_QUERY_CHARS])
    content = [w for w in words if w not in STOPWORDS] or words
    content = list(dict.fromkeys(content))[:MAX_TERMS]
    groups: list[tuple[str, ...]] = []
    for i, word in enumerate(content):
        alts = [word, *expansions(conn, word), *corrections(conn, word)]
        if i + 1 < len(content):  # "nur sultan" typed apart finds "Nursultan"
            joined = word + content[i + 1]
            if conn.execute("SELECT 1 FROM terms WHERE term = ?", (joined,)).fetchone():
                alts.append(joined)
        groups.append(tuple(dict.fromkeys(alts)))
    expression = " OR ".join(_quoted(alt) for g in groups for alt in g)
    return QueryPlan(tuple(groups), expression)


def _age_days(last: str | None, newest: date | None) -> float | None:
    if not last or newest is None:
        return None
    try:
        return max(0.0, float((newest - date.fromisoformat(last[:10])).days))
    except ValueError:
        return None


def _newest(conn: sqlite3.Connection) -> date | None:
    row = conn.execute("SELECT max(last_published) FROM stories").fetchone()
    try:
        return date.fromisoformat(str(row[0])[:10]) if row and row[0] else None
    except ValueError:
        return None


def score_stories(conn: sqlite3.Connection, expression: str) -> dict[str, tuple[float, int]]:
    """Story id -> (relevance, rowid of its best article), from articles and story titles/aliases."""
    best: dict[str, tuple[float, int]] = {}
    extra: dict[str, float] = {}
    rows = conn.execute(
        "SELECT m.story_id, -bm25(article_fts, ?, 1.0), a.rowid FROM article_fts "
        "JOIN articles a ON a.rowid = article_fts.rowid JOIN story_articles m ON m.article_id = a.id "
        "WHERE article_fts MATCH ? ORDER BY bm25(article_fts, ?, 1.0) LIMIT ?",
        (TITLE_WEIGHT, expression, TITLE_WEIGHT, CANDIDATES),
    )
    for sid, score, rowid in rows:
        if sid in best:
            extra[sid] = extra.get(sid, 0.0) + 0.1 * float(score)  # more matching articles, a little more
        else:
            best[sid] = (float(score), int(rowid))
    story_scores = conn.execute(
        "SELECT story_id, -bm25(story_fts, 0.0, ?, ?) FROM story_fts WHERE story_fts MATCH ? LIMIT ?",
        (TITLE_WEIGHT, ALIAS_WEIGHT, expression, CANDIDATES),
    ).fetchall()
    for sid, score in story_scores:
        extra[sid] = extra.get(sid, 0.0) + STORY_WEIGHT * float(score)
    return {sid: (s + extra.get(sid, 0.0), rowid) for sid, (s, rowid) in best.items()} | {
        sid: (e, 0) for sid, e in extra.items() if sid not in best
    }


def snippet(conn: sqlite3.Connection, expression: str, rowid: int) -> str:
    """A short passage of the best article with the matched words marked ``**like this**``."""
    if rowid:
        row = conn.execute(
            "SELECT snippet(article_fts, 1, ?, ?, '…', 24) FROM article_fts "
            "WHERE article_fts MATCH ? AND rowid = ?",
            (MARK, MARK, expression, rowid),
        ).fetchone()
        if row and row[0]:
            return str(row[0])
    return ""


def search(conn: sqlite3.Connection, query: str, *, limit: int = 10) -> list[SearchHit]:
    """Stories ranked for ``query``, best first, each with a snippet and its brief."""
    if not isinstance(query, str):
        raise InputError("the search query must be text, e.g. warta search 'banjir Watugede'")
    limit = max(1, min(int(limit), MAX_LIMIT))
    query_plan = plan(conn, query)
    if not query_plan.expression:
        return []
    try:
        scored = score_stories(conn, query_plan.expression)
        newest = _newest(conn)
        rows = story_rows(conn, list(scored))
        ranked: list[tuple[float, str]] = []
        for sid, (relevance, _) in scored.items():
            age = _age_days(rows[sid].last_published if sid in rows else None, newest)
            nudge = 1.0 + (
                RECENCY_WEIGHT * math.pow(0.5, age / RECENCY_HALF_LIFE_DAYS) if age is not None else 0.0
            )
            ranked.append((relevance * nudge, sid))
        ranked.sort(key=lambda x: (-x[0], x[1]))
        hits = []
        for score, sid in ranked[:limit]:
            if sid not in rows:
                continue
            text = snippet(conn, query_plan.expression, scored[sid][1])
            hits.append(
                SearchHit(story=rows[sid], score=round(score, 4), snippet=text, brief=get_story(conn, sid))
            )
        return hits
    except sqlite3.OperationalError as exc:
        raise InputError(f"cannot search for {query[:80]!r}: {exc}; try plain words") from exc


def explain(conn: sqlite3.Connection, query: str) -> Sequence[tuple[str, ...]]:
    """The alternatives each query word was expanded to (for ``warta search --explain``)."""
    return plan(conn, query).terms


__all__ = ["QueryPlan", "corrections", "edit_distance", "expansions", "explain", "plan", "search", "squash"]
