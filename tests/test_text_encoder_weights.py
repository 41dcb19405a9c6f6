"""The encoder's weights from the disk cache: the same vectors, bit for bit; a bad entry is rebuilt."""

from __future__ import annotations

import os
import time
from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pytest

from warta.text import embeddings, encoder_weights

TEXTS = [
    "Pasukan tiba di kota pada Senin pagi.",
    "Harga beras naik 5 persen menurut Badan Pusat Statistik.",
    "Troops arrived in the city on Monday.",
]


@pytest.fixture()
def fresh_model() -> Iterator[None]:
    embeddings._model.cache_clear()
    yield
    embeddings._model.cache_clear()


def vectors() -> bytes:
    embeddings._model.cache_clear()
    return np.asarray(embeddings._model().encode(TEXTS), dtype=np.float32).tobytes()


def test_cached_weights_give_the_vectors_of_the_built_ones(
    fresh_model: None, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("WARTA_CACHE_DIR", "off")
    built = vectors()
    monkeypatch.setenv("WARTA_CACHE_DIR", str(tmp_path))
    first = vectors()  # builds and writes the entry
    entry = encoder_weights._entry()
    assert entry is not None and all(p.is_file() for p in entry)
    stale = [tmp_path / "usem3-weights-0123.npy", tmp_path / "usem3-weights-0123.pickle"]
    for path in stale:
        path.write_bytes(b"another version")
    loaded = vectors()
    assert all(p.is_file() for p in stale), "reading leaves other entries alone"
    assert isinstance(embeddings._model()._backend.table, np.memmap)
    assert built == first == loaded


def test_a_corrupt_or_unwritable_entry_is_only_a_rebuild(
    fresh_model: None, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("WARTA_CACHE_DIR", str(tmp_path))
    good = vectors()
    entry = encoder_weights._entry()
    assert entry is not None
    small, table = entry
    table.write_bytes(table.read_bytes()[:1000])  # truncated
    stale, recent = tmp_path / "usem3-weights-0123.npy", tmp_path / "usem3-weights-4567.npy"
    for path in (stale, recent):
        path.write_bytes(b"another version")
    old = time.time() - encoder_weights.STALE_AFTER_S - 60
    os.utime(stale, (old, old))
    assert vectors() == good
    assert not stale.exists(), "writing an entry drops other versions' old entries"
    assert recent.exists(), "and leaves a version in use alone"
    small.write_bytes(b"not a pickle")
    assert vectors() == good
    blocked = tmp_path / "file"
    blocked.write_text("")
    monkeypatch.setenv("WARTA_CACHE_DIR", str(blocked / "cache"))  # cannot be created
    assert vectors() == good
