"""Renderers: a Brief as Markdown (footnote citations), JSON (the public contract) or HTML."""

from __future__ import annotations

from warta.brief.render.html import render_html
from warta.brief.render.markdown import render_markdown
from warta.codec import to_json
from warta.errors import ConfigError
from warta.types import Brief

FORMATS = ("md", "json", "html")


def render(brief: Brief, *, format: str = "md", all_figures: bool = False, lang: str | None = None) -> str:
    """The brief as text in ``format``: ``md``, ``json`` or ``html``; ``lang`` (id, en) sets the labels,
    figure wording and dates (None: the language of most articles in the brief);
    ``all_figures``: single-source and unclassified figures too in Markdown and HTML (JSON always keeps
    every value)."""
    if format in ("md", "markdown"):
        return render_markdown(brief, all_figures=all_figures, lang=lang)
    if format == "json":
        return to_json(brief) + "\n"
    if format == "html":
        return render_html(brief, all_figures=all_figures, lang=lang)
    raise ConfigError(f"unknown format {format!r}; choose one of: {', '.join(FORMATS)}")


__all__ = ["FORMATS", "render", "render_html", "render_markdown"]
