"""The web page's language: chosen from ``?lang=`` or the browser's ``Accept-Language``, its words, and
links that keep a chosen language.

>>> page_language(None, "en-GB,en;q=0.9,id;q=0.5")
'en'
>>> page_language("id", "en")
'id'
>>> with_lang("/story/s1?start=0&end=5#cited", "en")
'/story/s1?start=0&end=5&lang=en#cited'
"""

from __future__ import annotations

from warta.brief.render.labels import LABELS, LANGUAGES

DEFAULT = "id"  # when the browser names neither language

# Words of the web page only; the brief's own labels (summary, timeline, …) come from labels.LABELS.
WORDS: dict[str, dict[str, str]] = {
    "en": {
        "search": "Search",
        "search_label": "Search stories",
        "placeholder": "Search stories…",
        "stories_heading": "Stories",
        "stored_one": "article stored",
        "stored_many": "articles stored",
        "article_one": "article",
        "article_many": "articles",
        "source_one": "independent source",
        "source_many": "independent sources",
        "newer": "← newer",
        "older": "older →",
        "no_match": "No story matches. Try fewer or other words.",
        "no_page": "No stories on page {page}: the archive has fewer.",
        "back_newest": "Back to the newest stories",
        "none_listed": "No stories listed yet ({n}).",
        "empty_archive": "The archive is empty. Add articles with",
        "or": "or",
        "facts_heading": "Facts",
        "status": "Status",
        "values": "Values reported",
        "indep": "indep.",
        "no_summary": "No summary yet.",
        "no_figures": "No figures extracted for this story.",
        "who_what": "Who reported what",
        "no_timeline": "No dated events found.",
        "quotes_heading": "Quotes",
        "carried_by": "carried by",
        "wordings": "wordings",
        "no_quotes": "No quotes found.",
        "entities_heading": "People, places, organisations",
        "original": "original ↗",
        "cited_note": "The highlighted passage is the one cited.",
        "all_stories": "All stories",
        "not_here": "It may not be in this archive.",
        "no_story": "No such story",
        "no_article": "No such article in this story",
        "language_switch": "Language",
    },
    "id": {
        "search": "Cari",
        "search_label": "Cari berita",
        "placeholder": "Cari berita…",
        "stories_heading": "Berita",
        "stored_one": "artikel tersimpan",
        "stored_many": "artikel tersimpan",
        "article_one": "artikel",
        "article_many": "artikel",
        "source_one": "sumber independen",
        "source_many": "sumber independen",
        "newer": "← lebih baru",
        "older": "lebih lama →",
        "no_match": "Tidak ada berita yang cocok. Coba kata lain atau lebih sedikit kata.",
        "no_page": "Tidak ada berita di halaman {page}: arsip ini lebih sedikit.",
        "back_newest": "Kembali ke berita terbaru",
        "none_listed": "Belum ada berita ({n}).",
        "empty_archive": "Arsip masih kosong. Tambahkan artikel dengan",
        "or": "atau",
        "facts_heading": "Angka",
        "status": "Status",
        "values": "Nilai yang diberitakan",
        "indep": "indep.",
        "no_summary": "Belum ada ringkasan.",
        "no_figures": "Tidak ada angka untuk berita ini.",
        "who_what": "Siapa memberitakan apa",
        "no_timeline": "Tidak ada peristiwa bertanggal.",
        "quotes_heading": "Kutipan",
        "carried_by": "dimuat oleh",
        "wordings": "versi kalimat",
        "no_quotes": "Tidak ada kutipan.",
        "entities_heading": "Tokoh, tempat, lembaga",
        "original": "asli ↗",
        "cited_note": "Bagian yang disorot adalah yang dikutip.",
        "all_stories": "Semua berita",
        "not_here": "Mungkin tidak ada di arsip ini.",
        "no_story": "Berita tidak ditemukan",
        "no_article": "Artikel ini tidak ada dalam berita tersebut",
        "language_switch": "Bahasa",
    },
}


ROLES: dict[str, str] = {  # a figure's role, as the Indonesian facts table names it
    "killed": "tewas",
    "missing": "hilang",
    "injured": "terluka",
    "evacuated": "mengungsi",
    "detained": "ditahan",
    "affected": "terdampak",
    "deployed": "dikerahkan",
    "price": "harga",
    "age": "usia",
    "damaged": "rusak",
}


def role_word(role: str, lang: str) -> str:
    """A figure role ("killed") in ``lang`` ("tewas"); an unlisted role as it is."""
    return ROLES.get(role, role) if lang == "id" else role


def _accepted(header: str | None) -> list[tuple[float, int, str]]:
    """``Accept-Language`` as (weight, position, primary tag), best first: "en-GB;q=0.8" gives "en"."""
    out = []
    for i, part in enumerate((header or "").split(",")):
        tag, _, params = part.strip().partition(";")
        weight = 1.0
        if params.strip().startswith("q="):
            try:
                weight = float(params.strip()[2:])
            except ValueError:
                weight = 0.0
        primary = tag.strip().split("-")[0].casefold()
        if primary and weight > 0:
            out.append((-weight, i, primary))
    return sorted(out)


def page_language(requested: str | None, accept_language: str | None) -> str:
    """``requested`` (``?lang=``) when it is id or en, else the browser's first id or en, else id."""
    if requested in LANGUAGES:
        return requested
    for _, _, primary in _accepted(accept_language):
        if primary in ("id", "in", "ms"):  # "in" is the old code for Indonesian
            return "id"
        if primary == "en":
            return "en"
    return DEFAULT


def word(key: str, lang: str) -> str:
    """A word of the web page, else the brief's label of that name."""
    return WORDS[lang].get(key) or LABELS[lang][key]


def with_lang(href: str, lang: str | None) -> str:
    """``href`` with ``lang=`` added to its query (before any ``#``); unchanged when ``lang`` is None."""
    if not lang:
        return href
    path, hash_mark, fragment = href.partition("#")
    sep = "&" if "?" in path else "?"
    return f"{path}{sep}lang={lang}{hash_mark}{fragment}"
