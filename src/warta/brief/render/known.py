""" "What is known now" in words: the latest confident figures, then who says what on disputed ones.

Only what the brief shows is listed (``shown``: a cross-outlet figure of a readable kind, a dispute only
when it is confident) unless every figure is asked for; each line carries the citations of its values.
"""

from __future__ import annotations

from dataclasses import dataclass

from warta.brief.render.amounts import amount_words
from warta.brief.render.labels import date_words, label
from warta.types import Citation, KnownDispute, KnownFigure, Story


@dataclass(frozen=True)
class KnownItem:
    """One line of "what is known now" and the spans its values are read from."""

    text: str
    citations: tuple[Citation, ...]


def amount(k: KnownFigure, lang: str = "en") -> str:
    """ "sekitar 1.200 orang", "about 1,200" (:func:`~warta.brief.render.amounts.amount_words`)."""
    return amount_words(k.value, k.qualifier, k.unit, k.text, lang)


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


def visible_known(story: Story, *, all_figures: bool = False) -> tuple[list[KnownFigure], list[KnownDispute]]:
    """The known figures and disputes a brief lists: the shown ones, or all of them with ``all_figures``."""
    known = [k for k in story.known_now if all_figures or k.shown]
    disputed = [d for d in story.disputed_now if all_figures or d.shown]
    return known, disputed


def known_items(story: Story, lang: str = "en", *, all_figures: bool = False) -> list[KnownItem]:
    """One item per known figure, then one per disputed figure (prefixed with the disputed label)."""
    known, disputed = visible_known(story, all_figures=all_figures)
    items = [KnownItem(known_line(k, lang), (k.citation,)) for k in known]
    items += [
        KnownItem(f"{label('disputed', lang)} — {dispute_line(d, lang)}", tuple(v.citation for v in d.values))
        for d in disputed
    ]
    return items
