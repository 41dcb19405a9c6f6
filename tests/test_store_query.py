"""warta.store.query: the one- and two-edit candidate pools find every word the exhaustive comparison finds."""

from __future__ import annotations

import json
import random
import sqlite3
from dataclasses import replace

import pytest
from rapidfuzz.distance import Levenshtein

from conftest import SHARED, needs_shared
from warta.store.query import Vocabulary, corrections, one_edit_pool, two_edit_pool
from warta.store.searchindex import MIN_TERM, tokens

INDOSUM = SHARED / "data" / "indosum" / "articles.jsonl"


def _vocabulary_table(limit: int) -> sqlite3.Connection:
    """A ``terms`` table counted from the first ``limit`` IndoSum articles (real Indonesian words)."""
    counts: dict[str, int] = {}
    with INDOSUM.open(encoding="utf-8") as lines:
        for _, line in zip(range(limit), lines, strict=False):
            for w in set(tokens(json.loads(line)["text"])):
                if len(w) >= MIN_TERM and not w.isdigit():
                    counts[w] = counts.get(w, 0) + 1
    conn = sqlite3.connect(":memory:")
    conn.execute("CREATE TABLE terms (term TEXT PRIMARY KEY, df INTEGER NOT NULL)")
    conn.executemany("INSERT INTO terms VALUES (?, ?)", sorted(counts.items()))
    return conn


def _misspelt(words: list[str], n: int) -> list[str]:
    rng = random.Random(3)
    out = []
    for _ in range(n):
        w = rng.choice(words)
        k, c = rng.randrange(len(w)), rng.choice("aeiknrstu")
        out.append([w[:k] + w[k + 1 :], w[:k] + c + w[k + 1 :], w[:k] + c + w[k:], w + c][rng.randrange(4)])
    return out


@needs_shared(INDOSUM)
def test_one_edit_pool_holds_every_word_one_edit_away() -> None:
    from warta.store.query import load_vocabulary

    vocab = load_vocabulary(_vocabulary_table(300))
    words = sorted(vocab.counts)
    for term in _misspelt([w for w in words if 5 <= len(w) < 8], 400):
        pool, dfs = one_edit_pool(vocab, term)
        near = {w for w in words if abs(len(w) - len(term)) <= 1 and Levenshtein.distance(term, w) <= 1}
        assert near <= set(pool), term
        assert dfs == tuple(vocab.counts[w] for w in pool)


def _twice_misspelt(words: list[str], n: int) -> list[str]:
    rng = random.Random(5)
    once = _misspelt(words, n)
    return [_misspelt([w], 1)[0] if rng.random() < 0.7 else w for w in once]


@needs_shared(INDOSUM)
def test_two_edit_pool_holds_every_word_two_edits_away() -> None:
    from warta.store.query import load_vocabulary

    vocab = load_vocabulary(_vocabulary_table(300))
    words = sorted(vocab.counts)
    for term in [t for t in _twice_misspelt([w for w in words if len(w) >= 8], 400) if len(t) >= 8]:
        pool, dfs = two_edit_pool(vocab, term)
        near = {w for w in words if abs(len(w) - len(term)) <= 2 and Levenshtein.distance(term, w) <= 2}
        assert near <= set(pool), term
        assert len(pool) == len(set(pool))
        assert dfs == tuple(vocab.counts[w] for w in pool)


@needs_shared(INDOSUM)
def test_corrections_are_those_of_the_exhaustive_comparison(monkeypatch: pytest.MonkeyPatch) -> None:
    import warta.store.query as query

    conn = _vocabulary_table(300)
    vocab = query.load_vocabulary(conn)
    plain: Vocabulary = replace(vocab, heads={}, tails={}, grams={})  # every word of the lengths compared
    words = sorted(vocab.counts)
    for term in _misspelt(words, 300) + _twice_misspelt([w for w in words if len(w) >= 8], 200):
        monkeypatch.setattr(query, "vocabulary", lambda _: vocab)
        fast = corrections(conn, term)
        monkeypatch.setattr(query, "vocabulary", lambda _: plain)
        assert fast == corrections(conn, term), term
