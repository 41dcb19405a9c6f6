"""Word stems for matching: Sastrawi's for Indonesian, a plural "-s" dropped for English.

Sastrawi's affix visitors note what each step removed with ``re.sub(result, "", word, count=1)``:
the word's remaining stem used as a regular expression, so every new word compiles a few patterns
(~290 in a brief of five articles, a third of the process's regex compiling, and they push warta's
own patterns out of ``re``'s cache). Those modules get :data:`LITERAL_RE` as their ``re``: a
``sub`` whose pattern holds no character special to ``re`` (``re.escape`` leaves it as it is), with
an empty replacement and no flags, is ``str.replace`` of the first ``count`` (0: all) occurrences,
which is what ``re.sub`` does with such a pattern; everything else is ``re``'s own. Stems are the
ones Sastrawi gives (``tests/test_extract_stems.py`` compares them on IndoSum's words).
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable
from functools import cache
from typing import Any

VISITORS = tuple(
    f"Sastrawi.Stemmer.Context.Visitor.{name}"
    for name in (
        "AbstractDisambiguatePrefixRule",
        "RemoveDerivationalSuffix",
        "RemoveInflectionalParticle",
        "RemoveInflectionalPossessivePronoun",
        "RemovePlainPrefix",
    )
)  # the modules that use a word as a pattern


class _LiteralFirst:
    """The ``re`` module, but ``sub`` of a literal pattern by nothing is ``str.replace`` (see above)."""

    def __getattr__(self, name: str) -> Any:
        return getattr(re, name)

    @staticmethod
    def sub(pattern: Any, repl: Any, string: Any, count: int = 0, flags: int = 0) -> Any:
        literal = type(pattern) is str and type(string) is str and re.escape(pattern) == pattern
        if literal and repl == "" and type(repl) is str and flags == 0 and count >= 0:
            return string.replace(pattern, "", count or -1)
        return re.sub(pattern, repl, string, count=count, flags=flags)


LITERAL_RE = _LiteralFirst()


def _literal_subs() -> None:
    """Give Sastrawi's affix visitors :data:`LITERAL_RE` for ``re`` (a module laid out otherwise is left)."""
    for name in VISITORS:
        module = sys.modules.get(name)
        if module is not None and vars(module).get("re") is re:
            module.re = LITERAL_RE  # type: ignore[attr-defined]


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
    _literal_subs()  # the visitors are imported with the Stemmer
    return CachedStemmer(ArrayCache(), Stemmer(dictionary)).stem  # type: ignore[no-any-return]
