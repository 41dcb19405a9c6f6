"""Interface words in the reader's language: one table per language, for every renderer and reply.

>>> label("known", "id")
'Yang diketahui sekarang'
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

from warta.errors import ConfigError
from warta.types import Story

LANGUAGES = ("id", "en")

LABELS: dict[str, dict[str, str]] = {
    "en": {
        "known": "What is known now",
        "disputed": "Disputed",
        "summary": "Summary",
        "timeline": "Timeline",
        "facts": "Facts across outlets",
        "quotes": "Quotes carried by several outlets",
        "articles": "Articles",
        "outlets": "Outlets",
        "n_articles": "articles",
        "n_sources": "independent sources",
        "full_brief": "Full brief",
        "as_of": "as of",
        "undated": "undated",
        "not_found": "Nothing found for",
        "try": "Try fewer or other words, e.g. a place or a name from the story",
        "approx": "about ",
        "min": "more than ",
        "max": "fewer than ",
        "vague": "at least ",
        "says": "says",
        "one_outlet": "one outlet",
        "nothing_known": "No figure is confirmed yet.",
        "conflict": "Disputed",
        "updated": "Updated",
        "agree": "Agree",
        "single": "One source",
        "consistent_with": " — consistent with ",
        "citing": "citing",
        "copies": "copies",
        "not_independent": "not an independent confirmation",
        "measure": "Measure",
        "outlet": "Outlet",
        "date": "Date",
        "language": "Language",
        "title": "Title",
        "credited": "Credited sources",
        "no_headline": "(no headline)",
        "entities": "People, organisations and places",
        "also": "also",
        "skipped": "Skipped inputs",
        "story": "story",
        "stories": "stories",
        "outlet_word": "outlet",
        "outlets_word": "outlets",
        "from": "from",
        "brief": "warta brief",
        "unknown_outlet": "unknown outlet",
        "PER": "People",
        "ORG": "Organisations",
        "LOC": "Places",
    },
    "id": {
        "known": "Yang diketahui sekarang",
        "disputed": "Diperdebatkan",
        "summary": "Ringkasan",
        "timeline": "Kronologi",
        "facts": "Angka lintas media",
        "quotes": "Kutipan yang dimuat beberapa media",
        "articles": "Artikel",
        "outlets": "Media",
        "n_articles": "artikel",
        "n_sources": "sumber independen",
        "full_brief": "Brief lengkap",
        "as_of": "per",
        "undated": "tanpa tanggal",
        "not_found": "Tidak ditemukan untuk",
        "try": "Coba kata lain yang lebih sedikit, misalnya nama tempat atau tokoh dalam berita",
        "approx": "sekitar ",
        "min": "lebih dari ",
        "max": "kurang dari ",
        "vague": "setidaknya ",
        "says": "menyebut",
        "one_outlet": "satu media",
        "nothing_known": "Belum ada angka yang pasti.",
        "conflict": "Diperdebatkan",
        "updated": "Diperbarui",
        "agree": "Sepakat",
        "single": "Satu sumber",
        "consistent_with": " — sejalan dengan ",
        "citing": "mengutip",
        "copies": "menyalin",
        "not_independent": "bukan konfirmasi independen",
        "measure": "Ukuran",
        "outlet": "Media",
        "date": "Tanggal",
        "language": "Bahasa",
        "title": "Judul",
        "credited": "Sumber yang dikutip",
        "no_headline": "(tanpa judul)",
        "entities": "Tokoh, lembaga dan tempat",
        "also": "juga",
        "skipped": "Masukan yang dilewati",
        "story": "berita",
        "stories": "berita",
        "outlet_word": "media",
        "outlets_word": "media",
        "from": "dari",
        "brief": "brief warta",
        "unknown_outlet": "media tanpa nama",
        "PER": "Tokoh",
        "ORG": "Lembaga",
        "LOC": "Tempat",
    },
}

MONTHS: dict[str, tuple[str, ...]] = {
    "en": ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"),
    "id": (
        "Januari",
        "Februari",
        "Maret",
        "April",
        "Mei",
        "Juni",
        "Juli",
        "Agustus",
        "September",
        "Oktober",
        "November",
        "Desember",
    ),
}


# Vague quantities by their lower bound ("puluhan" is read as 10): said as the word, not "at least 10".
VAGUE_WORDS: dict[str, dict[int, str]] = {
    "id": {
        11: "belasan",
        10: "puluhan",
        24: "puluhan",
        100: "ratusan",
        1_000: "ribuan",
        10_000: "puluhan ribu",
        100_000: "ratusan ribu",
        1_000_000: "jutaan",
    },
    "en": {
        24: "dozens",
        10_000: "tens of thousands",
        100_000: "hundreds of thousands",
        1_000: "thousands",
        100: "hundreds",
        1_000_000: "millions",
    },
}


def check_language(lang: str) -> str:
    """``lang`` when it is one of :data:`LANGUAGES`, else a ConfigError saying which to pass."""
    if lang not in LABELS:
        raise ConfigError(f"unknown interface language {lang!r}; choose one of: {', '.join(LANGUAGES)}")
    return lang


def label(key: str, lang: str = "en") -> str:
    """The interface word ``key`` in ``lang``."""
    return LABELS[check_language(lang)][key]


def vague_words(value: float, lang: str = "en") -> str | None:
    """The word for a vague quantity whose lower bound is ``value`` ("puluhan" for 10 in id), if any."""
    if not float(value).is_integer():
        return None
    return VAGUE_WORDS[check_language(lang)].get(int(value))


def majority_language(languages: Iterable[str | None]) -> str:
    """The interface language most of ``languages`` (article languages) are in: id or en; id on a tie
    or when none is known (warta's readers are mostly Indonesian)."""
    counts = Counter(lang for lang in languages if lang in LABELS)
    return "en" if counts["en"] > counts["id"] else "id"


def brief_language(stories: Iterable[Story]) -> str:
    """The language of most articles across ``stories`` (see :func:`majority_language`)."""
    return majority_language(a.language for s in stories for a in s.articles)


def choose_language(lang: str | None, stories: Iterable[Story]) -> str:
    """``lang`` when given (checked), else the language of most articles in ``stories``."""
    return check_language(lang) if lang is not None else brief_language(stories)


def date_words(iso: str | None, lang: str = "en") -> str:
    """``2022-03-15`` as ``15 Maret 2022`` (id) or ``15 Mar 2022`` (en)."""
    if not iso:
        return label("undated", lang)
    try:
        y, m, d = iso[:10].split("-")
        return f"{int(d)} {MONTHS[check_language(lang)][int(m) - 1]} {y}"
    except (ValueError, IndexError):
        return iso


# Unit names as a reader of each language writes them (the extractor's names are language-neutral).
UNIT_WORDS = {
    "id": {"mile": "mil", "ft": "kaki", "barrel": "barel"},
    "en": {"mile": "miles", "barrel": "barrels"},
}


def unit_words(unit: str, lang: str = "en") -> str:
    """``mile`` as ``mil`` (id) or ``miles`` (en); a unit without a word of its own as it is."""
    return UNIT_WORDS.get(lang, {}).get(unit, unit)


def number_words(value: float, lang: str = "en") -> str:
    """``2298`` as ``2.298`` (id) or ``2,298`` (en)."""
    text = f"{int(value):,}" if float(value).is_integer() else f"{value:,.2f}".rstrip("0").rstrip(".")
    if lang == "id":
        text = text.replace(",", "\0").replace(".", ",").replace("\0", ".")
    return text
