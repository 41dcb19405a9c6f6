"""A quote found in an article (:class:`QuoteMention`) and the attribution found with it while reading.

>>> clip("  he said so. ", 0, 14).text
'he said so'
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from warta.extract.speakers import Who
from warta.types import Span

MIN_ATTRIBUTED_WORDS = 2  # an attributed quote may be short ("Saya siap," kata dia)


@dataclass(frozen=True)
class QuoteMention:
    """One quote in an article: the quoted (or reported) text, its speaker and where both are."""

    start: int
    end: int
    text: str
    speaker: str | None
    speaker_span: Span | None
    kind: str  # "direct" (inside quotation marks) | "indirect" (reported speech)
    named: bool = False  # the speaker is a named entity, not a description ("seorang juru bicara")
    continues: bool = False  # a bare quote carrying on the previous one, with no attribution of its own
    cue: str | None = None  # the attribution word ("kata", "ujarnya", "said", "mengatakan")
    speaker_type: str | None = None  # "PER" | "ORG" | "ROLE", None when unknown
    speaker_name: str | None = None  # the fullest form of the speaker's name in this article


@dataclass(frozen=True)
class Found:
    """A quote as read, with the attribution found beside it, before speakers are resolved."""

    quote: QuoteMention
    who: Who
    follows: bool = False  # no attribution of its own: a continuation of the previous quote


def clip(text: str, start: int, end: int) -> QuoteMention:
    """A reported statement over ``text[start:end]`` without the spaces and stops around it."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in ".,;"):
        end -= 1
    return QuoteMention(start, end, text[start:end], None, None, "indirect")


def with_speaker_of(quote: QuoteMention, source: QuoteMention) -> QuoteMention:
    """``quote`` said by whoever said ``source``: its speaker, where it is named, its type and fullest name."""
    return replace(
        quote,
        speaker=source.speaker,
        speaker_span=source.speaker_span,
        named=source.named,
        speaker_type=source.speaker_type,
        speaker_name=source.speaker_name,
    )
