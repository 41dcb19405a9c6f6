"""A figure's amount in a reader's words: its qualifier, number and unit, a vague one as written.

>>> amount_words(2500, "approx", None, "sekitar 2.500", "id")
'sekitar 2.500'
>>> amount_words(10, "vague", None, "puluhan", "id")
'puluhan'
>>> amount_words(10, "vague", None, "puluhan", "en")
'“puluhan”, at least 10'
>>> amount_words(14000, None, "IDR", "Rp14.000", "en")
'IDR 14,000'
"""

from __future__ import annotations

from warta.brief.render.labels import label, number_words, unit_words, vague_words

QUALIFIERS = ("approx", "min", "max", "vague")
# Units that only say the count is of people: the label already says whom.
_PERSON_UNITS = {"orang", "people", "persons"}


def _vague(value: float, text: str, lang: str) -> str:
    """A vague amount as its source wrote it ("puluhan", "ratusan ribu"); in English the word quoted with
    its lower bound beside it, never reworded as a number."""
    word = " ".join(text.split()).lower() if text and not any(ch.isdigit() for ch in text) else ""
    if lang == "id":
        return word or vague_words(value, lang) or f"{label('vague', lang)}{number_words(value, lang)}"
    bound = f"{label('vague', lang)}{number_words(value, lang)}"
    return f"“{word}”, {bound.strip()}" if word else bound


def amount_words(
    value: float,
    qualifier: str | None,
    unit: str | None,
    text: str = "",
    lang: str = "en",
    *,
    person_unit: bool = False,
) -> str:
    """ "sekitar 1.200", "about 1,200", "Rp14.000", "12%", "11 mil", a vague amount as written; a unit of
    people ("orang") only with ``person_unit`` (a label before the amount usually says whom)."""
    if qualifier == "vague":
        core = _vague(value, text, lang)
        qual = ""
    else:
        core = number_words(value, lang)
        qual = label(qualifier, lang) if qualifier in QUALIFIERS else ""
    if unit == "IDR":
        return f"{qual}Rp{core}" if lang == "id" else f"{qual}IDR {core}"
    if unit == "%":
        return f"{qual}{core}%"
    words = f" {unit_words(unit, lang)}" if unit and (person_unit or unit not in _PERSON_UNITS) else ""
    return f"{qual}{core}{words}"
