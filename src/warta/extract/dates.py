"""Date mentions in article text, resolved against the publication date, and as-of dates for facts.

>>> [m.date for m in find_dates("Polisi tiba pada Kamis (6/1).", published="2022-01-07")]
['2022-01-06']

Spans are found by our own patterns (:mod:`warta.extract.date_patterns`), never by
``dateparser.search``, which reads phone numbers and counts as years. Resolution rules:

- an explicit day and month without a year takes the latest such date no more than
  :data:`FUTURE_WINDOW_DAYS` after publication ("9 Januari" in an article of 7 Jan 2022 is 2022-01-09;
  "30 Desember" is 2021-12-30);
- a bare weekday ("pada hari Jumat", "on Sunday") is the latest such day on or before publication;
  with "lalu", "kemarin" or "last" it is strictly before; with "depan" or "next" strictly after;
  with "ini" or "this" ("Kamis ini") it is that day of the publication's week (weeks start on Monday);
  in a clause that says the event is to come ("akan turun ke jalan hari Rabu", "will meet on
  Monday") it is the first such day on or after publication; after "hingga", "sampai" or "until"
  (a deadline: "diliburkan hingga Selasa") or a word of starting ("mulai berlaku Rabu") it is the
  nearer of the days before and after publication, unless a range opens before it ("dari Jumat
  hingga Minggu");
- weeks, months and years ("pekan lalu", "bulan ini", "tiga tahun lalu") resolve to their first day
  (weeks start on Monday) with the matching granularity;
- whole-day relatives ("kemarin", "2 hari lalu", "yesterday") are parsed by dateparser with
  ``RELATIVE_BASE`` set to the publication date, ``DATE_ORDER='DMY'`` and past dates preferred
  (the phrases whose answer is known, :mod:`warta.extract.relative_days`, without loading it).
  dateparser is not used for weekdays or year-less dates because its past preference is strict: on a
  Friday it reads "Jumat" as the Friday before.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator, Sequence
from contextlib import suppress
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from functools import lru_cache
from itertools import pairwise

from warta.errors import InputError
from warta.extract import date_patterns as P
from warta.extract.relative_days import day_offset
from warta.types import Span

_NEXT_WORD = re.compile(r"\s+([^\W\d_]+)")

FUTURE_WINDOW_DAYS = 31
"""How far after publication a year-less day and month may fall before it means last year."""


@dataclass(frozen=True)
class DateMention:
    """A date expression found in a text and the date it means.

    ``date`` is an ISO ``YYYY-MM-DD`` (the first day for week/month/year granularity; weeks start on
    Monday) or None when it needs a publication date that was not given. ``relative`` is True when
    the text does not name the day itself (weekday, "kemarin", "pekan lalu", "pada hari yang sama").
    ``weekday_checked`` is None unless a weekday is stated next to an explicit date; then it says
    whether they agree (False marks a suspicious date; the explicit date is kept).
    """

    start: int
    end: int
    text: str
    date: str | None
    granularity: str  # "day" | "week" | "month" | "year"
    relative: bool
    weekday_checked: bool | None = None


@dataclass(frozen=True)
class _Found:
    """A candidate span; ``mention`` None marks a malformed date that blocks weaker readings."""

    start: int
    end: int
    mention: DateMention | None
    anaphor: int | None = None  # day offset from the previous day-level date
    needs_weekday: bool = False  # a bare "(6/1)" is a date only right after a weekday


@dataclass(frozen=True)
class _Weekday:
    """A weekday name, its span with the words around it, and those words ("pada", "lalu", "next")."""

    start: int
    end: int
    weekday: int  # Monday is 0
    words: frozenset[str]
    deadline: bool = False  # "hingga Selasa": a day ahead or behind, whichever is nearer
    future: bool = False  # its clause says the event is to come ("akan ... hari Rabu"): a day ahead
    starting: bool = False  # "mulai berlaku Rabu": a day ahead or behind, whichever is nearer


def find_dates(text: str, *, published: str | None, language: str = "id") -> list[DateMention]:
    """Every date expression in ``text``, in order, resolved against ``published`` (ISO date)."""
    pub = _parse_published(published)
    found = sorted(_candidates(text, pub, language), key=lambda f: (f.start, -f.end))
    mentions: list[DateMention] = []
    last_end = -1
    last_day: date | None = None
    for f in found:
        if f.start < last_end:
            continue
        if f.mention is not None and _qualifies_previous(text, mentions, f.mention):
            continue
        last_end = f.end
        if f.mention is None:
            continue
        mention = f.mention
        if f.anaphor is not None:
            day = last_day + timedelta(days=f.anaphor) if last_day else None
            mention = replace(mention, date=day.isoformat() if day else None)
        if mention.granularity == "day" and mention.date is not None:
            last_day = date.fromisoformat(mention.date)
        mentions.append(mention)
    return mentions


_TENSE_AFTER_DATE = frozenset({"kemarin", "besok", "lalu", "yesterday", "tomorrow"})


def _qualifies_previous(text: str, mentions: Sequence[DateMention], mention: DateMention) -> bool:
    """ "Sabtu (9/1) kemarin", "Rabu (19/1) besok": a relative word right after a named day is its tense."""
    if not mentions or mention.text.lower() not in _TENSE_AFTER_DATE:
        return False
    previous = mentions[-1]
    return previous.granularity == "day" and not text[previous.end : mention.start].strip()


def as_of(
    span: Span,
    text: str,
    sentences: Sequence[Span],
    dates: Sequence[DateMention],
    *,
    published: str | None,
) -> str | None:
    """The date a quantity or event at ``span`` refers to: its clause's day-level date, else ``published``."""
    pub = _parse_published(published)
    fallback = pub.isoformat() if pub else None
    sent = _sentence_of(span, text, sentences)
    in_sentence: list[DateMention] = []
    for m in dates[bisect_right(dates, sent.start - 1, key=lambda d: d.start) :]:
        if m.start >= sent.end:
            break  # mentions come sorted by start, as find_dates returns them
        if m.end <= sent.end and m.granularity == "day" and m.date is not None:
            in_sentence.append(m)
    if not in_sentence:
        return fallback
    clauses = _clauses(text, sent)
    own = next((c for c in clauses if c.start <= span.start < c.end), sent)
    same_clause = [m for m in in_sentence if own.start <= m.start < own.end]
    if same_clause:
        return min(same_clause, key=lambda m: _distance(m, span)).date
    # A date opening the sentence ("Pada hari Kamis, ...") governs every clause of it.
    first = in_sentence[0]
    if not text[sent.start : first.start].strip() and first.start < clauses[0].end:
        return first.date
    return fallback


# --- finding --------------------------------------------------------------------------------


def _candidates(text: str, pub: date | None, language: str) -> Iterator[_Found]:
    use_id = language != "en"
    use_en = language != "id"
    explicit = {f.start: f for f in _explicit(text, pub)}
    merged: set[int] = set()
    weekday_patterns = ([(P.WEEKDAY_ID, P.WEEKDAY_ID_BEFORE)] if use_id else []) + (
        [(P.weekday_en(), P.weekday_en_before())] if use_en else []
    )
    for core, before in weekday_patterns:
        for wd in _weekdays(text, core, before):
            found = _with_explicit_date(text, wd, explicit)
            if found is not None:
                merged.add(found[1])
                yield found[0]
            else:
                yield _weekday(text, wd, pub)
    for start, f in explicit.items():
        if start not in merged and not f.needs_weekday:
            yield f
    if use_id:
        yield from _coarse(text, pub, P.MONTH_ALONE_ID, P.YEAR_ID, P.RELATIVE_UNIT_ID)
        yield from _relative_days(text, pub, P.RELATIVE_DAY_ID, "id")
        yield from _anaphors(text, P.ANAPHOR_ID)
    if use_en:
        yield from _coarse(text, pub, P.month_alone_en(), P.year_en(), P.relative_unit_en())
        yield from _relative_days(text, pub, P.relative_day_en(), "en")
        yield from _anaphors(text, P.anaphor_en())


def _explicit(text: str, pub: date | None) -> Iterator[_Found]:
    """Dates that name their day: "8/1/2022", "(6/1)", "9 Januari", "Jan. 9, 2022", "2022-01-09"."""
    for pattern in (P.PAREN_NUMERIC, P.NUMERIC, P.ISO):
        for m in pattern.finditer(text):
            y = m["y"]
            year = None if y is None else int(y) + (2000 if len(y) == 2 else 0)
            found = _day_month(text, m, int(m["d"]), int(m["m"]), year, pub)
            yield replace(found, needs_weekday=year is None)
    for pattern in (P.DAY_MONTH, P.MONTH_DAY):
        for m in pattern.finditer(text):
            year = int(m["y"]) if m["y"] else None
            yield _day_month(text, m, int(m["d"]), P.MONTHS[m["mon"] or m["abbr"]], year, pub)
    for m in P.MONTH_YEAR.finditer(text):
        day = date(int(m["y"]), P.MONTHS[m["mon"] or m["abbr"]], 1)
        yield _found(text, m.start(), m.end(), day, "month", relative=False)


def _day_month(
    text: str, m: re.Match[str], day: int, month: int, year: int | None, pub: date | None
) -> _Found:
    try:
        if year is not None:
            resolved: date | None = date(year, month, day)
        else:
            date(2000, month, day)  # validates day and month (2000 is a leap year)
            resolved = _infer_year(day, month, pub)
    except ValueError:
        return _Found(m.start(), m.end(), None)  # "31/2/2022", "(45/13)": ignored, and blocks "Senin"
    return _found(text, m.start(), m.end(), resolved, "day", relative=False)


def _weekdays(text: str, core: re.Pattern[str], before: re.Pattern[str]) -> Iterator[_Weekday]:
    """Weekday names with the words around them that say which week they fall in."""
    for m in core.finditer(text):
        if m.start() > 0 and (text[m.start() - 1].isalnum() or text[m.start() - 1] in "'’"):
            continue
        lo = max(0, m.start() - 24)
        if P.NOT_DATE_BEFORE_WEEKDAY.search(text, lo, m.start()):
            continue
        head = before.search(text, lo, m.start())
        start = head.start() if head and head[0] else m.start()
        prep = head["prep"] if head else None
        words = {" ".join(w.lower().split()) for w in (prep, m.groupdict().get("mod")) if w}
        # "dari Jumat hingga Minggu" ends a range; only a lone "hingga Minggu" is a deadline.
        deadline = bool(words & P.UNTIL_WORDS) and not P.RANGE_OPENER.search(text, max(0, start - 40), start)
        clause = _clause_before(text, start)
        future = bool(P.FUTURE_BEFORE.search(clause))
        starting = bool(P.START_BEFORE.search(clause))
        yield _Weekday(start, m.end(), P.WEEKDAYS[m["wd"]], frozenset(words), deadline, future, starting)


def _clause_before(text: str, start: int, *, reach: int = 100) -> str:
    """The text of the clause before ``start``, at most ``reach`` characters back."""
    window = text[max(0, start - reach) : start]
    cuts = [m.end() for m in P.CLAUSE_END_BEFORE.finditer(window)]
    return window[cuts[-1] :] if cuts else window


def _with_explicit_date(text: str, wd: _Weekday, explicit: dict[int, _Found]) -> tuple[_Found, int] | None:
    """Join a weekday to the explicit date right after it ("Sabtu (8/1/2022)", "Minggu (9 Januari)")."""
    gap = P.WEEKDAY_GAP.match(text, wd.end)
    pos = gap.end() if gap else wd.end
    target = explicit.get(pos)
    end = target.end if target else pos
    if target is None and text.startswith("(", pos):
        inner = pos + 1
        while inner < len(text) and text[inner] in " \t":
            inner += 1
        target = explicit.get(inner)
        close = P.CLOSE_PAREN.match(text, target.end) if target else None
        if close is None:
            return None
        end = close.end()
    if target is None:
        return None
    if target.mention is None:
        return _Found(wd.start, end, None), target.start  # a weekday with a malformed date: ignored
    if target.mention.granularity != "day":
        return None
    checked = None
    if target.mention.date is not None:
        checked = date.fromisoformat(target.mention.date).weekday() == wd.weekday
    mention = replace(
        target.mention, start=wd.start, end=end, text=text[wd.start : end], weekday_checked=checked
    )
    return _Found(wd.start, end, mention), target.start


def _weekday(text: str, wd: _Weekday, pub: date | None) -> _Found:
    """A bare weekday: the latest such day on or before publication (see the module docstring)."""
    resolved = None
    if pub is not None:
        back = (pub.weekday() - wd.weekday) % 7
        ahead = (wd.weekday - pub.weekday()) % 7
        if wd.words & P.NEXT_WORDS:
            resolved = pub + timedelta(days=ahead or 7)
        elif wd.words & P.PAST_WORDS:
            resolved = pub - timedelta(days=back or 7)
        elif wd.words & P.THIS_WORDS:
            # "Kamis ini": the Thursday of the publication's week, before or after it.
            resolved = pub + timedelta(days=wd.weekday - pub.weekday())
        elif wd.future:
            resolved = pub + timedelta(days=ahead)
        elif (wd.deadline or wd.starting) and ahead < back:
            # A deadline or a start nearer ahead than behind ("diliburkan hingga Selasa" on a Sunday,
            # "mulai berlaku Rabu" on a Tuesday) lies ahead.
            resolved = pub + timedelta(days=ahead)
        else:
            resolved = pub - timedelta(days=back)
    return _found(text, wd.start, wd.end, resolved, "day", relative=True)


def _coarse(
    text: str, pub: date | None, month_re: re.Pattern[str], year_re: re.Pattern[str], unit_re: re.Pattern[str]
) -> Iterator[_Found]:
    """Month, year and week expressions: "pada Mei", "tahun 2021", "pekan lalu", "3 years ago"."""
    for m in month_re.finditer(text):
        month = P.MONTHS[m["mon"]]
        words = {w.lower() for w in (m["prep"], m.groupdict().get("mod")) if w}
        resolved = None
        if pub is not None:
            year = pub.year if month <= pub.month else pub.year - 1
            if words & P.NEXT_WORDS:
                year = pub.year if month > pub.month else pub.year + 1
            elif words & P.PAST_WORDS and month == pub.month:
                year = pub.year - 1
            resolved = date(year, month, 1)
        yield _found(text, m.start(), m.end(), resolved, "month", relative=False)
    for m in year_re.finditer(text):
        word = _NEXT_WORD.match(text, m.end())
        nxt = word[1] if word else ""
        if m["prep"].lower() != "tahun" and nxt[:1].islower() and nxt not in P.YEAR_OK_NEXT:
            continue
        yield _found(text, m.start(), m.end(), date(int(m["y"]), 1, 1), "year", relative=False)
    for m in unit_re.finditer(text):
        unit = (m["unit"] or m.groupdict().get("unit1") or m["unit0"]).lower().rstrip("s")
        count = 1
        if m["n"]:
            count = int(m["n"]) if m["n"].isdigit() else P.NUMBER_WORDS[m["n"].lower()]
        mod = (m["mod"] or "lalu").lower()
        step = 0 if mod in ("ini", "this") else (1 if mod in P.NEXT_WORDS else -1)
        granularity = P.UNIT_GRANULARITY[unit]
        resolved = _shift(pub, granularity, step * count) if pub else None
        yield _found(text, m.start(), m.end(), resolved, granularity, relative=True)


def _relative_days(text: str, pub: date | None, pattern: re.Pattern[str], lang: str) -> Iterator[_Found]:
    """Whole-day relatives ("kemarin", "2 hari lalu", "yesterday"), parsed by dateparser."""
    for m in pattern.finditer(text):
        phrase = " ".join(m[0].lower().split())
        if m["n"] and not m["n"].isdigit():
            phrase = phrase.replace(m["n"].lower(), str(P.NUMBER_WORDS[m["n"].lower()]), 1)
        phrase = re.sub(r"^sehari\b", "1 hari", phrase)
        resolved = _dateparser_day(phrase, pub.isoformat(), lang) if pub else None
        yield _Found(m.start(), m.end(), _mention(text, m.start(), m.end(), resolved, "day", relative=True))


def _anaphors(text: str, pattern: re.Pattern[str]) -> Iterator[_Found]:
    """ "pada hari yang sama", "keesokan harinya", "the next day": dated from the previous day mention."""
    for m in pattern.finditer(text):
        key = (m["a"] or m["b"] or m["c"]).lower()
        mention = _mention(text, m.start(), m.end(), None, "day", relative=True)
        yield _Found(m.start(), m.end(), mention, anaphor=P.ANAPHOR_OFFSETS[key])


# --- resolving ------------------------------------------------------------------------------


def _parse_published(published: str | None) -> date | None:
    if published is None or published == "":
        return None
    try:
        return date.fromisoformat(published[:10])
    except ValueError:
        raise InputError(
            f"published date {published!r} is not an ISO date; pass YYYY-MM-DD (or None when unknown)"
        ) from None


def _infer_year(day: int, month: int, pub: date | None) -> date | None:
    """The latest valid ``day``/``month`` no later than FUTURE_WINDOW_DAYS after publication."""
    if pub is None:
        return None
    limit = pub + timedelta(days=FUTURE_WINDOW_DAYS)
    for year in (pub.year + 1, pub.year, pub.year - 1):
        try:
            candidate = date(year, month, day)
        except ValueError:
            continue  # 29 February: no such day in this year
        if candidate <= limit:
            return candidate
    return None


def _shift(pub: date, granularity: str, steps: int) -> date:
    """The first day of the week, month or year ``steps`` units from the one holding ``pub``."""
    if granularity == "week":
        return pub - timedelta(days=pub.weekday()) + timedelta(weeks=steps)
    if granularity == "month":
        index = pub.year * 12 + pub.month - 1 + steps
        return date(index // 12, index % 12 + 1, 1)
    if granularity == "year":
        return date(pub.year + steps, 1, 1)
    return pub + timedelta(days=steps)


@lru_cache(maxsize=4096)
def _dateparser_day(phrase: str, base: str, lang: str) -> date | None:
    if (days := day_offset(phrase, lang)) is not None:  # what dateparser gives, without loading it
        with suppress(OverflowError):  # out of the calendar's range: as dateparser decides
            return date.fromisoformat(base) + timedelta(days=days)
    import dateparser  # deferred: loading its language data takes a while

    settings = {
        "RELATIVE_BASE": datetime.fromisoformat(base),
        "DATE_ORDER": "DMY",
        "PREFER_DATES_FROM": "past",
    }
    parsed = dateparser.parse(phrase, languages=[lang], settings=settings)
    return parsed.date() if parsed is not None else None


def _found(text: str, start: int, end: int, day: date | None, granularity: str, *, relative: bool) -> _Found:
    return _Found(start, end, _mention(text, start, end, day, granularity, relative=relative))


def _mention(
    text: str, start: int, end: int, day: date | None, granularity: str, *, relative: bool
) -> DateMention:
    iso = day.isoformat() if day else None
    return DateMention(start, end, text[start:end], iso, granularity, relative)


# --- sentences and clauses ------------------------------------------------------------------


def _sentence_of(span: Span, text: str, sentences: Sequence[Span]) -> Span:
    """The sentence holding ``span.start``; without one, the line around it."""
    i = bisect_right(sentences, span.start, key=lambda s: s.start) - 1
    if 0 <= i < len(sentences) and span.start < sentences[i].end:
        return sentences[i]
    start = text.rfind("\n", 0, span.start) + 1
    end = text.find("\n", span.end)
    return Span(start, len(text) if end < 0 else end)


def _clauses(text: str, sent: Span) -> list[Span]:
    """``sent`` cut at clause breaks (", dan", "; ", ", tetapi"); each break starts the next clause."""
    cuts = [m.start() for m in P.CLAUSE_BREAK.finditer(text, sent.start, sent.end)]
    bounds = [sent.start, *cuts, sent.end]
    return [Span(a, b) for a, b in pairwise(bounds) if b > a] or [sent]


def _distance(m: DateMention, span: Span) -> int:
    if m.end <= span.start:
        return span.start - m.end
    if m.start >= span.end:
        return m.start - span.end
    return 0
