"""The fresh English entity check: its offsets hold on the shared text, and both halves score."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from conftest import SHARED, needs_shared
from warta.errors import InputError
from warta.evaluate.entities_en import DEFAULT_ENTITIES_EN, read_entities_en, score_entities_en
from warta.evaluate.quotes import load_texts

T17 = SHARED / "data" / "timeline" / "t17"


@needs_shared(T17)
def test_every_annotated_span_is_the_name_its_sha1_says() -> None:
    data = read_entities_en(DEFAULT_ENTITIES_EN)
    texts = load_texts({**data, "language": "en"}, SHARED)
    for e in data["entities"]:
        span = texts[e["article"]][e["start"] : e["end"]]
        assert hashlib.sha1(span.encode()).hexdigest() == e["sha1"], (e["article"], span)
        assert e["type"] in ("PER", "ORG")
    assert {m["split"] for m in data["articles"].values()} == {"dev", "test"}


@needs_shared(T17)
def test_both_halves_score_above_their_floors() -> None:
    misses: list[str] = []
    dev, test = score_entities_en(shared=SHARED, misses=misses)
    assert (dev.split, test.split) == ("dev", "test")
    assert dev.names == 186 and test.names == 60
    assert dev.accuracy >= 0.95 and test.accuracy >= 0.9  # measured 97.3% and 93.3%
    assert all("english dev" in m for m in misses)  # the held-out misses are never listed


def test_a_missing_file_says_which_to_pass(tmp_path: Path) -> None:
    with pytest.raises(InputError, match=r"entities_en\.json"):
        read_entities_en(tmp_path / "none.json")
