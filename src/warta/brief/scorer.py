"""A learned sentence scorer: logistic regression over cheap sentence features, weights shipped as JSON.

The weights in ``warta/data/sentence_scorer.json`` were fitted on IndoSum's extractive oracle labels
(Kurniawan & Louvan 2018, CC BY-SA 4.0; see ``warta/data/README.md``) by ``bench/train_scorer.py``,
which also prints their cross-validated ROUGE. Features need only TF-IDF vectors, so scoring stays
linear in the number of sentences: centrality is each vector's dot product with the sum of all.
Paragraph features read the article's cleaned text, where each paragraph is one line.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

import numpy as np
import numpy.typing as npt

from warta.brief.per_article import once
from warta.brief.sparse_rows import SparseRows
from warta.brief.tfidf import tfidf_rows
from warta.clean.rules import is_read_also_line
from warta.errors import ConfigError
from warta.extract.stems import stem
from warta.linear import StandardisedLinear
from warta.text.tokens import STOPWORDS, content_words, words
from warta.types import Article

FEATURES = (
    "inv_position",
    "first",
    "second",
    "third",
    "log_position",
    "relative_position",
    "length",
    "length_sq",
    "story_centrality",
    "article_centrality",
    "lead_similarity",
    "title_similarity",
    "digits",
    "quoted",
    "opens_quote",
    "content_ratio",
    "capitalised",
    "question",
    "paragraph_inv",
    "first_paragraph",
    "paragraph_log",
    "opens_paragraph",
    "in_paragraph_log",
    "closes_paragraph",
    "paragraph_size",
    "lone_sentence",
    "insert",
    "candidate_inv",
    "title_recall",
    "title_best",
)
"""The feature names, in the order of the columns :func:`sentence_features` returns."""

_QUOTES = '"“”„«»'
_CAPITAL = re.compile(r"\b[A-Z][\w-]*")
_INSERT = re.compile(r"(?:baca|simak|lihat) juga\b", re.IGNORECASE)


@dataclass(frozen=True)
class Paragraph:
    """Where a sentence sits among its article's paragraphs: which one, where in it, and its size."""

    index: int
    position: int
    size: int
    insert: bool = False  # a "Baca juga: ..." line inserted into the story


@dataclass(frozen=True)
class Located:
    """A sentence to score: its text, its article (index), its position in that article and paragraph."""

    text: str
    article: int
    position: int
    article_sentences: int
    paragraph: Paragraph | None = None  # None: the article is one paragraph


def paragraphs(article: Article) -> tuple[Paragraph, ...]:
    """Each sentence's paragraph: a new one starts where a line break precedes the sentence."""
    opens: list[int] = []  # for each sentence, the index of the sentence that opened its paragraph
    end = 0
    for i, span in enumerate(article.sentences):
        starts = not opens or (len(span) > 0 and "\n" in article.text[end : span.start])
        opens.append(i if starts else opens[-1])
        if len(span):
            end = span.end
    sizes: dict[int, int] = {}
    for o in opens:
        sizes[o] = sizes.get(o, 0) + 1
    rank = {o: k for k, o in enumerate(sorted(sizes))}
    texts = article.sentence_texts()
    return tuple(
        Paragraph(rank[o], i - o, sizes[o], bool(_INSERT.match(texts[o])) or is_read_also_line(texts[o]))
        for i, o in enumerate(opens)
    )


def locate(articles: Sequence[Article], where: Sequence[tuple[int, int]]) -> list[Located]:
    """The :class:`Located` sentence at each (article index, sentence position)."""
    layout = {a: once("paragraphs", articles[a], paragraphs) for a in sorted({a for a, _ in where})}
    out = []
    for a, pos in where:
        article = articles[a]
        text = article.sentences[pos].slice(article.text)
        out.append(Located(text, a, pos, len(article.sentences), layout[a][pos]))
    return out


def tfidf_vectors(texts: Sequence[str]) -> SparseRows:
    """L2-normalised sublinear TF-IDF rows over content words (an all-zero row for a text with none)."""
    docs = [" ".join(content_words(t)) for t in texts]
    if not any(docs):
        return SparseRows.empty(len(texts))
    return tfidf_rows(docs)  # scikit-learn's TfidfVectorizer(sublinear_tf=True), without its import


def _centrality(rows: SparseRows) -> npt.NDArray[np.float64]:
    """Mean cosine of each row to the other rows, in O(nnz) via the sum of all rows."""
    n = rows.shape[0]
    if n < 2:
        return np.zeros(n)
    total = rows.column_sums()
    self_sim = rows.squared_norms()
    result: npt.NDArray[np.float64] = (rows.dot(total) - self_sim) / (n - 1)
    return result


def sentence_features(
    sents: Sequence[Located], vectors: SparseRows, *, titles: Sequence[str | None] = ()
) -> npt.NDArray[np.float64]:
    """One row of :data:`FEATURES` per sentence; ``vectors`` are the sentences' TF-IDF rows."""
    n = len(sents)
    out = np.zeros((n, len(FEATURES)))
    if n == 0:
        return out
    story = _centrality(vectors)
    by_article: dict[int, list[int]] = {}
    for i, s in enumerate(sents):
        by_article.setdefault(s.article, []).append(i)
    article_c = np.zeros(n)
    lead = np.zeros(n)
    for idx in by_article.values():
        rows = vectors.take(idx)
        article_c[idx] = _centrality(rows)
        first = min(idx, key=lambda i: sents[i].position)
        lead[idx] = rows.gram(vectors.take([first])).ravel()
    title = _title_overlap(sents, titles)
    candidate_rank = np.zeros(n)
    for idx in by_article.values():
        for rank, i in enumerate(sorted(idx, key=lambda i: sents[i].position)):
            candidate_rank[i] = rank
    for i, s in enumerate(sents):
        ws = words(s.text)
        n_words = max(len(ws), 1)
        stripped = s.text.strip()
        par = s.paragraph or Paragraph(0, s.position, max(s.article_sentences, 1))
        out[i] = (
            1.0 / (1.0 + s.position),
            float(s.position == 0),
            float(s.position == 1),
            float(s.position == 2),
            np.log1p(s.position),
            s.position / max(s.article_sentences, 1),
            n_words / 30.0,
            (n_words / 30.0) ** 2,
            story[i],
            article_c[i],
            lead[i],
            title.jaccard[i],
            float(any(map(str.isdigit, s.text))),
            float(any(q in s.text for q in _QUOTES)),
            float(stripped[:1] in _QUOTES),
            sum(1 for w in ws if len(w) > 1 and w not in STOPWORDS) / n_words,  # content_words(s.text)
            len(_CAPITAL.findall(s.text)) / n_words,
            float(stripped.endswith("?")),
            1.0 / (1.0 + par.index),
            float(par.index == 0),
            np.log1p(par.index),
            float(par.position == 0),
            np.log1p(par.position),
            float(par.position == par.size - 1),
            min(par.size, 10) / 5.0,
            float(par.size == 1),
            float(par.insert),
            1.0 / (1.0 + candidate_rank[i]),
            title.recall[i],
            title.best[i],
        )
    return out


def _stems(text: str) -> set[str]:
    """Stems of a text's content words, so "menyerang" in a sentence meets "serang" in a title."""
    return {stem(w, english=False) for w in content_words(text)}


@dataclass(frozen=True)
class TitleOverlap:
    """Per sentence: Jaccard and recall of its article title's content words, and whether it is the best."""

    jaccard: npt.NDArray[np.float64]
    recall: npt.NDArray[np.float64]
    best: npt.NDArray[np.float64]


def _title_overlap(sents: Sequence[Located], titles: Sequence[str | None]) -> TitleOverlap:
    """How much of its article's title each sentence says (all zero for articles without a title)."""
    n = len(sents)
    jaccard, recall, best = np.zeros(n), np.zeros(n), np.zeros(n)
    if any(titles):
        title_words = [_stems(t) if t else set() for t in titles]
        top: dict[int, float] = {}
        for i, s in enumerate(sents):
            tw = title_words[s.article] if s.article < len(title_words) else set()
            if tw:
                sw = _stems(s.text)
                jaccard[i] = len(sw & tw) / max(len(sw | tw), 1)
                recall[i] = len(sw & tw) / len(tw)
                top[s.article] = max(top.get(s.article, 0.0), recall[i])
        for i, s in enumerate(sents):
            best[i] = float(recall[i] > 0 and recall[i] == top.get(s.article))
    return TitleOverlap(jaccard, recall, best)


@dataclass(frozen=True)
class LinearScorer(StandardisedLinear):
    """Logistic-regression weights over standardised sentence features."""

    def score(self, rows: npt.NDArray[np.float64]) -> npt.NDArray[np.float64]:
        """The log-odds that each sentence belongs in a summary."""
        return self.log_odds(rows)


@cache
def shipped_scorer() -> LinearScorer:
    """The scorer whose weights ship in ``warta/data/sentence_scorer.json`` (read once)."""
    from warta.data import shipped_json

    data = shipped_json("sentence_scorer.json", remedy="reinstall warta or run bench/train_scorer.py")
    if tuple(data["features"]) != FEATURES:
        raise ConfigError("sentence_scorer.json does not match warta's features; run bench/train_scorer.py")
    return LinearScorer(
        features=tuple(data["features"]),
        mean=tuple(float(x) for x in data["mean"]),
        scale=tuple(float(x) for x in data["scale"]),
        weights=tuple(float(x) for x in data["weights"]),
        bias=float(data["bias"]),
    )
