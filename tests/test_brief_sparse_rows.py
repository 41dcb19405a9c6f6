"""SparseRows: every product a brief takes of TF-IDF rows, the very doubles scipy.sparse gives."""

from __future__ import annotations

import itertools

import numpy as np
import pytest

from conftest import DATA, needs_shared
from warta.brief.sparse_rows import SparseRows
from warta.brief.tfidf import tfidf_rows
from warta.text.tokens import content_words

INDOSUM = DATA / "indosum" / "articles.jsonl"


def same(ours: np.ndarray, theirs: object) -> None:
    expected = np.asarray(theirs, dtype=np.float64)
    if ours.ndim == 1:
        expected = expected.ravel()
    assert ours.shape == expected.shape and ours.tobytes() == expected.tobytes()


def check(rows: SparseRows, rng: np.random.Generator) -> None:
    sp = pytest.importorskip("scipy.sparse")
    ref = rows.to_scipy()
    assert isinstance(ref, sp.csr_matrix)
    n = rows.shape[0]
    same(rows.gram(rows), (ref @ ref.T).toarray())
    same(rows.column_sums(), ref.sum(axis=0))
    same(rows.squared_norms(), ref.multiply(ref).sum(axis=1))
    x = rng.random(rows.n_cols)
    same(rows.dot(x), ref @ x)
    total = rows.column_sums()
    same(rows.dot(total), ref @ np.asarray(ref.sum(axis=0)).ravel())
    for size in (1, 2, max(n // 3, 1), n):
        idx = sorted(rng.choice(n, size=size, replace=False).tolist())
        part, ref_part = rows.take(idx), ref[idx]
        for name in ("data", "indices", "indptr"):
            assert getattr(part, name).tobytes() == getattr(ref_part, name).tobytes(), name
        same(part.gram(rows), (ref_part @ ref.T).toarray())
        same(part.gram(part.take([0])), (ref_part @ ref_part[0].T).toarray())
        same(part.column_sums(), ref_part.sum(axis=0))
        same(part.squared_norms(), ref_part.multiply(ref_part).sum(axis=1))


def test_small_rows_with_an_empty_one_and_unsorted_columns() -> None:
    rows = tfidf_rows(["dua satu dua tiga", "", "empat satu", "tiga"])
    assert rows.indices.tolist() != sorted(rows.indices.tolist())
    check(rows, np.random.default_rng(0))
    assert rows.gram(rows)[1].tolist() == [0.0] * 4
    assert SparseRows.empty(3).gram(SparseRows.empty(2)).shape == (3, 2)


def test_sorted_rows_take_scipys_canonical_path() -> None:
    rows = tfidf_rows(["a b c", "a c", "b"])  # first-seen order is sorted order: canonical
    assert rows._canonical()
    check(rows, np.random.default_rng(1))


@needs_shared(INDOSUM)
def test_identical_to_scipy_on_indosum_sentences_and_articles() -> None:
    from warta.evaluate.indosum import read_records

    rng = np.random.default_rng(7)
    records = list(itertools.islice(read_records(INDOSUM), 60))
    corpora = [list(r.sentences) for r in records[:40]]
    corpora.append([" ".join(r.sentences) for r in records])
    corpora.append([s for r in records for s in r.sentences])
    for texts in corpora:
        docs = [" ".join(content_words(t)) for t in texts]
        if any(docs):
            check(tfidf_rows(docs), rng)
