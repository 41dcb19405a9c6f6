from __future__ import annotations

import re

import pytest

from factories import make_article
from warta.brief import BriefOptions, build_brief, render
from warta.codec import from_json
from warta.errors import ConfigError
from warta.types import Brief

EVIL = (
    'Warga <script>alert(1)</script> berkumpul <img src=x onerror="alert(2)"> di alun-alun kota pada Senin.'
)


def _brief() -> Brief:
    articles = [
        make_article(
            "a1",
            "Warga berkumpul di alun-alun kota Sukamaju pada Senin pagi untuk memprotes kenaikan tarif air.\n"
            + EVIL,
            outlet="Kabar | Satu",
            published="2025-03-10",
            title="Warga Protes Tarif Air",
        ),
        make_article(
            "a2",
            "Ratusan warga Sukamaju berkumpul di alun-alun kota pada Senin untuk memprotes kenaikan tarif air.",
            outlet="Harian Dua",
            published="2025-03-10",
        ),
    ]
    return build_brief(articles, options=BriefOptions(single_story=True))


def test_json_round_trips() -> None:
    brief = _brief()
    assert from_json(Brief, render(brief, format="json")) == brief


def test_markdown_has_footnotes_for_every_citation() -> None:
    md = render(_brief(), format="md")
    refs = set(re.findall(r"\[\^(s\d+-\d+)\](?!:)", md))
    defs = set(re.findall(r"^\[\^(s\d+-\d+)\]:", md, flags=re.M))
    assert refs and refs == defs
    assert "Kabar \\| Satu" in md  # table cells are escaped


def test_html_is_inert_and_citations_point_at_marks() -> None:
    page = render(_brief(), format="html")
    assert "<script>alert" not in page and 'onerror="alert' not in page
    assert "&lt;script&gt;" in page
    targets = re.findall(r'class="cite" href="#([^"]+)"', page)
    assert targets
    for t in targets:
        assert f'<mark id="{t}">' in page


def test_unknown_format_says_which_exist() -> None:
    with pytest.raises(ConfigError, match="md, json, html"):
        render(_brief(), format="pdf")


def test_indonesian_labels_and_dates() -> None:
    from warta.brief.render import render
    from warta.types import Brief, Citation, KnownFigure, Story, SummarySentence

    known = KnownFigure(
        "korban tewas", 1200, "approx", None, "2022-03-15", "a", "Kabar", "1.200", Citation("a", 0, 5)
    )
    story = Story(
        "s1",
        "Banjir",
        (),
        (SummarySentence("Banjir.", ()),),
        first_published="2022-03-15",
        known_now=(known,),
    )
    md = render(Brief(stories=(story,)), format="md", lang="id")
    assert "### Yang diketahui sekarang" in md and "### Ringkasan" in md
    assert "korban tewas: sekitar 1.200 (per 15 Maret 2022, Kabar)" in md
    html = render(Brief(stories=(story,)), format="html", lang="en")
    assert "What is known now" in html and "about 1,200" in html
