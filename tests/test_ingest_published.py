"""Publication dates normalised to YYYY-MM-DD only when they are ISO 8601."""

from __future__ import annotations

import pytest

from warta.ingest.published import iso_day


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2022-01-09", "2022-01-09"),
        ("2022-01-09T23:30:00+06:00", "2022-01-09"),
        ("2022-01-09T23:30:00Z", "2022-01-09"),
        ("2022-01-09 08:15:00", "2022-01-09"),
        (" 2022-01-09T08:15 ", "2022-01-09"),
        ("Senin, 10 Januari 2022", None),
        ("09/01/2022", None),
        ("2022-13-45", None),
        ("", None),
        (1641686400, None),
        (None, None),
        (["2022-01-09"], None),
    ],
)
def test_iso_day(value: object, expected: str | None) -> None:
    assert iso_day(value) == expected
