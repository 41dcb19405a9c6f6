"""The one month/weekday lexicon, and the three readers that share it agreeing on every name."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from warta.clean.published import published_date
from warta.extract import lexicon_calendar as cal
from warta.extract.dates import find_dates
from warta.extract.numbers import find_quantities

PUB = "2022-01-07"  # a Friday
DATELINE_REFERENCE = date(2022, 1, 10)


@pytest.mark.parametrize(
    ("table", "numbers"),
    [
        (cal.WEEKDAYS_ID, range(7)),
        (cal.WEEKDAYS_EN, range(7)),
        (cal.MONTHS_ID, range(1, 13)),
        (cal.MONTHS_EN, range(1, 13)),
        (cal.MONTH_ABBREVIATIONS_ID, [m for m in range(1, 13) if m != 5]),  # "Mei" is never shortened
        (cal.MONTH_ABBREVIATIONS_EN, [m for m in range(1, 13) if m != 5]),
    ],
)
def test_each_table_names_every_day_or_month_once_or_more(table: dict[str, int], numbers: range) -> None:
    assert sorted(set(table.values())) == list(numbers)
    assert all(name[:1].isupper() and name[1:].islower() for name in table)


@pytest.mark.parametrize(
    ("tables", "name", "number"),
    [
        ((cal.WEEKDAYS_ID,), "jum’at", 4),
        ((cal.WEEKDAYS_ID,), "ahad", 6),
        ((cal.MONTHS_ID, cal.MONTH_ABBREVIATIONS_ID), "nopember", 11),
        ((cal.MONTHS_ID, cal.MONTH_ABBREVIATIONS_ID), "agust", 8),
        ((cal.MONTHS, cal.WEEKDAYS), "may", 5),
        ((cal.MONTHS, cal.WEEKDAYS), "sunday", 6),
    ],
)
def test_folded_reads_any_case(tables: tuple[dict[str, int], ...], name: str, number: int) -> None:
    assert cal.folded(*tables)[name] == number


def test_unions_agree_with_their_parts() -> None:
    assert cal.MONTHS == {**cal.MONTHS_ID, **cal.MONTHS_EN, **cal.MONTH_ABBREVIATIONS}
    assert set(cal.WEEKDAYS) == set(cal.WEEKDAYS_ID) | set(cal.WEEKDAYS_EN)


@pytest.mark.parametrize(("name", "month"), sorted(cal.MONTHS.items()))
def test_date_patterns_read_every_month_name(name: str, month: int) -> None:
    (found,) = find_dates(f"Gudang itu dibuka 9 {name} 2021 oleh warga.", published=PUB)
    assert found.date == f"2021-{month:02d}-09"


@pytest.mark.parametrize(("name", "month"), sorted(cal.MONTHS.items()))
def test_a_number_before_a_month_name_is_not_a_count(name: str, month: int) -> None:
    assert find_quantities(f"Gudang itu dibuka 9 {name} oleh warga.") == []


@pytest.mark.parametrize(("name", "month"), sorted({**cal.MONTHS_ID, **cal.MONTH_ABBREVIATIONS_ID}.items()))
def test_datelines_read_every_indonesian_month_name(name: str, month: int) -> None:
    assert published_date(f"Warga berkumpul, Senin, 3 {name} 2020.") == f"2020-{month:02d}-03"


@pytest.mark.parametrize(("name", "weekday"), sorted(cal.WEEKDAYS_ID.items()))
def test_datelines_read_every_indonesian_weekday(name: str, weekday: int) -> None:
    # 3-9 Jan 2022 run Monday to Sunday, so the weekday alone fixes the day.
    text = f"Warga berkumpul di balai desa, {name} ({3 + weekday}/1)."
    assert published_date(text, reference=DATELINE_REFERENCE) == f"2022-01-{3 + weekday:02d}"


@pytest.mark.parametrize(("name", "weekday"), sorted(cal.WEEKDAYS.items()))
def test_date_patterns_read_every_weekday(name: str, weekday: int) -> None:
    english = name in cal.WEEKDAYS_EN
    text = f"People met on {name} at the hall." if english else f"Warga berkumpul pada {name} di balai desa."
    (found,) = find_dates(text, published=PUB, language="en" if english else "id")
    pub = date.fromisoformat(PUB)
    assert found.date == (pub - timedelta(days=(pub.weekday() - weekday) % 7)).isoformat()
