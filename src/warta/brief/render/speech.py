"""Who said what and who is named, in words both renderers share: quotations, reported speech, entities.

A direct quote is shown in quotation marks; reported speech never is: it reads "X said that …"
(or "X mengatakan bahwa …" when the article carrying it is Indonesian), so a paraphrase is never
passed off as someone's words.

>>> from warta.types import Citation, QuoteRecord, Story
>>> q = QuoteRecord("Ratna", "harga akan turun", ("a",), (Citation("a", 0, 16),), kind="indirect")
>>> speech_line(q, Story("s", "t", (), ())).phrase
'Ratna said that harga akan turun'
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from warta.brief.render.labels import label
from warta.brief.render.sources import outlet_label
from warta.extract.gazetteer import place
from warta.extract.speakers import HONORIFICS
from warta.extract.wordlists import (
    ADMIN_HEADS,
    FACILITY_HEADS,
    KIND_NAMES,
    LOC_TAILS,
    ORG_HEADS,
    ROLE_TITLES,
)
from warta.types import EntityRecord, QuoteRecord, Story

_KINDS = ("PER", "ORG", "LOC")
_MAX_ENTITIES = 10  # per type in Markdown and HTML: the most widely named first (JSON keeps every one)
_INITIALS = re.compile(r"[^\W\d_](?:[-/.\s]*[^\W\d_])?(?:[-/.]+[^\W\d_])*\.?")
_MAX_QUOTE_CHARS = 300


@dataclass(frozen=True)
class SpeechLine:
    """One quote as a renderer shows it: quoted words and who, or a reported-speech phrase."""

    kind: str  # "direct" | "indirect"
    speaker: str  # the speaker's name or role, or "unnamed speaker"
    text: str  # the words, clipped, without quotation marks
    phrase: str  # indirect: the whole "X said that …" sentence; direct: the same as ``text``
    outlets: str


@dataclass(frozen=True)
class EntityLine:
    """One entity as a renderer lists it."""

    name: str
    aliases: tuple[str, ...]
    outlets: str
    articles: tuple[str, ...]


def _clip(text: str, limit: int = _MAX_QUOTE_CHARS) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rsplit(" ", 1)[0] + "…"


def _outlets(articles: tuple[str, ...], story: Story, lang: str = "en") -> str:
    """The outlets that carried ``articles``, each once: an unknown outlet is said so, never a file path."""
    names = {a.id: outlet_label(a, lang) for a in story.articles}
    return ", ".join(dict.fromkeys(names.get(a, label("unknown_outlet", lang)) for a in articles))


def speech_line(quote: QuoteRecord, story: Story, lang: str = "en") -> SpeechLine:
    """How one canonical quote is written: quoted if direct, "X said that …" if indirect."""
    speaker = quote.speaker_entity or quote.speaker or "unnamed speaker"
    text = _clip(quote.text)
    if quote.kind != "indirect":
        return SpeechLine("direct", speaker, text, text, _outlets(quote.articles, story, lang))
    languages = {a.id: a.language for a in story.articles}
    first = quote.citations[0].article if quote.citations else ""
    verb = "mengatakan bahwa" if languages.get(first) == "id" else "said that"
    who = speaker if quote.speaker_entity or quote.speaker else "An unnamed speaker"
    outlets = _outlets(quote.articles, story, lang)
    return SpeechLine("indirect", speaker, text, f"{who} {verb} {text}", outlets)


def shared_speech(story: Story, lang: str = "en") -> list[SpeechLine]:
    """Quotes and reported statements carried by more than one article, the most widely carried first."""
    shared = sorted((q for q in story.quotes if len(q.articles) > 1), key=lambda q: -len(q.articles))
    return [speech_line(q, story, lang) for q in shared]


def entity_groups(story: Story, lang: str = "en") -> list[tuple[str, list[EntityLine]]]:
    """People, organisations and places the story names, each with its aliases and outlets; the group
    names in ``lang``."""
    out = []
    shown = trusted_entities(story)
    for type_ in _KINDS:
        lines = [_entity_line(e, story, lang) for e in shown if e.type == type_]
        if lines:
            out.append((label(type_, lang), lines))
    return out


def trusted_entities(story: Story, *, limit: int = _MAX_ENTITIES) -> list[EntityRecord]:
    """The entities a brief's section shows: per type (people, organisations, places), the
    :func:`listable` ones named in the most articles, at most ``limit`` of each."""
    out: list[EntityRecord] = []
    for type_ in _KINDS:
        records = [e for e in story.entities if e.type == type_ and listable(e)]
        records.sort(key=lambda e: (-len(e.articles), e.name))
        out += records[:limit]
    return out


def listable(entity: EntityRecord) -> bool:
    """Whether a reader can trust the entity enough to list it: not a single letter or initials ("A-G"),
    not a bare title ("Dirjen"), a head word or a kind of body ("RSUD", "Polda"), not a known or
    place-shaped name ("Kabupaten Watugede", "Cemara River") typed as a person, and a one-word person only when two or more articles name it.

    >>> listable(EntityRecord("A-G", "PER", ("A-G",), ("a",)))
    False
    >>> listable(EntityRecord("Ratna Widjajanti", "PER", ("Ratna Widjajanti",), ("a",)))
    True
    """
    name = entity.name.strip()
    low = name.casefold()
    if _INITIALS.fullmatch(name) or low in ROLE_TITLES or low in KIND_NAMES:
        return False
    if all(w in HONORIFICS or w in ROLE_TITLES for w in low.split()):
        return False  # "Plt", "Brigjen", "Kepala Humas": titles without their holder
    if low in ORG_HEADS or low in FACILITY_HEADS or low in ADMIN_HEADS:
        return False
    words = low.split()
    if entity.type == "PER" and (place(name) is not None or _place_shaped(words)):
        return False
    single = " " not in name and "-" not in name
    return not (entity.type == "PER" and single and len(entity.articles) < 2)


def _place_shaped(words: list[str]) -> bool:
    """A name opened by a place's head ("Kabupaten …", "Desa …") or closed by a place's tail ("… River")."""
    return bool(words) and (words[0] in ADMIN_HEADS or words[0] in FACILITY_HEADS or words[-1] in LOC_TAILS)


def _entity_line(entity: EntityRecord, story: Story, lang: str = "en") -> EntityLine:
    aliases = tuple(a for a in dict.fromkeys(entity.aliases) if a != entity.name)
    return EntityLine(entity.name, aliases, _outlets(entity.articles, story, lang), entity.articles)
