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


# A "Baca juga: Headline" glued into a paragraph between two sentences ("... terakhir.Baca juga: Harga Naik
# Di sisi lain, ..."): the headline is the run of capitalised words; the next sentence opens with the last
# capitalised word before the first lower-case one.
_GLUED_READ_ALSO = re.compile(rf"(?<=[.!?\"”])\s*{_READ_ALSO}\s*[:：]\s*", re.IGNORECASE)
# Lower-case words Indonesian headlines keep inside a title ("Banjir di Watugede", "Timnas vs Vietnam").
_TITLE_LOWER = frozenset(
    "di ke dan yang untuk dari atau vs dengan pada usai jadi hingga saat agar bagi".split()
)
_MIN_GLUED_WORDS = 3
# A longer capitalised run holds more than the headline (a sub-heading, the next sentence's subject): the
# cut cannot be told, so the line stays whole.
_MAX_GLUED_HEADLINE_WORDS = 14


@dataclass(frozen=True)
class GluedReadAlso:
    """A line cut around the read-also link glued into it: the text before, the link, the text after."""

    before: str
    link: str
    after: str


def split_glued_read_also(line: str) -> GluedReadAlso | None:
    """The read-also link glued into the middle of ``line``, when its headline's end can be told."""
    m = _GLUED_READ_ALSO.search(line)
    if m is None or m.start() == 0:
        return None
    words = line[m.end() :].split(" ")
    for j in range(1, len(words)):
        word, prev = words[j], words[j - 1]
        if word[:1].islower() and prev[:1].isupper() and word.casefold() not in _TITLE_LOWER:
            headline, after = words[: j - 1], words[j - 1 :]
            if not _MIN_GLUED_WORDS <= len(headline) <= _MAX_GLUED_HEADLINE_WORDS:
                return None
            if len(after) < _MIN_GLUED_WORDS:
                return None
            if not looks_like_title(" ".join(headline)):
                return None
            link = line[m.start() : m.end()].strip() + " " + " ".join(headline)
            return GluedReadAlso(line[: m.start()].rstrip(), link, " ".join(after))
    rest = line[m.end() :].strip()
    if looks_like_title(rest) and len(rest.split()) <= _MAX_GLUED_HEADLINE_WORDS:  # the link closes it
        return GluedReadAlso(line[: m.start()].rstrip(), line[m.start() :].strip(), "")
    return None


# A bulleted headline standing alone between paragraphs is a related-article link ("• Harga Cabai Naik"):
# a story's own list has several items with the same bullet, or an introduction ending in a colon.
_TEASER_BULLET = re.compile(r"^(?P<bullet>[•·»▶►■])\s*(?P<rest>\S.*)$")


def is_bullet_teaser(line: str, before: str, following: str) -> bool:
    """True for a lone bulleted title-case line: no neighbour has its bullet, none introduces a list."""
    m = _TEASER_BULLET.match(line)
    if m is None or not looks_like_title(m.group("rest")):
        return False
    bullet = m.group("bullet")
    return not (before.startswith(bullet) or following.startswith(bullet) or before.rstrip().endswith(":"))
