"""The light part-of-speech reading: closed-class Indonesian function words and affixed verbs."""

from __future__ import annotations

import pytest

from warta.extract.word_classes import is_agent_noun, is_noun, is_verb, word_class


@pytest.mark.parametrize(
    ("word", "cls"),
    [
        ("pada", "preposition"),
        ("selama", "preposition"),
        ("selasa", "time"),
        ("pukul", "time"),
        ("lebih", "adverb"),
        ("itu", "determiner"),
        ("adalah", "copula"),
        ("dan", "conjunction"),
        ("dua", "number"),
        ("kali", "number"),
        ("lainnya", "postmodifier"),
        ("seberat", "link"),
        ("dibayar", "verb"),
        ("menyumbangkan", "verb"),
        ("berusia", "verb"),
        ("tewas", "verb"),
        ("12", "number"),
        (",", "punct"),
    ],
)
def test_closed_classes_and_verbs(word: str, cls: str) -> None:
    assert word_class(word) == cls


@pytest.mark.parametrize(
    "word", ["emas", "pria", "perawatan", "penyerang", "tersangka", "berita", "sanksi", "sekolah"]
)
def test_nouns_with_affix_like_openings_stay_nouns(word: str) -> None:
    assert is_noun(word)
    assert not is_verb(word)


def test_agent_nouns_are_pe_words_of_a_doer() -> None:
    assert all(is_agent_noun(w) for w in ("pemain", "pebalap", "penyerang", "pedagang"))
    assert not any(is_agent_noun(w) for w in ("pengadilan", "penjara", "pesawat", "pria"))
