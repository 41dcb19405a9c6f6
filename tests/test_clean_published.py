"""Publication dates from Indonesian datelines, on sentences we wrote ourselves."""

from __future__ import annotations

from datetime import date

import pytest

from warta.clean.published import infer_year, published_date

REF = date(2026, 11, 23)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Hujan turun, Sabtu (8/1/2022).", "2022-01-08"),
        ("Rapat Jumat (7/1/2022) lalu; hasilnya diumumkan Senin (10/1/2022).", "2022-01-10"),
        ("Full date wins over partial: Senin (10/1) dan Jumat (7/1/2022).", "2022-01-07"),
        ("Ia berbicara pada hari Minggu (9 Januari) di Washington.", "2022-01-09"),
        ("Ia berbicara Rabu (5/1) malam.", "2022-01-05"),
        ("Pameran dibuka Kamis, 3 Maret 2022.", "2022-03-03"),
        ("Tidak ada tanggal di sini, hanya pada Kamis.", None),
        ("Dua minggu (14 hari) lamanya.", None),
        ("Tanggal mustahil Senin (31/2/2022).", None),
    ],
)
def test_published_date(text: str, expected: str | None) -> None:
    assert published_date(text, reference=REF) == expected


@pytest.mark.parametrize(
    ("day", "month", "weekday", "reference", "expected"),
    [
        (9, 1, 6, REF, date(2022, 1, 9)),  # Sunday 9 January
        (9, 1, 6, date(2021, 12, 31), date(2011, 1, 9)),
        (22, 11, 6, REF, date(2026, 11, 22)),  # the day before the reference
        (29, 2, 0, REF, date(2016, 2, 29)),  # a Monday 29 February
    ],
)
def test_infer_year(day: int, month: int, weekday: int, reference: date, expected: date) -> None:
    assert infer_year(day, month, weekday, reference=reference) == expected


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Polisi menahan 40 orang, Selasa (18/1/2022). Wali kota akan datang Kamis (20/1/2022).",
            "2022-01-18",
        ),
        ("Rapat dijadwalkan Kamis (20/1/2022). Polisi berjaga sejak Selasa (18/1/2022).", "2022-01-18"),
        ("Hanya ada rencana: akan digelar Kamis (20/1/2022).", None),
    ],
)
def test_planned_dates_are_not_publication_dates(text: str, want: str | None) -> None:
    assert published_date(text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Harga baru mulai berlaku Rabu (19/1/2022) besok.", "2022-01-18"),
        ("Pesawat hilang kontak pada Sabtu (9/1) kemarin sekitar pukul 14.40 WIB.", "2021-01-10"),
        ("Rapat digelar kemarin, Kamis (13/1/2022), di balai desa.", "2022-01-14"),
        ("Warga mengungsi Selasa (11/1/2022) malam kemarin.", "2022-01-12"),
        # a plan with "besok" beside it still tells the day of writing
        ("Bupati akan meninjau lokasi Kamis (20/1/2022) besok.", "2022-01-19"),
    ],
)
def test_besok_and_kemarin_shift_to_the_day_of_writing(text: str, want: str) -> None:
    assert published_date(text, reference=REF) == want
