from __future__ import annotations

from typing import Any

import pytest

from factories import make_article
from warta.api import read_articles
from warta.brief.timeline import TimelineOptions, build_timeline
from warta.types import Article

# Fictional reports of one flood, written for this test.
A = (
    "Hujan deras mengguyur Kabupaten Sukamaju sejak Kamis (6/3/2025) malam.\n"
    "Banjir merendam tiga desa di Kabupaten Sukamaju pada Jumat (7/3/2025) pagi.\n"
    "Sekitar 1.200 warga mengungsi ke balai desa dan masjid terdekat."
)
B = (
    "Tiga desa di Kabupaten Sukamaju terendam banjir pada Jumat (7/3) pagi, kata petugas.\n"
    "Air mulai surut pada Sabtu (8/3) sore dan warga kembali ke rumah.\n"
    "Sekolah di desa terdampak diliburkan hingga pekan depan."
)
C = (
    "Petugas mendirikan dapur umum untuk para pengungsi banjir di Sukamaju.\n"
    "Bupati meninjau lokasi banjir dan menjanjikan bantuan bagi warga terdampak."
)


def _articles() -> list[Article]:
    return [
        make_article("a1", A, outlet="Kabar Satu", published="2025-03-07"),
        make_article("a2", B, outlet="Harian Dua", published="2025-03-08"),
        make_article("a3", C, outlet="Warta Tiga", published="2025-03-09"),
    ]


def test_one_entry_per_date_in_date_order() -> None:
    timeline = build_timeline(_articles())
    dates = [e.date for e in timeline]
    assert dates == sorted(set(dates))
    assert {"2025-03-06", "2025-03-07", "2025-03-08"} <= set(dates)


@pytest.mark.parametrize(
    ("date", "word", "cited"),
    [
        ("2025-03-07", "tiga desa", {"a1", "a2"}),  # both outlets name the day: both are cited
        ("2025-03-08", "surut", {"a2"}),
        ("2025-03-06", "hujan deras", {"a1"}),
    ],
)
def test_entries_hold_the_event_of_their_date_cited(date: str, word: str, cited: set[str]) -> None:
    entry = next(e for e in build_timeline(_articles()) if e.date == date)
    assert word in entry.text.lower()
    assert {c.article for c in entry.citations} >= cited
    by_id = {a.id: a for a in _articles()}
    first = entry.citations[0]
    assert by_id[first.article].text[first.start : first.end] in entry.text


def test_publication_date_stands_in_when_no_sentence_names_a_day() -> None:
    entry = next(e for e in build_timeline(_articles()) if e.date == "2025-03-09")
    assert entry.citations[0].article == "a3"


@pytest.mark.parametrize(
    ("options", "expected"),
    [
        (TimelineOptions(dates=1), ["2025-03-07"]),  # the date most articles name
        (TimelineOptions(start="2025-03-08"), ["2025-03-08", "2025-03-09"]),
        (TimelineOptions(end="2025-03-06"), ["2025-03-06"]),
    ],
)
def test_options_bound_the_dates(options: TimelineOptions, expected: list[str]) -> None:
    assert [e.date for e in build_timeline(_articles(), options=options)] == expected


def test_no_sentences_no_timeline() -> None:
    assert build_timeline([make_article("x", "Judul saja")]) == ()


def test_seed_timeline_has_every_gold_date_with_its_event(seeds_dir: Any, gold: dict[str, Any]) -> None:
    articles = read_articles([seeds_dir]).articles
    timeline = {e.date: e for e in build_timeline(articles)}
    by_id = {a.id: a for a in articles}
    for g in gold["timeline"]:
        entry = timeline.get(g["date"])
        assert entry is not None, g["date"]
        assert any(k.lower() in entry.text.lower() for k in g["must_mention_any"]), (g["date"], entry.text)
        for c in entry.citations:
            assert 0 <= c.start < c.end <= len(by_id[c.article].text)
