"""Publication timestamp lines and dated URLs, on lines and URLs we wrote ourselves."""

from __future__ import annotations

from datetime import date

import pytest

from warta.clean.cleaner import clean
from warta.clean.date_lines import date_line, published_stamp, store_stamp, url_date
from warta.types import RawDocument


@pytest.mark.parametrize(
    ("line", "day", "at"),
    [
        ("14 Mar 2022 | 06:05 GMT+7", "2022-03-14", "2022-03-14T06:05:00+07:00"),
        ("May 03, 2013", "2013-05-03", None),
        ("First Published: June 13, 2013 4:59 PM EDT", "2013-06-13", "2013-06-13T16:59:00-04:00"),
        ("Sabtu 1 Oktober 2022", "2022-10-01", None),
        ("Senin, 13 Feb 2023 14:05 WIB", "2023-02-13", "2023-02-13T14:05:00+07:00"),
        ("Kabarkota.com - 09/09/2021, 07:39 WIB", "2021-09-09", "2021-09-09T07:39:00+07:00"),
        ("Rabu, 19 Januari 2022 - 13:53:00 WITA", "2022-01-19", "2022-01-19T13:53:00+08:00"),
        ("29 Oktober 2018 10:55 WIB Sari Dewi Nasional Share :", "2018-10-29", "2018-10-29T10:55:00+07:00"),
        ("Diterbitkan: 2022-01-03", "2022-01-03", None),
    ],
)
def test_date_line(line: str, day: str, at: str | None) -> None:
    stamp = date_line(line)
    assert stamp is not None
    assert (stamp.day.isoformat(), stamp.at) == (day, at)


@pytest.mark.parametrize(
    "line",
    [
        "Pada Sabtu, 9 Januari 2021, warga berkumpul di balai desa.",
        "Sabtu, 9 Januari 2021, warga berkumpul di balai desa.",
        "Harga cabai naik sejak 14 Mar 2022",
        "Pendaftaran ditutup 30 Juni 2022 pukul 23.59 WIB, kata panitia dalam keterangan tertulis yang "
        "dibagikan kepada wartawan di Watugede pada hari Senin.",
    ],
)
def test_not_a_date_line(line: str) -> None:
    assert date_line(line) is None


def test_published_before_updated() -> None:
    stamp = published_stamp(["Diperbarui: 15 Mar 2022 08:00 WIB", "Diterbitkan: 14 Mar 2022 06:05 WIB"])
    assert stamp is not None and stamp.day == date(2022, 3, 14)
    only = published_stamp(["Updated: 15 Mar 2022 08:00 WIB"])
    assert only is not None and only.updated


@pytest.mark.parametrize(
    ("url", "day"),
    [
        ("https://kabar.example/2013/05/03/banjir-surut", date(2013, 5, 3)),
        ("https://kabar.example/berita/banjir-surut-20221121", date(2022, 11, 21)),
        ("http://kabar.example/read/20181029/496/949078/banjir", date(2018, 10, 29)),
        ("https://kabar.example/2023/02/banjir.html", None),
        ("https://kabar.example/read/043691880/banjir", None),
        (None, None),
    ],
)
def test_url_date(url: str | None, day: date | None) -> None:
    assert url_date(url) == day


def test_clean_reads_the_timestamp_not_the_event_date() -> None:
    text = (
        "Banjir Surut di Watugede\n"
        "Senin, 17 Jan 2022 14:05 WIB\n"
        "WATUGEDE, KABARKOTA.COM - Banjir yang melanda enam desa sejak Rabu (12/1/2022) mulai surut.\n"
        "Warga kembali ke rumah masing-masing."
    )
    cleaned = clean(RawDocument(source="a.txt", text=text, raw=text, format="text"))
    assert cleaned.metadata.published == "2022-01-17"
    assert cleaned.metadata.published_at == "2022-01-17T14:05:00+07:00"
    assert cleaned.metadata.outlet == "Kabarkota"
    assert "WIB" not in cleaned.text and "KABARKOTA" not in cleaned.text


def test_clean_reads_the_url_date() -> None:
    doc = RawDocument(
        source="a.html",
        text="Banjir surut.\nWarga pulang.",
        raw="",
        format="html",
        url="https://kabar.example/2013/05/03/banjir",
    )
    assert clean(doc).metadata.published == "2013-05-03"


@pytest.mark.parametrize(
    ("line", "stamp"),
    [
        ("date 2022-07 Kabar.id - Harga cabai naik", "date 2022-07 "),
        ("timestamp: 2022-07-14T10:00 Harga naik", "timestamp: 2022-07-14T10:00 "),
        ("date 2022-07", "date 2022-07"),
        ("Date palm prices rose in 2022-07", None),
        ("Harga naik sejak 2022-07", None),
    ],
)
def test_store_stamp(line: str, stamp: str | None) -> None:
    assert store_stamp(line) == stamp


@pytest.mark.parametrize(
    ("line", "at"),
    [
        ("oleh Sari Dewi diperbarui 12 Jan 2022, 10:00 WIB", "2022-01-12T10:00:00+07:00"),
        ("by Jane Doe Published 3 May 2013", None),
    ],
)
def test_author_before_the_label(line: str, at: str | None) -> None:
    stamp = date_line(line)
    assert stamp is not None and stamp.at == at


@pytest.mark.parametrize(
    "line", ["oleh Sari Dewi 12 Jan 2022", "Oleh polisi yang diperbarui 12 Jan 2022 warga diminta waspada"]
)
def test_no_label_or_no_name_no_stamp(line: str) -> None:
    assert date_line(line) is None
