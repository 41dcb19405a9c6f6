"""Sparse TF-IDF rows and the products a brief takes of them, in numpy, bit for bit as scipy.sparse.

Importing ``scipy.sparse`` costs ~0.3 s of CPU on a cold start (its array-API layer touches every
lazily loaded numpy submodule: f2py, testing, ma, random, ...), a fifth of a five-article brief. A
brief needs five operations on CSR rows; :class:`SparseRows` does each with numpy, adding the same
products in the same order as scipy's C loops, so every value is the double scipy gives:

- :meth:`SparseRows.gram` is ``(a @ b.T).toarray()``: scipy's ``csr_matmat`` adds, for each
  (i, j), the products ``a[i, c] * b[j, c]`` in the order of row i's stored entries;
- :meth:`SparseRows.dot` is ``a @ x`` (``csr_matvec``: one left-to-right sum per row);
- :meth:`SparseRows.column_sums` is ``a.sum(axis=0)`` (a product with a row of ones: each column
  summed over the rows in order);
- :meth:`SparseRows.squared_norms` is ``a.multiply(a).sum(axis=1)``: ``csr_binop_csr`` leaves a
  row in sorted column order when every row's columns are sorted (canonical) and in the reverse
  of its stored order otherwise; the sum is ``np.add.reduceat``, as scipy calls it;
- :meth:`SparseRows.take` is ``a[idx]`` for a list of row numbers.

Sequential sums use ``np.add.at`` (unbuffered: each addition in index order). The values are
TF-IDF weights (non-negative), so the zero products a dense step adds change no sum.
``tests/test_brief_sparse_rows.py`` compares every operation with scipy on real sentences.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import cached_property
from typing import Any

import numpy as np
import numpy.typing as npt

_PAIRS_PER_STEP = 1 << 21  # products held at once by :meth:`SparseRows.gram`


@dataclass(frozen=True)
class SparseRows:
    """A CSR matrix: row i's columns ``indices[indptr[i]:indptr[i + 1]]`` hold ``data`` there."""

    data: npt.NDArray[np.float64]
    indices: npt.NDArray[np.int32]
    indptr: npt.NDArray[np.int32]
    n_cols: int

    @classmethod
    def empty(cls, n_rows: int, n_cols: int = 1) -> SparseRows:
        """``n_rows`` rows with no stored entry."""
        return cls(
            np.zeros(0, dtype=np.float64),
            np.zeros(0, dtype=np.int32),
            np.zeros(n_rows + 1, dtype=np.int32),
            n_cols,
        )

    @property
    def shape(self) -> tuple[int, int]:
        return (len(self.indptr) - 1, self.n_cols)

    def _row_of_entry(self) -> npt.NDArray[np.intp]:
        return np.repeat(np.arange(self.shape[0]), np.diff(self.indptr))

    def take(self, rows: Sequence[int]) -> SparseRows:
        """The rows numbered ``rows``, in that order (repeats allowed), entries in their stored order."""
        idx = np.asarray(rows, dtype=np.intp)
        starts, ends = self.indptr[idx], self.indptr[idx + 1]
        lengths = ends - starts
        indptr = np.zeros(len(idx) + 1, dtype=np.int32)
        np.cumsum(lengths, out=indptr[1:])
        pick = np.repeat(starts - indptr[:-1], lengths) + np.arange(int(indptr[-1]))
        return SparseRows(self.data[pick], self.indices[pick], indptr, self.n_cols)

    def column_sums(self) -> npt.NDArray[np.float64]:
        """``a.sum(axis=0)`` as a flat array: each column's entries added row by row."""
        out = np.zeros(self.n_cols, dtype=np.float64)
        np.add.at(out, self.indices, self.data)
        return out

    def dot(self, x: npt.NDArray[np.float64]) -> npt.NDArray[np.float64]:
        """``a @ x`` for a dense vector ``x``: each row's products added in stored order."""
        out = np.zeros(self.shape[0], dtype=np.float64)
        np.add.at(out, self._row_of_entry(), self.data * x[self.indices])
        return out

    def squared_norms(self) -> npt.NDArray[np.float64]:
        """``a.multiply(a).sum(axis=1)`` as a flat array."""
        n = self.shape[0]
        rows = self._row_of_entry()
        if self._canonical():
            order = np.arange(len(self.data))  # already in sorted column order
        else:  # scipy's general element-wise product lists each row's columns last-seen first
            order = self.indptr[1:][rows] - 1 - (np.arange(len(self.data)) - self.indptr[:-1][rows])
        squares = self.data[order] * self.data[order]
        out = np.zeros(n, dtype=np.float64)
        keep = squares != 0.0  # scipy drops products that are zero
        squares, kept_rows = squares[keep], rows[keep]
        if not len(squares):
            return out
        firsts = np.flatnonzero(np.diff(kept_rows, prepend=-1))  # each row's first kept square
        out[kept_rows[firsts]] = np.add.reduceat(squares, firsts)
        return out

    def gram(self, other: SparseRows) -> npt.NDArray[np.float64]:
        """``(a @ other.T).toarray()``: one row per row of ``a``, one column per row of ``other``."""
        n, m = self.shape[0], other.shape[0]
        out = np.zeros(n * m, dtype=np.float64)
        if not len(self.data) or not len(other.data):
            return out.reshape(n, m)
        col_start, other_rows, other_vals = other._by_column
        own_rows = self._row_of_entry()
        lo, hi = col_start[self.indices], col_start[self.indices + 1]
        counts = hi - lo
        ends = np.cumsum(counts)
        start = 0
        while start < len(self.data):  # entries [start, stop) of a, in stored order
            stop = int(np.searchsorted(ends, ends[start] - counts[start] + _PAIRS_PER_STEP, side="right"))
            stop = max(stop, start + 1)
            c = counts[start:stop]
            total = int(c.sum())
            if total:
                offsets = np.cumsum(c) - c
                partner = np.repeat(lo[start:stop] - offsets, c) + np.arange(total)
                flat = np.repeat(own_rows[start:stop] * m, c) + other_rows[partner]
                np.add.at(out, flat, np.repeat(self.data[start:stop], c) * other_vals[partner])
            start = stop
        return out.reshape(n, m)

    @cached_property
    def _by_column(self) -> tuple[npt.NDArray[np.intp], npt.NDArray[np.intp], npt.NDArray[np.float64]]:
        """The entries grouped by column (rows ascending within one): where each column's group
        starts, and the row and value of each entry; kept, as one matrix is often the right side."""
        by_col = np.argsort(self.indices, kind="stable")
        col_start = np.searchsorted(self.indices[by_col], np.arange(self.n_cols + 1))
        return col_start, self._row_of_entry()[by_col], self.data[by_col]

    def _canonical(self) -> bool:
        """Every row's columns strictly increasing (scipy's ``has_canonical_format``)."""
        if len(self.indices) < 2:
            return True
        step = np.diff(self.indices.astype(np.int64))
        inner = np.ones(len(step), dtype=bool)
        boundaries = self.indptr[1:-1]
        boundaries = boundaries[(boundaries > 0) & (boundaries < len(self.indices))]
        inner[boundaries - 1] = False  # a step across two rows says nothing
        return bool(np.all(step[inner] > 0))

    def to_scipy(self) -> Any:
        """The same matrix as a ``scipy.sparse.csr_matrix`` (imports scipy; for tests and callers that need it)."""
        from scipy import sparse

        return sparse.csr_matrix((self.data, self.indices, self.indptr), shape=self.shape)
