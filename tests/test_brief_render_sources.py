"""Outlet labels and the sources line: unknown outlets are counted, never shown as file paths."""

from __future__ import annotations

from dataclasses import replace

import pytest

from warta.brief.render.digest import render_digest
from warta.brief.render.html import render_html
from warta.brief.render.markdown import render_markdown
from warta.brief.render.sources import outlet_label, sources_line
from warta.types import Brief, BriefArticle, Citation, Story, SummarySentence


def _article(n: int, outlet: str | None) -> BriefArticle:
    return BriefArticle(
        id=f"a{n:011d}",
        source=f"/tmp/inputs/article-{n}.txt",
        outlet=outlet,
        title=None,
        published=None,
        language="id",
        credited_sources=(),
        text="Banjir surut.",
    )


def _story(outlets: list[str | None], independent: int) -> Story:
    articles = tuple(_article(i, o) for i, o in enumerate(outlets))
    return Story(
        id="s00000000001",
        title="Banjir",
        articles=articles,
        summary=(),
        outlets=tuple(sorted({o for o in outlets if o})),
        independent_sources=independent,
    )


def test_outlet_label_never_a_path() -> None:
    assert outlet_label(_article(1, None)) == "unknown outlet"
    assert outlet_label(_article(1, "Kabarkota")) == "Kabarkota"


@pytest.mark.parametrize(
    ("outlets", "independent", "line"),
    [
        (["A", "B"], 2, "2 independent sources: A, B"),
        (["A", "B", None, None, None], 5, "5 independent sources: A, B and 3 articles from unnamed outlets"),
        (["A", "A", "B"], 3, "3 independent sources from 2 outlets: A, B"),
        ([None], 1, "1 independent source, outlets unknown"),
    ],
)
def test_sources_line_names_or_counts_every_source(
    outlets: list[str | None], independent: int, line: str
) -> None:
    assert sources_line(_story(outlets, independent)) == line


def test_markdown_shows_no_path() -> None:
    text = render_markdown(Brief(stories=(_story(["A", None], 2),)), lang="en")
    assert "/tmp/inputs" not in text
    assert "2 independent sources: A and 1 article from unnamed outlets" in text
    # Indonesian articles: Indonesian labels by default
    text = render_markdown(Brief(stories=(_story(["A", None], 2),)))
    assert "2 sumber independen: A dan 1 artikel dari media tanpa nama" in text


@pytest.mark.parametrize("lang", ["en", "id"])
def test_no_renderer_shows_a_path_as_outlet(lang: str) -> None:
    """A cited summary sentence from an article of unknown outlet: every renderer names no file path."""
    story = _story([None, "A"], 2)
    cited = Citation(article=story.articles[0].id, start=0, end=len("Banjir surut."))
    story = replace(story, summary=(SummarySentence("Banjir surut.", (cited,)),))
    brief = Brief(stories=(story,))
    unknown = "unknown outlet" if lang == "en" else "media tanpa nama"
    for text in (render_markdown(brief, lang=lang), render_html(brief, lang=lang)):
        assert "/tmp/inputs" not in text and "article-0" not in text
        assert unknown in text  # the citation's label
    assert "/tmp/inputs" not in render_digest(brief, lang=lang)
