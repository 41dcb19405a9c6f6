"""Extractive multi-document summary: central, well-supported, non-redundant sentences, cited.

Scoring per candidate sentence:
- centrality: mean similarity to the story's other sentences (TF-IDF and multilingual embeddings);
- support: how many *other* articles carry a sentence that says the same thing;
- position: leads matter in news.
Selection is MMR (maximal marginal relevance), so five outlets saying one thing yield one
sentence, cited to all five. The chosen sentences are ordered by article date, then position.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt
from sklearn.feature_extraction.text import TfidfVectorizer

from warta.text.embeddings import embed
from warta.text.tokens import content_words, words
from warta.types import Article, Citation, Span, SummarySentence


@dataclass(frozen=True)
class SummaryOptions:
    """Knobs for :func:`summarize`."""

    sentences: int = 6
    min_words: int = 6
    max_words: int = 70
    same_thing: float = 0.72  # similarity at which two sentences "say the same thing"
    redundancy: float = 0.62  # a candidate this close to a chosen sentence is not chosen
    mmr_lambda: float = 0.7


@dataclass(frozen=True)
class Candidate:
    """A sentence that may enter the summary, and where it sits."""

    article: int
    position: int
    span: Span
    text: str


def candidates(articles: Sequence[Article], *, options: SummaryOptions) -> list[Candidate]:
    """Sentences long enough to stand alone and shaped like statements (not headings)."""
    out: list[Candidate] = []
    for ai, article in enumerate(articles):
        for pos, span in enumerate(article.sentences):
            text = span.slice(article.text)
            n = len(words(text))
            if not options.min_words <= n <= options.max_words:
                continue
            if text.rstrip()[-1:] not in ".!?\"”’'":
                continue  # headlines, crossheads and captions end without punctuation
            out.append(Candidate(ai, pos, span, text))
    return out


def sentence_similarity(texts: Sequence[str]) -> npt.NDArray[np.float64]:
    """Pairwise similarity of sentences: the mean of TF-IDF cosine and embedding cosine."""
    n = len(texts)
    docs = [" ".join(content_words(t)) for t in texts]
    if any(docs):
        tfidf = TfidfVectorizer(sublinear_tf=True, token_pattern=r"\S+").fit_transform(docs)
        lexical = np.asarray((tfidf @ tfidf.T).todense(), dtype=np.float64)
    else:
        lexical = np.zeros((n, n))
    vecs = embed(list(texts)).astype(np.float64)
    semantic = np.clip(vecs @ vecs.T, 0.0, 1.0)
    return 0.5 * lexical + 0.5 * semantic


def summarize(
    articles: Sequence[Article], *, options: SummaryOptions | None = None
) -> tuple[SummarySentence, ...]:
    """The story's summary: up to ``options.sentences`` cited sentences."""
    opts = options or SummaryOptions()
    cands = candidates(articles, options=opts)
    if not cands:
        return ()
    sims = sentence_similarity([c.text for c in cands])
    owner = np.array([c.article for c in cands])
    n = len(cands)
    other = owner[:, None] != owner[None, :]
    centrality = sims.sum(axis=1) - 1.0
    centrality = centrality / max(n - 1, 1)
    support = np.array(
        [
            len({int(owner[j]) for j in np.nonzero((sims[i] >= opts.same_thing) & other[i])[0]})
            for i in range(n)
        ],
        dtype=np.float64,
    )
    position = np.array([1.0 / np.sqrt(1.0 + c.position) for c in cands])
    score = _norm(centrality) + 0.5 * _norm(support) + 0.4 * position

    chosen: list[int] = []
    while len(chosen) < min(opts.sentences, n):
        best, best_value = -1, -np.inf
        for i in range(n):
            if i in chosen:
                continue
            overlap = max((sims[i, j] for j in chosen), default=0.0)
            if overlap >= opts.redundancy:
                continue
            value = opts.mmr_lambda * score[i] - (1 - opts.mmr_lambda) * overlap
            if value > best_value:
                best, best_value = i, value
        if best < 0:
            break
        chosen.append(best)

    def order(i: int) -> tuple[str, int, int]:
        c = cands[i]
        return (articles[c.article].published or "9999", c.article, c.position)

    result = []
    for i in sorted(chosen, key=order):
        result.append(
            SummarySentence(text=cands[i].text, citations=_citations(i, cands, sims, articles, opts))
        )
    return tuple(result)


def _citations(
    i: int,
    cands: Sequence[Candidate],
    sims: npt.NDArray[np.float64],
    articles: Sequence[Article],
    opts: SummaryOptions,
) -> tuple[Citation, ...]:
    """The source sentence first, then the best matching sentence of each other article that says it."""
    src = cands[i]
    cites = [Citation(articles[src.article].id, src.span.start, src.span.end)]
    best: dict[int, int] = {}
    for j, c in enumerate(cands):
        if c.article == src.article or sims[i, j] < opts.same_thing:
            continue
        if c.article not in best or sims[i, j] > sims[i, best[c.article]]:
            best[c.article] = j
    for ai in sorted(best):
        c = cands[best[ai]]
        cites.append(Citation(articles[ai].id, c.span.start, c.span.end))
    return tuple(cites)


def _norm(values: npt.NDArray[np.float64]) -> npt.NDArray[np.float64]:
    top = float(values.max()) if values.size else 0.0
    return values / top if top > 0 else values
