"""Month and weekday names in Indonesian and English, with abbreviations and old spellings: name -> number.

Names keep their capital initial because date patterns match them case-sensitively ("Minggu" is Sunday,
"minggu" a week; "May" a month, "may" a verb); readers that ignore case use :func:`folded`.
Weekdays count from Monday = 0 (as :meth:`datetime.date.weekday`), months from January = 1.
"""

from __future__ import annotations

from collections.abc import Mapping

WEEKDAYS_ID: dict[str, int] = {
    "Senin": 0,
    "Selasa": 1,
    "Rabu": 2,
    "Kamis": 3,
    "Jumat": 4,
    "Jum'at": 4,
    "Jum’at": 4,
    "Sabtu": 5,
    "Minggu": 6,
    "Ahad": 6,
}
WEEKDAYS_EN: dict[str, int] = {
    "Monday": 0,
    "Tuesday": 1,
    "Wednesday": 2,
    "Thursday": 3,
    "Friday": 4,
    "Saturday": 5,
    "Sunday": 6,
}

# Full names; "Pebruari" and "Nopember" are the older Indonesian spellings still seen in print.
MONTHS_ID: dict[str, int] = {
    "Januari": 1,
    "Februari": 2,
    "Pebruari": 2,
    "Maret": 3,
    "April": 4,
    "Mei": 5,
    "Juni": 6,
    "Juli": 7,
    "Agustus": 8,
    "September": 9,
    "Oktober": 10,
    "November": 11,
    "Nopember": 11,
    "Desember": 12,
}
MONTHS_EN: dict[str, int] = {
    "January": 1,
    "February": 2,
    "March": 3,
    "April": 4,
    "May": 5,
    "June": 6,
    "July": 7,
    "August": 8,
    "September": 9,
    "October": 10,
    "November": 11,
    "December": 12,
}
# Abbreviations stand only next to a day or a year ("9 Jan", "Jan. 9, 2022"); "Mei" has none.
MONTH_ABBREVIATIONS_ID: dict[str, int] = {
    "Jan": 1,
    "Feb": 2,
    "Peb": 2,
    "Mar": 3,
    "Apr": 4,
    "Jun": 6,
    "Jul": 7,
    "Agu": 8,
    "Agt": 8,
    "Ags": 8,
    "Agust": 8,
    "Sep": 9,
    "Sept": 9,
    "Okt": 10,
    "Nov": 11,
    "Nop": 11,
    "Des": 12,
}
MONTH_ABBREVIATIONS_EN: dict[str, int] = {
    "Jan": 1,
    "Feb": 2,
    "Mar": 3,
    "Apr": 4,
    "Jun": 6,
    "Jul": 7,
    "Aug": 8,
    "Sep": 9,
    "Sept": 9,
    "Oct": 10,
    "Nov": 11,
    "Dec": 12,
}

WEEKDAYS: dict[str, int] = {**WEEKDAYS_ID, **WEEKDAYS_EN}
MONTH_NAMES: dict[str, int] = {**MONTHS_ID, **MONTHS_EN}
MONTH_ABBREVIATIONS: dict[str, int] = {**MONTH_ABBREVIATIONS_ID, **MONTH_ABBREVIATIONS_EN}
MONTHS: dict[str, int] = {**MONTH_NAMES, **MONTH_ABBREVIATIONS}


def folded(*tables: Mapping[str, int]) -> dict[str, int]:
    """The names of ``tables`` case-folded, for readers that ignore case.

    >>> folded(WEEKDAYS_ID)["jumat"]
    4
    """
    return {name.casefold(): number for table in tables for name, number in table.items()}
