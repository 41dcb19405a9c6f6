from __future__ import annotations

from typing import Any

import pytest

from factories import make_article
from warta.api import read_articles
from warta.brief.timeline import TimelineOptions, article_scores, build_timeline
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


# Fictional reports of a bridge closure, written for this test.
EXPLICIT = "Jembatan Cisadane ditutup untuk perbaikan pada 4 Maret 2025 oleh dinas pekerjaan umum."
RELATIVE = "Warga mengeluhkan kemacetan panjang di jalan alternatif pada hari Senin pagi."
LEAD_ONLY = "Dinas pekerjaan umum mulai memasang rambu pengalihan arus di sekitar jembatan lama."


@pytest.mark.parametrize(
    ("explicit_weight", "expected"),
    [
        (1.0, ["2025-03-04"]),  # "4 Maret 2025" outranks the Monday read from "hari Senin"
        (0.0, ["2025-03-03"]),  # without the extra weight they tie, and the earlier day wins
    ],
)
def test_explicit_mentions_outrank_relative_ones(explicit_weight: float, expected: list[str]) -> None:
    articles = [
        make_article("e1", EXPLICIT, published="2025-03-05"),
        make_article("r1", RELATIVE, published="2025-03-05"),
    ]
    opts = TimelineOptions(dates=1, explicit_weight=explicit_weight, sentence_weight=0.0)
    assert [e.date for e in build_timeline(articles, options=opts)] == expected


@pytest.mark.parametrize(
    ("lead_days", "expected"),
    [
        (1, ["2025-03-10"]),  # leads stand for their publication day only
        (2, ["2025-03-09", "2025-03-10"]),  # and for the day before, which they usually report
    ],
)
def test_leads_stand_for_the_day_before_publication(lead_days: int, expected: list[str]) -> None:
    articles = [make_article("l1", LEAD_ONLY, published="2025-03-10")]
    got = build_timeline(articles, options=TimelineOptions(lead_days=lead_days))
    assert [e.date for e in got] == expected
    assert all(e.citations[0].article == "l1" for e in got)


def test_a_day_named_only_by_unusable_sentences_gives_way() -> None:
    short = make_article("s1", "Banjir 7 Maret 2025.\nBanjir 7 Maret 2025.", published="2025-03-09")
    got = build_timeline([short, *_articles()], options=TimelineOptions(dates=2, lead_days=1))
    assert "2025-03-07" in [e.date for e in got]  # still named by usable sentences elsewhere
    alone = build_timeline([short], options=TimelineOptions(lead_days=1))
    assert alone == ()  # its only sentences are under min_words: no entry, no crash


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


def test_article_scores_cover_every_sentence_standardised() -> None:
    articles = _articles()
    got = article_scores(articles, [0, 2])
    assert set(got) == {(0, p) for p in range(3)} | {(2, p) for p in range(2)}
    assert all(0.0 < w.rank < 1.0 for w in got.values())
    for a, n in ((0, 3), (2, 2)):  # a z-score within each article: its scores average to zero
        assert sum(got[(a, p)].z for p in range(n)) == pytest.approx(0.0, abs=1e-9)
    assert article_scores(articles, []) == {}


@pytest.mark.parametrize(
    "options",
    [
        TimelineOptions(scorer_drop=0.2),
        TimelineOptions(scorer_drop=0.99),  # every candidate of a day dropped: the day keeps them all
        TimelineOptions(scorer_weight=0.05),
        TimelineOptions(scorer_weight=0.0, scorer_drop=0.0),  # the scorer left out
    ],
)
def test_shipped_scorer_changes_sentences_never_dates(options: TimelineOptions) -> None:
    plain = build_timeline(_articles())
    got = build_timeline(_articles(), options=options)
    assert [e.date for e in got] == [e.date for e in plain]
    by_id = {a.id: a for a in _articles()}
    for e in got:
        first = e.citations[0]
        assert by_id[first.article].text[first.start : first.end] in e.text


# Invented reports: a lead without a date, an announced day, a deadline, history and a date stamp.
def test_an_undated_lead_stands_for_its_publication_day() -> None:
    text = "Kebakaran melanda pasar induk Sukamaju dan menghanguskan ratusan kios pedagang."
    got = build_timeline([make_article("p1", text, published="2025-03-10")])
    assert [e.date for e in got] == ["2025-03-10"]


def test_an_announced_day_is_dated_ahead() -> None:
    text = (
        "Serikat buruh Sukamaju menolak kenaikan target produksi pabrik.\n"
        "Kami akan turun ke jalan hari Rabu untuk menyampaikan tuntutan, kata ketua serikat."
    )
    got = build_timeline([make_article("u1", text, published="2025-03-10")])  # a Monday
    assert "2025-03-12" in [e.date for e in got]
    assert "2025-03-05" not in [e.date for e in got]


def test_a_deadline_ahead_and_history_stay_out() -> None:
    text = (
        "Badan cuaca memperpanjang peringatan gelombang tinggi di pesisir Sukamaju.\n"
        "Peringatan itu berlaku hingga Kamis (13/3/2025) bagi seluruh nelayan setempat.\n"
        "Banjir serupa pernah melanda kota itu pada 2 Januari 1996 dan menewaskan puluhan orang."
    )
    got = build_timeline([make_article("w1", text, published="2025-03-10")])
    assert [e.date for e in got] == ["2025-03-10"]


def test_a_date_stamp_is_not_an_entry() -> None:
    text = (
        "Senin, 10 Maret 2025 07:44 WIB\nBanjir merendam tiga desa di Sukamaju pada Minggu (9/3/2025) malam."
    )
    got = build_timeline([make_article("d1", text, published="2025-03-10")])
    assert all(not e.text.startswith("Senin, 10 Maret") for e in got)


def test_dates_found_before_give_the_same_timeline(seeds_dir: Any) -> None:
    from warta.extract.facts import extract_facts

    articles = read_articles([seeds_dir]).articles
    found = {a.id: extract_facts(a).dates for a in articles}  # what the archive stores per article
    fresh = build_timeline(articles)
    assert fresh and build_timeline(articles, dates=found) == fresh
    # An article without an entry has its dates found as before.
    assert build_timeline(articles, dates={articles[0].id: found[articles[0].id]}) == fresh


def test_an_announced_day_the_story_has_covered_is_told_by_its_reports() -> None:
    before = (
        "Serikat buruh Sukamaju menolak kenaikan target produksi pabrik tekstil.\n"
        "Kami akan turun ke jalan hari Rabu untuk menyampaikan tuntutan, kata ketua serikat."
    )
    after = "Ribuan buruh berunjuk rasa di depan kantor bupati Sukamaju menuntut target produksi diturunkan."
    monday = make_article("u1", before, published="2025-03-10")
    alone = build_timeline([monday])
    assert "2025-03-12" in [e.date for e in alone]  # still ahead: the announcement stands
    covered = build_timeline([monday, make_article("u2", after, published="2025-03-12")])
    wednesday = [e for e in covered if e.date == "2025-03-12"]
    assert [c.article for e in wednesday for c in e.citations[:1]] == ["u2"]
    kept = build_timeline(
        [monday, make_article("u2", after, published="2025-03-12")],
        options=TimelineOptions(reports_over_forecasts=False),
    )
    assert any(c.article == "u1" for e in kept if e.date == "2025-03-12" for c in e.citations)


def test_a_stamp_in_a_lead_makes_it_a_lead_not_a_naming_sentence() -> None:
    text = (
        "KOTA SUKAMAJU | Senin, 10 Maret 2025 07:44 WIB Banjir merendam tiga desa di Kabupaten Sukamaju.\n"
        "Ratusan warga mengungsi ke balai desa dan masjid terdekat sejak pagi."
    )
    from warta.brief.timeline import dated_sentences

    sents = dated_sentences([make_article("s1", text, published="2025-03-10")], options=TimelineOptions())
    first = [s for s in sents if s.position == 0]
    assert any(not s.named and s.usable for s in first)  # a lead candidate of its publication day
    assert all(not s.usable for s in first if s.named)  # the stamp weighs its day but is no entry


def test_the_next_days_leads_shape_a_days_entry_but_are_not_it() -> None:
    day = (
        "Banjir merendam tiga desa di Kabupaten Sukamaju pada Jumat (7/3/2025) pagi.\n"
        "Pedagang pasar Sukamaju mengeluhkan harga cabai yang naik pada Jumat (7/3/2025)."
    )
    next_day = "Banjir yang merendam tiga desa di Sukamaju memaksa 1.200 warga mengungsi."
    articles = [
        make_article("n1", day, published="2025-03-07"),
        make_article("n2", next_day, published="2025-03-08"),
    ]
    got = {e.date: e for e in build_timeline(articles)}
    assert got["2025-03-07"].text.startswith("Banjir merendam")
    assert got["2025-03-07"].citations[0].article == "n1"
    assert got["2025-03-08"].citations[0].article == "n2"


def test_an_entry_starts_after_the_stamp_and_dateline_that_open_its_sentence() -> None:
    text = (
        "KOTA SUKAMAJU | Senin, 10 Maret 2025 07:44 WIB KOTA SUKAMAJU (Kabar) - Banjir merendam tiga "
        "desa di Kabupaten Sukamaju dan memaksa ratusan warga mengungsi."
    )
    article = make_article("s2", text, published="2025-03-10")
    (entry,) = build_timeline([article])
    assert entry.text.startswith("Banjir merendam tiga desa")
    cite = entry.citations[0]
    assert text[cite.start : cite.end] == entry.text
