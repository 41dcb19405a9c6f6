"""Compact per-article records: everything dedupe and clustering need, and nothing else.

Building a record is the per-article step of the story engine (it can run on any backend);
dedupe and clustering then read only records, in one process.

>>> from warta.types import Article
>>> rec = make_record(Article(id="a1", source="a1.txt", text="Banjir melanda Kota Watugede."), embed=False)
>>> rec.body_terms[:2]
('banjir', 'melanda')
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from functools import cache
from itertools import islice, repeat
from typing import Any

import numpy as np
from datasketch import MinHash

from warta.backends import Backend, get_backend
from warta.stories.minhash_rows import minhash_rows
from warta.text.embeddings import embed as embed_texts
from warta.text.tokens import STOPWORDS, content_words, words
from warta.types import Article

NUM_PERM = 64
SCHEME = "affine32"  # datasketch's permutation scheme; stored signatures are only comparable within one
SHINGLE = 3
LEAD_CHARS = 240
BODY_TERMS = 400  # the lead of a news article carries its event; the tail adds background noise
EMBED_DIGITS = 5  # rounding makes an embedding identical whether computed alone or in a batch
_NAME = re.compile(r"\b[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*")
SEED = 1
_SENTENCE_START = re.compile(r"(?:^|[.!?:\"“”]\s+|\n\s*)\Z")


@dataclass(frozen=True)
class Record:
    """One article reduced to what the collection stages read (plain values, JSON-able)."""

    id: str
    outlet: str | None
    published: str | None
    language: str | None
    title: str | None
    credited_sources: tuple[str, ...]
    title_terms: tuple[str, ...]
    body_terms: tuple[str, ...]
    name_keys: tuple[str, ...]
    minhash: tuple[int, ...]
    embedding: tuple[float, ...] = ()
    words: int = 0
    published_at: str | None = None  # ISO datetime of publication, when the article gives it


def record_from_json(text: str) -> Record:
    """A record from its stored JSON (``warta.codec.to_json``): the same value ``from_json`` gives, at
    a tenth of the cost (a story's rebuild reads the records of all its members)."""
    d = json.loads(text)
    return Record(
        id=str(d["id"]),
        outlet=d.get("outlet"),
        published=d.get("published"),
        language=d.get("language"),
        title=d.get("title"),
        credited_sources=tuple(d["credited_sources"]),
        title_terms=tuple(d["title_terms"]),
        body_terms=tuple(d["body_terms"]),
        name_keys=tuple(d["name_keys"]),
        minhash=tuple(d["minhash"]),
        embedding=tuple(float(x) for x in d.get("embedding", ())),
        words=int(d.get("words", 0)),
        published_at=d.get("published_at"),
    )


def lead_text(title: str | None, text: str) -> str:
    """Title and opening of the text, cut to LEAD_CHARS at a word boundary: what gets embedded."""
    lead = " ".join(f"{title or ''} {text[: LEAD_CHARS * 2]}".split())
    if len(lead) <= LEAD_CHARS:
        return lead
    return lead[:LEAD_CHARS].rsplit(" ", 1)[0]


def name_keys(text: str) -> tuple[str, ...]:
    """Lower-cased capitalised names (single words and whole runs), minus function words, sorted.

    A word capitalised only because it starts a sentence is not a name unless it also appears
    capitalised inside a sentence.
    """
    keys: set[str] = set()
    for m in _NAME.finditer(text):
        parts = [p for p in words(m.group(0)) if p not in STOPWORDS and len(p) > 2]
        if not parts:
            continue
        at_start = _SENTENCE_START.search(text, max(0, m.start() - 8), m.start()) is not None
        if not (at_start and m.group(0).split()[0].lower() == parts[0]):
            keys.add(parts[0])
        keys.update(parts[1:])
        if len(parts) > 1:
            keys.add(" ".join(parts))
    return tuple(sorted(keys))


def shingles(tokens: Sequence[str], *, size: int = SHINGLE) -> set[bytes]:
    """Word n-grams as bytes (the whole text when shorter than ``size``)."""
    if len(tokens) < size:
        return {" ".join(tokens).encode()} if tokens else set()
    return {" ".join(tokens[i : i + size]).encode() for i in range(len(tokens) - size + 1)}


@cache
def permutations() -> Any:
    """The signatures' permutations (drawn from :data:`SEED`), made once: drawing them costs more than
    hashing an article's shingles (and read from the disk cache, :func:`warta.stories.sketches.permutations`)."""
    from warta.stories.sketches import permutations as drawn

    return drawn(NUM_PERM, seed=SEED, scheme=SCHEME)


def _template() -> Any:
    return MinHash(num_perm=NUM_PERM, seed=SEED, scheme=SCHEME, permutations=permutations())


def signature(tokens: Sequence[str]) -> tuple[int, ...]:
    """A MinHash signature of the word shingles (empty for an empty text)."""
    grams = shingles(tokens)
    if not grams:
        return ()
    mh = _template()
    mh.update_batch(list(grams))
    return tuple(int(v) for v in mh.hashvalues)


def signatures(texts: Sequence[Sequence[str]]) -> list[tuple[int, ...]]:
    """:func:`signature` of each token list, hashed in one pass (:mod:`warta.stories.minhash_rows`)."""
    grams = [list(shingles(tokens)) for tokens in texts]
    rows = minhash_rows(grams, _template())
    return [tuple(row.tolist()) if g else () for g, row in zip(grams, rows, strict=True)]


def make_record(article: Article, *, embed: bool = True) -> Record:
    """The record of one article; pure and deterministic."""
    body_words = words(article.text)
    rec = _record(article, body_words, signature(body_words))
    return with_embeddings([rec], [lead_text(article.title, article.text)])[0] if embed else rec


def _record(article: Article, body_words: list[str], minhash: tuple[int, ...]) -> Record:
    body = [w for w in body_words if len(w) > 1 and w not in STOPWORDS]
    head = article.text[:2000]
    return Record(
        id=article.id,
        outlet=article.outlet,
        published=article.published,
        language=article.language,
        title=article.title,
        credited_sources=article.credited_sources,
        title_terms=tuple(content_words(article.title or "")),
        body_terms=tuple(body[:BODY_TERMS]),
        name_keys=name_keys(f"{article.title or ''}\n{head}"),
        minhash=minhash,
        words=len(body_words),
        published_at=article.published_at,
    )


def with_embeddings(records: Sequence[Record], leads: Sequence[str]) -> list[Record]:
    """The records with their lead's multilingual embedding filled in (one batch)."""
    vecs = embed_texts(list(leads)) if records else np.zeros((0, 0))
    return [
        replace(r, embedding=tuple(map(round, v.tolist(), repeat(EMBED_DIGITS))))  # float(x) of each, in C
        for r, v in zip(records, vecs, strict=True)
    ]


def _records_of(chunk: list[Article]) -> list[Record]:
    texts = [words(a.text) for a in chunk]
    plain = [_record(a, w, m) for a, w, m in zip(chunk, texts, signatures(texts), strict=True)]
    return with_embeddings(plain, [lead_text(a.title, a.text) for a in chunk])


def build_records(
    articles: Iterable[Article], *, backend: Backend | str = "local", chunk: int = 32
) -> Iterator[Record]:
    """Records for ``articles`` in input order, built in chunks on ``backend``."""
    runner = get_backend(backend) if isinstance(backend, str) else backend
    it = iter(articles)
    chunks = iter(lambda: list(islice(it, chunk)), [])
    for batch in runner.map(_records_of, chunks):
        yield from batch
