"""Ages: a number of years, or a bare count, that is a person's age ("pria 23 tahun", "berusia 30",
"Halimah (63)", "a 33-year-old man").

>>> from warta.extract.numbers import find_quantities
>>> text = "Halimah (63) menambahkan bahwa dia siap."
>>> told_age(text, find_quantities(text)[0])
True
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from warta.extract.numbers import Quantity
from warta.extract.word_classes import is_agent_noun

_WORD = re.compile(r"[^\W\d_][^\W_]*(?:-[^\W_]+)*|\d+(?:[.,]\d+)*|[^\w\s]")


def _words(text: str, lo: int, hi: int) -> list[str]:
    return [m.group().lower() for m in _WORD.finditer(text, lo, hi)]


# People a number of years right after them is the age of ("pria 23 tahun", "a 33-year-old man").
_PERSONS = {
    "pria", "wanita", "perempuan", "laki-laki", "lelaki", "remaja", "bocah", "balita", "gadis", "pemuda",
    "kakek", "nenek", "ibu", "bapak", "man", "woman", "boy", "girl",
}  # fmt: skip
_AGE_WORDS = {"berusia", "berumur", "usia", "umur", "aged", "age"}
_AGE_REACH = 4  # how far before a number of years an age word may open its clause
_YEARS = {"tahun", "years", "year"}
# After "<doer> N tahun", words that close the phrase the age is in ("pemain 30 tahun itu").
_AFTER_AGE = {"itu", "ini", "tersebut", "asal", "yang", ",", ")", "."}
# "a 33-year-old man": after "33 year" or after "33-year" (the quantity may hold the unit).
_YEAR_OLD = re.compile(r"(?:-?\s*years?)?-old\b")


def is_age(
    text: str, q: Quantity, *, role: str | None = None, lo: int = 0, clause: Sequence[str] = ()
) -> bool:
    """Whether a number of years is someone's age: the measure reader saw "berusia"/"aged", or the
    number follows a person ("pria 23 tahun") or precedes "-year-old"; ``clause`` is the number's clause
    segment before it, lower-cased (:func:`warta.extract.figure_kinds.read_kind` reads it)."""
    if q.unit not in _YEARS:
        return False
    if role == "age":
        return True
    before = _words(text, max(lo, q.start - 30), q.start)[-2:]
    if before and (before[-1] in _PERSONS or before[-1] in _AGE_WORDS):
        return True
    if any(w in _AGE_WORDS for w in clause[-_AGE_REACH:]):
        return True  # "usia Buffon saat itu 39 tahun": the age word opens the clause the number closes
    nxt = _words(text, q.end, min(len(text), q.end + 12))[:1]
    if before and is_agent_noun(before[-1]) and nxt and nxt[0] in _AFTER_AGE:
        return True  # "pebalap 26 tahun itu", "pemain 30 tahun asal Brasil": the doer's age
    return bool(_YEAR_OLD.match(text, q.end))


_MATCH_WORDS = {
    "gol", "menit", "dicetak", "mencetak", "poin", "medali", "klasemen", "peringkat", "goal", "goals",
    "minute", "scored", "points", "medals",
}  # fmt: skip
_NAME_END = re.compile(r"([^\W\d_][\w'.-]*)\s*$")
# A bare count of years: at most this, and a whole number ("Halimah (63)", "pria berusia 30").
_MAX_AGE = 120


def told_age(text: str, q: Quantity, *, clause: Sequence[str] = ()) -> bool:
    """Whether a bare count is an age: right after an age word ("pria berusia 30 dengan inisial MA"), or
    in parentheses right after a name ("Halimah (63) menambahkan", the press's way to give an age)."""
    if q.kind != "count" or q.unit or q.qualifier or not float(q.value).is_integer():
        return False
    if not 0 < q.value <= _MAX_AGE or not q.text.isdigit():
        return False
    if clause and clause[-1] in _AGE_WORDS:
        return True
    if text[q.start - 1 : q.start] != "(" or text[q.end : q.end + 1] != ")":
        return False
    if any(w in _MATCH_WORDS for w in _words(text, max(0, q.start - 160), min(len(text), q.end + 80))):
        return False  # "dicetak oleh Noureddine (82)": the minute of a goal, as match reports give it
    name = _NAME_END.search(text, max(0, q.start - 40), q.start - 1)
    if name is None or not name.group(1)[:1].isupper() or _a_place(text[max(0, q.start - 40) : q.start - 1]):
        return False  # "Aceh (1), Kepri (5)": a count per place
    # a capitalised common word ("Korban (2)" opening a sentence) is written in lower case elsewhere
    return re.search(rf"(?<!\w){re.escape(name.group(1).lower())}(?!\w)", text) is None


def _a_place(before: str) -> bool:
    """Whether the capitalised words that end ``before`` name a place the gazetteer knows."""
    from warta.extract.gazetteer import place

    words = before.split()[-3:]
    while words and not words[0][:1].isupper():
        words = words[1:]
    return any(place(" ".join(words[k:])) is not None for k in range(len(words)))
