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
def _stemmer() -> Callable[[str], Any]:
    from Sastrawi.Stemmer.StemmerFactory import StemmerFactory

    return StemmerFactory().create_stemmer().stem  # type: ignore[no-any-return]
