"""A brief as a short plain-text digest for a terminal: per story its title, span, sources, the
disputed and updated figures, and the opening summary sentences (the full brief goes to a file).

>>> from warta.types import Brief, Story, SummarySentence
>>> story = Story(id="s1", title="Banjir", articles=(), summary=(SummarySentence("Air naik.", ()),))
>>> print(render_digest(Brief(stories=(story,))), end="")
1 story
<BLANKLINE>
1. Banjir
   0 articles
   Air naik.
"""

from __future__ import annotations

import textwrap

from warta.brief.render.facts import fact_lines
from warta.brief.render.labels import choose_language, date_words, label
from warta.brief.render.outdated import dated_note
from warta.brief.render.sources import counted
from warta.types import Brief, Story

WIDTH = 88
SENTENCES = 2  # summary sentences shown per story
FIGURES = 2  # disputed or updated figures shown per story


def _span(story: Story, lang: str = "en") -> str:
    first, last = story.first_published, story.last_published
    if not first:
        return ""
    if not last or last[:10] == first[:10]:
        return date_words(first, lang)
    return f"{date_words(first, lang)} – {date_words(last, lang)}"


def _counts(story: Story, lang: str) -> list[str]:
    """ "3 articles", "from 2 outlets", "2 independent sources" (in id "3 artikel", "dari 2 media", …)."""
    n, outlets, sources = len(story.articles), len(story.outlets), story.independent_sources
    if lang == "en":
        facts = [counted(n, "article")]
        outlet_count = counted(outlets, "outlet")
        source_count = counted(sources, "independent source")
    else:
        facts = [f"{n} {label('n_articles', lang)}"]
        outlet_count = f"{outlets} {label('outlets_word', lang)}"
        source_count = f"{sources} {label('n_sources', lang)}"
    if outlets:
        facts.append(f"{label('from', lang)} {outlet_count}")
    if sources and sources != n:
        facts.append(source_count)
    return facts


def story_digest(story: Story, number: int, *, width: int = WIDTH, lang: str = "en") -> list[str]:
    """One story's lines: ``N. title``, a facts line, up to FIGURES figure lines, SENTENCES sentences."""
    indent = " " * (len(str(number)) + 2)
    lines = textwrap.wrap(f"{number}. {story.title}", width, subsequent_indent=indent)
    span = _span(story, lang)
    lines.append(indent + (f"{span} · " if span else "") + ", ".join(_counts(story, lang)))
    shown = [f for f in fact_lines(story, lang=lang) if f.status in ("conflict", "updated")][:FIGURES]
    for fact in shown:
        text = f"{fact.label} {fact.measure}: {fact.phrase}"
        lines += textwrap.wrap(text, width, initial_indent=indent, subsequent_indent=indent + "  ")
    for sentence in story.summary[:SENTENCES]:
        text = sentence.text + dated_note(story, sentence, lang)
        lines += textwrap.wrap(text, width, initial_indent=indent, subsequent_indent=indent)
    return lines


def render_digest(brief: Brief, *, width: int = WIDTH, lang: str | None = "en") -> str:
    """The whole brief as a digest: a count line, then each story's lines, a blank line between;
    worded in ``lang`` (None: the language of most articles)."""
    lang = choose_language(lang, brief.stories)
    n = len(brief.stories)
    out = [counted(n, "story", "stories") if lang == "en" else f"{n} {label('stories', lang)}"]
    for number, story in enumerate(brief.stories, start=1):
        out.append("")
        out += story_digest(story, number, width=width, lang=lang)
    return "\n".join(out) + "\n"
