"""The words and regular expressions that find date expressions in Indonesian and English news.

Names are matched case-sensitively with a capital initial: in Indonesian "Minggu" is Sunday while
"minggu" is a week, and in English "May" and "March" are months while "may" and "march" are not.
Every pattern is a plain regular expression without nested repeats, so scanning stays linear.
"""

from __future__ import annotations

import re

from warta.extract import lexicon_calendar as cal
from warta.extract import lexicon_numbers as num
from warta.lazy_regex import lazy

# Month and weekday names live in one lexicon, shared with the dateline reader and the number parser.
WEEKDAYS = cal.WEEKDAYS
MONTHS = cal.MONTHS

# Small counts before a unit ("dua pekan lalu", "three days ago"), from the number parser's lexicon.
NUMBER_WORDS: dict[str, int] = {
    "se": 1,
    **{word: value for word, value in num.UNITS_ID.items() if value},
    "sepuluh": num.SE_WORDS_ID["sepuluh"],
    "a": 1,
    "an": 1,
    **{word: value for word, value in num.UNITS_EN.items() if value},
    "ten": num.TEENS_EN["ten"],
}

# Words that turn a bare weekday or unit into a direction from the publication date.
PAST_WORDS = frozenset({"lalu", "yang lalu", "kemarin", "silam", "last", "past", "ago"})
# "Kamis ini", "this Thursday": the day of the publication's own week (weeks start on Monday).
THIS_WORDS = frozenset({"ini", "this"})
NEXT_WORDS = frozenset({"depan", "mendatang", "next"})
# A bare weekday after these is a deadline ahead ("hingga Selasa"), unless a range opened before it.
UNTIL_WORDS = frozenset({"hingga", "sampai", "until"})
RANGE_OPENER = re.compile(r"\b(?i:dari|sejak|antara|from|since|between)\b")
# A bare weekday in a clause that says the event is still to come ("akan turun ke jalan hari Rabu",
# "will meet on Monday") lies ahead of publication (or on its day).
FUTURE_BEFORE = re.compile(
    r"\b(?i:akan|bakal|hendak|berencana|rencananya|dijadwalkan|terjadwal|will|shall|is\s+set\s+to"
    r"|are\s+set\s+to|is\s+scheduled|are\s+scheduled|plans?\s+to|is\s+due\s+to|are\s+due\s+to)\b"
)
# "mulai berlaku Rabu" (announced on Tuesday) starts ahead, "mulai surut Kamis" (read on Friday) behind:
# after a word of starting, the nearer of the two days.
START_BEFORE = re.compile(r"\b(?i:mulai|dimulai|starts?|starting|begins?|beginning|from)\b")
# Where a clause ends, looking back from a weekday: its future or starting word must follow this.
CLAUSE_END_BEFORE = re.compile(r"[.;!?]\s|,\s+(?i:dan|tetapi|namun|sedangkan|sementara|but|and|while)\b")

# Anaphoric day expressions: offset in days from the previous day-level date in the text.
ANAPHOR_OFFSETS: dict[str, int] = {
    "sama": 0,
    "same": 0,
    "keesokan": 1,
    "esok": 1,
    "kemudian": 1,
    "setelahnya": 1,
    "sesudahnya": 1,
    "next": 1,
    "following": 1,
    "sebelumnya": -1,
    "before": -1,
    "previous": -1,
}


def _alternation(words: dict[str, int] | frozenset[str]) -> str:
    """A regex alternation of ``words``, longest first so that "Januari" wins over "Jan"."""
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


_WD_ID = _alternation(cal.WEEKDAYS_ID)
_WD_EN = _alternation(cal.WEEKDAYS_EN)
# Full names may stand alone after a preposition ("pada Mei"); abbreviations only next to a day or year.
_MON_FULL = _alternation(cal.MONTH_NAMES)
# A full name ends at a word boundary; an abbreviation may take its period ("Jan. 9").
_MON = rf"(?:(?P<mon>{_MON_FULL})\b|(?P<abbr>{_alternation(cal.MONTH_ABBREVIATIONS)})(?:\.|\b))"
_NUM = "(?i:" + _alternation({k: v for k, v in NUMBER_WORDS.items() if k != "se"}) + r"|\d{1,2})"
_YEAR = r"(?:19|20)\d\d"

# --- explicit dates -------------------------------------------------------------------------

PAREN_NUMERIC = re.compile(
    r"\(\s*(?P<d>\d{1,2})\s*/\s*(?P<m>\d{1,2})(?:\s*/\s*(?P<y>\d{4}|\d{2}))?\s*\)",
)
NUMERIC = re.compile(
    rf"(?<![\w/.,:-])(?P<d>\d{{1,2}})(?P<sep>[/.-])(?P<m>\d{{1,2}})(?P=sep)(?P<y>{_YEAR})(?![\w/-]|[.,]\d)",
)
ISO = re.compile(rf"(?<![\w-])(?P<y>{_YEAR})-(?P<m>\d\d)-(?P<d>\d\d)(?![\w-])")
DAY_MONTH = re.compile(
    rf"(?<![\w.,/])(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?{_MON}"
    rf"(?:,?\s+(?P<y>{_YEAR})\b)?",
)
MONTH_DAY = re.compile(
    rf"\b{_MON}\s*(?P<d>\d{{1,2}})(?:st|nd|rd|th)?(?![\d:]|[.,]\d)"
    rf"(?:,?\s+(?P<y>{_YEAR})\b)?",
)
MONTH_YEAR = re.compile(rf"\b{_MON},?\s+(?P<y>{_YEAR})\b(?![.,]\d)")

# --- weekdays -------------------------------------------------------------------------------

# The weekday itself is matched first (a literal start keeps the scan fast); the words before it
# ("pada hari", "last") are read from a short window by the *_BEFORE patterns.
WEEKDAY_ID = re.compile(rf"(?P<wd>{_WD_ID})\b(?:\s+(?P<mod>yang\s+lalu|lalu|kemarin|depan|mendatang|ini)\b)?")


# The English patterns (weekday_en, month_alone_en, …) are compiled on first use: only English text needs them.
weekday_en = lazy(rf"(?P<wd>{_WD_EN})\b")


WEEKDAY_ID_BEFORE = re.compile(r"(?:\b(?P<prep>[Pp]ada|[Ss]ejak|[Hh]ingga|[Ss]ampai)\s+)?(?:\b[Hh]ari\s+)?$")


weekday_en_before = lazy(r"(?:\b(?P<prep>(?i:on|since|until|by|last|this|next|past))\s+)?$")


# What may sit between a weekday and its explicit date: "Sabtu (8/1/2022)", "Senin, 10 Januari".
WEEKDAY_GAP = re.compile(r"[ \t]*,?[ \t]*")
CLOSE_PAREN = re.compile(r"[ \t]*\)")
# A weekday after these words names a prayer or an event, not a date ("salat Jumat").
NOT_DATE_BEFORE_WEEKDAY = re.compile(r"(?i:salat|shalat|sholat|solat|jumatan)\s+$")

# --- coarse dates ---------------------------------------------------------------------------

MONTH_ALONE_ID = re.compile(
    r"\b(?P<prep>(?i:pada|sejak|hingga|sampai|bulan|awal|akhir|pertengahan|medio))\s+"
    rf"(?P<mon>{_MON_FULL})\b(?:\s+(?P<mod>lalu|kemarin|depan|mendatang|ini)\b)?",
)


month_alone_en = lazy(rf"\b(?P<prep>(?i:in|since|until|early|late|last|this|next))\s+(?P<mon>{_MON_FULL})\b")


YEAR_ID = re.compile(rf"\b(?P<prep>(?i:tahun|pada|sejak|hingga|sampai))\s+(?:tahun\s+)?(?P<y>{_YEAR})\b")


year_en = lazy(rf"\b(?P<prep>(?i:in|since|until|by))\s+(?P<y>{_YEAR})\b")


# After "pada 2021" a lower-case noun means the number counts something ("pada 2000 orang").
YEAR_OK_NEXT = frozenset({"lalu", "silam", "ini", "dan", "hingga", "sampai", "ke", "and", "to"})

# --- relative expressions -------------------------------------------------------------------

# Whole-day expressions that dateparser resolves against the publication date.
RELATIVE_DAY_ID = re.compile(
    rf"\b(?i:kemarin\s+lusa|kemarin|hari\s+ini|besok|(?P<n>{_NUM})\s+hari\s+(?:yang\s+)?lalu"
    r"|sehari\s+(?:yang\s+)?lalu)\b",
)


relative_day_en = lazy(
    rf"\b(?i:yesterday|today|tomorrow|(?:the\s+)?day\s+before\s+yesterday|(?P<n>{_NUM}|an?)\s+days?\s+ago)\b",
)


RELATIVE_UNIT_ID = re.compile(
    rf"\b(?:(?P<n>{_NUM})\s+(?P<unit>(?i:pekan|minggu|bulan|tahun))\s+(?:yang\s+)?(?:lalu|silam)"
    r"|(?i:se)(?P<unit1>pekan|minggu|bulan|tahun)\s+(?:yang\s+)?(?:lalu|silam)"
    r"|(?P<unit0>[Pp]ekan|minggu|[Bb]ulan|[Tt]ahun)\s+(?P<mod>lalu|kemarin|ini|depan|mendatang))\b",
)


relative_unit_en = lazy(
    rf"\b(?:(?P<n>{_NUM}|an?)\s+(?P<unit>weeks?|months?|years?)\s+ago"
    r"|(?P<mod>(?i:last|this|next|past))\s+(?P<unit0>week|month|year))\b",
)


ANAPHOR_ID = re.compile(
    r"\b(?i:(?:(?:pada|di)\s+)?hari\s+yang\s+(?P<a>sama)|(?P<b>keesokan|esok)\s+harinya"
    r"|sehari\s+(?P<c>kemudian|setelahnya|sesudahnya|sebelumnya))\b",
)


anaphor_en = lazy(
    r"\b(?i:(?:on\s+)?(?:that|the)\s+(?:(?P<a>same)\s+day|(?P<b>next|following|previous)\s+day"
    r"|day\s+(?P<c>before)))\b(?!\s+yesterday)",
)


UNIT_GRANULARITY: dict[str, str] = {
    "hari": "day",
    "day": "day",
    "pekan": "week",
    "minggu": "week",
    "week": "week",
    "bulan": "month",
    "month": "month",
    "tahun": "year",
    "year": "year",
}

# Where a sentence breaks into clauses that may carry different dates (", dan", "; ", ", tetapi").
CLAUSE_BREAK = re.compile(
    r";\s|,\s+(?i:dan|tetapi|namun|sedangkan|sementara|serta|padahal|meski|meskipun|walaupun"
    r"|but|and|while|whereas|although|though)\b|\s(?i:tetapi|namun|sedangkan|but|whereas)\s",
)
