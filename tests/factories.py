"""Small builders for tests: articles made directly, without running the pipeline."""

from __future__ import annotations

import re

from warta.types import Article, Span


def naive_sentences(text: str) -> tuple[Span, ...]:
    """Sentence spans split at '. ', '? ', '! ' and newlines (good enough for hand-written test text)."""
    spans = []
    for m in re.finditer(r"[^\n]+?(?:[.!?](?=\s|$)|$)", text, flags=re.M):
        s, e = m.start(), m.end()
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            spans.append(Span(s, e))
    return tuple(spans)


def make_article(
    id: str, text: str, *, outlet: str | None = None, published: str | None = None, title: str | None = None
) -> Article:
    """An analysed Article with naive sentence spans."""
    return Article(
        id=id,
        source=f"{id}.txt",
        text=text,
        raw=text,
        title=title,
        outlet=outlet,
        published=published,
        language="id",
        sentences=naive_sentences(text),
    )
