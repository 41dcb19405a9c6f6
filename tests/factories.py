"""Small builders for tests: articles made directly, without running the pipeline."""

from __future__ import annotations

import re
import sqlite3

import numpy as np

from warta.types import Article, BriefArticle, Span, Story, SummarySentence


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


def store_story(conn: sqlite3.Connection, key: str, text: str, *, vector: np.ndarray | None = None) -> None:
    """One article ``a-KEY`` stored as the one-article story ``s-KEY`` (with ``vector`` as its story
    vector when given), written the way ``warta add`` writes them."""
    from warta.store.write import add_members, insert_article, transaction, write_story
    from warta.stories.records import make_record

    a = make_article(f"a-{key}", text, outlet="Lintasjaya.id", published="2022-01-13", title=key)
    story = Story(
        id=f"s-{key}",
        title=key,
        articles=(BriefArticle(a.id, a.source, a.outlet, a.title, a.published, a.language, (), a.text),),
        summary=(SummarySentence(a.sentence_texts()[0], ()),),
        first_published=a.published,
        last_published=a.published,
        outlets=("Lintasjaya.id",),
        independent_sources=1,
    )
    with transaction(conn):
        insert_article(conn, a, make_record(a, embed=False), "2022-02-01T00:00:00")
        write_story(conn, story, stamp="2022-02-01T00:00:00", is_new=True)
        add_members(conn, story.id, [a.id])
        if vector is not None:
            conn.execute(
                "INSERT INTO story_vectors(story_id, vector) VALUES (?, ?)",
                (story.id, np.asarray(vector, dtype="<f4").tobytes()),
            )
