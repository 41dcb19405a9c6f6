"""Extractive multi-document summary: central, well-supported, non-redundant sentences, cited.

Scoring per candidate sentence:
- a learned score (:mod:`warta.brief.scorer`, fitted on IndoSum's oracle labels) over position,
  length, TF-IDF centrality in the story and in its article, similarity to the lead, and the facts
  (digits, quotes, names) the sentence carries;
- support: how many *other* articles carry a sentence that says the same thing (TF-IDF and
  multilingual embeddings).
Selection is MMR (maximal marginal relevance), so five outlets saying one thing yield one sentence,
cited to all five. The chosen sentences are ordered by as-of date, then by source position.

Cost stays linear in the story's sentences: centrality uses each vector's product with the sum of
all; embeddings are computed only for a shortlist and for sentences lexically close enough to it
that the combined similarity could reach the "same thing" threshold.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from warta.brief.scorer import LinearScorer, locate, sentence_features, shipped_scorer, tfidf_vectors
from warta.brief.sentence_dates import sentence_dates
from warta.brief.sparse_rows import SparseRows
from warta.brief.standalone import dateline_end, leans_on_context, social_post, whole
from warta.text.embeddings import embed
from warta.text.tokens import words
from warta.types import Article, Citation, Span, SummarySentence


@dataclass(frozen=True)
class SummaryOptions:
    """Knobs for :func:`summarize`; ``words`` (when set) bounds the length instead of ``sentences``."""

    sentences: int = 6
    words: int | None = None
    min_words: int = 6
    max_words: int = 70
    same_thing: float = 0.72  # similarity at which two sentences "say the same thing"
    redundancy: float = 0.62  # a candidate this close to a chosen sentence is not chosen
    mmr_lambda: float = 0.7
    support_weight: float = 0.5
    facts_weight: float = 0.8  # bonus for a sentence that carries an event figure (killed, detained, ...)
    semantic: bool = True  # use multilingual embeddings beside TF-IDF
    learned: bool = True  # the shipped scorer; False uses centrality and position only
    shortlist: int = 60
    scorer: LinearScorer | None = None  # None: the shipped weights
    standalone: bool = True  # only sentences a reader can understand alone (:mod:`warta.brief.standalone`)
    cross_language: float = 0.6  # embedding cosine at which sentences in two languages say the same


@dataclass(frozen=True)
class Candidate:
    """A sentence that may enter the summary, and where it sits."""

    article: int
    position: int
    span: Span
    text: str
    leans: bool = False  # it leans on the sentence before it ("Akibatnya, ..."): only right after it


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
            leans = False
            if options.standalone:
                if not whole(text) or social_post(text):
                    continue
                cut = dateline_end(text)
                if cut:  # cite the statement, not the dateline before it
                    span = Span(span.start + cut, span.end)
                    text = span.slice(article.text)
                leans = leans_on_context(text)
            out.append(Candidate(ai, pos, span, text, leans))
    return out


def sentence_similarity(texts: Sequence[str]) -> npt.NDArray[np.float64]:
    """Pairwise similarity of sentences: the mean of TF-IDF cosine and embedding cosine."""
    rows = tfidf_vectors(texts)
    lexical = rows.gram(rows)
    vecs = embed(list(texts)).astype(np.float64)
    semantic = np.clip(vecs @ vecs.T, 0.0, 1.0)
    return 0.5 * lexical + 0.5 * semantic


class CandidateSimilarity:
    """Combined similarity between candidates, embedding only the sentences a comparison needs."""

    def __init__(self, texts: Sequence[str], *, semantic: bool) -> None:
        self.texts = texts
        self.lexical = tfidf_vectors(texts)
        self.semantic = semantic
        self._vecs: dict[int, npt.NDArray[np.float32]] = {}

    def _embed(self, idx: Sequence[int]) -> None:
        missing = sorted({i for i in idx if i not in self._vecs})
        if missing:
            for i, v in zip(missing, embed([self.texts[i] for i in missing]), strict=True):
                self._vecs[i] = v

    def vectors(self, idx: Sequence[int]) -> npt.NDArray[np.float64]:
        """The embeddings of candidates ``idx``, one row each."""
        self._embed(idx)
        return np.stack([self._vecs[i] for i in idx]).astype(np.float64)

    def rows(self, rows: Sequence[int], *, at_least: float = 0.0) -> npt.NDArray[np.float64]:
        """Similarity of ``rows`` to every candidate; values under ``at_least`` may be lexical only.

        A candidate's value against itself is left lexical too: no caller compares a sentence with
        itself, so a sentence lexically far from every other one is never embedded.
        """
        lex = self.lexical.take(rows).gram(self.lexical)
        if not self.semantic:
            return lex
        # The combined value is the mean of two cosines in [0, 1], so it can reach ``at_least`` only
        # where the lexical cosine is at least 2 * at_least - 1: only those pairs need embeddings.
        need = lex >= 2 * at_least - 1
        need[np.arange(len(rows)), rows] = False
        left_at = np.nonzero(need.any(axis=1))[0].tolist()
        cols = np.nonzero(need.any(axis=0))[0].tolist()
        out = lex / 2
        if cols:
            self._embed([rows[r] for r in left_at] + cols)
            left = np.stack([self._vecs[rows[r]] for r in left_at]).astype(np.float64)
            right = np.stack([self._vecs[j] for j in cols]).astype(np.float64)
            sem = np.clip(left @ right.T, 0.0, 1.0)
            block = np.ix_(left_at, cols)
            out[block] = np.where(need[block], (lex[block] + sem) / 2, lex[block] / 2)
        return out


def summarize(
    articles: Sequence[Article], *, options: SummaryOptions | None = None
) -> tuple[SummarySentence, ...]:
    """The story's summary: up to ``options.sentences`` (or ``options.words``) cited sentences."""
    opts = options or SummaryOptions()
    cands = candidates(articles, options=opts)
    if not cands:
        return ()
    # One article has no cross-outlet support to measure, and the learned scorer was trained
    # without embeddings: a single-article summary needs only the lexical view.
    semantic = opts.semantic and len({c.article for c in cands}) > 1
    sim = CandidateSimilarity([c.text for c in cands], semantic=semantic)
    base = base_scores(articles, cands, sim.lexical, options=opts)
    owner = np.array([c.article for c in cands])
    short = [int(i) for i in np.argsort(-base, kind="stable")[: max(opts.shortlist, 3 * opts.sentences)]]
    wide = sim.rows(short, at_least=min(opts.same_thing, opts.redundancy))
    support = np.array(
        [
            len(set(owner[(wide[r] >= opts.same_thing) & (owner != owner[i])].tolist()))
            for r, i in enumerate(short)
        ],
        dtype=np.float64,
    )
    facts = _event_figures(articles, [cands[i] for i in short]) if opts.facts_weight else np.zeros(len(short))
    score = (
        base[short]
        + opts.facts_weight * facts
        + opts.support_weight * (support / support.max() if support.max() > 0 else support)
    )
    among = wide[:, short]
    if semantic and opts.cross_language < 1.0:
        among = _cross_language(among, sim, short, [articles[cands[i].article].language for i in short], opts)
    at = {(cands[i].article, cands[i].position): r for r, i in enumerate(short)}
    needs = [at.get((cands[i].article, cands[i].position - 1), -2) if cands[i].leans else -1 for i in short]
    chosen = _mmr(score, among, [len(words(cands[i].text)) for i in short], opts, needs=needs)
    picked = [short[r] for r in chosen]
    dated = sentence_dates(articles, [(cands[i].article, cands[i].span) for i in picked])

    # Chronological: by the day each sentence refers to, then publication, then source position; a
    # sentence leaning on the one before it stays right after that sentence.
    keys: dict[int, tuple[str, str, int, int]] = {}
    slot = {(cands[i].article, cands[i].position): k for k, i in enumerate(picked)}
    for k in sorted(range(len(picked)), key=lambda k: (cands[picked[k]].article, cands[picked[k]].position)):
        c = cands[picked[k]]
        published = articles[c.article].published or "9999"
        before = slot.get((c.article, c.position - 1))
        if c.leans and before is not None:
            keys[k] = (*keys[before][:2], c.article, c.position)
        else:
            keys[k] = (dated[k] or published, published, c.article, c.position)

    result = []
    for k in sorted(range(len(picked)), key=keys.__getitem__):
        row = wide[short.index(picked[k])]
        result.append(
            SummarySentence(
                text=cands[picked[k]].text, citations=_citations(picked[k], row, cands, articles, opts)
            )
        )
    return tuple(result)


def _cross_language(
    among: npt.NDArray[np.float64],
    sim: CandidateSimilarity,
    short: Sequence[int],
    languages: Sequence[str | None],
    opts: SummaryOptions,
) -> npt.NDArray[np.float64]:
    """``among`` with sentences in two languages that say the same thing (by embeddings) made redundant.

    Their TF-IDF cosine is near zero, so the combined similarity never reaches ``redundancy``; the
    multilingual embedding alone decides, at ``cross_language``.
    """
    langs = [lang or "id" for lang in languages]
    if len(set(langs)) < 2:
        return among
    vecs = sim.vectors(short)
    sem = np.clip(vecs @ vecs.T, 0.0, 1.0)
    differ = np.array([[a != b for b in langs] for a in langs])
    same = differ & (sem >= opts.cross_language)
    return np.where(same, np.maximum(among, opts.redundancy), among)


def base_scores(
    articles: Sequence[Article],
    cands: Sequence[Candidate],
    vectors: SparseRows,
    *,
    options: SummaryOptions,
) -> npt.NDArray[np.float64]:
    """Each candidate's score before support and redundancy, in [0, 1]."""
    feats = base_features(articles, cands, vectors)
    if options.learned:
        scorer = options.scorer or shipped_scorer()
        result: npt.NDArray[np.float64] = 1.0 / (1.0 + np.exp(-scorer.score(feats)))
        return result
    centrality = feats[:, 8]
    top = centrality.max()
    return (centrality / top if top > 0 else centrality) / 1.4 + 0.4 * feats[:, 0] / 1.4


def base_features(
    articles: Sequence[Article], cands: Sequence[Candidate], vectors: SparseRows
) -> npt.NDArray[np.float64]:
    """The learned scorer's feature rows for the candidates (the trainer calls this too)."""
    located = locate(articles, [(c.article, c.position) for c in cands])
    return sentence_features(located, vectors, titles=[a.title for a in articles])


_EVENT_ROLES = frozenset({"killed", "injured", "detained", "evacuated", "deployed", "missing"})


def _event_figures(articles: Sequence[Article], cands: Sequence[Candidate]) -> npt.NDArray[np.float64]:
    """1.0 for a candidate that holds a figure with an event role, else 0.0."""
    from warta.extract.figures import find_figures

    out = np.zeros(len(cands))
    for k, c in enumerate(cands):
        article = articles[c.article]
        figures = find_figures(
            c.text, (Span(0, len(c.text)),), article=article.id, language=article.language or "id"
        )
        out[k] = float(any(f.measure.role in _EVENT_ROLES for f in figures))
    return out


def _mmr(
    score: npt.NDArray[np.float64],
    sims: npt.NDArray[np.float64],
    lengths: Sequence[int],
    opts: SummaryOptions,
    *,
    needs: Sequence[int] = (),
) -> list[int]:
    """Greedy maximal marginal relevance under the sentence or word budget.

    ``needs[i]`` is the row that must be chosen before ``i`` may be (-1: none; -2: never chosen).
    """
    n = len(score)
    chosen: list[int] = []
    used = 0
    while len(chosen) < n and (opts.words is not None or len(chosen) < opts.sentences):
        best, best_value = -1, -np.inf
        for i in range(n):
            if i in chosen:
                continue
            if needs and needs[i] != -1 and needs[i] not in chosen:
                continue
            if opts.words is not None and chosen and used + lengths[i] > opts.words:
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
        used += lengths[best]
        if opts.words is not None and used >= opts.words:
            break
    return chosen


def _citations(
    i: int,
    row: npt.NDArray[np.float64],
    cands: Sequence[Candidate],
    articles: Sequence[Article],
    opts: SummaryOptions,
) -> tuple[Citation, ...]:
    """The source sentence first, then the best matching sentence of each other article that says it."""
    src = cands[i]
    cites = [Citation(articles[src.article].id, src.span.start, src.span.end)]
    best: dict[int, int] = {}
    for j in np.nonzero(row >= opts.same_thing)[0].tolist():
        c = cands[j]
        if c.article == src.article:
            continue
        if c.article not in best or row[j] > row[best[c.article]]:
            best[c.article] = j
    for ai in sorted(best):
        c = cands[best[ai]]
        cites.append(Citation(articles[ai].id, c.span.start, c.span.end))
    return tuple(cites)
