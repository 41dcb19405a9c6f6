"""Date stamps inside running text: the day a copy was filed or a comment posted, not the day of an event.

A wire copy or a portal often prints its stamp in the text itself, glued to the lead:
"MEXICO CITY | Fri Apr 24, 2009 7:50 pm EDT MEXICO CITY (Reuters) - A strain of flu ...",
"Wednesday 20 April 2005 16.26 BST The bodies of 69 people ...", "Kamis, 09 Sep 2021 07:44 WIB Polisi
...", "... on 09.39 GMT on Tuesday 9 November 2010", "At 00:45 am on 21 Jan 2010, X wrote". A stamp is an
explicit day with a clock time right beside it that carries a time zone or am/pm, with nothing but
spaces, commas, a bar, a year, "on"/"pada" or a weekday between them, opening its sentence or
following only a short name and a bar ("Susan Watts | ") or a label ("Posted at", "Page last updated
at"). An event's hour is written with a word between ("Rabu (8/9/2021) pukul 01.45 WIB", "on Monday
at 7 pm") or inside a statement ("Gempa terjadi Sabtu (9/1/2021) 14.28 WIB"), so it is not a stamp.

>>> from warta.extract.dates import find_dates
>>> text = "Wednesday 20 April 2005 16.26 BST The bodies of 69 people were found."
>>> [is_stamp(text, m) for m in find_dates(text, published="2005-04-20", language="en")]
[True]
>>> text = "Kebakaran terjadi Rabu (8/9/2021) pukul 01.45 WIB."
>>> [is_stamp(text, m) for m in find_dates(text, published="2021-09-08")]
[False]
"""

from __future__ import annotations

import re

from warta.extract.dates import DateMention
from warta.lazy_regex import lazy

_ZONE = r"(?:WIB|WITA|WIT|GMT|UTC|BST|CET|CEST|EDT|EST|CDT|CST|PDT|PST|JST|SGT|ET|UK\s+time)(?:\s*[+-]\s*\d{1,2})?"
_CLOCK = rf"\d{{1,2}}[:.]\d{{2}}(?::\d{{2}})?\s*(?:(?:[ap]\.?m\.?)(?:\s*{_ZONE})?|{_ZONE})\b"
_WEEKDAY = r"(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?|Senin|Selasa|Rabu|Kamis|Jumat|Jum'at|Sabtu|Minggu|Ahad"
_AFTER = re.compile(rf"(?i:[\s,|]*(?:\d{{4}}\b)?[\s,|]*(?:-\s*)?{_CLOCK})")
_BEFORE = re.compile(
    rf"(?i:(?<![\w.:])({_CLOCK})[\s,|]*(?:(?:on|pada)\s+)?(?:(?:{_WEEKDAY})[\s,]*)?(?:(?:on|pada)\s+)?)$"
)


_opening = lazy(
    r"(?i:(?:[^.!?\n|]{0,40}\|\s*)?(?:(?:page\s+)?(?:last\s+)?(?:updated|posted|published|diperbarui|diterbitkan)\s*)?"
    r"(?:(?:at|on|pada)\s+)?(?:(?:" + _WEEKDAY + r")[\s,]*)?)$",
)


def is_stamp(text: str, mention: DateMention) -> bool:
    """Whether ``mention`` (found in ``text``) is a date stamp: an explicit day printed with a zoned clock."""
    if mention.relative or mention.granularity != "day":
        return False
    if _AFTER.match(text, mention.end):
        return _opens(text, mention.start)
    lo = max(0, mention.start - 48)
    clock = _BEFORE.search(text[lo : mention.start])
    return clock is not None and _opens(text, lo + clock.start(1))


def _opens(text: str, at: int) -> bool:
    """Whether only a sentence end, a short name and bar, or a stamp label stands before ``at``."""
    head = text[max(0, at - 60) : at]
    cuts = [m.end() for m in re.finditer(r"[.!?\n]\s", head)]
    if cuts:
        head = head[cuts[-1] :]
    elif at > 60:
        return False
    return bool(_opening().fullmatch(head))


def stamp_end(text: str, mention: DateMention) -> int:
    """Where the stamp that ``mention`` belongs to ends (its clock included); call for a stamp only."""
    after = _AFTER.match(text, mention.end)
    return after.end() if after else mention.end
