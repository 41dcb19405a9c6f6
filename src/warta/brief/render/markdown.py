"""A Brief as Markdown: each story with its summary, citations as footnotes, and its articles."""

from __future__ import annotations

from collections.abc import Sequence

from warta.brief.render.facts import fact_lines
from warta.brief.render.known import known_items
from warta.brief.render.labels import choose_language, date_words
from warta.brief.render.labels import label as ui_label
from warta.brief.render.outdated import dated_note
from warta.brief.render.sources import ResolvedCitation, counted, outlet_label, resolve, sources_line
from warta.brief.render.speech import entity_groups, shared_speech
from warta.types import Brief, Citation, Story


def _clip(text: str, limit: int = 220) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rsplit(" ", 1)[0] + "…"


def _md_escape(text: str) -> str:
    return text.replace("|", "\\|").replace("[", "\\[").replace("]", "\\]")


def _footnote(label: str, rc: ResolvedCitation, lang: str) -> str:
    """ "[^s1-1]: Kompas, 9 Sep 2021 — "…" (article `a1`, characters 0–58)", in ``lang``."""
    c = rc.citation
    who = outlet_label(rc.article, lang)
    if rc.article.published:
        who += f", {rc.article.published}"
    where = (
        f"article `{c.article}`, characters {c.start}–{c.end}"
        if lang == "en"
        else f"artikel `{c.article}`, karakter {c.start}–{c.end}"
    )
    return f'[^{label}]: {_md_escape(who)} — "{_md_escape(_clip(rc.quote))}" ({where})'


def _cite_label(story: Story, citation: Citation, lang: str = "en") -> str:
    rc = resolve(story, citation)
    return _md_escape(outlet_label(rc.article, lang))


def render_story(story: Story, number: int, *, all_figures: bool = False, lang: str = "en") -> list[str]:
    """Markdown lines for one story; footnote labels are unique per story number."""
    lines = [f"## {_md_escape(story.title)}", ""]
    span = date_words(story.first_published, lang)
    if story.last_published and story.last_published != story.first_published:
        span += f" – {date_words(story.last_published, lang)}"
    if lang == "en":
        counts = f"{counted(len(story.articles), 'article')} · {_md_escape(sources_line(story, lang))}"
    else:
        counts = (
            f"{len(story.articles)} {ui_label('n_articles', lang)} · {_md_escape(sources_line(story, lang))}"
        )
    lines += [
        f"*{span} · {counts}*",
        "",
    ]
    notes: dict[tuple[str, int, int], str] = {}
    footnotes: list[str] = []

    def footnote_marks(citations: Sequence[Citation]) -> str:
        """``[^s1-2]`` marks for these citations; each cited span gets one footnote, numbered on first use."""
        marks = ""
        for c in citations:
            key = (c.article, c.start, c.end)
            if key not in notes:
                label = f"s{number}-{len(notes) + 1}"
                notes[key] = label
                footnotes.append(_footnote(label, resolve(story, c), lang))
            marks += f"[^{notes[key]}]"
        return marks

    known = known_items(story, lang, all_figures=all_figures)
    if known:
        lines += [f"### {ui_label('known', lang)}", ""]
        lines += [f"- {_md_escape(k.text)}{footnote_marks(k.citations)}" for k in known]
        lines.append("")
    if story.summary:
        lines += [f"### {ui_label('summary', lang)}", ""]
        for sentence in story.summary:
            marks = footnote_marks(sentence.citations)
            note = dated_note(story, sentence, lang)
            lines.append(f"- {_md_escape(' '.join(sentence.text.split()))}{note}{marks}")
        lines.append("")
    if story.timeline:
        lines += [f"### {ui_label('timeline', lang)}", ""]
        for entry in story.timeline:
            refs = ", ".join(_cite_label(story, c, lang) for c in entry.citations)
            lines.append(
                f"- **{date_words(entry.date, lang)}** — {_md_escape(' '.join(entry.text.split()))} ({refs})"
            )
        lines.append("")
    facts = fact_lines(story, include_single=all_figures, lang=lang)
    if facts:
        lines += [f"### {ui_label('facts', lang)}", ""]
        for f in facts:
            marks = footnote_marks(f.citations)
            copies = f" ({_md_escape(f.copies)})" if f.copies else ""
            lines.append(f"- **{f.label}** — {_md_escape(f.measure)}: {_md_escape(f.phrase)}{copies}{marks}")
        lines.append("")
    speech = shared_speech(story, lang)
    if speech:
        lines += [f"### {ui_label('quotes', lang)}", ""]
        for q in speech:
            if q.kind == "direct":
                lines.append(f"- “{_md_escape(q.text)}” — {_md_escape(q.speaker)} ({_md_escape(q.outlets)})")
            else:  # reported speech: never in quotation marks
                lines.append(f"- {_md_escape(q.phrase)} ({_md_escape(q.outlets)})")
        lines.append("")
    groups = entity_groups(story, lang)
    if groups:
        lines += [f"### {ui_label('entities', lang)}", ""]
        for label, entities in groups:
            named = "; ".join(
                _md_escape(
                    e.name
                    + (f" ({ui_label('also', lang)} {', '.join(e.aliases)})" if e.aliases else "")
                    + f" — {e.outlets}"
                )
                for e in entities
            )
            lines.append(f"- **{label}**: {named}")
        lines.append("")
    lines += [
        f"### {ui_label('articles', lang)}",
        "",
        "| "
        + " | ".join(ui_label(k, lang) for k in ("outlet", "date", "language", "title", "credited"))
        + " | Id |",
        "|---|---|---|---|---|---|",
    ]
    for a in story.articles:
        title = _md_escape(_clip(a.title or ui_label("no_headline", lang), 90))
        credited = ", ".join(a.credited_sources) or "—"
        lines.append(
            f"| {_md_escape(a.outlet or '?')} | {a.published or '?'} | {a.language or '?'} | {title} "
            f"| {_md_escape(credited)} | `{a.id}` |"
        )
    lines.append("")
    if footnotes:
        lines += [*footnotes, ""]
    return lines


def render_markdown(brief: Brief, *, all_figures: bool = False, lang: str | None = None) -> str:
    """The whole brief as one Markdown document, labelled in ``lang`` (None: the language of most
    articles)."""
    lang = choose_language(lang, brief.stories)
    n = len(brief.stories)
    word = ui_label("story" if n == 1 else "stories", lang)
    lines = [f"# {ui_label('brief', lang)}: {n} {word}", ""]
    for i, story in enumerate(brief.stories, 1):
        lines += render_story(story, i, all_figures=all_figures, lang=lang)
    if brief.skipped:
        lines += [f"*{len(brief.skipped)} inputs skipped:*", ""]
        lines += [f"- {_md_escape(s.message())}" for s in brief.skipped]
        lines.append("")
    return "\n".join(lines).rstrip() + "\n"
