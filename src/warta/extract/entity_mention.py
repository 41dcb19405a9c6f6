"""One name found in an article (:class:`EntityMention`) and the word tokens mentions are built from."""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True)
class EntityMention:
    """One name in an article: where, what, its type, a merge key hint and the role it came with."""

    start: int
    end: int
    text: str
    type: str  # "PER" | "LOC" | "ORG"
    key: str | None = (
        None  # e.g. "country:KZ", "acr:CSTO", "ministry:kementerian:dalam negeri@KZ", "place:kota:bima"
    )
    role: str | None = None  # e.g. "menlu@US" for "Menteri Luar Negeri AS Antony Blinken"
    title_only: bool = False  # the mention is a role title standing for a person ("Menlu AS")


@dataclass(frozen=True)
class Token:
    """One word of the text and where it stands."""

    start: int
    end: int
    text: str


def span_text(run: list[Token]) -> str:
    """The words of ``run`` joined by single spaces."""
    return " ".join(t.text for t in run)


def mention(run: list[Token], type_: str, **extra: object) -> EntityMention:
    """A mention spanning the words of ``run``."""
    text = span_text(run)
    return EntityMention(run[0].start, run[-1].end, text, type_, **extra)  # type: ignore[arg-type]


_WORD = re.compile(r"\S+")


def words_of(text: str, m: EntityMention) -> list[Token]:
    """The words of ``m`` as ``text`` writes them (runs of non-space), each with its offsets."""
    return [Token(w.start(), w.end(), w.group()) for w in _WORD.finditer(text, m.start, m.end)]
