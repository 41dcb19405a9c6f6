"""A chat-sized reply to a keyword query: the best-matching story, what is known now, what is disputed.

>>> print(reply(archive, "banjir watugede").text)  # doctest: +SKIP
Korban Meninggal Banjir Watugede Jadi 14 Orang (13–15 Januari 2022)
Yang diketahui sekarang:
- korban tewas: 14 (per 15 Januari 2022, Meridian Wire)
...

The reply is plain text of at most :data:`MAX_CHARS` characters in the reader's language (``id`` or
``en``): the story's title and dates; its known figures (:mod:`warta.brief.known`) or, when none is
confirmed, the summary's latest sentence; each disputed figure with who says what; the outlets;
and where the full brief is (``warta show ID`` or the web page). Lines are dropped from the end of
the longest section until it fits. Nothing matching gives "tidak ditemukan" and the archive's most
recent story titles as suggestions.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

from warta.brief.render.known import dispute_line, known_line, visible_known
from warta.brief.render.labels import check_language, date_words, label
from warta.store.views import SearchHit, StoryRow
from warta.types import Story

MAX_CHARS = 1000
MAX_LINES = 5  # per section, before trimming to fit


class ReplySource(Protocol):
    """What a reply reads: the archive's search, its stories, and its list (for suggestions)."""

    def search(self, query: str, *, limit: int = 10) -> list[SearchHit]: ...

    def story(self, story_id: str) -> Story | None: ...

    def stories(self, *, limit: int = 50, offset: int = 0) -> list[StoryRow]: ...


@dataclass(frozen=True)
class Reply:
    """The reply's text, and the story it answers with (None when nothing matched)."""

    text: str
    story_id: str | None = None

    @property
    def found(self) -> bool:
        """Whether a story matched."""
        return self.story_id is not None


def _clip(text: str, limit: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rsplit(" ", 1)[0] + "…"


def _dates(story: Story, lang: str) -> str:
    first, last = story.first_published, story.last_published
    if not first:
        return label("undated", lang)
    if not last or last == first:
        return date_words(first, lang)
    return f"{date_words(first, lang)} – {date_words(last, lang)}"


def story_reply(story: Story, *, lang: str = "id", link: str | None = None) -> str:
    """The reply for one story: see the module docstring."""
    check_language(lang)
    head = _clip(f"{story.title} ({_dates(story, lang)})", 200)
    shown, shown_disputes = visible_known(story)
    known = [f"- {_clip(known_line(k, lang), 160)}" for k in shown[:MAX_LINES]]
    if not known and story.summary:
        known = [f"- {_clip(story.summary[-1].text, 240)}"]
    if not known:
        known = [f"- {label('nothing_known', lang)}"]
    disputed = [f"- {_clip(dispute_line(d, lang), 200)}" for d in shown_disputes[:MAX_LINES]]
    n = len(story.articles)
    outlets = _clip(", ".join(story.outlets) or "?", 200)
    articles = f"{n} {'artikel' if lang == 'id' else ('article' if n == 1 else 'articles')}"
    tail = [f"{label('outlets', lang)}: {outlets} ({articles})"]
    tail.append(f"{label('full_brief', lang)}: {link or f'warta show {story.id}'}")

    def text() -> str:
        lines = [head, f"{label('known', lang)}:", *known]
        if disputed:
            lines += [f"{label('disputed', lang)}:", *disputed]
        return "\n".join([*lines, *tail])

    while len(text()) > MAX_CHARS and (len(known) > 1 or disputed):
        longer = disputed if len(disputed) >= len(known) and disputed else known
        longer.pop()
    out = text()
    return out if len(out) <= MAX_CHARS else out[: MAX_CHARS - 1] + "…"


def not_found_reply(query: str, *, lang: str = "id", suggestions: list[str] | None = None) -> str:
    """ "Tidak ditemukan untuk «…»", a hint, and up to three recent story titles to try."""
    check_language(lang)
    lines = [f"{label('not_found', lang)} «{_clip(query, 80)}».", f"{label('try', lang)}."]
    if suggestions:
        recent = "Cerita terbaru" if lang == "id" else "Recent stories"
        lines.append(f"{recent}:")
        lines += [f"- {_clip(t, 120)}" for t in suggestions[:3]]
    return "\n".join(lines)[:MAX_CHARS]


def reply(
    source: ReplySource, query: str, *, lang: str = "id", link: str | None = None, limit: int = 5
) -> Reply:
    """Answer ``query`` from ``source``; ``link`` is a format string for the brief, e.g. ``"/story/{id}"``."""
    check_language(lang)
    hits = source.search(query, limit=limit) if query.strip() else []
    for hit in hits:
        story = hit.brief or source.story(hit.story.id)
        if story is not None:
            where = link.format(id=story.id) if link else None
            return Reply(story_reply(story, lang=lang, link=where), story.id)
    titles = [row.title for row in source.stories(limit=3)]
    return Reply(not_found_reply(query, lang=lang, suggestions=titles))
