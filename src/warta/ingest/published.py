"""Publication dates as inputs give them, normalised to ``YYYY-MM-DD`` when they are ISO 8601.

>>> iso_day("2022-01-09T23:30:00+06:00")
'2022-01-09'
>>> iso_day("Senin, 10 Januari 2022") is None
True
"""

from __future__ import annotations

from datetime import date, datetime


def iso_day(value: object) -> str | None:
    """The calendar day of an ISO date or datetime string, as written (no time zone shift); else None."""
    if not isinstance(value, str):
        return None
    text = value.strip()
    # The day an outlet wrote is the day it published, so keep it rather than converting to UTC.
    for parse in (date.fromisoformat, datetime.fromisoformat):
        try:
            parsed = parse(text)
        except ValueError:
            continue
        return f"{parsed.year:04d}-{parsed.month:02d}-{parsed.day:02d}"
    return None
