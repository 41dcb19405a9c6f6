"""Generic boilerplate rules: whole lines that portals add around a story, and headline-shaped lines."""

from __future__ import annotations

import re
from dataclasses import dataclass

# A line ending like this is a sentence (or an intro to a list), never a headline.
_SENTENCE_END = (".", ",", ";", ":", '"', "”", "“", "'", "’", "…")
_QUOTE_START = ('"', "“", "”", "'", "‘", "’", "`")
_MAX_HEADLINE_CHARS = 160
_MAX_HEADLINE_WORDS = 24
# Indonesian titles capitalise most words; sentence-case lead questions ("Apa varian ... favoritmu?") do not.
_TITLE_CASE_SHARE = 0.6


@dataclass(frozen=True)
class LineRule:
    """A named pattern that removes a whole line when it matches it from start to end."""

    name: str
    kind: str
    pattern: re.Pattern[str]
    starts_list: bool = False  # the headline-shaped lines that follow are links of the same widget


def _rule(name: str, pattern: str, *, kind: str = "boilerplate", starts_list: bool = False) -> LineRule:
    return LineRule(name, kind, re.compile(pattern, re.IGNORECASE), starts_list)


def looks_like_headline(line: str) -> bool:
    """True for a short line shaped like a headline or link title, not like a story sentence."""
    words = line.split()
    return (
        0 < len(words) <= _MAX_HEADLINE_WORDS
        and len(line) <= _MAX_HEADLINE_CHARS
        and not line.endswith(_SENTENCE_END)
        and not line.startswith(_QUOTE_START)
        and any(ch.isalpha() for ch in line)
        and (line[0].isupper() or line[0].isdigit())
    )


def looks_like_title(line: str) -> bool:
    """True for a headline in title case, as portals print their article titles."""
    words = [w for w in line.split() if w[0].isalpha()]
    capitalised = sum(1 for w in words if w[0].isupper())
    return looks_like_headline(line) and len(words) >= 2 and capitalised >= _TITLE_CASE_SHARE * len(words)


_READ_ALSO = r"(?:baca(?:[ _]+juga)?|lihat(?:[ _]+juga)?|simak(?:[ _]+juga)?|artikel terkait|berita terkait)"

# Labels of "read also" and related-article widgets standing alone on their line.
LABELS: tuple[LineRule, ...] = (
    _rule("read_also_label", rf"[\[(]?\s*{_READ_ALSO}\s*:?\s*[\])]?", starts_list=True),
    _rule(
        "related_list",
        r"(?:related articles?|related posts?|related news|more stories|read more|read also|most popular"
        r"|popular posts?|terpopuler|berita terkait|artikel terkait|berita lainnya|berita populer"
        r"|baca berita lainnya|rekomendasi|pilihan redaksi|terkini|trending|recommended|tag terkait)\s*:?",
        starts_list=True,
    ),
)

# A "read also" label with its linked headline on the same line.
READ_ALSO_INLINE = re.compile(rf"[\[(]?\s*{_READ_ALSO}\s*(?:[:：]|\s[-–—])\s*(?P<rest>\S.*)", re.IGNORECASE)
READ_ALSO_INLINE_NO_COLON = re.compile(r"[\[(]?\s*baca[ _]+juga\s+(?P<rest>\S.*)", re.IGNORECASE)

# Whole lines that are boilerplate on any portal.
LINE_RULES: tuple[LineRule, ...] = (
    _rule("advertisement", r"[-–—\s]*(?:advertise?ments?|advertorial|iklan|ads?|sponsored)[-–—\s]*"),
    _rule("scroll", r"scroll (?:to|ke) (?:top|atas|continue(?: with content)?|bawah)|scroll down"),
    _rule("share", r"(?:bagikan|share|share this|bagikan artikel ini|share on|sebarkan)\s*:?"),
    _rule("share", r"(?:facebook|twitter|whatsapp|telegram|line|email|copy link|salin tautan)\s*"),
    _rule("separator", r"[\s*•·_=~–—-]+"),
    _rule("media_label", r"(?:video|foto|tonton|saksikan|gambas:.*|\[gambas:.*\])\s*:?"),
    _rule(
        "video_promo",
        r"(?:simak|saksikan|tonton)\b.{0,40}\bvideo\b.{0,60}(?:berikut|di bawah|di sini)(?: ini)?\s*[:.!]?",
    ),
    _rule("fact_check_promo", r"\*?\s*untuk mengetahui kebenaran informasi.*"),
    _rule("fact_check_promo", r"\*.*\bwhatsapp\b.*\b(?:nomor|no\.?)\s*[\d ]{8,}.*"),
    _rule("follow_promo", r"(?:ikuti|follow) (?:kami|us|berita|akun)\b.{0,120}"),
    _rule("download_promo", r"(?:download|unduh) (?:aplikasi|app)\b.{0,120}"),
    _rule("page_nav", r"(?:halaman|page) (?:selanjutnya|berikutnya|sebelumnya|next|\d+(?: of \d+)?)\s*»?"),
    _rule("page_nav", r"(?:selanjutnya|next|sebelumnya|prev(?:ious)?)\s*[»›>]*"),
    _rule("source_label", r"sumber\s*:?"),
    _rule("source_label", r"(?:tags?|topik|kata kunci)\s*:.{0,200}"),
    _rule("comments", r"(?:komentar|comments?|tulis komentar|leave a (?:comment|reply))\s*\(?\d*\)?\s*:?"),
    _rule("copyright", r"(?:©|\(c\)|copyright\s*(?:©|\(c\))?)\s*\d{4}.{0,120}|.{0,60}all rights reserved\.?"),
    _rule("copyright", r"dilarang (?:keras )?(?:mengambil|mengutip|menyalin|memperbanyak)\b.{0,240}"),
    _rule("hashtags", r"(?:#[\w-]+[\s,]*){1,12}"),
    _rule(
        "reader_callout",
        r"(?:punya|ada) (?:informasi|info|berita|cerita|foto|video)\b.{0,80}\bkirim\b.{0,120}",
    ),
    _rule("reader_callout", r"kirim(?:kan)? (?:informasi|info|berita|cerita|foto|video)\b.{0,160}"),
    _rule("comment_form", r"(?:alamat )?email anda tidak akan dipublikasikan\b.{0,120}"),
    _rule("google_news_promo", r"(?:cek|simak|baca|ikuti|follow)\b.{0,80}\bgoogle news\b.{0,60}"),
    _rule("app_banner", r"(?:get|download|unduh|install) (?:the )?[\w.]+ app\b.{0,60}"),
    _rule("thanks_for_reading", r"terima kasih (?:telah|sudah) membaca\b.{0,80}"),
    _rule(
        "teaser_inline",
        r"(?:selanjutnya|pilihan editor|read next|simak video|tonton juga)\s*[:：]?\s*[\"“].{0,160}",
    ),
    _rule("teaser_inline", r"(?:selanjutnya|pilihan editor|read next|tonton juga)\s*[:：]\s*\S.{0,160}"),
)

# Headline-shaped lines with a leading tag: infographics, related videos, galleries.
TAGGED_HEADLINE = re.compile(
    r"\[?\s*infografi[sc]\s*\]?\s*[:|-]?\s*(?P<rest>\S.*)"
    r"|\[\s*(?:video|foto|galeri|gallery|tonton)\s*\]\s*[:|-]?\s*(?P<rest2>\S.*)"
    r"|(?:video|foto|galeri|gallery|tonton)\s*[:|]\s*(?P<rest3>\S.*)",
    re.IGNORECASE,
)

# Image captions carry their picture credit at the end: "... (Foto: Reuters)".
CAPTION_CREDIT = re.compile(
    r".*[\(\[]\s*(?:foto|sumber|dok\.?|dokumentasi|ilustrasi|image|photo|credit|gambar)\b[^()\[\]]*[\)\]]\s*",
    re.IGNORECASE,
)


def match_line_rule(line: str, rules: tuple[LineRule, ...]) -> LineRule | None:
    """The first rule whose pattern matches the whole line, if any."""
    for rule in rules:
        if rule.pattern.fullmatch(line):
            return rule
    return None


def is_read_also_line(line: str) -> bool:
    """True for a "Baca juga: Headline" line: the label and its link on one line."""
    m = READ_ALSO_INLINE.fullmatch(line)
    if m:
        return True
    m = READ_ALSO_INLINE_NO_COLON.fullmatch(line)
    return m is not None and looks_like_headline(m.group("rest").rstrip("])"))


def is_tagged_headline(line: str) -> bool:
    """True for an infographic/video/gallery teaser: a tag followed by a headline."""
    m = TAGGED_HEADLINE.fullmatch(line)
    if m is None:
        return False
    rest = m.group("rest") or m.group("rest2") or m.group("rest3") or ""
    return looks_like_headline(rest)


def is_caption_with_credit(line: str) -> bool:
    """True for a short picture caption ending in its credit, "Tim Cook (Foto: Reuters)"."""
    return len(line.split()) <= 30 and bool(CAPTION_CREDIT.fullmatch(line))
