"""Embeddings: in-process LRU, then the persistent store set by ``embedding_store``, then the encoder."""

from __future__ import annotations

import hashlib
from collections import OrderedDict
from collections.abc import Mapping, Sequence

import numpy as np
import pytest

import warta.text.embeddings as emb
from warta.text.embeddings import DIM, Vector, current_store, embed, embedding_store, model_id, text_key

TEXTS = ["Banjir melanda Kota Watugede.", "Warga mengungsi ke balai desa.", "Floods hit Watugede."]


class DictStore:
    """A VectorStore in a dict, recording what it was asked."""

    def __init__(self) -> None:
        self.rows: dict[bytes, Vector] = {}
        self.asked: list[bytes] = []

    def get_many(self, keys: Sequence[bytes]) -> Mapping[bytes, Vector]:
        self.asked.extend(keys)
        return {k: self.rows[k] for k in keys if k in self.rows}

    def put_many(self, items: Mapping[bytes, Vector]) -> None:
        self.rows.update(items)


@pytest.fixture
def encoded(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """A fresh LRU and a fake encoder (a seeded unit vector per text) that records what it encodes."""
    seen: list[str] = []

    def fake(texts: list[str]) -> Vector:
        seen.extend(texts)
        rows = []
        for t in texts:
            seed = int.from_bytes(hashlib.blake2b(t.encode(), digest_size=8).digest(), "little")
            v = np.random.default_rng(seed).standard_normal(DIM).astype(np.float32)
            rows.append(v / np.linalg.norm(v))
        return np.stack(rows)

    monkeypatch.setattr(emb, "_CACHE", OrderedDict())
    monkeypatch.setattr(emb, "_encode", fake)
    return seen


def test_without_a_store_the_encoder_sees_each_new_text_once(encoded: list[str]) -> None:
    embed(TEXTS)
    embed([*TEXTS, TEXTS[0]])
    assert encoded == TEXTS


def test_a_store_serves_a_new_process_without_encoding(encoded: list[str]) -> None:
    store = DictStore()
    with embedding_store(store):
        first = embed(TEXTS)
    assert encoded == TEXTS and set(store.rows) == {text_key(t) for t in TEXTS}
    emb.clear_memory()  # what a new process starts with
    with embedding_store(store):
        again = embed(TEXTS)
    assert encoded == TEXTS
    assert np.array_equal(first, again)


def test_the_lru_is_asked_before_the_store(encoded: list[str]) -> None:
    store = DictStore()
    embed(TEXTS[:2])
    with embedding_store(store):
        embed(TEXTS)
    assert store.asked == [text_key(TEXTS[2])]
    assert encoded == TEXTS


def test_only_texts_missing_from_the_store_are_encoded(encoded: list[str]) -> None:
    store = DictStore()
    with embedding_store(store):
        embed(TEXTS[:1])
    emb.clear_memory()
    encoded.clear()
    with embedding_store(store):
        embed(TEXTS)
    assert encoded == TEXTS[1:]


@pytest.mark.parametrize("texts", [["", "  "], ["", TEXTS[0], "\n"]])
def test_empty_texts_get_zero_rows_and_are_never_stored(encoded: list[str], texts: list[str]) -> None:
    store = DictStore()
    with embedding_store(store):
        out = embed(texts)
    for i, t in enumerate(texts):
        assert (np.linalg.norm(out[i]) > 0.99) == bool(t.strip())
    assert len(store.rows) == sum(bool(t.strip()) for t in texts)


def test_a_malformed_stored_vector_is_encoded_again(encoded: list[str]) -> None:
    store = DictStore()
    store.rows[text_key(TEXTS[0])] = np.zeros(3, dtype=np.float32)
    with embedding_store(store):
        out = embed(TEXTS[:1])
    assert encoded == TEXTS[:1] and out.shape == (1, DIM)


def test_the_store_is_set_only_inside_the_block() -> None:
    store = DictStore()
    assert current_store() is None
    with embedding_store(store):
        assert current_store() is store
        with embedding_store(None):
            assert current_store() is None
        assert current_store() is store
    assert current_store() is None


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [(TEXTS[0], TEXTS[0], True), (TEXTS[0], TEXTS[0] + " ", False), (TEXTS[0], TEXTS[1], False)],
)
def test_keys_are_stable_16_byte_hashes_of_text_and_model(a: str, b: str, same: bool) -> None:
    assert len(text_key(a)) == 16
    assert (text_key(a) == text_key(b)) is same
    assert text_key(a) != hashlib.blake2b(a.encode(), digest_size=16).digest()  # the model is part of it
    assert model_id().endswith(f"-{DIM}")


def test_one_encoder_thread_by_default_and_a_setting_for_more(monkeypatch: pytest.MonkeyPatch) -> None:
    from warta.errors import ConfigError
    from warta.text.embeddings import encoder_threads, set_encoder_threads

    monkeypatch.delenv("WARTA_ENCODER_THREADS", raising=False)
    assert encoder_threads() == 1
    monkeypatch.setenv("WARTA_ENCODER_THREADS", "3")
    assert encoder_threads() == 3
    set_encoder_threads(2)
    try:
        assert encoder_threads() == 2
    finally:
        set_encoder_threads(None)
    monkeypatch.setenv("WARTA_ENCODER_THREADS", "many")
    with pytest.raises(ConfigError, match="WARTA_ENCODER_THREADS"):
        encoder_threads()
