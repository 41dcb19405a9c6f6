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
from warta.brief.render.sources import counted, display_date
from warta.types import Brief, Story

WIDTH = 88
SENTENCES = 2  # summary sentences shown per story
FIGURES = 2  # disputed or updated figures shown per story


def _span(story: Story) -> str:
    first, last = story.first_published, story.last_published
    if not first:
        return ""
    if not last or last[:10] == first[:10]:
        return display_date(first)
    return f"{display_date(first)} – {display_date(last)}"


def story_digest(story: Story, number: int, *, width: int = WIDTH) -> list[str]:
    """One story's lines: ``N. title``, a facts line, up to FIGURES figure lines, SENTENCES sentences."""
    indent = " " * (len(str(number)) + 2)
    lines = textwrap.wrap(f"{number}. {story.title}", width, subsequent_indent=indent)
    facts = [counted(len(story.articles), "article")]
    if story.outlets:
        facts.append(f"from {counted(len(story.outlets), 'outlet')}")
    if story.independent_sources and story.independent_sources != len(story.articles):
        facts.append(f"{counted(story.independent_sources, 'independent source')}")
    span = _span(story)
    lines.append(indent + (f"{span} · " if span else "") + ", ".join(facts))
    shown = [f for f in fact_lines(story) if f.status in ("conflict", "updated")][:FIGURES]
    for fact in shown:
        text = f"{fact.label} {fact.measure}: {fact.phrase}"
        lines += textwrap.wrap(text, width, initial_indent=indent, subsequent_indent=indent + "  ")
    for sentence in story.summary[:SENTENCES]:
        lines += textwrap.wrap(sentence.text, width, initial_indent=indent, subsequent_indent=indent)
    return lines


def render_digest(brief: Brief, *, width: int = WIDTH) -> str:
    """The whole brief as a digest: a count line, then each story's lines, a blank line between."""
    out = [counted(len(brief.stories), "story", "stories")]
    for n, story in enumerate(brief.stories, start=1):
        out.append("")
        out += story_digest(story, n, width=width)
    return "\n".join(out) + "\n"
