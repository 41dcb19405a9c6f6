"""Where direct quotations are: every common quotation-mark convention, with exact spans.

Marks are read by their neighbours, not by their shape, so one reader serves “…” and "…", the
Kompas style that opens with the right mark (”…”), „…“, «…», ‘…’, ''…'' and the tokenized
``…'' of English corpora. A quote left open at the end of its paragraph runs to that end; when the
next paragraph opens with a mark again, that paragraph carries the same quotation on.

>>> [q.text for q in find_quoted("”Kami siap,” kata dia. «Tidak ada,» ujarnya.")]
['Kami siap', 'Tidak ada']
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

# Double marks: which may open, which may close a quotation. Ambiguous ones are read from context.
_OPENERS = frozenset({"“", '"', "”", "„", "«", "``", "''", "‟"})
_CLOSERS = frozenset({"”", '"', "“", "»", "''", "‟"})
_ONLY_OPEN = frozenset({"„", "«", "``"})
_ONLY_CLOSE = frozenset({"»"})
_DOUBLE = re.compile(r"``|''|[“”\"„«»‟]")
_SINGLE = re.compile(r"[‘’]|(?<!['`])'(?!')")
_CLITIC = re.compile(r"(?:s|re|ve|ll|d|m|t|em|n)\b", re.IGNORECASE)  # tokenized "Egypt 's", "they 're"
_BEFORE_OPEN = " \t\u00a0([{—–-/:;,"  # an opening mark follows a space, a bracket, a dash or the line start
_MAX_OPEN_RUN = 600  # an unclosed quotation longer than this stops at its first sentence end
_SENTENCE_END = re.compile(r"[.!?](?=\s)")


@dataclass(frozen=True)
class Quoted:
    """One quoted stretch: the text inside its marks, where the marks are, how it ended."""

    start: int  # first character inside the opening mark
    end: int  # one past the last character before the closing mark (or the paragraph end)
    text: str
    open_at: int  # where the opening mark starts
    close_end: int  # one past the closing mark, or ``end`` when the quote was left open
    closed: bool  # a closing mark was found in the same paragraph
    reopens: bool = False  # it opens a paragraph right after a paragraph left open: one quotation goes on
    single: bool = False  # single marks (‘…’), not double ones


def find_quoted(text: str) -> list[Quoted]:
    """Every quoted stretch in ``text``, in order; single-mark quotes only outside double-mark ones."""
    out: list[Quoted] = []
    open_before = False
    for start, end in _paragraphs(text):
        found = _pairs(text, start, end, _DOUBLE, single=False)
        covered = [(q.open_at, q.close_end) for q in found]
        singles = [
            q
            for q in _pairs(text, start, end, _SINGLE, single=True)
            if not any(a <= q.open_at < b for a, b in covered) and q.closed
        ]
        here = sorted([*found, *singles], key=lambda q: q.open_at)
        if here and open_before and not text[start : here[0].open_at].strip():
            first = here[0]
            here[0] = Quoted(
                first.start,
                first.end,
                first.text,
                first.open_at,
                first.close_end,
                first.closed,
                reopens=True,
                single=first.single,
            )
        open_before = bool(here) and not here[-1].closed
        out.extend(here)
    return out


def _paragraphs(text: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", text) if m.group().strip()]


def _role(text: str, at: int, mark: str, *, pending: bool, lo: int, hi: int) -> str:
    """ "open", "close" or "" for the mark at ``at``, from the characters around it."""
    before = text[at - 1] if at > lo else " "
    after = text[at + len(mark)] if at + len(mark) < hi else " "
    spaced_before = before in _BEFORE_OPEN
    spaced_after = after.isspace() or after in ",.;:!?)]}—–-" or at + len(mark) >= hi
    if mark in _ONLY_OPEN:
        return "open"
    if mark in _ONLY_CLOSE:
        return "close" if pending else ""
    if spaced_before and not spaced_after:
        return "open" if mark in _OPENERS else ""
    if spaced_after and not spaced_before:
        return "close" if pending and mark in _CLOSERS else ""
    if spaced_before and spaced_after:  # a mark between spaces: tokenized text
        if pending and mark in _CLOSERS:
            return "close"
        return "open" if mark in _OPENERS else ""
    # Between two letters: an apostrophe, or a mark glued to both neighbours ("kata,"dia).
    if pending and mark in _CLOSERS and not after.isalnum():
        return "close"
    return "open" if not pending and mark == "“" else ""


def _single_role(text: str, at: int, *, pending: bool, lo: int, hi: int) -> str:
    """Single marks are apostrophes unless they stand at a word's edge on the right side."""
    before = text[at - 1] if at > lo else " "
    after = text[at + 1] if at + 1 < hi else " "
    if not pending:
        clitic = _CLITIC.match(text, at + 1, hi) is not None
        return "open" if before in _BEFORE_OPEN and after.isalpha() and not clitic else ""
    if not before.isspace() and not after.isalnum():
        return "close"
    return ""


def _pairs(text: str, lo: int, hi: int, marks: re.Pattern[str], *, single: bool) -> list[Quoted]:
    out: list[Quoted] = []
    opened: tuple[int, int] | None = None  # (mark start, inner start)
    reopened: set[int] = set()  # marks opening again before the last quote closed: it goes on
    tokenized = not single and "``" in text  # ``…'': there '' only ever closes
    for m in marks.finditer(text, lo, hi):
        at, mark = m.start(), m.group()
        pending = opened is not None
        role = (
            _single_role(text, at, pending=pending, lo=lo, hi=hi)
            if single
            else _role(text, at, mark, pending=pending, lo=lo, hi=hi)
        )
        if role == "open" and tokenized and mark == "''" and _stray(text, m.end(), hi):
            role = ""  # "… follow suit . '' German Foreign Minister … . ``": a stray closing mark
        if role == "close" and opened is not None:
            out.append(_quoted(text, opened, at, m.end(), closed=True, single=single))
            opened = None
        elif role == "open":
            reopen = opened is not None and not single
            if reopen and opened is not None:
                out.append(_unclosed(text, opened, at, single=single))
            opened = (at, m.end())
            if reopen:
                reopened.add(at)
    if opened is not None and not single:
        out.append(_unclosed(text, opened, hi, single=single))
    return [replace(q, reopens=q.open_at in reopened) for q in out if q.text.strip()]


def _stray(text: str, at: int, hi: int) -> bool:
    """In ``…'' text, a '' that the next mark does not close (another `` opens first, or none comes)
    closes a quotation whose opening mark is missing; it opens nothing."""
    after = _DOUBLE.search(text, at, hi)
    return after is None or after.group() != "''"


def _unclosed(text: str, opened: tuple[int, int], stop: int, *, single: bool) -> Quoted:
    """A quote with no closing mark runs to ``stop``; a very long run (a whole article on one line) stops at its first sentence end."""
    if stop - opened[1] > _MAX_OPEN_RUN:
        ends = list(_SENTENCE_END.finditer(text, opened[1], opened[1] + _MAX_OPEN_RUN))
        stop = ends[0].end() if ends else opened[1] + _MAX_OPEN_RUN  # the words run to the first stop
    return _quoted(text, opened, stop, stop, closed=False, single=single)


def _quoted(
    text: str, opened: tuple[int, int], close_at: int, close_end: int, *, closed: bool, single: bool
) -> Quoted:
    start, end = opened[1], close_at
    while start < end and text[start].isspace():
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] == ","):
        end -= 1  # the comma before "kata X" belongs to the attribution, not to the words
    return Quoted(start, end, text[start:end], opened[0], close_end, closed, single=single)
