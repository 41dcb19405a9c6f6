"""Tests for warta.extract.dates: finding date spans, resolving them, and as-of dates for figures."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest

from warta.codec import from_json, to_json
from warta.errors import InputError
from warta.extract.dates import DateMention, as_of, find_dates
from warta.types import Span

PUB = "2022-01-07"  # a Friday

# (text, language, [(span text, ISO date)]) with the article published on Friday 7 Jan 2022.
CASES: list[tuple[str, str, list[tuple[str, str | None]]]] = [
    # Indonesian weekdays: on or before publication; "lalu"/"kemarin" strictly before; "depan" after.
    ("Mereka bertemu pada hari Minggu di istana.", "id", [("pada hari Minggu", "2022-01-02")]),
    ("Polisi datang pada hari Jumat pagi.", "id", [("pada hari Jumat", "2022-01-07")]),
    ("Sidang digelar Jumat lalu.", "id", [("Jumat lalu", "2021-12-31")]),
    ("Kerusuhan dimulai pada Minggu kemarin.", "id", [("pada Minggu kemarin", "2022-01-02")]),
    ("Internet mati sejak Rabu lalu.", "id", [("sejak Rabu lalu", "2022-01-05")]),
    ("Rapat berikutnya Senin depan.", "id", [("Senin depan", "2022-01-10")]),
    ("Ia tiba pada Jum'at malam.", "id", [("pada Jum'at", "2022-01-07")]),
    # A deadline ("hingga", "until") is the nearer of the days before and after publication.
    ("Sekolah diliburkan hingga Senin.", "id", [("hingga Senin", "2022-01-10")]),
    ("Demo berlangsung hingga Rabu malam.", "id", [("hingga Rabu", "2022-01-05")]),
    ("The road stays closed until Monday.", "en", [("until Monday", "2022-01-10")]),
    ("Protesters stayed until Wednesday.", "en", [("until Wednesday", "2022-01-05")]),
    # Indonesian explicit dates.
    ("Dilansir dari BBC, Sabtu (8/1/2022), banjir surut.", "id", [("Sabtu (8/1/2022)", "2022-01-08")]),
    ("Video itu direkam pada Kamis (6/1).", "id", [("pada Kamis (6/1)", "2022-01-06")]),
    (
        "Ia berbicara pada hari Minggu (9 Januari) di TV.",
        "id",
        [("pada hari Minggu (9 Januari)", "2022-01-09")],
    ),
    ("Pasar dibuka Senin, 10/01/2022.", "id", [("Senin, 10/01/2022", "2022-01-10")]),
    ("Acara berlangsung 9 Januari di Bandung.", "id", [("9 Januari", "2022-01-09")]),
    ("Hujan turun sejak 30 Desember.", "id", [("30 Desember", "2021-12-30")]),
    ("Gempa terjadi 2 Januari 2022 dini hari.", "id", [("2 Januari 2022", "2022-01-02")]),
    ("Kota itu normal pada hari Senin 10 Januari.", "id", [("pada hari Senin 10 Januari", "2022-01-10")]),
    (
        "Berkas diterima 08-01-2022 dan 2022-01-03.",
        "id",
        [("08-01-2022", "2022-01-08"), ("2022-01-03", "2022-01-03")],
    ),
    ("Data per 5 Jan 2022 sudah lengkap.", "id", [("5 Jan 2022", "2022-01-05")]),
    # Indonesian relative and coarse dates.
    ("Harga naik kemarin sore.", "id", [("kemarin", "2022-01-06")]),
    ("Banjir surut hari ini.", "id", [("hari ini", "2022-01-07")]),
    ("Jembatan runtuh dua hari lalu.", "id", [("dua hari lalu", "2022-01-05")]),
    ("Ia dirawat sejak 3 hari yang lalu.", "id", [("3 hari yang lalu", "2022-01-04")]),
    ("Pasukan dikirim pekan lalu.", "id", [("pekan lalu", "2021-12-27")]),
    ("Harga melonjak sepekan lalu.", "id", [("sepekan lalu", "2021-12-27")]),
    ("Hasil panen naik bulan lalu.", "id", [("bulan lalu", "2021-12-01")]),
    ("Ia mundur tiga tahun lalu.", "id", [("tiga tahun lalu", "2019-01-01")]),
    ("Proyek dimulai pada Desember.", "id", [("pada Desember", "2021-12-01")]),
    ("Inflasi Januari 2022 rendah.", "id", [("Januari 2022", "2022-01-01")]),
    ("Undang-undang itu lahir tahun 2020.", "id", [("tahun 2020", "2020-01-01")]),
    (
        "Kamis (6/1) gempa; pada hari yang sama banjir.",
        "id",
        [("Kamis (6/1)", "2022-01-06"), ("pada hari yang sama", "2022-01-06")],
    ),
    (
        "Rabu (5/1) rapat; keesokan harinya mogok.",
        "id",
        [("Rabu (5/1)", "2022-01-05"), ("keesokan harinya", "2022-01-06")],
    ),
    # English.
    ("The talks ended Jan. 9, 2022, in Geneva.", "en", [("Jan. 9, 2022", "2022-01-09")]),
    ("Troops arrived on 9 January 2022.", "en", [("9 January 2022", "2022-01-09")]),
    ("He spoke on Sunday to reporters.", "en", [("on Sunday", "2022-01-02")]),
    ("Protests began last week.", "en", [("last week", "2021-12-27")]),
    ("Prices rose yesterday.", "en", [("yesterday", "2022-01-06")]),
    ("The vote was held last Friday.", "en", [("last Friday", "2021-12-31")]),
    ("The airport reopened on Friday.", "en", [("on Friday", "2022-01-07")]),
    ("The bridge fell 3 days ago.", "en", [("3 days ago", "2022-01-04")]),
    ("She resigned two years ago.", "en", [("two years ago", "2020-01-01")]),
    ("Talks resume next Monday.", "en", [("next Monday", "2022-01-10")]),
    ("It opened Sunday, Jan. 9.", "en", [("Sunday, Jan. 9", "2022-01-09")]),
    (
        "Riots broke out on Wednesday; the next day, calm.",
        "en",
        [("on Wednesday", "2022-01-05"), ("the next day", "2022-01-06")],
    ),
    ("Work started in March.", "en", [("in March", "2021-03-01")]),
    ("The deal closed December 30.", "en", [("December 30", "2021-12-30")]),
    # Malformed dates and number-like strings that are never dates.
    ("Tanggal 31/2/2022 tidak ada.", "id", []),
    ("Ia lahir Senin (45/13) katanya.", "id", []),
    ("Hubungi WhatsApp 0811 9787 670 sekarang.", "id", []),
    ("Rapat dimulai pukul 10.30 WIB.", "id", []),
    ("Sekitar 2.500 tentara dan 1.300.000 warga.", "id", []),
    ("Menurut Pasal 5 ayat 2 UU No. 11/2020.", "id", []),
    ("Kekerasan terburuk dalam 30 tahun kemerdekaan.", "id", []),
    ("Sebanyak 1/2 warga dan (1/2) lainnya.", "id", []),
    ("Misi itu beberapa hari atau minggu ke depan.", "id", []),
    ("Warga pulang usai salat Jumat.", "id", []),
    ("Bantuan diberikan pada 2000 orang.", "id", []),
    ("Skor akhir 2-1 untuk tuan rumah.", "id", []),
    ("He may march in protest.", "en", []),
]


@pytest.mark.parametrize(("text", "language", "expected"), CASES)
def test_find_dates(text: str, language: str, expected: list[tuple[str, str | None]]) -> None:
    found = find_dates(text, published=PUB, language=language)
    assert [(m.text, m.date) for m in found] == expected
    for m in found:
        assert text[m.start : m.end] == m.text


@pytest.mark.parametrize(
    ("text", "granularity", "relative", "weekday_checked"),
    [
        ("Sabtu (8/1/2022)", "day", False, True),
        ("Senin (7/1/2022)", "day", False, False),  # stated weekday contradicts: date kept, flagged
        ("9 Januari", "day", False, None),
        ("pada hari Minggu", "day", True, None),
        ("kemarin", "day", True, None),
        ("pekan lalu", "week", True, None),
        ("Januari 2022", "month", False, None),
        ("tahun 2020", "year", False, None),
    ],
)
def test_mention_fields(text: str, granularity: str, relative: bool, weekday_checked: bool | None) -> None:
    [m] = find_dates(text, published=PUB)
    assert (m.granularity, m.relative, m.weekday_checked) == (granularity, relative, weekday_checked)
    assert from_json(DateMention, to_json(m)) == m


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        ("Polisi datang kemarin.", None, [("kemarin", None)]),  # relative needs a publication date
        ("Sabtu (8/1/2022) hujan.", None, [("Sabtu (8/1/2022)", "2022-01-08")]),
        ("Acara 9 Januari.", None, [("9 Januari", None)]),
        ("Rapat pada 2 Januari.", "2021-12-30T08:00:00", [("2 Januari", "2022-01-02")]),  # within the window
        ("Rapat pada Senin (29/2).", "2022-01-07", [("pada Senin (29/2)", None)]),  # no 29 Feb near 2022
        ("Rapat pada Senin (29/2).", "2024-03-04", [("pada Senin (29/2)", "2024-02-29")]),
    ],
)
def test_publication_edge_cases(
    text: str, published: str | None, expected: list[tuple[str, str | None]]
) -> None:
    assert [(m.text, m.date) for m in find_dates(text, published=published)] == expected


def test_bad_published_says_what_to_pass() -> None:
    with pytest.raises(InputError, match="YYYY-MM-DD"):
        find_dates("kemarin", published="7 Jan 2022")


# --- as-of ----------------------------------------------------------------------------------


def naive_sentences(text: str) -> list[Span]:
    """Sentences cut after ". " and at line breaks (the real splitter lives elsewhere)."""
    spans, start = [], 0
    for m in re.finditer(r"\. |\n", text):
        if text[start : m.end()].strip():
            spans.append(Span(start, m.end()))
        start = m.end()
    if text[start:].strip():
        spans.append(Span(start, len(text)))
    return spans


def as_of_at(text: str, needle: str, published: str | None, *, sentences: bool = True) -> str | None:
    start = text.find(needle)
    assert start >= 0, needle
    mentions = find_dates(text, published=published)
    spans = naive_sentences(text) if sentences else []
    return as_of(Span(start, start + len(needle)), text, spans, mentions, published=published)


@pytest.mark.parametrize(
    ("text", "needle", "expected"),
    [
        # Two clauses, two dates: the figure takes its own clause's date, else publication.
        (
            "Sekitar 18 polisi tewas, kata pejabat, dan polisi membunuh puluhan perusuh pada Rabu (5/1).",
            "18",
            PUB,
        ),
        (
            "Sekitar 18 polisi tewas, kata pejabat, dan polisi membunuh puluhan perusuh pada Rabu (5/1).",
            "puluhan",
            "2022-01-05",
        ),
        ("Dilansir dari BBC, Sabtu (8/1/2022), puluhan warga terluka.", "puluhan", "2022-01-08"),
        ("Pada hari Kamis, polisi menangkap 50 orang, dan 3 orang tewas.", "3 orang", "2022-01-06"),
        ("Harga naik 1 persen pada Kamis, tetapi turun 2 persen kemarin.", "1 persen", "2022-01-06"),
        ("Harga naik 1 persen pada Kamis, tetapi turun 2 persen hari ini.", "2 persen", PUB),
        ("Sebanyak 164 rumah rusak dalam banjir pekan lalu.", "164", PUB),  # a week does not date a count
        ("Ada 5 korban. Pada Rabu (5/1) ada 9 korban.", "5 korban", PUB),
        ("Ada 5 korban. Pada Rabu (5/1) ada 9 korban.", "9 korban", "2022-01-05"),
        (
            "Harga naik berlipat ganda sejak Minggu kemarin -- kata warga -- di kota.",
            "berlipat",
            "2022-01-02",
        ),
    ],
)
def test_as_of(text: str, needle: str, expected: str) -> None:
    assert as_of_at(text, needle, PUB) == expected


def test_as_of_without_sentences_uses_the_line() -> None:
    text = "Rabu (5/1) ada 9 korban.\nKini 12 korban."
    assert as_of_at(text, "9 korban", PUB, sentences=False) == "2022-01-05"
    assert as_of_at(text, "12 korban", PUB, sentences=False) == PUB


def test_as_of_without_any_date_is_none() -> None:
    assert as_of_at("Ada 12 korban.", "12", None) is None


# --- the seeds and their gold -----------------------------------------------------------------


def _seed(seed_files: dict[str, Path], key: str) -> str:
    return seed_files[key].read_text(encoding="utf-8")


def test_gold_timeline_evidence(gold: dict[str, Any], seed_files: dict[str, Path]) -> None:
    checked = 0
    for entry in gold["timeline"]:
        for ev in entry["evidence"]:
            text, published = _seed(seed_files, ev["article"]), gold["articles"][ev["article"]]["published"]
            start = text.find(ev["text"])
            span = Span(start, start + len(ev["text"]))
            mentions = find_dates(text, published=published)
            inside = [m.date for m in mentions if span.start <= m.start and m.end <= span.end]
            if inside:
                assert entry["date"] in inside, (ev, inside)
            got = as_of(span, text, naive_sentences(text), mentions, published=published)
            assert got == entry["date"], ev
            checked += 1
    assert checked >= 20


def test_gold_figure_as_of(gold: dict[str, Any], seed_files: dict[str, Path]) -> None:
    values = [v for group in gold["figures"] for v in group["values"]] + gold["single_figures"]
    for v in values:
        text, published = _seed(seed_files, v["article"]), gold["articles"][v["article"]]["published"]
        start = text.find(v["text"])
        mentions = find_dates(text, published=published)
        span = Span(start, start + len(v["text"]))
        assert as_of(span, text, naive_sentences(text), mentions, published=published) == v["as_of"], v
    assert len(values) >= 20


def test_gold_not_figures(gold: dict[str, Any], seed_files: dict[str, Path]) -> None:
    """Gold dates are covered by a mention; the phone number and other numbers are not."""
    for item in gold["not_figures"]:
        text, published = _seed(seed_files, item["article"]), gold["articles"][item["article"]]["published"]
        start = text.find(item["text"])
        covered = any(
            m.start <= start and start + len(item["text"]) <= m.end
            for m in find_dates(text, published=published)
        )
        assert covered == (item["why"] == "date"), item


# --- long texts -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "unit",
    [
        "Pada hari Kamis (6/1) sekitar 2.500 orang, kata warga, dan pada Rabu lalu 0811 9787 670. ",
        "1/1/1/1/1/1 (((((( 12 12 12 Januari Jan. 9, pada hari pada hari Senin, , , (6/ ",
        "9" * 97 + "/",
    ],
)
def test_one_megabyte_completes(unit: str) -> None:
    text = unit * (1_000_000 // len(unit) + 1)
    found = find_dates(text, published=PUB)
    assert len(text) >= 1_000_000
    assert all(found[i].end <= found[i + 1].start for i in range(len(found) - 1))
    if found:
        last = found[-1]
        sent = Span(last.start, last.end)
        assert as_of(sent, text, [], found, published=PUB) is not None


# Invented sentences: a weekday's direction follows what its clause says of the event.
@pytest.mark.parametrize(
    ("text", "published", "language", "expected"),
    [
        ("Kami akan turun ke jalan hari Rabu.", "2022-01-17", "id", "2022-01-19"),  # Monday: ahead
        ("Tiket mulai dijual Kamis ini.", "2022-01-18", "id", "2022-01-20"),  # this week's Thursday
        ("Harga baru mulai berlaku Rabu.", "2022-01-18", "id", "2022-01-19"),  # a start, nearer ahead
        ("Air mulai surut Kamis.", "2022-01-14", "id", "2022-01-13"),  # a start, nearer behind
        ("Polisi tiba pada Kamis.", "2022-01-14", "id", "2022-01-13"),  # no marker: behind
        ("Warga sudah pulang, dan mereka akan kembali bekerja Senin.", "2022-01-14", "id", "2022-01-17"),
        ("The minister will speak on Monday.", "2022-01-14", "en", "2022-01-17"),
        ("Talks begin this Thursday.", "2022-01-18", "en", "2022-01-20"),
    ],
)
def test_weekday_direction_follows_its_clause(
    text: str, published: str, language: str, expected: str
) -> None:
    days = [
        m.date for m in find_dates(text, published=published, language=language) if m.granularity == "day"
    ]
    assert days == [expected]


def test_an_earlier_clause_does_not_turn_a_weekday_ahead() -> None:
    got = find_dates("Ia berjanji akan datang. Polisi tiba pada Kamis.", published="2022-01-14")
    assert [m.date for m in got] == ["2022-01-13"]


@pytest.mark.parametrize("tense", ["kemarin", "besok"])
def test_a_tense_word_after_a_named_day_is_not_another_day(tense: str) -> None:
    got = find_dates(f"Pesawat hilang kontak pada Sabtu (9/1) {tense} sore.", published="2021-01-10")
    assert [m.date for m in got] == ["2021-01-09"]
