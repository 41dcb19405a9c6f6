"""Sublinear TF-IDF rows, computed as scikit-learn's ``TfidfVectorizer`` computes them, without importing it.

Importing scikit-learn costs ~0.5 s of CPU (it loads ``scipy.stats``), more than a five-article brief
spends on everything else it imports; the vectorizer itself is a vocabulary, a count per word and
three array operations. :func:`tfidf_rows` gives the matrix ``TfidfVectorizer(sublinear_tf=True,
token_pattern=r"\\S+", dtype=np.float64).fit_transform(docs)`` gives: the same class, index and
value arrays bit for bit (columns numbered in the words' sorted order, each row's entries kept in
the order in which its words first occur in the corpus, as sklearn leaves them), smoothed IDF
``ln((1 + n) / (1 + df)) + 1``, ``1 + ln(tf)``, and each row divided by its L2 norm summed in that
order, as :class:`~warta.brief.sparse_rows.SparseRows` (``to_scipy()`` gives the csr_matrix).
``tests/test_brief_tfidf.py`` compares both on real sentences when scikit-learn is there.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import numpy as np
import numpy.typing as npt

from warta.brief.sparse_rows import SparseRows

_TOKEN = re.compile(r"\S+")  # sklearn's token_pattern, on lower-cased text


def tfidf_rows(docs: Sequence[str]) -> SparseRows:
    """One L2-normalised sublinear TF-IDF row per document (whitespace-separated words, lower-cased).

    Raises ValueError when no document has a word (as sklearn does: "empty vocabulary").
    """
    vocabulary: dict[str, int] = {}  # word -> the order of its first occurrence
    first_seen: list[int] = []
    counts: list[int] = []
    indptr = [0]
    for doc in docs:
        row: dict[int, int] = {}
        for word in _TOKEN.findall(doc.lower()):
            j = vocabulary.setdefault(word, len(vocabulary))
            row[j] = row.get(j, 0) + 1
        for j in sorted(row):
            first_seen.append(j)
            counts.append(row[j])
        indptr.append(len(first_seen))
    if not vocabulary:
        raise ValueError("empty vocabulary; perhaps the documents only contain stop words")
    column = np.empty(len(vocabulary), dtype=np.int32)
    for rank, word in enumerate(sorted(vocabulary)):
        column[vocabulary[word]] = rank
    indices = column.take(np.asarray(first_seen, dtype=np.int32), mode="clip")
    df = np.bincount(indices, minlength=len(vocabulary)).astype(np.float64)
    df += 1.0
    idf = np.full_like(df, fill_value=len(docs) + 1, dtype=np.float64)
    idf /= df
    np.log(idf, out=idf)
    idf += 1.0
    data = np.asarray(counts, dtype=np.float64)
    np.log(data, data)
    data += 1.0
    data *= idf[indices]
    _normalise_rows(data, indptr)
    return SparseRows(data, indices, np.asarray(indptr, dtype=np.int32), len(vocabulary))


def _normalise_rows(data: npt.NDArray[np.float64], indptr: Sequence[int]) -> None:
    """Divide each row by its L2 norm, the squares summed left to right (sklearn's loop).

    The k-th entries of all rows are added in one step, so each row's sum still runs in its order.
    """
    bounds = np.asarray(indptr, dtype=np.int64)
    starts, lengths = bounds[:-1], np.diff(bounds)
    total = np.zeros(len(lengths), dtype=np.float64)
    for k in range(int(lengths.max(initial=0))):
        live = np.flatnonzero(lengths > k)
        value = data[starts[live] + k]
        total[live] += value * value
    norms = np.sqrt(total)
    norms[total == 0.0] = 1.0  # an empty row stays as it is
    data /= np.repeat(norms, lengths)
