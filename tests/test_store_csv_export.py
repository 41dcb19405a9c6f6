"""Stories as CSV: the header, one row per story, quoting, and cells a spreadsheet would run kept as text."""

from __future__ import annotations

import csv
import io

from warta.store.csv_export import COLUMNS, stories_csv
from warta.types import Story, SummarySentence


def _story(sid: str, title: str, summary: str = "Satu kalimat.") -> Story:
    return Story(
        id=sid,
        title=title,
        articles=(),
        summary=(SummarySentence(summary, ()), SummarySentence("Dua, dengan koma.", ())),
        first_published="2031-03-05",
        outlets=("Warta Timur", "Kabar Barat"),
        independent_sources=2,
    )


def test_header_then_a_row_per_story_round_trips() -> None:
    text = "".join(stories_csv([_story("s1", 'Banjir "besar", lagi'), _story("s2", "Pasar")]))
    rows = list(csv.reader(io.StringIO(text)))
    assert rows[0] == list(COLUMNS)
    assert rows[1] == [
        "s1",
        'Banjir "besar", lagi',
        "2031-03-05",
        "",
        "Warta Timur; Kabar Barat",
        "0",
        "2",
        "Satu kalimat. Dua, dengan koma.",
    ]
    assert len(rows) == 3


def test_cells_that_look_like_formulas_stay_text() -> None:
    rows = list(csv.reader(io.StringIO("".join(stories_csv([_story("s1", "=HYPERLINK(1)", "+62 811")])))))
    assert rows[1][1] == "'=HYPERLINK(1)" and rows[1][7].startswith("'+62 811")


def test_no_stories_is_just_the_header() -> None:
    assert "".join(stories_csv([])) == ",".join(COLUMNS) + "\n"
