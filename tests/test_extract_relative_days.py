"""Whole-day relatives without dateparser: every phrase the date patterns make, as dateparser reads it."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest

from warta.extract import date_patterns as P
from warta.extract.dates import find_dates
from warta.extract.relative_days import day_offset

_NUMBERS = sorted(
    {str(v) for v in P.NUMBER_WORDS.values()} | {str(i) for i in range(100)} | {f"0{i}" for i in range(10)}
)
PHRASES = {
    "id": ["kemarin lusa", "kemarin", "hari ini", "besok"]
    + [f"{n} hari{y} lalu" for n in _NUMBERS for y in ("", " yang")],
    "en": ["yesterday", "today", "tomorrow", "day before yesterday", "the day before yesterday"]
    + [f"{n} {d} ago" for n in _NUMBERS for d in ("day", "days")],
}
BASES = ("2022-01-08", "2020-03-01", "2024-12-31")


def test_every_phrase_is_the_day_dateparser_gives() -> None:
    dateparser = pytest.importorskip("dateparser")
    for lang, phrases in PHRASES.items():
        for phrase in phrases:
            days = day_offset(phrase, lang)
            assert days is not None, phrase
            for base in BASES:
                settings = {
                    "RELATIVE_BASE": datetime.fromisoformat(base),
                    "DATE_ORDER": "DMY",
                    "PREFER_DATES_FROM": "past",
                }
                parsed = dateparser.parse(phrase, languages=[lang], settings=settings)
                assert parsed is not None and parsed.date() == date.fromisoformat(base) + timedelta(days=days)


def test_phrases_outside_the_set_are_left_to_dateparser() -> None:
    assert day_offset("kemarin", "en") is None
    assert day_offset("100 hari lalu", "id") is None
    assert day_offset("\u0662 hari lalu", "id") is None  # an Arabic-Indic digit


def test_find_dates_resolves_them_against_the_publication_day() -> None:
    found = find_dates("Banjir datang 3 hari lalu, dan kemarin air surut.", published="2022-01-08")
    assert [(m.text, m.date) for m in found] == [("3 hari lalu", "2022-01-05"), ("kemarin", "2022-01-07")]
