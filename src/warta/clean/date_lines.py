"""Publication timestamps as portals print them on a line of their own, and dates in article URLs.

A timestamp line is short and holds little but the date: "Senin, 13 Feb 2023 14:05 WIB",
"14 Mar 2022 | 06:05 GMT+7", "First Published: June 13, 2013 4:59 PM EDT", "Sabtu 1 Oktober 2022",
"Kabar.com - 09/09/2021, 07:39 WIB". A date inside a sentence ("Pada Sabtu, 9 Januari 2021, warga ...")
is an event's date, not the story's, and is not read here.

>>> stamp = date_line("First Published: June 13, 2013 4:59 PM EDT")
>>> (stamp.day.isoformat(), stamp.at, stamp.updated)
('2013-06-13', '2013-06-13T16:59:00-04:00', False)
>>> url_date("https://kabar.example/2013/05/03/banjir-surut").isoformat()
'2013-05-03'
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from warta.extract import lexicon_calendar as cal
from warta.lazy_regex import lazy

_MONTHS: dict[str, int] = cal.folded(cal.MONTHS)
_WEEKDAYS = "|".join(sorted(map(re.escape, cal.folded(cal.WEEKDAYS)), key=len, reverse=True))
_MON = "(?P<mon>" + "|".join(sorted(map(re.escape, _MONTHS), key=len, reverse=True)) + r")\.?"
_DATE = re.compile(
    rf"(?:(?P<d1>\d{{1,2}})\s+{_MON.replace('mon', 'mon1')},?\s+(?P<y1>\d{{4}})"
    rf"|{_MON.replace('mon', 'mon2')}\s+(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y2>\d{{4}})"
    r"|(?P<d3>\d{1,2})[/.-](?P<m3>\d{1,2})[/.-](?P<y3>\d{4})"
    r"|(?P<y4>\d{4})-(?P<m4>\d{2})-(?P<d4>\d{2}))(?!\d)",
    re.IGNORECASE,
)
_ZONES: dict[str, str] = {
    "wib": "+07:00",
    "wita": "+08:00",
    "wit": "+09:00",
    "gmt": "+00:00",
    "utc": "+00:00",
    "edt": "-04:00",
    "est": "-05:00",
    "cdt": "-05:00",
    "cst": "-06:00",
    "pdt": "-07:00",
    "pst": "-08:00",
    "bst": "+01:00",
    "cet": "+01:00",
    "cest": "+02:00",
    "jst": "+09:00",
    "sgt": "+08:00",
}
_ZONE = (
    r"(?P<zone>(?:GMT|UTC)\s*(?P<sign>[+-])\s*(?P<zh>\d{1,2})(?::?(?P<zm>\d{2}))?|"
    + "|".join(sorted(_ZONES, key=len, reverse=True))
    + r")\b"
)


_time = lazy(
    r"[\s,|–—-]*(?:pukul\s+|jam\s+|at\s+)?(?P<h>\d{1,2})[:.](?P<mi>\d{2})(?::(?P<s>\d{2}))?"
    rf"\s*(?P<ap>[ap]\.?m\.?)?(?:\s*{_ZONE})?",
    re.IGNORECASE,
)


_PUBLISHED = r"first published|published|posted|diterbitkan|dipublikasikan|dipublikasi|terbit|tayang|dimuat"
_UPDATED = r"last updated|updated|diperbarui|diperbaharui|diupdate|modified"


# What may stand before the date on a timestamp line: a label, a short name and a separator, a weekday;
# the author's name before a label ("oleh Sari Dewi diperbarui 12 Jan 2022, 10:00 WIB").
_before = lazy(
    rf"(?:[\w.+]+(?:\s+[\w.+]+){{0,2}}\s*[-–—|]\s*)?"
    rf"(?:(?:oleh|by)\s+(?:(?-i:[A-Z][\w.'’-]*)\s+){{1,4}}(?=(?:{_PUBLISHED}|{_UPDATED})\b))?"
    rf"(?:(?P<label>{_PUBLISHED}|{_UPDATED})\s*(?:on|pada)?\s*:?\s*)?"
    rf"(?:(?:{_WEEKDAYS})\s*,?\s*)?",
    re.IGNORECASE,
)


_updated_label = lazy(rf"^(?:{_UPDATED})$", re.IGNORECASE)


_after_date_only = lazy(r"[\s,.|–—-]*(?:\|.*)?", re.DOTALL)


_MAX_LINE = 120


@dataclass(frozen=True)
class Stamp:
    """A publication timestamp: its day, the ISO datetime when a time is given (with offset when a zone is)."""

    day: date
    at: str | None = None
    updated: bool = False  # labelled as an update time, not the first publication


def _day(m: re.Match[str]) -> date | None:
    g = m.groupdict()
    try:
        if g["d1"]:
            return date(int(g["y1"]), _MONTHS[g["mon1"].casefold()], int(g["d1"]))
        if g["d2"]:
            return date(int(g["y2"]), _MONTHS[g["mon2"].casefold()], int(g["d2"]))
        if g["d3"]:
            day, month = int(g["d3"]), int(g["m3"])
            if month > 12 >= day:
                day, month = month, day  # "06/13/2013": month first
            return date(int(g["y3"]), month, day)
        return date(int(g["y4"]), int(g["m4"]), int(g["d4"]))
    except (ValueError, KeyError):
        return None


def _offset(t: re.Match[str]) -> str:
    zone = t.group("zone")
    if not zone:
        return ""
    if t.group("sign"):
        return f"{t.group('sign')}{int(t.group('zh')):02d}:{t.group('zm') or '00'}"
    return _ZONES[zone.casefold()]


def _clock(day: date, t: re.Match[str]) -> str | None:
    hour, minute = int(t.group("h")), int(t.group("mi"))
    ap = (t.group("ap") or "").replace(".", "").casefold()
    if ap == "pm" and hour < 12:
        hour += 12
    elif ap == "am" and hour == 12:
        hour = 0
    if hour > 23 or minute > 59:
        return None
    second = int(t.group("s") or 0)
    return f"{day.isoformat()}T{hour:02d}:{minute:02d}:{second:02d}{_offset(t)}"


def date_line(line: str) -> Stamp | None:
    """The timestamp a short line consists of, if it is one (see the module's examples)."""
    text = line.strip()
    if len(text) > _MAX_LINE:
        return None
    for m in _DATE.finditer(text):
        before = _before().fullmatch(text[: m.start()])
        if before is None:
            continue
        day = _day(m)
        if day is None:
            return None
        label = before.group("label") or ""
        updated = bool(_updated_label().match(label.strip()))
        t = _time().match(text, m.end())
        if t is not None:
            return Stamp(day, _clock(day, t), updated)
        if _after_date_only().fullmatch(text[m.end() :]):
            return Stamp(day, None, updated)
        return None
    return None


# A stamp an archive or scraper put before the text ("date 2022-07", "timestamp: 2022-07-14T10:00"):
# when the page was stored, not necessarily when the story appeared.
_STORE_STAMP = re.compile(
    r"(?:date|timestamp|crawled|fetched|stored)\s*[:=]?\s*\d{4}-\d{2}(?:-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2})?Z?)?)?"
    r"(?=\s|$)\s*",
    re.IGNORECASE,
)


def store_stamp(line: str) -> str | None:
    """The archive's timestamp token that opens ``line`` (then metadata, not story), if any.

    >>> store_stamp("date 2022-07 Kabar.id - Harga cabai naik")
    'date 2022-07 '
    >>> store_stamp("Date palm prices rose 2022-07") is None
    True
    """
    m = _STORE_STAMP.match(line)
    return m.group(0) if m else None


_url_day = lazy(r"/((?:19|20)\d{2})/(0?[1-9]|1[0-2])/(0?[1-9]|[12]\d|3[01])(?=/|$|[-_.])")


_url_compact = lazy(r"[/_-]((?:19|20)\d{2})(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])(?=[/_.-]|\d*$|\d*[/_.-])")


def url_date(url: str | None) -> date | None:
    """The date a URL's path carries: ``/2013/05/03/``, ``-20221121``, ``/20181029/``."""
    if not url:
        return None
    path = re.sub(r"^[a-z]+://[^/]+", "", url.split("?")[0].split("#")[0])
    for pattern in (_url_day(), _url_compact()):
        m = pattern.search(path)
        if m is not None:
            try:
                return date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
            except ValueError:
                continue
    return None


def published_stamp(lines: list[str]) -> Stamp | None:
    """The first publication timestamp among ``lines``; an update time only when no other is given."""
    updated: Stamp | None = None
    for line in lines:
        stamp = date_line(line)
        if stamp is None:
            continue
        if not stamp.updated:
            return stamp
        updated = updated or stamp
    return updated
