"""The order in time of a figure group's values, from the evidence of time alone, never from their size.

Evidence, strongest first: the as-of date, the as-of hour, the articles' publication times (datetimes of
two articles; a bare date says nothing within a day), then, for two values of one article, the text's
own order (an ``earlier`` count, "sebelumnya delapan orang", before the others, a ``current`` one,
"bertambah menjadi 44", after them). A count may fall ("luka berat 8 → 5" as the injured go home), so
the larger value is never taken as the later one.

>>> from warta.types import FigureValue
>>> old = FigureValue("a", 8, None, None, "2021-09-09", "8", 0, 1, stage="earlier")
>>> now = FigureValue("a", 5, None, None, "2021-09-09", "5", 9, 10)
>>> [[v.value for v in step] for step in ordered_steps([now, old], key=lambda v: str(v.value))]
[[8], [5]]
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterable, Mapping, Sequence
from datetime import datetime
from typing import Protocol

from warta.types import FigureValue

_STAGES = {"earlier": 0, None: 1, "current": 2}
_UNDATED = "9999-99-99"


def _sign(a: str, b: str) -> int:
    return (a > b) - (a < b)


def _moment(published: str | None) -> datetime | None:
    """A publication datetime with its hour, or None for a bare date or an unreadable one."""
    if not published or "T" not in published:
        return None
    try:
        return datetime.fromisoformat(published)
    except ValueError:
        return None


def placed_dates(values: Sequence[FigureValue]) -> dict[int, str | None]:
    """Each value's as-of date; an undated value stands at the earliest date a source gives its amount."""
    out: dict[int, str | None] = {}
    for v in values:
        same = [o.as_of for o in values if o.as_of and o.value == v.value and o.qualifier == v.qualifier]
        out[id(v)] = v.as_of or (min(d for d in same if d) if same else None)
    return out


def time_order(
    a: FigureValue,
    b: FigureValue,
    *,
    published: Mapping[str, str] | None = None,
    dates: Mapping[int, str | None] | None = None,
) -> int:
    """-1 when ``a`` stands before ``b`` in time, 1 after, 0 when no evidence tells them apart.
    ``published`` maps an article to its publication time; ``dates`` are the as-of dates to use."""
    da = dates.get(id(a), a.as_of) if dates else a.as_of
    db = dates.get(id(b), b.as_of) if dates else b.as_of
    if da and db and da != db:
        return _sign(da, db)
    if a.as_of_time and b.as_of_time and a.as_of_time != b.as_of_time:
        return _sign(a.as_of_time, b.as_of_time)
    if a.article != b.article:
        pa, pb = _moment((published or {}).get(a.article)), _moment((published or {}).get(b.article))
        if pa is not None and pb is not None:
            try:
                return (pa > pb) - (pa < pb)
            except TypeError:  # one with a time zone, one without
                return 0
        return 0
    sa, sb = _STAGES.get(a.stage, 1), _STAGES.get(b.stage, 1)
    return (sa > sb) - (sa < sb)


def ordered_steps(
    values: Sequence[FigureValue],
    *,
    key: Callable[[FigureValue], str],
    published: Mapping[str, str] | None = None,
) -> list[list[FigureValue]]:
    """The values in steps of one amount each (``key``: the amount as shown), earliest step first.

    Two steps are ordered by the evidence of their values' pairs; steps no evidence tells apart keep
    the order of their earliest date, then of the group's values (never their size)."""
    dates = placed_dates(values)
    steps: dict[str, list[FigureValue]] = {}
    for v in values:
        steps.setdefault(key(v), []).append(v)
    first = {k: n for n, k in enumerate(steps)}

    def earliest(step: list[FigureValue]) -> str:
        return min((d for v in step if (d := dates.get(id(v)))), default=_UNDATED)

    def compare(x: tuple[str, list[FigureValue]], y: tuple[str, list[FigureValue]]) -> int:
        votes = sum(time_order(a, b, published=published, dates=dates) for a in x[1] for b in y[1])
        if votes:
            return 1 if votes > 0 else -1
        return _sign(earliest(x[1]), earliest(y[1])) or first[x[0]] - first[y[0]]

    return [vs for _, vs in sorted(steps.items(), key=functools.cmp_to_key(compare))]


class _Published(Protocol):
    @property
    def id(self) -> str: ...
    @property
    def published(self) -> str | None: ...
    @property
    def published_at(self) -> str | None: ...


def publication_times(articles: Iterable[_Published]) -> dict[str, str]:
    """Each article's publication time: its datetime when known, else its date."""
    return {a.id: when for a in articles if (when := a.published_at or a.published)}
