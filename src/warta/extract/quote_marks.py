"""Where direct quotations are: every common quotation-mark convention, with exact spans.

Marks are read by their neighbours, not by their shape, so one reader serves “…” and "…", the
Kompas style that opens with the right mark (”…”), „…“, «…», ‘…’, ''…'' and the tokenized
``…'' of English corpora. A quote left open at the end of its paragraph runs to that end; when the
next paragraph opens with a mark again, that paragraph carries the same quotation on.

Unbalanced marks never make giant spans: a mark after a comma or a stop and before a space closes and
never opens ('…makanan," urai X'); a mark that only may open (after a comma and a space, or glued to a
word as in 'Sport”Saya') counts only when a later mark closes it; and a long quotation holding several
attributions ("…, kata A. …, ujar B") crossed a missing mark, so it is cut before the first of them.

>>> [q.text for q in find_quoted("”Kami siap,” kata dia. «Tidak ada,» ujarnya.")]
['Kami siap', 'Tidak ada']
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from warta.extract.speakers import CUES_ID
from warta.lazy_regex import lazy

# Double marks: which may open, which may close a quotation. Ambiguous ones are read from context.
_OPENERS = frozenset({"“", '"', "”", "„", "«", "``", "''", "’’", "‟"})
_CLOSERS = frozenset({"”", '"', "“", "»", "''", "’’", "‟"})
_ONLY_OPEN = frozenset({"„", "«", "``"})
_ONLY_CLOSE = frozenset({"»"})
_DOUBLE = re.compile(r"``|''|’’|[“”\"„«»‟]")  # two right single marks stand for a double one
# the tokenized single opener of PTB text ("` warned about propofol use '") is one backtick
_SINGLE = re.compile(r"(?<!’)[‘’](?!’)|(?<!['`])'(?!')|(?<!`)`(?!`)")


_clitic = lazy(r"(?:s|re|ve|ll|d|m|t|em|n)\b", re.IGNORECASE)


# A single opening mark follows a space, a bracket, a dash or the line start.
_BEFORE_OPEN = " \t\u00a0([{—–-/:;,"
_BRACKETS = "([{—–-/"  # an opening bracket or a dash before a mark: the quotation starts after it
_GLUED_OPENERS = frozenset({"“", "”", '"'})  # double marks that may open glued to the word before
_STOPS = ",.;:!?)]}…"  # clause punctuation next to a mark
_MAX_OPEN_RUN = 600  # an unclosed quotation longer than this stops at its first sentence end
_SENTENCE_END = re.compile(r"[.!?](?=\s)")


# An attribution written inside a quotation ("…, kata dia. …, ujarnya"): the marks were paired wrongly.
_cue_inside = lazy(
    r"[,.!?]\s+(?:(?:"
    + "|".join(sorted(CUES_ID))
    + r")(?:nya\b|\s+(?=[A-Z]|(?:dia|ia|beliau|mereka|seorang|salah)\b))"
    r"|(?:said|says)\s+(?=[A-Z]|(?:he|she|they|a|an|the)\b))",
)


_cue_next = lazy(
    r"\s*(?:(?:" + "|".join(sorted(CUES_ID)) + r")(?:nya)?|said|says|told|added)\b",
    re.IGNORECASE,
)


_LONG_QUOTE = 250  # a quotation this long with this many attributions inside it is a pairing error
_CUES_IN_LONG = 2


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


def _side(ch: str) -> str:
    """What stands next to a mark: "space" (or the paragraph edge), "bracket" (an opening bracket or
    dash), "stop" (punctuation that ends a clause), or "word"."""
    if ch.isspace():
        return "space"
    if ch in _BRACKETS:
        return "bracket"
    if ch in _STOPS:
        return "stop"
    return "word"


def _role(text: str, at: int, mark: str, *, pending: bool, lo: int, hi: int) -> str:
    """ "open", "close", "weak" (opens if something closes it) or "" for the mark at ``at``, from the
    characters around it."""
    if mark in _ONLY_OPEN:
        return "open"
    if mark in _ONLY_CLOSE:
        return "close" if pending else ""
    left = _side(text[at - 1]) if at > lo else "space"
    right = _side(text[at + len(mark)]) if at + len(mark) < hi else "space"
    can_close = pending and mark in _CLOSERS
    if right == "word":
        if left in ("space", "bracket") or text[at - 1] == ":":  # ' "Kami', '("Kami', 'kata:"Kami'
            return "open" if mark in _OPENERS else ""
        if left == "stop":  # glued after a stop: 'liter."Saya' opens, 'siap,"kata' closes
            return "close" if can_close else ("open" if mark in _OPENERS else "")
        # Between two letters: an apostrophe or an inch mark, unless a left mark opens ("kata“Saya") or
        # a double mark starts a capitalised word where a page glued two paragraphs ("Sport”Saya").
        glued = mark in _GLUED_OPENERS and text[at + len(mark)].isupper() and text[at - 1].isalpha()
        if pending:
            # 'serial "Boys Over Flower"itu': a short name in marks whose closing mark lost its space
            return "close" if can_close and len(mark) == 1 and _glued_close(text, at, lo) else ""
        return "open" if mark == "“" else ("weak" if glued else "")  # 'Ballon d"Or' never closes
    if left in ("word", "stop"):  # 'siap," kata', 'siap."': the words end here
        if can_close:
            return "close"
        # 'berbunyi," setiap orang …"': some writers open after a comma or colon and a space. Such a
        # mark opens only when a later mark closes it, and never right before a cue ('ini," ujar X').
        introduces = not pending and text[at - 1] in ",:" and mark in _OPENERS
        return "weak" if introduces and not _cue_next().match(text, at + len(mark), hi) else ""
    # Spaces (or a bracket) on both sides: tokenized text ("`` We are ready . ''").
    if can_close:
        return "close"
    return "open" if mark in _OPENERS else ""


_GLUED_NAME = 60  # the longest quoted name whose closing mark may be glued to the next word


def _glued_close(text: str, at: int, lo: int) -> bool:
    """A double mark between two letters closes a quotation opened a few words before, on the same
    clause, when the next word starts in lower case ('"Boys Over Flower"itu'); an open mark glued to
    the word before it ('Ballon d"Or') or a missing space in a long quotation does not."""
    if not text[at + 1 : at + 2].islower():
        return False
    start = max(lo, at - _GLUED_NAME)
    inner = text[start:at]
    last = max(inner.rfind(m) for m in ('"', "“", "”"))
    if last < 0 or (start + last > lo and not text[start + last - 1].isspace()):
        return False
    return not re.search(r"[.!?,;:]", inner[last + 1 :])


_TOKEN_WORD = re.compile(r" ?[^\W\d_]")  # the word a tokenized opening mark stands before


def _single_role(text: str, at: int, *, pending: bool, lo: int, hi: int, opener: str = "") -> str:
    """Single marks are apostrophes unless they stand at a word's edge on the right side."""
    before = text[at - 1] if at > lo else " "
    after = text[at + 1] if at + 1 < hi else " "
    if text[at] == "`":  # tokenized: "` " opens, only ever
        word = _TOKEN_WORD.match(text, at + 1, hi) is not None
        return "open" if not pending and before in _BEFORE_OPEN and word else ""
    if pending and opener == "`":  # "… use ' Dr": a tokenized closing mark stands alone
        return "close" if before.isspace() and (after.isspace() or after in ".,;:") else ""
    if not pending:
        clitic = _clitic().match(text, at + 1, hi) is not None
        return "open" if before in _BEFORE_OPEN and after.isalpha() and not clitic else ""
    if not before.isspace() and not after.isalnum():
        return "close"
    return ""


def _pairs(text: str, lo: int, hi: int, marks: re.Pattern[str], *, single: bool) -> list[Quoted]:
    out: list[Quoted] = []
    opened: tuple[int, int] | None = None  # (mark start, inner start)
    weak = False  # the open mark counts only if a mark closes it
    reopened: set[int] = set()  # marks opening again before the last quote closed: it goes on
    tokenized = not single and "``" in text  # ``…'': there '' only ever closes
    for m in marks.finditer(text, lo, hi):
        at, mark = m.start(), m.group()
        pending = opened is not None
        role = (
            _single_role(text, at, pending=pending, lo=lo, hi=hi, opener=text[opened[0]] if opened else "")
            if single
            else _role(text, at, mark, pending=pending, lo=lo, hi=hi)
        )
        if role == "open" and tokenized and mark == "''" and _stray(text, m.end(), hi):
            role = ""  # "… follow suit . '' German Foreign Minister … . ``": a stray closing mark
        if role == "close" and opened is not None:
            out.append(_checked(_quoted(text, opened, at, m.end(), closed=True, single=single)))
            opened, weak = None, False
        elif role in ("open", "weak"):
            reopen = opened is not None and not single and not weak
            if reopen and opened is not None:
                out.append(_unclosed(text, opened, at, single=single))
            opened, weak = (at, m.end()), role == "weak"
            if reopen:
                reopened.add(at)
    if opened is not None and not single and not weak:
        out.append(_unclosed(text, opened, hi, single=single))
    return [replace(q, reopens=q.open_at in reopened) for q in out if q.text.strip()]


def _checked(q: Quoted) -> Quoted:
    """A long quotation holding several attributions ("…, kata A. … , ujar B …") crossed a missing or
    misread mark: its words are only those before the first attribution, and it is left open."""
    if len(q.text) <= _LONG_QUOTE:
        return q
    cues = list(_cue_inside().finditer(q.text))
    if len(cues) < _CUES_IN_LONG:
        return q
    cut = q.start + cues[0].start()
    while cut > q.start and q.text[cut - q.start - 1].isspace():
        cut -= 1
    return Quoted(q.start, cut, q.text[: cut - q.start], q.open_at, cut, closed=False, single=q.single)


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
    return _checked(_quoted(text, opened, stop, stop, closed=False, single=single))


def _quoted(
    text: str, opened: tuple[int, int], close_at: int, close_end: int, *, closed: bool, single: bool
) -> Quoted:
    start, end = opened[1], close_at
    while start < end and text[start].isspace():
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] == ","):
        end -= 1  # the comma before "kata X" belongs to the attribution, not to the words
    return Quoted(start, end, text[start:end], opened[0], close_end, closed, single=single)
