""" "What is known now" in words: the latest confident figures, then who says what on disputed ones."""

from __future__ import annotations

from warta.brief.render.labels import date_words, label, number_words, vague_words
from warta.types import KnownDispute, KnownFigure, Story


def amount(k: KnownFigure, lang: str = "en") -> str:
    """ "sekitar 1.200 orang", "about 1,200"."""
    qual = label(k.qualifier, lang) if k.qualifier in ("approx", "min", "max", "vague") else ""
    value = number_words(k.value, lang)
    if k.qualifier == "vague" and lang == "id" and (word := vague_words(k.value, lang)):
        qual, value = "", word
    if k.unit == "IDR":
        return f"{qual}Rp{value}" if lang == "id" else f"{qual}IDR {value}"
    if k.unit == "%":
        return f"{qual}{value}%"
    unit = f" {k.unit}" if k.unit and k.unit not in ("orang", "people", "persons") else ""
    return f"{qual}{value}{unit}"


def known_line(k: KnownFigure, lang: str = "en") -> str:
    """ "korban tewas: 14 (per 15 Januari 2022, LembayungNews)"."""
    when = f"{label('as_of', lang)} {date_words(k.as_of, lang)}" if k.as_of else label("undated", lang)
    who = f", {k.outlet}" if k.outlet else ""
    return f"{k.measure}: {amount(k, lang)} ({when}{who})"


def dispute_line(d: KnownDispute, lang: str = "en") -> str:
    """ "warga terluka: Tribunnews menyebut 5 (18 Jan), Lintasjaya.id menyebut 8 (17 Jan)"."""
    parts = []
    for v in d.values:
        when = f" ({date_words(v.as_of, lang)})" if v.as_of else ""
        who = v.outlet or label("one_outlet", lang)
        parts.append(f"{who} {label('says', lang)} {amount(v, lang)}{when}")
    return f"{d.measure}: " + "; ".join(parts)


def known_lines(story: Story, lang: str = "en") -> list[str]:
    """One line per known figure, then one per disputed figure (prefixed with the disputed label)."""
    lines = [known_line(k, lang) for k in story.known_now]
    lines += [f"{label('disputed', lang)} — {dispute_line(d, lang)}" for d in story.disputed_now]
    return lines
