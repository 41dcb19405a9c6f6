"""Quotes whose words another quote of the article carries take that quote's speaker.

A headline, a caption or a lead often repeats a few words the body quotes in full, with no attribution
of its own or with a loose one ("Experts say BP's estimate is 'nowhere near correct'"). The words are
those of the person the body quotes saying them (``tests/data/quotes/README.md``), so such a quote
takes the speaker of the longer direct quote that holds its words (the same words up to small edits,
or a sub-span of them).

>>> from warta.extract.quote_mention import QuoteMention
>>> body = QuoteMention(40, 90, "The estimate is nowhere near correct , he said", "Wereley", None, "direct",
...                     cue="said", speaker_type="PER", speaker_name="Steve Wereley")
>>> head = QuoteMention(0, 20, "nowhere near correct", "Experts", None, "direct", cue="say",
...                     speaker_type="ROLE")
>>> [q.speaker_name or q.speaker for q in echoed([head, body])]
['Steve Wereley', 'Steve Wereley']
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from difflib import SequenceMatcher

from warta.extract.quote_mention import QuoteMention, with_speaker_of

__all__ = ["echoed"]

MIN_ECHO_WORDS = 3  # fewer words in marks ("employee", "top kill") recur by chance, not as one quotation
MIN_SHARED = 0.8  # share of the short quote's words that must stand, in order, in the longer one

_WORD = re.compile(r"[^\W_]+(?:'[^\W_]+)?")


def _words(text: str) -> list[str]:
    return [w.casefold() for w in _WORD.findall(text)]


def _holds(short: list[str], long: list[str]) -> bool:
    """Whether ``long`` carries ``short``'s words in order, up to small edits."""
    if len(short) < MIN_ECHO_WORDS or len(long) < len(short):
        return False
    present = set(long)
    if sum(w in present for w in short) < MIN_SHARED * len(short):
        return False  # cheap test first: most of the words must be there at all
    blocks = SequenceMatcher(None, short, long, autojunk=False).get_matching_blocks()
    shared = sum(b.size for b in blocks if b.size >= 2 or len(short) <= MIN_ECHO_WORDS)
    return shared >= MIN_SHARED * len(short)


def _source(i: int, quotes: Sequence[QuoteMention], words: Sequence[list[str]]) -> QuoteMention | None:
    """The longest other direct quote with an attributed speaker that carries quote ``i``'s words."""
    q = quotes[i]
    best: QuoteMention | None = None
    best_len = 0
    for j, p in enumerate(quotes):
        if j == i or p.kind != "direct" or not p.speaker or (p.cue is None and not p.continues):
            continue
        if len(words[j]) == len(words[i]) and q.cue is not None:
            continue  # two attributed quotations of the same words: each keeps its own speaker
        if len(words[j]) > best_len and _holds(words[i], words[j]):
            best, best_len = p, len(words[j])
    return best


def echoed(quotes: Sequence[QuoteMention]) -> list[QuoteMention]:
    """``quotes`` with each direct quote whose words a longer attributed quote carries given that quote's
    speaker; every other quote as it was."""
    words = [_words(q.text) if q.kind == "direct" else [] for q in quotes]
    out: list[QuoteMention] = []
    for i, q in enumerate(quotes):
        # a named speaker the quote's own cue gives ("Bush pledged … "victory is achieved"") stands
        loose = q.kind == "direct" and (q.cue is None or not q.named)
        src = _source(i, quotes, words) if loose else None
        if src is None or (src.speaker_name or src.speaker) == (q.speaker_name or q.speaker):
            out.append(q)
            continue
        out.append(with_speaker_of(q, src))
    return out
