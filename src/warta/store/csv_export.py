"""Stored stories as CSV: one row per story, for spreadsheets (``warta export --format csv``).

Columns: id, title, first_published, last_published, outlets (joined with ``; ``), articles (the
count), independent_sources, summary (the summary sentences joined with a space; citations are in
the JSON Lines export). Cells that a spreadsheet would run as a formula are prefixed with ``'``.

>>> from warta.types import Story, SummarySentence
>>> s = Story(id="s1", title="=1+1", articles=(), summary=(SummarySentence("Banjir.", ()),))
>>> print("".join(stories_csv([s])), end="")
id,title,first_published,last_published,outlets,articles,independent_sources,summary
s1,'=1+1,,,,0,0,Banjir.
"""

from __future__ import annotations

import csv
import io
import itertools
from collections.abc import Iterable, Iterator

from warta.types import Story

COLUMNS = (
    "id",
    "title",
    "first_published",
    "last_published",
    "outlets",
    "articles",
    "independent_sources",
    "summary",
)
_FORMULA = ("=", "+", "-", "@", "\t", "\r")


def text_cell(value: str) -> str:
    """A text cell that a spreadsheet shows as text, not runs as a formula (CSV injection)."""
    return "'" + value if value.startswith(_FORMULA) else value


def story_row(story: Story) -> list[str]:
    """One story's cells, in COLUMNS order."""
    return [
        story.id,
        text_cell(story.title),
        story.first_published or "",
        story.last_published or "",
        text_cell("; ".join(story.outlets)),
        str(len(story.articles)),
        str(story.independent_sources),
        text_cell(" ".join(s.text for s in story.summary)),
    ]


def stories_csv(stories: Iterable[Story]) -> Iterator[str]:
    """The header line, then one CSV line per story (RFC 4180 quoting, ``\\n`` line ends)."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    for row in itertools.chain([list(COLUMNS)], (story_row(s) for s in stories)):
        writer.writerow(row)
        yield buffer.getvalue()
        buffer.seek(0)
        buffer.truncate()
