"""The publication date an Indonesian story's datelines give: "Sabtu (8/1/2022)", "Minggu (9 Januari)"."""

from __future__ import annotations

import re
from datetime import date, timedelta

from warta.extract import lexicon_calendar as cal
from warta.lazy_regex import lazy

# Datelines are Indonesian: Indonesian weekday and month names, read without regard to case.
WEEKDAYS: dict[str, int] = cal.folded(cal.WEEKDAYS_ID)
MONTHS: dict[str, int] = cal.folded(cal.MONTHS_ID, cal.MONTH_ABBREVIATIONS_ID)
# Far enough back that any weekday/day/month triple recurs (29 Feb on a given weekday: 28 years).
_YEARS_BACK = 40

_WD = r"(?P<wd>" + "|".join(sorted(map(re.escape, cal.WEEKDAYS_ID), key=len, reverse=True)) + ")"
_MON = r"(?P<mon>" + "|".join(sorted(map(re.escape, MONTHS), key=len, reverse=True)) + r")\.?"
_FULL = re.compile(
    rf"\b{_WD}\s*(?:,\s*|\(\s*)(?:(?P<d>\d{{1,2}})/(?P<m>\d{{1,2}})/(?P<y>\d{{4}})"
    rf"|(?P<d2>\d{{1,2}})\s+(?i:{_MON})\s+(?P<y2>\d{{4}}))\s*\)?"
)
_PARTIAL = re.compile(
    rf"\b{_WD}\s*\(\s*(?:(?P<d>\d{{1,2}})/(?P<m>\d{{1,2}})|(?P<d2>\d{{1,2}})\s+(?i:{_MON}))\s*\)"
)


def _date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def infer_year(day: int, month: int, weekday: int, *, reference: date) -> date | None:
    """The most recent date not after ``reference`` that falls on this day, month and weekday."""
    for year in range(reference.year, reference.year - _YEARS_BACK, -1):
        found = _date(year, month, day)
        if found is not None and found <= reference and found.weekday() == weekday:
            return found
    return None


# Words that put a date in the future of the report ("akan menemui ... pada Kamis (20/1/2022)"):
# such a date is a plan, not the day the story was written.
_FUTURE = re.compile(r"\b(?:akan|rencananya|direncanakan|dijadwalkan|mendatang|nanti)\b", re.IGNORECASE)
_CLAUSE_START = re.compile(r"[.!?;\n]")


def _planned(text: str, start: int) -> bool:
    """Whether the date at ``start`` sits in a clause that speaks of the future."""
    window = text[max(0, start - 120) : start]
    cut = max((m.end() for m in _CLAUSE_START.finditer(window)), default=0)
    return _FUTURE.search(window[cut:]) is not None


# A day word right beside the date tells the day of writing relative to it: "Rabu (19/1/2022) besok" was
# written on the Tuesday, "Sabtu (9/1) kemarin" on the Sunday. Days from the date to the day of writing.
_RELATIVE_DAYS: dict[str, int] = {"besok": -1, "esok": -1, "lusa": -2, "kemarin": 1, "kemarin lusa": 2}
_RELATIVE_AFTER = re.compile(
    r"\s*(?:(?:siang|sore|malam|pagi|dini hari)\s+)?(?P<rel>kemarin lusa|kemarin|besok|esok|lusa)\b",
    re.IGNORECASE,
)
_RELATIVE_BEFORE = re.compile(r"\b(?P<rel>kemarin lusa|kemarin|besok|esok|lusa)\s*,?\s*$", re.IGNORECASE)


def _offset_days(text: str, m: re.Match[str]) -> int | None:
    """Days from the date ``m`` matched to the day of writing, when "besok"/"kemarin" stands beside it."""
    rel = _RELATIVE_AFTER.match(text, m.end()) or _RELATIVE_BEFORE.search(
        text[max(0, m.start() - 16) : m.start()]
    )
    return _RELATIVE_DAYS[rel.group("rel").casefold()] if rel else None


def _writing_day(text: str, m: re.Match[str], found: date | None) -> date | None:
    """The day of writing the date ``m`` points to; None for a date in a clause about plans."""
    if found is None:
        return None
    offset = _offset_days(text, m)
    if offset is not None:
        return found + timedelta(days=offset)
    return None if _planned(text, m.start()) else found


def published_date(text: str, *, reference: date | None = None) -> str | None:
    """ISO date of the latest "Weekday (d/m/yyyy)"; else of "Weekday (d Month)" with the year inferred.

    Dates in a clause about plans ("akan ... pada Kamis (20/1/2022)") are not publication dates; a date
    with "besok" or "kemarin" beside it gives the day before or after it ("Rabu (19/1/2022) besok": Tuesday).

    >>> published_date("kata dia, Sabtu (8/1/2022). Pada Jumat (7/1/2022) ...")
    '2022-01-08'
    >>> published_date("Sabtu (8/1/2022). Ia akan datang pada Senin (10/1/2022).")
    '2022-01-08'
    >>> published_date("Harga baru berlaku Rabu (19/1/2022) besok.")
    '2022-01-18'
    """
    full: list[date] = []
    for m in _FULL.finditer(text):
        if m.group("d"):
            found = _date(int(m.group("y")), int(m.group("m")), int(m.group("d")))
        else:
            found = _date(int(m.group("y2")), MONTHS[m.group("mon").casefold()], int(m.group("d2")))
        written = _writing_day(text, m, found)
        if written is not None:
            full.append(written)
    if full:
        return max(full).isoformat()
    ref = reference or date.today()
    partial: list[date] = []
    for m in _PARTIAL.finditer(text):
        weekday = WEEKDAYS[m.group("wd").casefold()]
        if m.group("d"):
            day, month = int(m.group("d")), int(m.group("m"))
        else:
            day, month = int(m.group("d2")), MONTHS[m.group("mon").casefold()]
        if 1 <= month <= 12:
            found = _writing_day(text, m, infer_year(day, month, weekday, reference=ref))
            if found is not None:
                partial.append(found)
    return max(partial).isoformat() if partial else None


_wire_day = lazy(r"\b(?P<mon>[A-Z][a-z]{2,8})\.?\s+(?P<d>\d{1,2})\s*\(")


_on_weekday = lazy(r"\b(?:on|last|this)\s+(?P<wd>" + "|".join(cal.WEEKDAYS_EN) + r")\b")


def wire_dateline_date(dateline: str, lead: str, *, reference: date | None = None) -> str | None:
    """The date of a wire story whose dateline gives month and day ("WATUGEDE, Jan 15 (Wire) -") and whose
    lead sentence the weekday ("... rose on Saturday"): the most recent such date, the year inferred.

    >>> wire_dateline_date("WATUGEDE, Jan 15 (Meridian Wire) -", "The toll rose on Saturday.",
    ...                    reference=date(2022, 6, 1))
    '2022-01-15'
    """
    m = _wire_day().search(dateline)
    month = cal.MONTHS.get(m.group("mon")) if m else None
    first = re.split(r"(?<=[.!?])\s", lead, maxsplit=1)[0]
    wd = _on_weekday().search(first)
    if m is None or month is None or wd is None:
        return None
    found = infer_year(
        int(m.group("d")), month, cal.WEEKDAYS_EN[wd.group("wd")], reference=reference or date.today()
    )
    return found.isoformat() if found else None
