"""What the pages show, computed without HTML: spans to highlight, safe links, the facts table and matrix."""

from __future__ import annotations

import pytest

from test_web_fakes import flood_story
from warta.web.display import (
    article_href,
    carriers,
    date_range,
    fact_rows,
    highlight,
    matrix,
    safe_url,
    snippet_segments,
    valid_span,
)


@pytest.mark.parametrize(
    ("spans", "active", "expect"),
    [
        ([], None, [("abcdefghij", "")]),
        ([], (2, 5), [("ab", ""), ("cde", "active"), ("fghij", "")]),
        (
            [(0, 2), (6, 8)],
            (2, 5),
            [("ab", "cited"), ("cde", "active"), ("f", ""), ("gh", "cited"), ("ij", "")],
        ),
        ([(1, 4)], (2, 5), [("ab", ""), ("cde", "active"), ("fghij", "")]),  # overlap: the clicked one wins
        ([(0, 4), (2, 6)], None, [("abcd", "cited"), ("efghij", "")]),
        ([(5, 50), (3, 3)], None, [("abcdefghij", "")]),  # out of range or empty: ignored
    ],
)
def test_highlight(
    spans: list[tuple[int, int]], active: tuple[int, int] | None, expect: list[tuple[str, str]]
) -> None:
    got = highlight("abcdefghij", spans, active)
    assert [(s.text, s.kind) for s in got] == expect
    assert "".join(s.text for s in got) == "abcdefghij"


@pytest.mark.parametrize(
    ("start", "end", "expect"),
    [(0, 3, (0, 3)), (3, 3, None), (4, 2, None), (0, 11, None), (None, 3, None), (2, None, None)],
)
def test_valid_span(start: int | None, end: int | None, expect: tuple[int, int] | None) -> None:
    assert valid_span("abcdefghij", start, end) == expect


@pytest.mark.parametrize(
    ("url", "expect"),
    [
        ("https://kabar.example/berita/1", "https://kabar.example/berita/1"),
        (" http://kabar.example/a ", "http://kabar.example/a"),
        ("javascript:alert(1)", None),
        ("JaVaScRiPt:alert(1)", None),
        (" javascript:alert(1)", None),
        ("data:text/html,<script>alert(1)</script>", None),
        ("vbscript:msgbox(1)", None),
        ("//evil.example/x", None),
        ("http:", None),
        ("", None),
        (None, None),
    ],
)
def test_safe_url(url: str | None, expect: str | None) -> None:
    assert safe_url(url) == expect


@pytest.mark.parametrize(
    ("first", "last", "expect"),
    [
        ("2031-03-04", "2031-03-05", "4 Mar 2031 – 5 Mar 2031"),
        ("2031-03-04", "2031-03-04", "4 Mar 2031"),
        (None, "2031-03-04", "4 Mar 2031"),
        (None, None, "undated"),
    ],
)
def test_date_range(first: str | None, last: str | None, expect: str) -> None:
    assert date_range(first, last) == expect


@pytest.mark.parametrize(
    ("snippet", "expect"),
    [
        ("… banjir **Lereng** Sari …", [("… banjir ", ""), ("Lereng", "active"), (" Sari …", "")]),
        ("**a** dan **b**", [("a", "active"), (" dan ", ""), ("b", "active")]),
        ("2 ** 3 = 8", [("2 ** 3 = 8", "")]),  # an unpaired marker is text
        ("", []),
    ],
)
def test_snippet_segments(snippet: str, expect: list[tuple[str, str]]) -> None:
    assert [(s.text, s.kind) for s in snippet_segments(snippet)] == expect


def test_fact_rows_put_disputes_first_and_link_each_value() -> None:
    rows = fact_rows(flood_story())
    assert [(r.measure, r.status_label) for r in rows] == [
        ("tewas", "disputed"),
        ("pengungsi", "updated"),
        ("rumah rusak", "one source"),
    ]
    assert [v.text for v in rows[0].values] == ["12 orang", "14 orang"]
    assert rows[0].values[1].href.startswith("/story/sflood/article/a2?start=")


def test_matrix_has_a_row_per_outlet_and_a_cell_per_measure() -> None:
    grid = matrix(flood_story())
    assert grid.measures == ("tewas", "pengungsi", "rumah rusak")
    cells = {r.outlet: [[v.text for v in c] for c in r.cells] for r in grid.rows}
    assert cells == {
        "Kabar Lereng": [["12 orang"], ["300 warga"], []],
        "Warta Timur": [["14 orang"], ["450 orang"], []],
        "Suara Pesisir": [[], [], ["40 houses"]],
    }


def test_carriers_are_distinct_outlets_in_order() -> None:
    assert carriers(flood_story(), ["a2", "a1", "a2", "zz"]) == ["Warta Timur", "Kabar Lereng", "zz"]


@pytest.mark.parametrize(
    ("story", "article", "expect"),
    [("s1", "a1", "/story/s1/article/a1"), ("s/1", "a?b", "/story/s%2F1/article/a%3Fb")],
)
def test_article_href_quotes_ids(story: str, article: str, expect: str) -> None:
    assert article_href(story, article) == expect
