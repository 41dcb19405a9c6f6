"""Reading a search query: its words with their alternatives (aliases, typo corrections), its numbers.

>>> plan(conn, "8 ribu ditahan Kazakstan").numbers     # doctest: +SKIP
(8000.0,)
"""

from __future__ import annotations

import math
import re
import sqlite3
from bisect import bisect_left
from collections.abc import Mapping
from dataclasses import dataclass, field

from warta.store.memo import peek, remembered
from warta.store.searchindex import MIN_TERM, tokens
from warta.text.tokens import STOPWORDS

MAX_QUERY_CHARS = 500
MAX_TERMS = 12


@dataclass(frozen=True)
class QueryPlan:
    """What a query was read as.

    ``terms``: each content word with its alternatives; ``expression``: the FTS5 expression of them;
    ``numbers``: each quantity the query names, as its value; ``unmatched``: content words the archive
    holds in no form (they switch on lookup by meaning).
    """

    terms: tuple[tuple[str, ...], ...]
    expression: str
    numbers: tuple[float, ...] = ()
    unmatched: tuple[str, ...] = ()

    @property
    def number_expression(self) -> str:
        """FTS5 phrases for the numbers' usual spellings, to mark them in snippets."""
        return " OR ".join(_quoted(p) for v in self.numbers for p in number_phrases(v))


def _quoted(phrase: str) -> str:
    return '"' + phrase.replace('"', '""') + '"'


def edit_distance(a: str, b: str, *, limit: int) -> int:
    """Levenshtein distance, or ``limit + 1`` once it must exceed ``limit``."""
    from rapidfuzz.distance import Levenshtein

    return int(Levenshtein.distance(a, b, score_cutoff=limit))


def typo_budget(term: str) -> int:
    """Edits allowed for a word of this length (none for short words, where one edit is another word)."""
    return 0 if len(term) < MIN_TERM + 1 else 1 if len(term) < 8 else 2


def document_frequency(conn: sqlite3.Connection, term: str) -> int:
    """In how many stored articles ``term`` occurs (0 for words the vocabulary does not track).

    From the in-memory vocabulary when the connection already keeps a current one, else from SQL.
    """
    vocab = peek(conn, "vocabulary")
    if isinstance(vocab, Vocabulary):
        return vocab.counts.get(term, 0)
    row = conn.execute("SELECT df FROM terms WHERE term = ?", (term,)).fetchone()
    return int(row[0]) if row else 0


@dataclass(frozen=True)
class Vocabulary:
    """The archive's tracked words by length, each list with its document frequencies alongside.

    ``heads``: each length's words sorted; ``tails``: each length's words spelt backwards, sorted, so
    the words that start (or end) with some letters are one slice of them (:func:`one_edit_pool`).
    """

    by_length: Mapping[int, tuple[tuple[str, ...], tuple[int, ...]]]
    counts: Mapping[str, int]
    heads: Mapping[int, tuple[str, ...]] = field(default_factory=dict)
    tails: Mapping[int, tuple[str, ...]] = field(default_factory=dict)
    grams: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    """Letter trigram -> the words (of any length) holding it (:func:`two_edit_pool`)."""


def load_vocabulary(conn: sqlite3.Connection) -> Vocabulary:
    """The ``terms`` table grouped by word length."""
    words: dict[int, list[str]] = {}
    counts: dict[int, list[int]] = {}
    for term, df in conn.execute("SELECT term, df FROM terms"):
        word = str(term)
        words.setdefault(len(word), []).append(word)
        counts.setdefault(len(word), []).append(int(df))
    by_word = {w: df for n in words for w, df in zip(words[n], counts[n], strict=True)}
    heads = {n: tuple(sorted(words[n])) for n in words}
    tails = {n: tuple(sorted(w[::-1] for w in words[n])) for n in words}
    holding: dict[str, list[str]] = {}
    for word in by_word:
        for gram in _grams(word):
            holding.setdefault(gram, []).append(word)
    grams = {g: tuple(ws) for g, ws in holding.items()}
    return Vocabulary({n: (tuple(words[n]), tuple(counts[n])) for n in words}, by_word, heads, tails, grams)


def _starting(words: tuple[str, ...], start: str) -> tuple[str, ...]:
    """The words of sorted ``words`` that start with ``start`` (a slice found by bisection)."""
    lo = bisect_left(words, start)
    return words[lo : bisect_left(words, start + "\U0010ffff", lo)]


def one_edit_pool(vocab: Vocabulary, term: str) -> tuple[tuple[str, ...], tuple[int, ...]]:
    """Every tracked word that can be one edit from ``term`` (a superset of them), with its counts.

    One insertion, deletion or substitution leaves either the first half of ``term`` (its first
    ``len // 2`` letters) or the rest of it untouched, so such a word starts with the one or ends with
    the other; of the ~17,000 words of a length, those are a few hundred, found by bisection in the
    sorted ``heads`` and ``tails`` instead of compared one by one.
    """
    half = len(term) // 2
    head, tail = term[:half], term[half:][::-1]
    found: dict[str, None] = {}
    for n in range(len(term) - 1, len(term) + 2):
        found.update(dict.fromkeys(_starting(vocab.heads.get(n, ()), head)))
        found.update(dict.fromkeys(w[::-1] for w in _starting(vocab.tails.get(n, ()), tail)))
    return tuple(found), tuple(vocab.counts[w] for w in found)


def two_edit_pool(vocab: Vocabulary, term: str) -> tuple[tuple[str, ...], tuple[int, ...]]:
    """Every tracked word that can be two edits or fewer from ``term`` (a superset of them), with its counts.

    Cut ``term`` into a head, three middle letters and a tail (each at least one letter): two edits
    leave one of the three untouched, so such a word starts with the head, ends with the tail or
    holds the middle trigram (an insertion counts with the letter after it, one at the end with the
    tail). Of the ~25,000 words of five lengths, those are a few thousand: by bisection in the sorted
    ``heads`` and ``tails`` and from the trigram's words; of the possible cuts, the one with the
    fewest words is taken.
    """
    lengths = range(len(term) - 2, len(term) + 3)
    best: tuple[int, int] | None = None
    for i in range(1, len(term) - 3):  # head term[:i], middle term[i:i + 3], tail term[i + 3:]
        size = len(vocab.grams.get(term[i : i + 3], ()))
        for n in lengths:
            size += len(_starting(vocab.heads.get(n, ()), term[:i]))
            size += len(_starting(vocab.tails.get(n, ()), term[i + 3 :][::-1]))
        if best is None or size < best[0]:
            best = (size, i)
    if best is None:  # too short to cut: every word of the lengths
        found = dict.fromkeys(w for n in lengths for w in vocab.by_length.get(n, ((), ()))[0])
    else:
        i = best[1]
        head, tail = term[:i], term[i + 3 :][::-1]
        found = {}
        for n in lengths:
            found.update(dict.fromkeys(_starting(vocab.heads.get(n, ()), head)))
            found.update(dict.fromkeys(w[::-1] for w in _starting(vocab.tails.get(n, ()), tail)))
        low, high = lengths[0], lengths[-1]
        found.update(dict.fromkeys(w for w in vocab.grams.get(term[i : i + 3], ()) if low <= len(w) <= high))
    return tuple(found), tuple(vocab.counts[w] for w in found)


def vocabulary(conn: sqlite3.Connection) -> Vocabulary | None:
    """:func:`load_vocabulary`, kept in memory for ``conn`` until the archive changes.

    None the first time a connection asks: a one-shot process (``warta search``) looks its few
    candidates up in SQL instead of reading the whole table (:func:`trigram_neighbours`).
    """
    return remembered(conn, "vocabulary", lambda: load_vocabulary(conn), once=lambda: None)


def _grams(word: str) -> set[str]:
    return {word[i : i + 3] for i in range(len(word) - 2)}


def trigram_neighbours(
    conn: sqlite3.Connection, term: str, lengths: tuple[int, int]
) -> tuple[tuple[str, ...], tuple[int, ...]]:
    """The tracked words of ``lengths`` (inclusive) that share a letter trigram with ``term``, and their counts."""
    rows = conn.execute(
        "SELECT g.term, t.df FROM term_grams g JOIN terms t ON t.term = g.term "
        "WHERE term_grams MATCH ? AND length(g.term) BETWEEN ? AND ?",
        (" OR ".join(_quoted(g) for g in sorted(_grams(term))), *lengths),
    ).fetchall()
    return tuple(str(r[0]) for r in rows), tuple(int(r[1]) for r in rows)


def corrections(conn: sqlite3.Connection, term: str, *, limit: int = 3) -> list[str]:
    """Vocabulary words within the typo budget of ``term``, only when the archive lacks ``term`` itself.

    A word that is in the archive is taken as meant: "kerusuhan" does not also look for "kebutuhan".
    Candidates are the tracked words of a length within the budget that share a letter trigram with
    ``term`` (from the in-memory vocabulary, narrowed by :func:`one_edit_pool` for a one-edit budget,
    or from SQL on a connection's first call), compared with rapidfuzz's Levenshtein: closest first,
    then the most common.
    """
    from rapidfuzz import process
    from rapidfuzz.distance import Levenshtein

    budget = typo_budget(term)
    if budget == 0 or document_frequency(conn, term) > 0:
        return []
    grams = _grams(term)
    lengths = (len(term) - budget, len(term) + budget)
    vocab = vocabulary(conn)
    if vocab is None:
        pools = [trigram_neighbours(conn, term, lengths)]
    elif budget == 1 and vocab.heads:
        pools = [one_edit_pool(vocab, term)]
    elif budget == 2 and vocab.heads and vocab.grams:
        pools = [two_edit_pool(vocab, term)]
    else:
        pools = [vocab.by_length.get(n, ((), ())) for n in range(lengths[0], lengths[1] + 1)]
    found = []
    for words, dfs in pools:
        if not words:
            continue
        matches = process.extract(term, words, scorer=Levenshtein.distance, score_cutoff=budget, limit=None)
        for cand, d, i in matches:
            if cand != term and d <= budget and not grams.isdisjoint(_grams(cand)):
                found.append((int(d), -dfs[i], cand))
    return [c for _, _, c in sorted(found)[:limit]]


def expansions(conn: sqlite3.Connection, key: str) -> list[str]:
    """Alias phrases whose squashed key is ``key`` ("nursultan" -> "nur sultan")."""
    rows = conn.execute("SELECT DISTINCT phrase FROM aliases WHERE key = ? ORDER BY phrase LIMIT 8", (key,))
    return [str(r[0]) for r in rows]


# Digit groups of three after a dot or comma are thousands in a query, whatever the language:
# "8.000", "8,000" and "2.500.000" are whole numbers; "1,5" and "1.5" are decimals.
_GROUPED = re.compile(r"(?<![\d.,])\d{1,3}(?:([.,])\d{3})(?:\1\d{3})*(?![\d]|[.,]\d)")
_DECIMAL_DOT = re.compile(r"(?<=\d)\.(?=\d)")


def _ungrouped(query: str) -> str:
    return _GROUPED.sub(lambda m: re.sub(r"[.,]", "", m.group(0)), query)


def query_numbers(query: str) -> tuple[list[float], str]:
    """The values a query names ("8 ribu" -> 8000.0) and the query with those numbers blanked out."""
    from warta.extract.numbers import find_quantities

    text = _ungrouped(query)
    readings = [
        *find_quantities(_DECIMAL_DOT.sub(",", text), language="id"),  # "1.5 juta", "8 ribu"
        *find_quantities(text.replace(",", "."), language="en"),  # "1,5 million", "8 thousand"
    ]
    best: dict[int, tuple[int, float]] = {}
    for q in readings:
        if not math.isfinite(float(q.value)):
            continue
        length = q.end - q.start
        if q.start not in best or length > best[q.start][0]:
            best[q.start] = (q.end, float(q.value))
    values: list[float] = []
    chars = list(text)
    for start, (end, value) in sorted(best.items()):
        values.append(value)
        chars[start:end] = " " * (end - start)
    return list(dict.fromkeys(values)), "".join(chars)


def number_phrases(value: float) -> list[str]:
    """How articles write ``value``, as FTS5 sees it ("8 000" for "8.000", "8 ribu", "8000")."""
    if value != int(value):
        whole, frac = f"{value:f}".rstrip("0").split(".")
        return [f"{whole} {frac}"]
    n = int(value)
    out = [str(n), " ".join(f"{n:,}".split(","))]
    for size, word in ((10**12, "triliun"), (10**9, "miliar"), (10**6, "juta"), (10**3, "ribu")):
        if n >= size and n % (size // 10) == 0:
            head = n / size
            out.append(
                f"{int(head)} {word}" if head == int(head) else f"{int(head)} {round(head % 1 * 10)} {word}"
            )
            break
    return list(dict.fromkeys(out))


def plan(conn: sqlite3.Connection, query: str) -> QueryPlan:
    """Read a user query into quoted FTS5 alternatives, numbers and the words the archive lacks."""
    numbers, rest = query_numbers(query[:MAX_QUERY_CHARS])
    words = tokens(rest)
    content = [w for w in words if w not in STOPWORDS] or words
    content = list(dict.fromkeys(content))[:MAX_TERMS]
    groups: list[tuple[str, ...]] = []
    unmatched: list[str] = []
    for i, word in enumerate(content):
        held = document_frequency(conn, word) > 0
        alts = [word, *expansions(conn, word), *([] if held else corrections(conn, word))]
        if i + 1 < len(content):  # "nur sultan" typed apart finds "Nursultan"
            joined = word + content[i + 1]
            if document_frequency(conn, joined):
                alts.append(joined)
        groups.append(tuple(dict.fromkeys(alts)))
        tracked = len(word) >= MIN_TERM and not word.isdigit()
        if tracked and len(alts) == 1 and not held:
            unmatched.append(word)
    expression = " OR ".join(_quoted(alt) for g in groups for alt in g)
    return QueryPlan(tuple(groups), expression, tuple(numbers), tuple(unmatched))
