"""Many MinHash signatures in one pass, and the pairs a MinHash LSH index would return, without the index.

A brief hashes hundreds of short texts (quotes, articles): one datasketch ``MinHash`` per text, one
``update_batch`` and one LSH ``query`` and ``insert`` each cost more than the hashing itself.
:func:`minhash_rows` gives, row by row, the ``hashvalues`` each text's own ``MinHash`` (the template's
permutations, scheme and hash function) would hold after ``update_batch`` of its values: every value
is hashed by the same function, mixed and permuted element-wise by the same numpy operations on the
same dtypes, and a minimum is exact in any order, so the rows are the same bits (tested against
datasketch). :func:`band_pairs` gives the pairs an index of ``MinHashLSH(params=(bands, rows))`` finds
when each text queries it and is then inserted: the earlier texts that share every value of at least
one band with it.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from typing import Any

import numpy as np

_CHUNK = 256  # values permuted at once: a chunk's matrix (this times num_perm values) stays in cache


def minhash_rows(batches: Sequence[Sequence[bytes]], template: Any) -> np.ndarray:
    """``MinHash(permutations=template.permutations, scheme=template.scheme, hashfunc=...)`` updated
    with each batch, as rows of its ``hashvalues`` (an empty batch: the empty MinHash's values)."""
    from datasketch.minhash import _SCHEME_WIDTHS, _fmix

    if template.scheme not in _SCHEME_WIDTHS:  # the legacy scheme: one MinHash per batch
        return np.array([_one(batch, template) for batch in batches]).reshape(len(batches), -1)
    a, b = template.permutations
    width = _SCHEME_WIDTHS[template.scheme]
    out = np.repeat(template.hashvalues[np.newaxis, :], len(batches), axis=0)
    hashfunc = template.hashfunc
    start = 0
    while start < len(batches):
        stop, size = start, 0
        while stop < len(batches) and (stop == start or size + len(batches[stop]) <= _CHUNK):
            size += len(batches[stop])
            stop += 1
        part = batches[start:stop]
        values = [v for batch in part for v in batch]
        if values:
            hv = _fmix(_hashed(values, hashfunc, template).reshape(-1, 1), width)
            phv = hv * a + b
            filled = [i for i, batch in enumerate(part) if batch]
            offsets = np.cumsum([0] + [len(part[i]) for i in filled[:-1]])
            mins = np.minimum.reduceat(phv, offsets, axis=0)
            rows = out[start : start + len(part)]
            rows[filled] = np.minimum(rows[filled], mins)
        start = stop
    return out


def _hashed(values: list[bytes], hashfunc: Any, template: Any) -> np.ndarray:
    """``template._hash_input_array([hashfunc(v) for v in values])``; for datasketch's SHA-1 hashes
    the digests' first 4 (or 8) bytes read as little-endian integers in one array, as ``struct.unpack``
    ("<I", "<Q") reads each."""
    from datasketch.hashfunc import sha1_hash32, sha1_hash64

    size = {sha1_hash32: 4, sha1_hash64: 8}.get(hashfunc)
    dtype = template.hashvalues.dtype
    if size is None or dtype.itemsize != size:
        return np.asarray(template._hash_input_array([hashfunc(v) for v in values]))
    sha1 = hashlib.sha1
    digests = np.frombuffer(b"".join([sha1(v).digest() for v in values]), dtype=np.uint8)
    return digests.reshape(-1, 20)[:, :size].copy().view(np.dtype(f"<u{size}")).ravel().astype(dtype)


def _one(batch: Sequence[bytes], template: Any) -> np.ndarray:
    from datasketch import MinHash

    mh = MinHash(
        num_perm=len(template.hashvalues),
        permutations=template.permutations,
        scheme=template.scheme,
        hashfunc=template.hashfunc,
    )
    if batch:
        mh.update_batch(list(batch))
    return np.asarray(mh.hashvalues)


def band_pairs(rows: np.ndarray, bands: int, width: int) -> set[tuple[int, int]]:
    """Pairs ``(j, i)``, ``j < i``, of rows equal on every value of at least one of ``bands`` bands of
    ``width`` values (the bands ``MinHashLSH`` hashes: values ``[k * width, (k + 1) * width)``)."""
    pairs: set[tuple[int, int]] = set()
    if not len(rows):
        return pairs
    for k in range(bands):
        block = np.ascontiguousarray(rows[:, k * width : (k + 1) * width])
        keys = block.view(np.dtype((np.void, block.dtype.itemsize * width))).ravel()
        _, inverse, counts = np.unique(keys, return_inverse=True, return_counts=True)
        shared = np.flatnonzero(counts[inverse.ravel()] > 1)  # rows whose band another row has too
        buckets: dict[int, list[int]] = {}
        for i, key in zip(shared.tolist(), inverse.ravel()[shared].tolist(), strict=True):
            buckets.setdefault(key, []).append(i)
        for members in buckets.values():
            pairs.update((members[a], members[c]) for c in range(1, len(members)) for a in range(c))
    return pairs
