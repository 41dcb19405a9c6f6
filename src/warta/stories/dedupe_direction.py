"""Which of two copies is the copy: the later, the crediting, or the cut version, in that order.

Two articles found to repeat each other say nothing by themselves about which came first. The
evidence, strongest first: the later publication (the time when both give a comparable one, else
the date); the one that credits the other's outlet (a wire credit names a wire the other is); the one
whose text is contained in the other's (a cut version is shorter); and only then the larger id.

>>> a = Stamp("a", day=10, at=None, outlet="lintas", credits=(), words=300)
>>> b = Stamp("b", day=10, at=None, outlet="kabar", credits=("lintas",), words=280)
>>> is_copy(b, a, containment=0.9)
True
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from warta.stories.centroid import day_of
from warta.stories.dedupe_sources import source_key
from warta.stories.records import SHINGLE, Record

CUT_MARGIN = 0.08
"""The cut version has at least this share fewer shingles than the text it is contained in (a
cut drops a paragraph or more; furniture a cleaner left behind adds a few percent)."""
MIN_SHORT_NAME = 3
"""A credit naming an outlet by its leading words has at least this many characters."""
MIN_CONTAINED = 0.5
"""...and at least this share of its shingles found in it (a copy pair always has)."""


@dataclass(frozen=True)
class Stamp:
    """What an article says about its own place in a copy chain (folded outlet and credit keys)."""

    id: str
    day: int | None
    at: str | None  # ISO datetime of publication, when known
    outlet: str | None
    credits: tuple[str, ...]
    words: int


def _when(at: str | None) -> datetime | None:
    if not at:
        return None
    try:
        return datetime.fromisoformat(at)
    except ValueError:
        return None


def _later(a: Stamp, b: Stamp) -> bool | None:
    """Whether ``a`` was published after ``b`` (None: no evidence either way)."""
    ta, tb = _when(a.at), _when(b.at)
    # An aware and a naive time do not compare (the naive one's zone is unknown).
    if ta is not None and tb is not None and (ta.tzinfo is None) == (tb.tzinfo is None) and ta != tb:
        return ta > tb
    if a.day is not None and b.day is not None and a.day != b.day:
        return a.day > b.day
    return None


def _squash(key: str) -> str:
    return key.replace(" ", "")  # "poskota news" and "poskotanews" are one outlet


def _names(credit: str, outlet: str) -> bool:
    """Whether a credited name names ``outlet``: the same key, or its leading words ("CNN" for
    "CNN Indonesia", as a credit often shortens it)."""
    if _squash(credit) == _squash(outlet):
        return True
    head, words = credit.split(), outlet.split()
    return len(credit) >= MIN_SHORT_NAME and len(head) < len(words) and words[: len(head)] == head


def credits_outlet(a: Stamp, b: Stamp) -> bool:
    """Whether ``a`` credits ``b``'s outlet (or the wire ``b`` is)."""
    outlet = b.outlet
    return outlet is not None and any(_names(c, outlet) for c in a.credits)


def _cut(a: Stamp, b: Stamp, containment: float | None) -> bool | None:
    """Whether ``a`` is the cut version of ``b`` (None: lengths too close, or texts not compared)."""
    if containment is None or containment < MIN_CONTAINED:
        return None
    na, nb = max(1, a.words - SHINGLE + 1), max(1, b.words - SHINGLE + 1)
    if min(na, nb) > (1 - CUT_MARGIN) * max(na, nb):
        return None
    return na < nb


def is_copy(a: Stamp, b: Stamp, *, containment: float | None) -> bool:
    """Whether ``a`` copies ``b`` (else ``b`` copies ``a``) for two articles that repeat each other.

    ``containment`` is the estimated share of the shorter text found in the longer one (None when
    the texts were not compared, e.g. a translated wire copy).
    """
    if (later := _later(a, b)) is not None:
        return later
    a_credits, b_credits = credits_outlet(a, b), credits_outlet(b, a)
    if a_credits != b_credits:
        return a_credits
    if (cut := _cut(a, b, containment)) is not None:
        return cut
    return a.id > b.id


def stamp_of(record: Record) -> Stamp:
    """What ``record`` says about its place in a copy chain (see :mod:`warta.stories.dedupe_direction`)."""
    credits = tuple(dict.fromkeys(k for c in record.credited_sources if (k := source_key(c))))
    return Stamp(
        id=record.id,
        day=day_of(record.published),
        at=record.published_at,
        outlet=source_key(record.outlet) if record.outlet else None,
        credits=credits,
        words=record.words,
    )
