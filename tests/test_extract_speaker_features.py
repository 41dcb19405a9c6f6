"""The speaker candidates' fast paths find what the plain regular expressions find.

Cue words are looked for once per article, at the places one may start (:func:`_cue_opens`); a window's
cues and a gap's "is there a cue" are then read from those places. Each must give what
``_CUE_WORDS.finditer(text, lo, hi)`` and ``_CUE_WORDS.search(text[lo:hi])`` give, on real articles
and on invented edge cases (a cue cut by the window, "katanya", a non-ASCII look-alike letter).
"""

from __future__ import annotations

import functools
import gzip
import json
import random

import pytest

from conftest import DATA, SEEDS
from warta.extract import speaker_features as sf

T17 = DATA / "timeline" / "t17" / "LibyaWar_reuters" / "articles.json.gz"

# Invented text (no news text in the repository).
_EDGES = (
    "Katanya, “kami siap.” Kata dia: mereka setuju; ujarnya lagi. Menurut Budi, according to him,\n"
    "he SAID so and she said: “no”. katakan saja. ſaid Said said-so xkata kata_x according\nto them."
)


def _texts() -> list[str]:
    texts = [_EDGES]
    texts += [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))]
    if T17.exists():
        with gzip.open(T17, "rt", encoding="utf-8") as fh:
            texts += [r["text"] for r in json.load(fh)[:40]]
    return texts


def _context(text: str) -> sf._Context:
    return sf._context(text, (), (), [], english=False)


@pytest.mark.parametrize("index", range(3))
def test_cue_places_are_where_the_lookahead_matches(index: int) -> None:
    for text in _texts()[index::3]:
        starts = [m.start() for m in sf._WORD.finditer(text)]
        assert sf._cue_opens(text, starts) == [m.start() for m in sf._CUE_OPENS.finditer(text)]


def test_window_cues_and_gap_cues_are_the_regular_expressions() -> None:
    rng = random.Random(18)
    for text in _texts():
        ctx = _context(text)
        for _ in range(60):
            lo = rng.randrange(len(text) + 1)
            hi = min(len(text), lo + rng.choice((3, 9, 40, 400, 4000)))
            expected = [(m.start(), m.end(), m.group()) for m in sf._CUE_WORDS.finditer(text, lo, hi)]
            assert [(m.start(), m.end(), m.group()) for m in sf._cue_matches(ctx, lo, hi)] == expected
            assert sf._cue_in(ctx, lo, hi) == (sf._CUE_WORDS.search(text[lo:hi]) is not None)


def test_a_slice_starting_inside_a_word_reads_its_start_as_a_word_start() -> None:
    text = "xkata dia"
    ctx = _context(text)
    assert sf._cue_in(ctx, 1, len(text))  # "kata dia" on its own
    assert not sf._cue_matches(ctx, 1, len(text))  # in the text, "xkata" is no cue


def test_a_names_mentions_merge_at_once_as_two_by_two() -> None:
    rng = random.Random(7)
    keys = list(sf.FEATURES[:20])
    for n in range(1, 8):
        mentions = [
            {k: rng.choice([0.0, 1.0, -0.0, rng.random()]) for k in ["log_distance", *keys, "not_speaker"]}
            for _ in range(n)
        ]
        merged, pairwise = sf._merged(mentions), functools.reduce(sf._merge, mentions)
        assert list(merged.items()) == list(pairwise.items())  # values and key order
    uneven = [{"log_distance": 1.0, "a": 1.0}, {"a": 0.0, "log_distance": 0.5, "b": 2.0}]
    assert list(sf._merged(uneven).items()) == list(functools.reduce(sf._merge, uneven).items())
