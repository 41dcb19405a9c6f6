"""Interface words in the reader's language: one table per language, for every renderer and reply.

>>> label("known", "id")
'Yang diketahui sekarang'
"""

from __future__ import annotations

from warta.errors import ConfigError

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


def check_language(lang: str) -> str:
    """``lang`` when it is one of :data:`LANGUAGES`, else a ConfigError saying which to pass."""
    if lang not in LABELS:
        raise ConfigError(f"unknown interface language {lang!r}; choose one of: {', '.join(LANGUAGES)}")
    return lang


def label(key: str, lang: str = "en") -> str:
    """The interface word ``key`` in ``lang``."""
    return LABELS[check_language(lang)][key]


def date_words(iso: str | None, lang: str = "en") -> str:
    """``2022-03-15`` as ``15 Maret 2022`` (id) or ``15 Mar 2022`` (en)."""
    if not iso:
        return label("undated", lang)
    try:
        y, m, d = iso[:10].split("-")
        return f"{int(d)} {MONTHS[check_language(lang)][int(m) - 1]} {y}"
    except (ValueError, IndexError):
        return iso


def number_words(value: float, lang: str = "en") -> str:
    """``2298`` as ``2.298`` (id) or ``2,298`` (en)."""
    text = f"{int(value):,}" if float(value).is_integer() else f"{value:,.2f}".rstrip("0").rstrip(".")
    if lang == "id":
        text = text.replace(",", "\0").replace(".", ",").replace("\0", ".")
    return text
