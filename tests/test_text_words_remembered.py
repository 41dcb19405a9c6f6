"""Inside ``words_remembered`` each text's words are read once: the same lists, each the caller's own."""

from __future__ import annotations

from warta.brief import per_article
from warta.text import tokens
from warta.text.tokens import words, words_remembered

TEXTS = ["Banjir melanda Kota Watugede.", "The U.S. said 2,500 people", "", "Ünïcode Wörds 3a", "Banjir"]


def test_remembered_words_are_the_words() -> None:
    fresh = [words(t) for t in TEXTS]
    with words_remembered():
        assert [words(t) for t in TEXTS * 2] == fresh * 2
        first = words(TEXTS[0])
        first.append("changed")  # the caller's own list: the next reading is untouched
        assert words(TEXTS[0]) == fresh[0]
        with words_remembered():  # nested: the outer block's memory
            assert tokens._SEEN.get() is not None and TEXTS[0] in (tokens._SEEN.get() or {})
    assert tokens._SEEN.get() is None  # nothing outlives the block


def test_a_build_remembers_words() -> None:
    with per_article.one_build():
        words(TEXTS[1])
        assert TEXTS[1] in (tokens._SEEN.get() or {})
    assert tokens._SEEN.get() is None
