"""Per-article steps in order: clean → language → sentences, as plain functions.

>>> from warta.types import RawDocument
>>> doc = RawDocument(source="x.txt", text="Hujan turun di Bandung. Warga senang.", raw="", format="text")
>>> article = analyze(doc)                       # doctest: +SKIP
>>> [s.slice(article.text) for s in article.sentences]   # doctest: +SKIP

``pipe`` runs :func:`analyze` over a stream on a backend; the corpus-level step that finds lines
repeated across an outlet's articles runs first, on the raw documents, in one process.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from functools import partial

from warta.backends import Backend, get_backend
from warta.clean import clean, find_repeated_lines
from warta.extract.language import detect_language
from warta.extract.sentences import split_sentences
from warta.types import Article, RawDocument


def article_id(doc: RawDocument) -> str:
    """A stable id from the article's text: the same text read twice gets the same id."""
    normalised = " ".join(doc.text.split())
    return "a" + hashlib.sha256(normalised.encode("utf-8")).hexdigest()[:11]


def analyze(doc: RawDocument, *, repeated: frozenset[str] = frozenset()) -> Article:
    """Clean one raw document and add its language and sentence spans."""
    cleaned = clean(doc, repeated=repeated)
    meta = cleaned.metadata
    language = detect_language(cleaned.text, hint=doc.language).code
    return Article(
        id=article_id(doc),
        source=doc.source,
        text=cleaned.text,
        raw=doc.raw,
        title=meta.title,
        url=meta.url or doc.url,
        outlet=meta.outlet,
        published=meta.published,
        language=language,
        dateline=meta.dateline,
        published_at=meta.published_at,
        byline=meta.byline,
        editor=meta.editor,
        credited_sources=meta.credited_sources,
        sentences=split_sentences(cleaned.text, language=language),
        removed=cleaned.removed,
    )


def _analyze_with(repeated: frozenset[str], doc: RawDocument) -> Article:
    return analyze(doc, repeated=repeated)


@dataclass
class PipeResult:
    """Articles in input order, with exact copies (same id) dropped and counted."""

    articles: list[Article] = field(default_factory=list)
    copies: int = 0


def pipe(docs: Iterable[RawDocument], *, backend: Backend | str = "local") -> Iterator[Article]:
    """Analyse every document on ``backend`` (``local``, ``process`` or ``dask``), in input order.

    Documents are materialised once so that lines repeated across one outlet's articles can be
    found before cleaning; the per-article work then runs on the backend.
    """
    docs = list(docs)
    # Lines repeated across one outlet's articles are that outlet's furniture; a line that
    # repeats like that is never story text of another outlet either, so one set serves all.
    repeated = frozenset().union(*find_repeated_lines(docs).values())
    runner = get_backend(backend) if isinstance(backend, str) else backend
    return runner.map(partial(_analyze_with, repeated), docs)


def analyze_all(
    docs: Iterable[RawDocument],
    *,
    backend: Backend | str = "local",
    on_article: Callable[[Article], None] | None = None,
) -> PipeResult:
    """Like :func:`pipe`, collected, with identical articles (same id) kept once."""
    result = PipeResult()
    seen: set[str] = set()
    for article in pipe(docs, backend=backend):
        if on_article is not None:
            on_article(article)
        if article.id in seen:
            result.copies += 1
            continue
        seen.add(article.id)
        result.articles.append(article)
    return result
