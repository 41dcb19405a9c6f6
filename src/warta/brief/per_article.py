"""Per-article results shared by the stages of one brief build (facts, timeline), computed once each.

Inside ``with one_build():`` :func:`once` keeps what it computed for an article (by identity, so a
different article object with equal fields is computed afresh) until the block ends; outside it,
:func:`once` computes every time. Nothing outlives the build: a cache across builds would hide what a
build costs and could serve results for an article whose analysis changed.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from typing import TypeVar

from warta.text.tokens import words_remembered
from warta.types import Article

T = TypeVar("T")

_MEMO: ContextVar[dict[tuple[str, int], tuple[Article, object]] | None] = ContextVar(
    "per_article", default=None
)


@contextmanager
def one_build() -> Iterator[None]:
    """Share per-article results until the block ends (a nested block shares its outer block's)."""
    if _MEMO.get() is not None:
        yield
        return
    token = _MEMO.set({})
    try:
        with words_remembered():  # and each text's words read once
            yield
    finally:
        _MEMO.reset(token)


def once(what: str, article: Article, compute: Callable[[Article], T]) -> T:
    """``compute(article)``, computed once per article and ``what`` inside :func:`one_build`."""
    memo = _MEMO.get()
    if memo is None:
        return compute(article)
    key = (what, id(article))
    hit = memo.get(key)
    if hit is not None and hit[0] is article:
        return hit[1]  # type: ignore[return-value]
    value = compute(article)
    memo[key] = (article, value)
    return value
