"""Lookup: BM25 over FTS5 with alias expansion, typo tolerance for absent words, numbers, meaning, recency.

A query is read into three kinds of evidence, each optional:

- **words**: each content word (or alias phrase, or, only for a word the archive does not hold, the
  typo corrections it does) is quoted and matched with FTS5/BM25;
- **numbers**: quantities the query names, in any notation ("8000", "8.000", "8,000", "8 ribu"),
  matched against the values articles state (``article_numbers``);
- **meaning**: when some content word is found nowhere in the archive (an English query over
  Indonesian stories, say), the query's multilingual vector is compared with each story's.

User text never reaches SQL unparameterised, and never reaches FTS5 as syntax: the query is cut
into words and each word (or alias phrase) is quoted, so ``"unbalanced``, ``NEAR(`` or
``'; DROP TABLE`` are just words to look for.
"""

from __future__ import annotations

import heapq
import json
import math
import sqlite3
from collections.abc import Mapping, Sequence
from datetime import date

from warta.errors import InputError
from warta.store.batches import CHUNK, rows_for
from warta.store.candidates import article_matches
from warta.store.memo import remembered
from warta.store.query import (
    MAX_QUERY_CHARS,
    MAX_TERMS,
    QueryPlan,
    corrections,
    edit_distance,
    expansions,
    number_phrases,
    plan,
    query_numbers,
    typo_budget,
)
from warta.store.read import STORY_COLUMNS, get_story, story_row, story_rows
from warta.store.search_filters import allowed_stories, check_filters, filter_sql
from warta.store.searchindex import SUMMARY_LINES, squash
from warta.store.views import SearchFilters, SearchHit, StoryRow

MAX_LIMIT = 100
CANDIDATES = 1000  # article matches read before ranking stories
TITLE_WEIGHT = 4.0
ALIAS_WEIGHT = 2.0
STORY_WEIGHT = 0.5  # story title/alias match, added to the best article's score
RECENCY_WEIGHT = 0.15
RECENCY_HALF_LIFE_DAYS = 60.0
MARK = "**"  # snippet highlight; plain text, so every view can escape the snippet safely
NUMBER_WEIGHT = 6.0  # per query number an article states: about one well-matched word's BM25
MEANING_WEIGHT = 20.0  # scales cosine above MEANING_MIN into BM25's range
MEANING_MIN = 0.25
"""A story found by meaning needs at least this cosine to its vector (on the seeds and sample: related
stories 0.30-0.45 for a phrase, unrelated ones at most 0.23; one English word alone often stays below)."""
MEANING_MARGIN = 0.08  # ... and to be within this of the best story, so one clear match is not diluted
MEANING_CANDIDATES = 50


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


def score_stories(
    conn: sqlite3.Connection,
    expression: str,
    filters: SearchFilters | None = None,
    *,
    allowed: set[str] | None = None,
) -> dict[str, tuple[float, int]]:
    """Story id -> (relevance, rowid of its best article), from articles and story titles/aliases.

    ``allowed``: the stories that pass ``filters`` (:func:`allowed_stories`), when the caller has them.
    """
    best: dict[str, tuple[float, int]] = {}
    extra: dict[str, float] = {}
    if not expression:
        return {}
    rows = article_matches(conn, expression, filters, weight=TITLE_WEIGHT, limit=CANDIDATES)
    for sid, score, rowid in rows:
        if sid in best:
            extra[sid] = extra.get(sid, 0.0) + 0.1 * float(score)  # more matching articles, a little more
        else:
            best[sid] = (score, rowid)
    if allowed is None:
        allowed = allowed_stories(conn, filters or SearchFilters())
    for sid, score in story_matches(conn, expression, limit=CANDIDATES):
        if allowed is None or sid in allowed:
            extra[sid] = extra.get(sid, 0.0) + STORY_WEIGHT * float(score)
    return {sid: (s + extra.get(sid, 0.0), rowid) for sid, (s, rowid) in best.items()} | {
        sid: (e, 0) for sid, e in extra.items() if sid not in best
    }


def story_fts_ids(conn: sqlite3.Connection) -> Mapping[int, str] | None:
    """``story_fts`` rowid -> its story id, kept per connection until the archive changes.

    None the first time a connection asks (a one-shot ``warta search`` reads the ids with its matches).
    """

    def every() -> dict[int, str]:
        return {int(r): str(sid) for r, sid in conn.execute("SELECT rowid, story_id FROM story_fts")}

    return remembered(conn, "story_fts_ids", every, once=lambda: None)


def story_matches(conn: sqlite3.Connection, expression: str, *, limit: int) -> list[tuple[str, float]]:
    """(story id, BM25 of its title and aliases) for the first ``limit`` story rows matching ``expression``.

    The story id is an UNINDEXED column: reading it looks each match up in the table's content
    (0.15 ms a query at 10,000 articles), so a connection that keeps :func:`story_fts_ids` reads rowids.
    """
    ids = story_fts_ids(conn)
    if ids is None:
        rows = conn.execute(
            "SELECT story_id, -bm25(story_fts, 0.0, ?, ?) FROM story_fts WHERE story_fts MATCH ? LIMIT ?",
            (TITLE_WEIGHT, ALIAS_WEIGHT, expression, limit),
        )
        return [(str(sid), float(score)) for sid, score in rows]
    rows = conn.execute(
        "SELECT rowid, -bm25(story_fts, 0.0, ?, ?) FROM story_fts WHERE story_fts MATCH ? LIMIT ?",
        (TITLE_WEIGHT, ALIAS_WEIGHT, expression, limit),
    )
    return [(ids[r], float(score)) for r, score in rows]


def score_numbers(
    conn: sqlite3.Connection, numbers: Sequence[float], filters: SearchFilters | None = None
) -> dict[str, tuple[float, int]]:
    """Story id -> (NUMBER_WEIGHT per query number one of its articles states, that article's rowid)."""
    where, params = filter_sql(filters or SearchFilters())
    out: dict[str, tuple[float, int]] = {}
    for value in numbers:
        rows = conn.execute(
            "SELECT m.story_id, min(a.rowid) FROM article_numbers n JOIN articles a ON a.rowid = n.article_rowid "
            f"JOIN story_articles m ON m.article_id = a.id WHERE n.value = ? AND {where} "
            "GROUP BY m.story_id LIMIT ?",
            (value, *params, CANDIDATES),
        )
        for sid, rowid in rows:
            score, first = out.get(str(sid), (0.0, int(rowid)))
            out[str(sid)] = (score + NUMBER_WEIGHT, first)
    return out


def score_meaning(
    conn: sqlite3.Connection,
    query: str,
    filters: SearchFilters | None = None,
    *,
    allowed: set[str] | None = None,
) -> dict[str, float]:
    """Story id -> cosine of its vector to the query's, for stories at least MEANING_MIN alike."""
    from warta.store.story_vectors import nearest, query_vector

    if conn.execute("SELECT 1 FROM story_vectors LIMIT 1").fetchone() is None:
        return {}  # nothing to compare with: do not load the encoder
    if allowed is None:
        allowed = allowed_stories(conn, filters or SearchFilters())
    found = nearest(
        conn, query_vector([query]), limit=MEANING_CANDIDATES, min_score=MEANING_MIN, allowed=allowed
    )
    top = found[0][1] if found else 0.0
    return {sid: cos for sid, cos in found if cos >= top - MEANING_MARGIN}


def snippet(conn: sqlite3.Connection, expression: str, rowid: int) -> str:
    """A short passage of the best article with the matched words marked ``**like this**``."""
    if rowid and expression:
        row = conn.execute(
            "SELECT snippet(article_fts, 1, ?, ?, '…', 24) FROM article_fts "
            "WHERE article_fts MATCH ? AND rowid = ?",
            (MARK, MARK, expression, rowid),
        ).fetchone()
        if row and row[0]:
            return str(row[0])
    return ""


def snippets(conn: sqlite3.Connection, expression: str, rowids: Sequence[int]) -> dict[int, str]:
    """:func:`snippet` for many articles in one index query (rowid -> snippet; empty ones left out).

    The index is scanned for ``expression`` within the rowids' range and only the wanted rows kept:
    the unary plus in ``+rowid IN`` keeps SQLite from handing FTS5 one rowid lookup per key, each
    seeking every phrase's postings again (twice the cost: 1.08 against 0.53 ms for 20 hits at
    10,000 articles, and lower at the slowest queries too). Same rows, same snippets.
    """
    wanted = sorted({r for r in rowids if r})
    if not wanted or not expression:
        return {}
    out: dict[int, str] = {}
    for i in range(0, len(wanted), CHUNK):
        part = wanted[i : i + CHUNK]
        sql = (
            "SELECT rowid, snippet(article_fts, 1, ?, ?, '…', 24) FROM article_fts "
            f"WHERE article_fts MATCH ? AND rowid BETWEEN ? AND ? AND +rowid IN ({','.join('?' * len(part))})"
        )
        for r, text in conn.execute(sql, (MARK, MARK, expression, part[0], part[-1], *part)):
            if text:
                out[int(r)] = str(text)
    return out


def summary_lines(conn: sqlite3.Connection, story_id: str, *, lines: int = SUMMARY_LINES) -> tuple[str, ...]:
    """The first summary sentences of a stored story (kept beside its brief, so nothing is decoded)."""
    row = conn.execute("SELECT summary FROM stories WHERE id = ?", (story_id,)).fetchone()
    if row is None or row[0] is None:
        return ()
    return tuple(str(t) for t in json.loads(row[0])[:lines])


def summaries(
    conn: sqlite3.Connection, story_ids: Sequence[str], *, lines: int = SUMMARY_LINES
) -> dict[str, tuple[str, ...]]:
    """:func:`summary_lines` for many stories in one query (stories without a summary are left out)."""
    sql = "SELECT id, summary FROM stories WHERE id IN ({marks}) AND summary IS NOT NULL"
    return {
        str(sid): tuple(str(t) for t in json.loads(text)[:lines])
        for sid, text in rows_for(conn, sql, story_ids)
    }


def hit_rows(
    conn: sqlite3.Connection, story_ids: Sequence[str], *, lines: int = SUMMARY_LINES
) -> dict[str, tuple[StoryRow, tuple[str, ...]]]:
    """:func:`warta.store.read.story_rows` and :func:`summaries` in one query (missing ids left out).

    Both come from the ``stories_hit`` index (migration 10), so no brief is read; a story without a
    stored summary has none (``()``).
    """
    sql = f"SELECT {STORY_COLUMNS}, summary FROM stories INDEXED BY stories_hit WHERE id IN ({{marks}})"
    out: dict[str, tuple[StoryRow, tuple[str, ...]]] = {}
    for r in rows_for(conn, sql, story_ids):
        row = story_row(r[:-1])
        out[row.id] = (row, () if r[-1] is None else tuple(str(t) for t in json.loads(r[-1])[:lines]))
    return out


def _nudge(last: object, newest: date | None) -> float:
    age = _age_days(None if last is None else str(last), newest)
    return 1.0 + (RECENCY_WEIGHT * math.pow(0.5, age / RECENCY_HALF_LIFE_DAYS) if age is not None else 0.0)


def recency_nudges(conn: sqlite3.Connection, sids: Sequence[str]) -> dict[str, float]:
    """Story id -> its recency factor (1 plus a bonus halving every RECENCY_HALF_LIFE_DAYS), for ``sids``.

    The factor depends only on the stories table (a story's newest day and the archive's), so a
    connection that searches again computes it for every story once per archive state and keeps it
    (:mod:`warta.store.memo`); the first search reads only its candidates' days.
    """

    def every() -> dict[str, float]:
        newest = _newest(conn)
        rows = conn.execute("SELECT id, last_published FROM stories")
        return {str(sid): _nudge(last, newest) for sid, last in rows}

    def these() -> dict[str, float]:
        newest = _newest(conn)
        sql = "SELECT id, last_published FROM stories WHERE id IN ({marks})"
        return {str(sid): _nudge(last, newest) for sid, last in rows_for(conn, sql, sids)}

    return remembered(conn, "recency", every, once=these)


def word_trust(query_plan: QueryPlan) -> float:
    """How much word matches count when meaning is looked up too: less the more words are found nowhere.

    An English query over Indonesian stories matches mostly stray English words ("the", "port"), so
    with half its words unknown its word matches stop counting and meaning ranks alone.
    """
    share = len(query_plan.unmatched) / max(1, len(query_plan.terms))
    return max(0.0, 1.0 - 2.0 * share)


def best_first(
    sids: Sequence[str],
    words: Mapping[str, tuple[float, int]],
    numbers: Mapping[str, tuple[float, int]],
    alike: Mapping[str, float],
    nudges: Mapping[str, float],
    *,
    trust: float,
    limit: int,
) -> list[tuple[float, str]]:
    """The ``limit`` best (score, story id) of ``sids``, highest score first, ties by id.

    A story's score: its word relevance (times ``trust``) plus its numbers' and its meaning's, times
    its recency nudge. ``heapq.nsmallest`` of (minus the score, id) gives what sorting them all and
    keeping the first ``limit`` gives (the ids are distinct), without sorting the up to ~2,000
    candidates or calling a key function for each; negating a float is exact, so the scores given
    back are the ones computed. With no numbers and no meaning (most queries) their zero terms are
    still added, so every score is the same float (``-0.0 + 0.0`` is ``0.0``).
    """
    none = (0.0, 0)
    if not numbers and not alike:
        get = nudges.get
        keyed = [(-((trust * words[sid][0] + 0.0 + 0.0) * get(sid, 1.0)), sid) for sid in sids]
    else:
        keyed = []
        for sid in sids:
            relevance = trust * words.get(sid, none)[0] + numbers.get(sid, none)[0]
            relevance += (
                MEANING_WEIGHT * max(0.0, alike.get(sid, 0.0) - MEANING_MIN + 0.05) if sid in alike else 0.0
            )
            keyed.append((-(relevance * nudges.get(sid, 1.0)), sid))
    return [(-negated, sid) for negated, sid in heapq.nsmallest(limit, keyed)]


def search(
    conn: sqlite3.Connection,
    query: str,
    *,
    limit: int = 10,
    filters: SearchFilters | None = None,
    with_brief: bool = True,
    meaning: bool | None = None,
) -> list[SearchHit]:
    """Stories ranked for ``query``, best first, each with a snippet, its first summary sentences and its brief.

    ``filters`` limits the articles that count; ``with_brief=False`` leaves each hit's whole brief out
    (it is one ``get_story`` away); ``meaning`` forces lookup by meaning on (True) or off (False); by
    default it runs when a query word is found nowhere in the archive.
    """
    if not isinstance(query, str):
        raise InputError("the search query must be text, e.g. warta search 'banjir Watugede'")
    filters = check_filters(filters or SearchFilters())
    limit = max(1, min(int(limit), MAX_LIMIT))
    query_plan = plan(conn, query)
    if not query_plan.expression and not query_plan.numbers:
        return []
    try:
        allowed = allowed_stories(conn, filters)  # once, for story titles and for meaning
        words = score_stories(conn, query_plan.expression, filters, allowed=allowed)
        numbers = score_numbers(conn, query_plan.numbers, filters) if query_plan.numbers else {}
        use_meaning = bool(query_plan.unmatched) if meaning is None else meaning
        alike = score_meaning(conn, query, filters, allowed=allowed) if use_meaning and query.strip() else {}
        sids = list(dict.fromkeys([*words, *numbers, *alike]))
        nudges = recency_nudges(conn, sids)  # every stored story's; whole rows only for the hits shown
        trust = word_trust(query_plan) if use_meaning else 1.0
        ranked = best_first(sids, words, numbers, alike, nudges, trust=trust, limit=limit)
        shown = [sid for _, sid in ranked]
        if with_brief:
            rows, stored_summaries = story_rows(conn, shown), {}
        else:
            both = hit_rows(conn, shown)
            rows = {sid: row for sid, (row, _) in both.items()}
            stored_summaries = {sid: lines for sid, (_, lines) in both.items()}
        by_words = [words[sid][1] for sid in shown if sid in words and words[sid][1]]
        by_numbers = [
            numbers[sid][1] for sid in shown if not (sid in words and words[sid][1]) and sid in numbers
        ]
        word_snippets = snippets(conn, query_plan.expression, by_words)
        number_snippets = snippets(conn, query_plan.number_expression, by_numbers)
        hits = []
        for score, sid in ranked:
            if sid not in rows:
                continue
            matched = tuple(
                k for k, found in (("words", words), ("numbers", numbers), ("meaning", alike)) if sid in found
            )
            if sid in words and words[sid][1]:
                text = word_snippets.get(words[sid][1], "")
            elif sid in numbers:
                text = number_snippets.get(numbers[sid][1], "")
            else:
                text = ""
            brief = get_story(conn, sid) if with_brief else None
            if brief is not None:
                summary = tuple(s.text for s in brief.summary[:SUMMARY_LINES])
            elif with_brief:
                summary = summary_lines(conn, sid)
            else:
                summary = stored_summaries.get(sid, ())
            hits.append(
                SearchHit(
                    story=rows[sid],
                    score=round(score, 4),
                    snippet=text,
                    brief=brief,
                    summary=summary,
                    matched=matched,
                )
            )
        return hits
    except sqlite3.OperationalError as exc:
        raise InputError(f"cannot search for {query[:80]!r}: {exc}; try plain words") from exc


def explain(conn: sqlite3.Connection, query: str) -> Sequence[tuple[str, ...]]:
    """The alternatives each query word was expanded to (for ``warta search --explain``)."""
    return plan(conn, query).terms


__all__ = [
    "MAX_QUERY_CHARS",
    "MAX_TERMS",
    "QueryPlan",
    "check_filters",
    "corrections",
    "edit_distance",
    "expansions",
    "explain",
    "number_phrases",
    "plan",
    "query_numbers",
    "search",
    "squash",
    "typo_budget",
]
