from __future__ import annotations

from dataclasses import replace

from factories import make_article
from warta.brief.build import BriefOptions, build_story
from warta.brief.known import latest
from warta.brief.render.facts import fact_lines
from warta.brief.summary import SummaryOptions
from warta.brief.time_order import ordered_steps, publication_times, time_order
from warta.types import FigureValue

LEXICAL = SummaryOptions(semantic=False)  # keeps the test free of the embedding model


def _v(
    article: str,
    value: int,
    as_of: str | None = "2025-03-09",
    *,
    hour: str | None = None,
    stage: str | None = None,
) -> FigureValue:
    return FigureValue(article, value, None, None, as_of, str(value), 0, 1, as_of_time=hour, stage=stage)


def _amounts(values: list[FigureValue], published: dict[str, str] | None = None) -> list[int]:
    return [int(s[0].value) for s in ordered_steps(values, key=lambda v: str(v.value), published=published)]


def test_evidence_of_time_in_its_order() -> None:
    assert time_order(_v("a", 9, "2025-03-10"), _v("b", 5, "2025-03-09")) == 1
    assert time_order(_v("a", 9, hour="17:00"), _v("b", 5, hour="09:00")) == 1
    pub = {"a": "2025-03-09T08:00:00+07:00", "b": "2025-03-09T20:00:00+07:00", "c": "2025-03-09"}
    assert time_order(_v("a", 9), _v("b", 5), published=pub) == -1
    assert time_order(_v("a", 9), _v("c", 5), published=pub) == 0  # a bare date says nothing within the day
    assert time_order(_v("a", 8, stage="earlier"), _v("a", 5)) == -1
    assert time_order(_v("a", 5, stage="current"), _v("a", 8)) == 1
    # an article's own order says nothing about another article's values
    assert time_order(_v("a", 8, stage="earlier"), _v("b", 5)) == 0


def test_a_falling_count_follows_the_text_not_the_size() -> None:
    values = [_v("b", 8), _v("a", 5), _v("a", 8, stage="earlier"), _v("c", 8, None)]
    assert _amounts(values) == [8, 5]
    assert latest(values).value == 5
    rising = [_v("a", 44, stage="current"), _v("a", 41), _v("b", 41)]
    assert _amounts(rising) == [41, 44]
    assert latest(rising).value == 44


def test_without_evidence_the_size_decides_nothing() -> None:
    assert _amounts([_v("a", 9), _v("b", 7)]) == [9, 7]
    assert _amounts([_v("a", 7), _v("b", 9)]) == [7, 9]
    pub = {"a": "2025-03-09T20:00:00+07:00", "b": "2025-03-09T08:00:00+07:00"}
    assert _amounts([_v("a", 7), _v("b", 9)], pub) == [9, 7]


def test_publication_times_prefer_the_datetime() -> None:
    a = make_article("a1", "Teks.", published="2025-03-09")
    b = replace(make_article("a2", "Teks.", published="2025-03-09"), published_at="2025-03-09T07:44:00+07:00")
    c = make_article("a3", "Teks.", published=None)
    assert publication_times([a, b, c]) == {"a1": "2025-03-09", "a2": "2025-03-09T07:44:00+07:00"}


# Text written for this test: an injured count that falls within a day, told by one outlet in its own
# order ("sebelumnya delapan ... saat ini lima"), while another outlet still gives the earlier count.
FELL = (
    "Kebakaran melanda gudang kayu di Kecamatan Sukamaju pada Minggu dini hari. "
    "Dinas kesehatan sebelumnya mencatat delapan orang mengalami luka berat. "
    "Saat ini yang masih dirawat karena luka berat sebanyak lima orang, selebihnya sudah pulang."
)
EARLIER = (
    "Kebakaran melanda gudang kayu di Kecamatan Sukamaju pada Minggu dini hari. "
    "Sebanyak delapan orang mengalami luka berat dan dibawa ke rumah sakit daerah."
)
OTHER = (
    "Kebakaran melanda gudang kayu di Kecamatan Sukamaju pada Minggu dini hari. "
    "Sebanyak lima orang mengalami luka berat dan dibawa ke rumah sakit daerah."
)


def test_a_brief_orders_a_falling_count_by_the_text() -> None:
    articles = [
        make_article("a1", FELL, outlet="Kabar Satu", published="2025-03-09"),
        make_article("a2", EARLIER, outlet="Warta Dua", published="2025-03-09"),
    ]
    story = build_story(articles, options=BriefOptions(summary=LEXICAL))
    (line,) = [
        line for line in fact_lines(story, lang="id") if "luka" in line.measure or "terluka" in line.measure
    ]
    assert line.status == "updated"
    assert line.phrase.startswith("8 (") and " → 5 (" in line.phrase
    (known,) = [k for k in story.known_now if k.role == "injured" or "luka" in k.measure]
    assert (known.value, known.article) == (5, "a1")


def test_two_outlets_of_one_day_with_no_order_claim_no_update() -> None:
    articles = [
        make_article("a1", EARLIER, outlet="Kabar Satu", published="2025-03-09"),
        make_article("a2", OTHER, outlet="Warta Dua", published="2025-03-09"),
    ]
    story = build_story(articles, options=BriefOptions(summary=LEXICAL))
    injured = [g for g in story.figures if {v.value for v in g.values} & {5, 8}]
    assert injured and all(g.status != "updated" for g in injured)  # a dispute, or split apart unsure
    assert all("→" not in line.phrase for line in fact_lines(story, include_single=True, lang="id"))
