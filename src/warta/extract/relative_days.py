"""Whole-day relatives ("kemarin", "3 hari lalu", "yesterday") as a number of days, without dateparser.

:mod:`warta.extract.dates` resolved every such phrase with ``dateparser``, whose first call in a
process builds its time-zone and language tables (0.4-1 s of CPU) for what is a subtraction. The
phrases its patterns (``RELATIVE_DAY_ID`` / ``relative_day_en()``) produce, once lower-cased, spaced and
with number words as digits, are a small closed set; :func:`day_offset` knows them, and
``tests/test_extract_relative_days.py`` checks every one of them against dateparser on several
publication dates. Any other phrase (a digit of another script, an odd case fold) gives None,
and the caller asks dateparser as before.
"""

from __future__ import annotations

import re

_NAMED = {
    "id": {"kemarin lusa": -2, "kemarin": -1, "hari ini": 0, "besok": 1},
    "en": {
        "day before yesterday": -2,
        "the day before yesterday": -2,
        "yesterday": -1,
        "today": 0,
        "tomorrow": 1,
    },
}
_AGO = {
    "id": re.compile(r"([0-9]{1,2}) hari (?:yang )?lalu"),
    "en": re.compile(r"([0-9]{1,2}) days? ago"),
}


def day_offset(phrase: str, lang: str) -> int | None:
    """Days from the publication date that ``phrase`` (normalised as dates.py does) names, if known."""
    named = _NAMED.get(lang, {}).get(phrase)
    if named is not None:
        return named
    pattern = _AGO.get(lang)
    m = pattern.fullmatch(phrase) if pattern else None
    return -int(m[1]) if m else None
