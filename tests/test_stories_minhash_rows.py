"""MinHash signatures computed in one pass are datasketch's, bit for bit, and the band pairs are what a
MinHashLSH index finds when each text queries it and is then inserted."""

from __future__ import annotations

import random

import numpy as np
import pytest
from datasketch import MinHash, MinHashLSH

from warta.stories import minhash_rows, records
from warta.stories.sketches import lsh_params


def _batches(n: int) -> list[list[bytes]]:
    rng = random.Random(7)
    vocab = [f"w{i}" for i in range(60)]  # few words: many texts share shingles and bands
    out = []
    for i in range(n):
        words = [rng.choice(vocab) for _ in range(rng.randrange(0, 12))]
        grams = {" ".join(words[k : k + 3]) for k in range(max(1, len(words) - 2))}
        out.append([] if i % 9 == 0 else [g.encode() for g in grams])
    return out


@pytest.mark.parametrize("scheme", ["affine32", "affine64", "legacy"])
def test_rows_are_each_batchs_own_minhash(scheme: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(minhash_rows, "_CHUNK", 50)  # several chunks, some batches larger than one
    template = MinHash(num_perm=32, seed=3, scheme=scheme)
    batches = _batches(300)
    expected = []
    for batch in batches:
        mh = MinHash(num_perm=32, seed=3, scheme=scheme, permutations=template.permutations)
        if batch:
            mh.update_batch(batch)
        expected.append(mh.hashvalues)
    got = minhash_rows.minhash_rows(batches, template)
    assert got.dtype == np.asarray(expected).dtype
    assert np.array_equal(got, np.asarray(expected))


def test_band_pairs_are_the_lsh_queries() -> None:
    bands, rows = lsh_params(0.3, 64)
    template = MinHash(num_perm=64)
    lsh = MinHashLSH(threshold=0.3, num_perm=64, params=(bands, rows))
    batches = _batches(400)
    found: set[tuple[int, int]] = set()
    for i, batch in enumerate(batches):
        mh = MinHash(num_perm=64, permutations=template.permutations, scheme=template.scheme)
        if batch:
            mh.update_batch(batch)
        found.update((int(other), i) for other in lsh.query(mh))
        lsh.insert(str(i), mh)
    got = minhash_rows.band_pairs(minhash_rows.minhash_rows(batches, template), bands, rows)
    assert got == found and found


def test_record_signatures_in_one_pass_are_each_articles() -> None:
    texts = [
        ["banjir", "melanda", "kota", "watugede", "pagi", "ini"],
        [],
        ["dua", "kata"],
        ["a", "b", "c"],
    ] * 5
    assert records.signatures(texts) == [records.signature(t) for t in texts]
