"""An article's figures: its quantities with what each measures and the date it refers to.

Headlines and crossheads (short lines without closing punctuation) are skipped: a headline rounds the
body's figure ("Lebih dari 8.000" over the body's "sekitar 8.000"), and link lists and captions are
headline-shaped too.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from warta.extract.lexicon_numbers import RELATIVE_TIME
from warta.extract.measures import Measure, find_measure
from warta.extract.numbers import Quantity, find_quantities
from warta.types import FigureValue, Span

_CLOSERS = "\"'”’»)]"
_SENTENCE_END = ".!?…:;"
_HEADING_MAX_WORDS = 20


@dataclass(frozen=True)
class ArticleFigure:
    """One quantity of one article, with its measure and as-of date."""

    article: str
    quantity: Quantity
    measure: Measure
    as_of: str | None = None
    outlet: str | None = None

    def value(self) -> FigureValue:
        """This figure as a brief's :class:`~warta.types.FigureValue`."""
        q = self.quantity
        return FigureValue(
            self.article, q.value, q.qualifier, q.unit, self.as_of, q.text, q.start, q.end, self.outlet
        )


def find_figures(
    text: str,
    sentences: Sequence[Span],
    *,
    article: str,
    language: str = "id",
    as_of: Callable[[Span], str | None] | None = None,
    outlet: str | None = None,
    headings: bool = False,
) -> list[ArticleFigure]:
    """The figures of one article, in text order; ``as_of`` gives the date a quantity's span refers to."""
    starts = [s.start for s in sentences]
    heading_lines = [] if headings else _heading_lines(text)
    heading_starts = [h.start for h in heading_lines]
    figures = []
    for q in find_quantities(text, language=language):
        if _inside(q, heading_lines, heading_starts) is not None or _relative_time(text, q):
            continue
        sentence = _inside(q, sentences, starts) or _line(text, q)
        measure = find_measure(text, q, clause=sentence, language=language)
        date = as_of(Span(q.start, q.end)) if as_of else None
        figures.append(ArticleFigure(article, q, measure, date, outlet))
    return figures


def _relative_time(text: str, q: Quantity) -> bool:
    """ "dua hari setelah banjir": a duration that places an event in time is not a reported figure."""
    if q.kind != "duration":
        return False
    follower = text[q.end : q.end + 12].split(maxsplit=1)
    return bool(follower) and follower[0].lower() in RELATIVE_TIME


def _inside(q: Quantity, spans: Sequence[Span], starts: list[int]) -> Span | None:
    k = bisect.bisect_right(starts, q.start) - 1
    if k >= 0 and spans[k].start <= q.start and q.end <= spans[k].end:
        return spans[k]
    return None


def _line(text: str, q: Quantity) -> Span:
    start = text.rfind("\n", 0, q.start) + 1
    end = text.find("\n", q.end)
    return Span(start, len(text) if end < 0 else end)


def _heading_lines(text: str) -> list[Span]:
    """Lines that read as headings: no closing punctuation and at most a few words."""
    spans, pos = [], 0
    for line in text.splitlines(keepends=True):
        body = line.strip().rstrip(_CLOSERS + " ")
        if body and body[-1] not in _SENTENCE_END and len(body.split()) <= _HEADING_MAX_WORDS:
            spans.append(Span(pos, pos + len(line)))
        pos += len(line)
    return spans
