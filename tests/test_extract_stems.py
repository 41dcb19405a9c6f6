"""Word stems for matching measures: Sastrawi for Indonesian, a dropped plural "-s" for English."""

from __future__ import annotations

import pytest

from warta.extract.stems import stem


@pytest.mark.parametrize(
    ("word", "english", "want"),
    [("menyebut", False, "sebut"), ("protesters", True, "protester"), ("class", True, "class"),
     ("bus", True, "bus")],
)  # fmt: skip
def test_stem(word: str, english: bool, want: str) -> None:
    assert stem(word, english=english) == want


def test_stemmer_dictionary_is_sastrawis_own() -> None:
    factory = pytest.importorskip("Sastrawi.Stemmer.StemmerFactory")
    from warta.extract.stems import _stemmer

    theirs = factory.StemmerFactory().create_stemmer().delegatedStemmer.dictionary.words
    ours = _stemmer().__self__.delegatedStemmer.dictionary.words
    assert list(ours.items()) == list(theirs.items())
