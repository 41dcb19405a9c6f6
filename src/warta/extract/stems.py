"""Word stems for matching: Sastrawi's for Indonesian, a plural "-s" dropped for English."""

from __future__ import annotations

from collections.abc import Callable
from functools import cache
from typing import Any


def stem(word: str, *, english: bool) -> str:
    """The stem of a lower-case word ("menyebut" -> "sebut", "protesters" -> "protester")."""
    if english:
        return word[:-1] if len(word) > 3 and word.endswith("s") and not word.endswith("ss") else word
    return str(_stemmer()(word))


@cache
def root_words() -> tuple[str, ...]:
    """Sastrawi's list of Indonesian root words, read once per process (the stemmer and the gazetteer)."""
    from Sastrawi.Stemmer.StemmerFactory import StemmerFactory

    return tuple(StemmerFactory().get_words())


@cache
def _stemmer() -> Callable[[str], Any]:
    """``StemmerFactory().create_stemmer()``, its dictionary filled in one dict comprehension.

    Sastrawi adds the 30,000 root words one method call each (``ArrayDictionary.add``: a word
    maps to itself, blank lines skipped); the dict built here is the same, in the same order.
    """
    from Sastrawi.Dictionary.ArrayDictionary import ArrayDictionary
    from Sastrawi.Stemmer.Cache.ArrayCache import ArrayCache
    from Sastrawi.Stemmer.CachedStemmer import CachedStemmer
    from Sastrawi.Stemmer.Stemmer import Stemmer

    dictionary = ArrayDictionary()
    dictionary.words = {w: w for w in root_words() if w and w.strip()}
    return CachedStemmer(ArrayCache(), Stemmer(dictionary)).stem  # type: ignore[no-any-return]
