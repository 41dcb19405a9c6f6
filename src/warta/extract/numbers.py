"""Indonesian-first quantity parser: digits, number words, vague amounts, qualifiers and units.

>>> [(q.value, q.qualifier, q.unit) for q in find_quantities("sekitar 2.500 tentara dan Rp 1,5 juta")]
[(2500, 'approx', None), (1500000, None, 'IDR')]

Dates, years, times of day, phone numbers, identifiers, ordinals and references ("Pasal 5") are not
quantities and are skipped. One left-to-right pass over the tokens, so the time is linear in the text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import NamedTuple

from warta.extract import lexicon_numbers as lex
from warta.extract.number_words import Tok as _Tok
from warta.extract.number_words import english_words, gap, indonesian_words


@dataclass(frozen=True)
class Quantity:
    """A number the text states, with its qualifier, unit and exact source span."""

    value: int | float
    qualifier: str | None  # None (exact) | "approx" | "min" | "max" | "vague"
    unit: str | None  # None, "%", "IDR", "USD", "kg", "tahun", "x", ...
    start: int
    end: int
    text: str  # the source text, qualifier and unit words included
    kind: str  # "count" | "money" | "percent" | "multiplier" | "duration" | "measure"


class _Core(NamedTuple):
    value: float
    end_tok: int  # index after the last token of the number itself
    vague: bool
    word_one: bool  # a lone "satu"/"one": a count only before a unit or classifier
    kind: str


_TOKEN = re.compile(r"(\d+(?:[.,:/]\d+)*)|([^\W\d_]+)|(\S)")
_KINDS = {1: "num", 2: "word", 3: "sym"}
_new = tuple.__new__  # a token made without the named tuple's Python-level ``__new__``: 1 in 6 of the parse
_QUALIFIER = {phrase: q for q, phrases in lex.QUALIFIERS.items() for phrase in phrases}
_QUALIFIER_RE = re.compile(
    r"(?:^|[^\w-])(" + "|".join(re.escape(p) for p in sorted(_QUALIFIER, key=len, reverse=True)) + r")\s+$"
)
_CURRENCY_RE = re.compile(
    r"(?:^|[^\w$])(rp\.?|"
    + "|".join(re.escape(c) for c in sorted(set(lex.CURRENCY_BEFORE) - {"rp"}, key=len, reverse=True))
    + r")\s?$"
)
_QUALIFIER_WINDOW = 30


def find_quantities(text: str, *, language: str = "id", ranges: bool = True) -> list[Quantity]:
    """Every quantity stated in ``text``, in order (``language`` "en" reads 2,500.5; others 2.500,5);
    ``ranges`` reads the ends of ranges (:func:`_ranges`)."""
    english = language.lower().startswith("en")
    toks = [
        _new(_Tok, (word := m[0], word.lower(), m.start(), m.end(), _KINDS[m.lastindex or 3]))
        for m in _TOKEN.finditer(text)
    ]
    found: list[Quantity] = []
    i = 0
    while i < len(toks):
        tok = toks[i]
        if tok.kind != "num" and (tok.kind != "word" or tok.low not in _STARTERS):
            i += 1  # what :func:`_core_at` tells first, told here for the most tokens: no number starts
            continue
        core = _core_at(text, toks, i, english)
        if core is None:
            i += 1
            continue
        quantity = _finish(text, toks, i, core, english)
        if quantity is not None:
            found.append(quantity)
            while i < len(toks) and toks[i].start < quantity.end:
                i += 1
        elif toks[i].kind == "num":
            i = max(core.end_tok, _skip_number_run(text, toks, i))
        else:
            i = max(core.end_tok, i + 1)
    return _ranges(text, found, language) if ranges else found


# Between the two ends of a range: "30 hingga 40 persen", "3 - 9 tahun", "24-40 jam".
_RANGE_JOIN = re.compile(r"\s*(?:-|–|hingga|sampai|s/d|s\.d\.?|to)\s*", re.IGNORECASE)
_GLUED_RANGE = re.compile(r"(?<![\w.,/:+-])(\d{1,3})[-–](?=\d{1,3}\s)")


def _ranges(text: str, found: list[Quantity], language: str) -> list[Quantity]:
    """A range's lower end is in its upper end's unit ("30 hingga 40 persen": 30 %, not 30 things); a range
    written with a glued hyphen ("24-40 jam"), which the parse leaves out as an id or a score, is read as
    its two ends when the upper end carries a unit (so "skor 2-1" and "2-5 November" stay out)."""
    if "-" in text or "–" in text:
        for m in _GLUED_RANGE.finditer(text):
            masked = text[: m.start()] + " " * (m.end() - m.start()) + text[m.end() :]
            at = max(0, m.start() - 40)  # the upper end, its unit and a qualifier before it, read alone
            near = masked[at : m.end() + 60]
            read = [
                Quantity(q.value, q.qualifier, q.unit, q.start + at, q.end + at, q.text, q.kind)
                for q in find_quantities(near, language=language, ranges=False)
                if q.start + at <= m.end() < q.end + at
            ]
            if not read or read[0].unit is None or read[0].kind == "money" or not int(m[1]) < read[0].value:
                continue
            q = read[0]  # its qualifier ("sekitar 30-40 persen") stands before the range: both ends have it
            if any(f.start < q.end and q.start < f.end for f in found):
                continue
            start = min(q.start, m.start(1))
            lower = Quantity(int(m[1]), q.qualifier, q.unit, start, m.end(1), text[start : m.end(1)], q.kind)
            upper = Quantity(q.value, q.qualifier, q.unit, m.end(), q.end, text[m.end() : q.end], q.kind)
            found = sorted([*found, lower, upper], key=lambda f: f.start)
    out = list(found)
    for k in range(len(out) - 1):
        low, high = out[k], out[k + 1]
        if low.unit is not None or low.kind != "count" or high.unit is None or high.kind == "money":
            continue
        if low.value < high.value and _RANGE_JOIN.fullmatch(text, low.end, high.start):
            out[k] = Quantity(low.value, low.qualifier, high.unit, low.start, low.end, low.text, high.kind)
    return out


def _next(text: str, toks: list[_Tok], j: int) -> _Tok | None:
    """The token at ``j`` when it follows ``j - 1`` after same-line whitespace."""
    if 0 < j < len(toks) and gap(text, toks[j - 1], toks[j]):
        return toks[j]
    return None


def _core_at(text: str, toks: list[_Tok], i: int, english: bool) -> _Core | None:
    tok = toks[i]
    if tok.kind == "num":
        value = _digit_value(tok.text, english)
        if value is None:
            return _Core(0.0, _skip_number_run(text, toks, i), False, False, "reject")
        return _Core(value, i + 1, False, False, "count")
    if tok.kind != "word" or tok.low not in _STARTERS:
        return None
    nxt = _next(text, toks, i + 1)
    pair = f"{tok.low} {nxt.low}" if nxt else ""
    if pair in lex.MULTIPLIER_PHRASES:
        return _Core(lex.MULTIPLIER_PHRASES[pair], i + 2, False, False, "multiplier")
    if tok.low in lex.MULTIPLIER_PHRASES:
        return _Core(lex.MULTIPLIER_PHRASES[tok.low], i + 1, False, False, "multiplier")
    if tok.low in lex.VAGUE:
        return _vague_at(text, toks, i, english)
    return _words_at(text, toks, i, english)


def _digit_value(s: str, english: bool) -> float | None:
    """The value of a digit string, or None for times, dates, phone numbers and identifiers."""
    if ":" in s or "/" in s:
        return None
    thousands, decimal = (",", ".") if english else (".", ",")
    first = re.split(r"[.,]", s, maxsplit=1)[0]
    if len(first) > 1 and first[0] == "0":
        return None  # 0811..., 021..., 08.00: phone numbers and clock times
    if thousands in s and decimal in s:
        head, _, frac = s.rpartition(decimal)
        groups = head.split(thousands)
        return float("".join(groups) + "." + frac) if _grouped(groups) and thousands not in frac else None
    for sep, other in ((thousands, decimal), (decimal, thousands)):
        if sep not in s:
            continue
        parts = s.split(sep)
        if sep == thousands and _grouped(parts):
            return int("".join(parts))
        if len(parts) == 2:
            if not english and sep == "." and len(parts[1]) == 2 and int(parts[0]) <= 24:
                return None  # 10.30: Indonesian writes clock times with a dot
            return float(parts[0] + "." + parts[1])
        return int("".join(parts)) if sep != other and _grouped(parts) else None
    if len(s) >= 7:
        return None  # a long bare digit run is an identifier or phone number, not a count
    return int(s)


def _grouped(groups: list[str]) -> bool:
    return 1 <= len(groups[0]) <= 3 and len(groups) > 1 and all(len(g) == 3 for g in groups[1:])


def _skip_number_run(text: str, toks: list[_Tok], i: int) -> int:
    """Index after a run of digit groups separated by spaces or hyphens (a phone number, an id)."""
    j = i + 1
    while j < len(toks):
        spaced = gap(text, toks[j - 1], toks[j]) or toks[j - 1].text == "-"
        hyphen = toks[j].text == "-" and toks[j - 1].end == toks[j].start and j + 1 < len(toks)
        if not ((toks[j].text.isdigit() and spaced) or hyphen):
            break
        j += 1
    return j


def _vague_at(text: str, toks: list[_Tok], i: int, english: bool) -> _Core:
    value = float(lex.VAGUE[toks[i].low])
    j = i + 1
    nxt = _next(text, toks, j)
    if nxt and nxt.low in lex.SCALES_ID and not english:
        return _Core(value * lex.SCALES_ID[nxt.low], j + 1, True, False, "count")
    if nxt and nxt.low == "of":
        scale = _next(text, toks, j + 1)
        if scale and scale.low in lex.VAGUE_SCALES_EN:
            return _Core(value * lex.VAGUE_SCALES_EN[scale.low], j + 2, True, False, "count")
    return _Core(value, j, True, False, "count")


def _words_at(text: str, toks: list[_Tok], i: int, english: bool) -> _Core | None:
    """Parse number words starting at ``i`` (e.g. "dua ratus lima puluh ribu")."""
    parse = english_words if english else indonesian_words
    value, j = parse(text, toks, i)
    if j == i:
        return None
    if toks[j - 1].end < len(text) and text[toks[j - 1].end] == "-" and _hyphen_unit(toks, j) is None:
        return _Core(0.0, j, False, False, "reject")  # satu-satunya, dua-duanya: not counts
    return _Core(value, j, False, j == i + 1 and value == 1, "count")


_STARTERS = {
    *lex.UNITS_ID, *lex.SE_WORDS_ID, *lex.SE_SCALES_ID, *lex.HALVES, *lex.UNITS_EN, *lex.TEENS_EN,
    *lex.TENS_EN, *lex.VAGUE, "a", *(p.split()[0] for p in lex.MULTIPLIER_PHRASES),
}  # fmt: skip


def _finish(text: str, toks: list[_Tok], i: int, core: _Core, english: bool) -> Quantity | None:
    """Add scale, unit, currency and qualifier to a parsed number, or None when context rules it out."""
    if core.kind == "reject" or _ruled_out_before(text, toks, i):
        return None
    value, j, kind, unit = core.value, core.end_tok, core.kind, None
    digits = toks[i].kind == "num"
    rounded = digits and _an_suffix(text, toks, j) and not (i and toks[i - 1].low in _ERA_WORDS)
    if rounded:
        j += 2  # "1.300-an orang": about 1,300 people
    elif digits and not _attached_ok(toks, j):
        return None
    nxt = _follower(text, toks, j)
    scales = lex.SCALES_EN if english else lex.SCALES_ID
    if digits and nxt and nxt.low in scales:
        value, j = value * scales[nxt.low], j + 1
        nxt = _follower(text, toks, j)
    if nxt is not None and (nxt.low in lex.MONTHS or nxt.low in lex.TIME_ZONES):
        return None  # 10 Januari, 10.30 WIB
    hyphened = _hyphen_unit(toks, j)
    if hyphened is not None and kind == "count":
        kind, unit, j = hyphened
    elif nxt is not None and kind == "count":
        kind, unit, j = _unit_after(text, toks, j, nxt)
    if core.word_one and not (unit or kind != "count" or (nxt and nxt.low in lex.CLASSIFIERS)):
        return None  # "satu pelajaran": a determiner, not a count
    start = toks[i].start
    currency = _CURRENCY_RE.search(text[max(0, start - 6) : start].lower())
    if currency and kind == "count":
        kind, unit = "money", lex.CURRENCY_BEFORE[currency.group(1).rstrip(".")]
        start -= len(text[max(0, start - 6) : start]) - currency.start(1)
    elif _is_year(toks[i], kind):
        return None
    qualifier = "vague" if core.vague else "approx" if rounded else None
    window = text[max(0, start - _QUALIFIER_WINDOW) : start]
    qual = _QUALIFIER_RE.search(window.lower())
    if qual and not core.vague and not rounded:
        qualifier = _QUALIFIER[qual.group(1)]
        start -= len(window) - qual.start(1)
    end = toks[j - 1].end
    number = round(value) if abs(value - round(value)) < 1e-9 else round(value, 6)
    return Quantity(number, qualifier, unit, start, end, text[start:end], kind)


def _ruled_out_before(text: str, toks: list[_Tok], i: int) -> bool:
    """Identifiers (G20, Covid-19, ke-3), references (Pasal 5, pukul 10) and dates (Jan 8)."""
    tok = toks[i]
    before = text[tok.start - 1] if tok.start else " "
    if tok.kind == "num" and before.isalpha():
        word = toks[i - 1].low if i else ""
        return word not in lex.CURRENCY_BEFORE
    if before in "-+" and tok.start >= 2 and (text[tok.start - 2].isalnum() or before == "+"):
        return True
    if tok.kind == "num" and before in ".,":
        return True
    prev = i - 1
    if prev >= 0 and toks[prev].text == "." and toks[prev].end == tok.start - 1:
        prev -= 1  # "No. 5"
    elif prev >= 0 and not gap(text, toks[prev], tok):
        return False
    if prev < 0:
        return False
    word = toks[prev].low
    if word == "salah" and tok.low in {"satu", "seorang"}:
        return True
    return word in lex.REFERENCE_WORDS or (tok.kind == "num" and word in lex.MONTHS)


def _follower(text: str, toks: list[_Tok], j: int) -> _Tok | None:
    """The token after a number: spaced on the same line, or a unit stuck to it (5km, 10%)."""
    if not 0 < j < len(toks):
        return None
    tok = toks[j]
    if gap(text, toks[j - 1], tok) or (tok.start == toks[j - 1].end and tok.low in _ATTACHABLE):
        return tok
    return None


def _attached_ok(toks: list[_Tok], j: int) -> bool:
    """Whether what sticks to the end of a digit string leaves it a quantity (5km yes; 3rd, 90-an no)."""
    if j >= len(toks) or toks[j].start != toks[j - 1].end:
        return True
    tok = toks[j]
    if tok.kind == "word":
        return tok.low in _ATTACHABLE
    glued = j + 1 < len(toks) and toks[j + 1].start == tok.end and toks[j + 1].kind != "sym"
    return not (tok.text == "-" and glued) or _hyphen_unit(toks, j) is not None


def _an_suffix(text: str, toks: list[_Tok], j: int) -> bool:
    """ "1.300-an orang", "200-an warga": a round number said loosely, followed by whom it counts (not "tahun
    90-an", a decade, nor "usia 40-an", an age: no count word follows those)."""
    if j + 1 >= len(toks) or toks[j].text != "-" or toks[j].start != toks[j - 1].end:
        return False
    suffix = toks[j + 1]
    if suffix.low != "an" or suffix.start != toks[j].end:
        return False
    after = _next(text, toks, j + 2)
    return after is not None and after.low in _COUNT_WORDS


# Words before "90-an" that make it a decade or an age.
_ERA_WORDS = {"era", "tahun", "dekade", "generasi", "usia", "umur", "angkatan", "awal", "akhir", "medio"}
# Words a loosely rounded count ("1.300-an") is followed by: people and classifiers.
_COUNT_WORDS = {*lex.CLASSIFIERS, "warga", "penduduk", "pengungsi", "korban", "penumpang", "peserta", "rumah"}


def _hyphen_unit(toks: list[_Tok], j: int) -> tuple[str, str, int] | None:
    """A unit joined by a hyphen ("a 14-day emergency", "a five-hour fire"): kind, unit, index after."""
    if j + 1 >= len(toks) or toks[j].text != "-" or toks[j].start != toks[j - 1].end:
        return None
    unit = toks[j + 1]
    if unit.start != toks[j].end or unit.kind != "word":
        return None
    if unit.low in lex.DURATIONS:
        return "duration", lex.DURATIONS[unit.low], j + 2
    if unit.low in lex.UNITS_AFTER:
        return "measure", lex.UNITS_AFTER[unit.low], j + 2
    return None


_ATTACHABLE = {"%", "jt", "rb", *lex.UNITS_AFTER, *lex.PERCENT_WORDS}


def _unit_after(text: str, toks: list[_Tok], j: int, nxt: _Tok) -> tuple[str, str | None, int]:
    """The kind and unit a following word gives a count, and the index after it."""
    low = nxt.low
    if low == "%" or low in lex.PERCENT_WORDS:
        return "percent", "%", j + 1
    if low in lex.CURRENCY_AFTER:
        country = _next(text, toks, j + 1)
        if lex.CURRENCY_AFTER[low] == "USD" and country and country.low in lex.DOLLAR_OF:
            return "money", lex.DOLLAR_OF[country.low], j + 1  # "dolar Singapura"; the span ends at "dolar"
        return "money", lex.CURRENCY_AFTER[low], j + 1
    if low in lex.UNITS_AFTER:
        return "measure", lex.UNITS_AFTER[low], j + 1
    if low in lex.DURATIONS:
        return "duration", lex.DURATIONS[low], j + 1
    lipat = _next(text, toks, j + 1)
    if low == "kali" and lipat and lipat.low == "lipat":
        return "multiplier", "x", j + 2
    return "count", None, j


def _is_year(tok: _Tok, kind: str) -> bool:
    return tok.kind == "num" and kind == "count" and tok.text.isdigit() and 1800 <= int(tok.text) <= 2100
