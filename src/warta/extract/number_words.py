"""Number words: the grammars that read "dua ratus lima puluh ribu" and "two hundred and fifty" as values."""

from __future__ import annotations

from typing import NamedTuple

from warta.extract import lexicon_numbers as lex


class Tok(NamedTuple):
    """One token of the text: a digit string, a word or a symbol, with its offsets."""

    text: str
    low: str
    start: int
    end: int
    kind: str  # "num" | "word" | "sym"


def gap(text: str, a: Tok, b: Tok) -> bool:
    """True when only same-line whitespace separates two tokens."""
    between = text[a.end : b.start]
    return bool(between) and between.isspace() and "\n" not in between


def indonesian_words(text: str, toks: list[Tok], i: int) -> tuple[float, int]:
    """The value of Indonesian number words from ``i`` and the index after them ("dua ratus lima puluh ribu")."""
    total, chunk, mag, scale_limit = 0.0, 0.0, 1000.0, float("inf")
    j = i
    while j < len(toks) and (j == i or gap(text, toks[j - 1], toks[j])):
        w = toks[j].low
        follow = toks[j + 1].low if j + 1 < len(toks) and gap(text, toks[j], toks[j + 1]) else ""
        step, comp, comp_mag, after_mag = 1, None, 0.0, 0.0
        if w in lex.UNITS_ID and (w != "nol" or j == i):
            u = lex.UNITS_ID[w]
            if follow == "belas" and u:
                step, comp, comp_mag, after_mag = 2, 10.0 + u, 10.0, 0.5
            elif follow == "puluh" and u:
                step, comp, comp_mag, after_mag = 2, 10.0 * u, 10.0, 10.0
            elif follow == "ratus" and u:
                step, comp, comp_mag, after_mag = 2, 100.0 * u, 100.0, 100.0
            else:
                comp, comp_mag, after_mag = float(u), 1.0, 0.5
        elif w in lex.SE_WORDS_ID:
            comp = float(lex.SE_WORDS_ID[w])
            comp_mag = 100.0 if comp == 100 else 10.0
            after_mag = 100.0 if comp == 100 else 0.5
        elif w in lex.HALVES and (chunk == 0 or mag == 0.5):
            comp, comp_mag, after_mag = 0.5, 0.1, 0.0
        elif w in lex.SCALES_ID and chunk and lex.SCALES_ID[w] < scale_limit:
            total, chunk, mag, scale_limit = total + chunk * lex.SCALES_ID[w], 0.0, 1000.0, lex.SCALES_ID[w]
            j += 1
            continue
        elif w in lex.SE_SCALES_ID and not chunk and lex.SE_SCALES_ID[w] < scale_limit:
            total, mag, scale_limit = total + lex.SE_SCALES_ID[w], 1000.0, lex.SE_SCALES_ID[w]
            j += 1
            continue
        if comp is None or comp_mag >= mag:
            break
        chunk, mag = chunk + comp, after_mag
        j += step
    return total + chunk, j


def english_words(text: str, toks: list[Tok], i: int) -> tuple[float, int]:
    """The value of English number words from ``i`` and the index after them ("two hundred and fifty")."""
    total, chunk, mag, scale_limit = 0.0, 0.0, 1000.0, float("inf")
    j, last = i, i
    while j < len(toks):
        if j > i and not gap(text, toks[j - 1], toks[j]):
            # "twenty-five": a hyphen joins tens and units
            hyphen = toks[j].text == "-" and toks[j - 1].low in lex.TENS_EN and j + 1 < len(toks)
            if not (hyphen and toks[j + 1].start == toks[j].end and toks[j + 1].low in lex.UNITS_EN):
                break
            j += 1
        w = toks[j].low
        if w == "and" and chunk and j + 1 < len(toks) and toks[j + 1].low in _EN_SMALL:
            j += 1
            continue
        if w == "a" and j == i and j + 1 < len(toks) and toks[j + 1].low in {"hundred", "dozen", *_EN_SCALE}:
            chunk, mag = 1.0, 0.5
        elif w in lex.UNITS_EN and mag > 1.0:
            chunk, mag = chunk + lex.UNITS_EN[w], 0.5
        elif w in lex.TEENS_EN and mag > 10.0:
            chunk, mag = chunk + lex.TEENS_EN[w], 0.5
        elif w in lex.TENS_EN and mag > 10.0:
            chunk, mag = chunk + lex.TENS_EN[w], 10.0
        elif w == "hundred" and 0 < chunk < 10:
            chunk, mag = chunk * 100, 100.0
        elif w == "dozen" and chunk and chunk < 10:
            chunk, mag = chunk * 12, 0.0
        elif w in lex.SCALES_EN and chunk and lex.SCALES_EN[w] < scale_limit:
            total, chunk, mag, scale_limit = total + chunk * lex.SCALES_EN[w], 0.0, 1000.0, lex.SCALES_EN[w]
        else:
            break
        j += 1
        last = j
    value = total + chunk
    return (value, last) if value or (last > i and toks[i].low == "zero") else (0.0, i)


_EN_SMALL = {*lex.UNITS_EN, *lex.TEENS_EN, *lex.TENS_EN}
_EN_SCALE = set(lex.SCALES_EN)
