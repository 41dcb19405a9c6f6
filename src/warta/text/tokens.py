"""Word tokens and a small stop-word list (Indonesian and English) written for warta."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from contextvars import ContextVar
from functools import lru_cache

WORD = re.compile(r"[^\W_]+", re.UNICODE)
_RUN = re.compile(r"\w+")

# Function words that carry no topic. Written by hand for warta; deliberately short.
STOPWORDS = frozenset(
    """
    yang dan di ke dari pada untuk dengan dalam ini itu adalah akan telah sudah juga tidak bahwa
    oleh sebagai atau karena saat ia dia mereka kami kita saya anda para seorang sebuah tersebut
    dapat bisa harus masih lebih agar jika namun tetapi tapi serta hingga sejak antara setelah
    sebelum kepada bagi ada pun lagi hal begitu sangat paling pula kata ujar katanya mengatakan
    menurut yakni yaitu bahkan hanya secara tak belum sedang maka sehingga nya se
    the a an and or of to in on at for with by from as is are was were be been has have had
    it its this that these those he she they we you i said says will would not but which who
    """.split()
)


def words(text: str) -> list[str]:
    """Lower-cased runs of letters and digits (inside :func:`words_remembered`, each text read once)."""
    seen = _SEEN.get()
    if seen is None:
        return _words(text)
    found = seen.get(text)
    if found is None:
        found = seen[text] = _words(text)
    return found.copy()  # the caller's own list, as a fresh reading would be


def _words(text: str) -> list[str]:
    if text.isascii():  # lower-casing ASCII keeps every character a letter, digit or neither
        return WORD.findall(text.lower())
    return [w.lower() for w in WORD.findall(text)]


_SEEN: ContextVar[dict[str, list[str]] | None] = ContextVar("words_seen", default=None)


@contextmanager
def words_remembered() -> Iterator[None]:
    """Until the block ends, :func:`words` reads each distinct text once (a brief's summary, timeline,
    TF-IDF fits and scorer features read the same sentences again and again: 22,000 readings of 4,600
    texts in a 200-article story). The words are a pure function of the text, so the answers are the
    same; nothing outlives the block (a nested block shares its outer block's)."""
    if _SEEN.get() is not None:
        yield
        return
    token = _SEEN.set({})
    try:
        yield
    finally:
        _SEEN.reset(token)


def content_words(text: str) -> list[str]:
    """Words minus stop words and one-letter tokens."""
    return [w for w in words(text) if len(w) > 1 and w not in STOPWORDS]


@lru_cache(maxsize=32)
def _runs(text: str) -> frozenset[str]:
    return frozenset(_RUN.findall(text))


def has_word(word: str, text: str) -> bool:
    r"""Whether ``text`` writes ``word`` (case-sensitive) with no word character either side.

    The same answer as ``re.search(r"(?<!\w)" + re.escape(word) + r"(?!\w)", text)``, read from the
    set of the text's word runs (built once per text) when ``word`` is itself one run, else from each
    place ``str.find`` finds it and the characters either side (a pattern opening on a lookbehind is
    tried at every place of the text: ~30x slower on news articles).
    """
    if _RUN.fullmatch(word):
        return word in _runs(text)
    at, size, end = text.find(word), len(word), len(text)
    while at >= 0:
        after = at + size
        if (at == 0 or _WORD_CHAR.match(text, at - 1) is None) and (
            after == end or _WORD_CHAR.match(text, after) is None
        ):
            return True
        at = text.find(word, at + 1)
    return False


_WORD_CHAR = re.compile(r"\w")
_TOKEN_CHAR = re.compile(r"[\w-]")


def _token_at(text: str, at: int, size: int) -> bool:
    """Whether ``text[at : at + size]`` has no word character or hyphen either side."""
    after = at + size
    return (at == 0 or _TOKEN_CHAR.match(text, at - 1) is None) and (
        after == len(text) or _TOKEN_CHAR.match(text, after) is None
    )


def has_token(word: str, text: str) -> bool:
    r"""Whether ``text`` writes ``word`` (case-sensitive) with no word character or hyphen either side.

    The same answer as ``re.search(r"(?<![\w-])" + re.escape(word) + r"(?![\w-])", text)``, from each
    place ``str.find`` finds it, with no pattern compiled per word.
    """
    at = text.find(word)
    while at >= 0:
        if _token_at(text, at, len(word)):
            return True
        at = text.find(word, at + 1)
    return False


def token_spans(words: Sequence[str], text: str) -> list[tuple[int, int, str]]:
    r"""Where ``text`` writes any of ``words`` (non-empty) with no word character or hyphen either side,
    left to right without overlaps: the (start, end, word) of each match of
    ``re.finditer(r"(?<![\w-])(" + "|".join(map(re.escape, words)) + r")(?![\w-])", text)``, the earlier
    word of ``words`` where two start at one place, found with ``str.find`` instead of a pattern
    compiled per list of words.
    """
    first: dict[int, int] = {}  # start -> the index in ``words`` of the first word matching there
    for i, word in enumerate(words):
        at = text.find(word)
        while at >= 0:
            if at not in first and _token_at(text, at, len(word)):
                first[at] = i
            at = text.find(word, at + 1)
    out = []
    end = 0
    for at in sorted(first):
        if at >= end:
            word = words[first[at]]
            end = at + len(word)
            out.append((at, end, word))
    return out
