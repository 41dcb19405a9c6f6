"""Outdated figures in the summary: a sentence whose figure a later value of the same updated group
supersedes is shown with its date ("… 41 narapidana tewas. (per 8 September 2021)").

Rendering only: the cited sentence's text is never changed, the date is a note after it. A sentence
is marked when

- it cites a value of an ``updated`` figure group (the value's span lies inside the sentence's
  citation) whose amount differs from the group's latest value (:func:`warta.brief.known.latest`),
  and that amount was first given (as of, else its article's publication) before the latest amount
  was: the update's steps, as the facts section shows them;
- it gives none of that group's latest amount itself ("bertambah menjadi 44 dari 41" is current);
- it names no day of its own ("per Minggu (5/12/2021)" already says when).

The note carries the earliest such day.
"""

from __future__ import annotations

from warta.brief.known import latest
from warta.brief.render.labels import date_words, label
from warta.brief.time_order import publication_times
from warta.extract.dates import find_dates
from warta.types import Story, SummarySentence


def _inside(story: Story, sentence: SummarySentence, article: str, start: int, end: int) -> bool:
    return any(c.article == article and c.start <= start and end <= c.end for c in sentence.citations)


def _names_a_day(story: Story, sentence: SummarySentence) -> bool:
    """Whether the sentence says its own day (an explicit or relative day-level date)."""
    by_id = {a.id: a for a in story.articles}
    first = by_id.get(sentence.citations[0].article) if sentence.citations else None
    published = first.published if first else None
    language = (first.language if first else None) or "id"
    mentions = find_dates(sentence.text, published=published, language=language)
    return any(m.granularity == "day" for m in mentions)


def outdated_day(story: Story, sentence: SummarySentence) -> str | None:
    """The day of the superseded figure ``sentence`` gives (see the module docstring), else None."""
    published = publication_times(story.articles)
    days: list[str] = []
    for group in story.figures:
        if group.status != "updated" or not group.values:
            continue
        top = latest(group.values, published)
        first: dict[float, str] = {}  # each amount's step in the update: the first day it was given
        for v in group.values:
            day = (v.as_of or published.get(v.article) or "")[:10]
            if day:
                first[float(v.value)] = min(first.get(float(v.value), day), day)
        top_day = first.get(float(top.value))
        cited = [v for v in group.values if _inside(story, sentence, v.article, v.start, v.end)]
        if not top_day or not cited or any(v.value == top.value for v in cited):
            continue
        days += [first[float(v.value)] for v in cited if first.get(float(v.value), "9999") < top_day]
    if not days or _names_a_day(story, sentence):
        return None
    return min(days)


def dated_note(story: Story, sentence: SummarySentence, lang: str = "en") -> str:
    """ " (per 8 September 2021)" for an outdated sentence, "" otherwise."""
    day = outdated_day(story, sentence)
    return f" ({label('as_of', lang)} {date_words(day, lang)})" if day else ""
