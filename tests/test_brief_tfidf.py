"""TF-IDF rows without scikit-learn: the very matrix its TfidfVectorizer(sublinear_tf=True) gives."""

from __future__ import annotations

import itertools

import numpy as np
import pytest
from scipy import sparse

from conftest import DATA, needs_shared
from warta.brief.tfidf import tfidf_rows
from warta.text.tokens import content_words

INDOSUM = DATA / "indosum" / "articles.jsonl"


def sklearn_rows(docs: list[str]) -> sparse.csr_matrix:
    text = pytest.importorskip("sklearn.feature_extraction.text")
    vec = text.TfidfVectorizer(sublinear_tf=True, token_pattern=r"\S+", dtype=np.float64)
    matrix: sparse.csr_matrix = vec.fit_transform(docs).tocsr()
    return matrix


def assert_identical(ours: sparse.csr_matrix, theirs: sparse.csr_matrix) -> None:
    assert type(ours) is type(theirs) and ours.shape == theirs.shape
    for name in ("data", "indices", "indptr"):
        a, b = getattr(ours, name), getattr(theirs, name)
        assert a.dtype == b.dtype and a.tobytes() == b.tobytes(), name
    skip = {"data", "indices", "indptr"}
    assert {k: v for k, v in vars(ours).items() if k not in skip} == {
        k: v for k, v in vars(theirs).items() if k not in skip
    }


def test_small_corpus_counts_words_once_per_row_in_first_seen_order() -> None:
    docs = ["Satu dua tiga dua", "", "empat SATU"]
    rows = tfidf_rows(docs).to_scipy()
    assert rows.shape == (3, 4)  # dua, empat, satu, tiga
    assert rows.indices.tolist() == [2, 0, 3, 2, 1]  # satu dua tiga | satu empat
    assert np.allclose(np.asarray(rows.multiply(rows).sum(axis=1)).ravel(), [1.0, 0.0, 1.0])
    assert_identical(rows, sklearn_rows(docs))


def test_no_word_at_all_is_an_error_as_in_sklearn() -> None:
    with pytest.raises(ValueError, match="empty vocabulary"):
        tfidf_rows(["", "  "])


@needs_shared(INDOSUM)
def test_identical_to_sklearn_on_indosum_sentences_and_articles() -> None:
    from warta.evaluate.indosum import read_records

    records = list(itertools.islice(read_records(INDOSUM), 120))
    corpora = [list(r.sentences) for r in records[:100]]
    corpora.append([" ".join(r.sentences) for r in records])
    corpora.append([s for r in records for s in r.sentences])
    for texts in corpora:
        docs = [" ".join(content_words(t)) for t in texts]
        if any(docs):
            assert_identical(tfidf_rows(docs).to_scipy(), sklearn_rows(docs))
