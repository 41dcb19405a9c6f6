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
    from warta.types import Brief, BriefArticle, Citation, KnownFigure, Story, SummarySentence

    known = KnownFigure(
        "korban tewas", 1200, "approx", None, "2022-03-15", "a", "Kabar", "1.200", Citation("a", 0, 5)
    )
    article = BriefArticle("a", "/x/a.txt", "Kabar", "Banjir", "2022-03-15", "id", (), "1.200 orang tewas.")
    story = Story(
        "s1",
        "Banjir",
        (article,),
        (SummarySentence("Banjir.", ()),),
        first_published="2022-03-15",
        known_now=(known,),
    )
    md = render(Brief(stories=(story,)), format="md", lang="id")
    assert "### Yang diketahui sekarang" in md and "### Ringkasan" in md
    assert "korban tewas: sekitar 1.200 (per 15 Maret 2022, Kabar)[^s1-1]" in md
    assert '[^s1-1]: Kabar, 2022-03-15 — "1.200" (artikel `a`, karakter 0–5)' in md
    html = render(Brief(stories=(story,)), format="html", lang="en")
    assert "What is known now" in html and "about 1,200" in html
    assert 'class="cite" href="#' in html.split("What is known now", 1)[1].split("</ul>", 1)[0]


def test_known_now_lists_only_the_figures_the_brief_shows() -> None:
    """A one-source figure and an unsure dispute stay in the JSON but are listed only with all_figures."""
    from warta.brief.render import render
    from warta.brief.render.known import known_items
    from warta.types import Brief, BriefArticle, Citation, KnownDispute, KnownFigure, Story

    article = BriefArticle(
        "a", "/x/a.txt", "Kabar", "Banjir", "2022-03-15", "id", (), "12 orang tewas, 3 hilang."
    )
    one = KnownFigure(
        "orang hilang", 3, None, None, "2022-03-15", "a", "Kabar", "3", Citation("a", 16, 17), shown=False
    )
    unsure = KnownDispute(
        "orang tewas",
        None,
        (
            KnownFigure("orang tewas", 12, None, None, "2022-03-15", "a", "Kabar", "12", Citation("a", 0, 2)),
            KnownFigure("orang tewas", 9, None, None, "2022-03-14", "a", "Kabar", "9", Citation("a", 0, 2)),
        ),
        shown=False,
    )
    story = Story("s1", "Banjir", (article,), (), known_now=(one,), disputed_now=(unsure,))
    assert known_items(story, "id") == []
    assert len(known_items(story, "id", all_figures=True)) == 2
    md = render(Brief(stories=(story,)), format="md", lang="id")
    assert "Yang diketahui sekarang" not in md and "orang hilang" not in md
    assert "orang hilang: 3" in render(Brief(stories=(story,)), format="md", lang="id", all_figures=True)


def test_the_interface_language_defaults_to_that_of_most_articles() -> None:
    from warta.brief.render import render
    from warta.brief.render.digest import render_digest
    from warta.brief.render.labels import majority_language
    from warta.types import Brief, BriefArticle, Story, SummarySentence

    def story(*languages: str) -> Story:
        articles = tuple(
            BriefArticle(f"a{i}", f"/x/{i}.txt", "Kabar", "Banjir", "2022-03-15", lang, (), "Teks.")
            for i, lang in enumerate(languages)
        )
        return Story(
            "s1", "Banjir", articles, (SummarySentence("Banjir.", ()),), first_published="2022-03-15"
        )

    indonesian, english = Brief(stories=(story("id", "id", "en"),)), Brief(stories=(story("en", "en", "id"),))
    assert "### Ringkasan" in render(indonesian, format="md") and "15 Maret 2022" in render(indonesian)
    assert "### Summary" in render(english, format="md") and "15 Mar 2022" in render(english)
    assert '<html lang="en"' in render(english, format="html")
    assert "### Summary" in render(indonesian, format="md", lang="en")  # forced
    assert render_digest(indonesian, lang=None).startswith("1 berita\n")
    assert render_digest(english, lang=None).startswith("1 story\n")
    assert majority_language([None, "ms"]) == "id" and majority_language(["en", "id"]) == "id"


def test_a_figure_group_with_a_copy_says_which_article_copies_which() -> None:
    from warta.brief.render import render
    from warta.types import Brief, BriefArticle, FigureCopy, FigureGroup, FigureValue, Story

    text = "12 orang tewas."
    articles = tuple(
        BriefArticle(aid, f"/x/{aid}.txt", outlet, "Banjir", day, "id", (), text)
        for aid, outlet, day in (
            ("o", "Lintas", "2022-03-15"),
            ("c", "Kabar", "2022-03-16"),
            ("p", "Pesisir", "2022-03-16"),
        )
    )
    values = tuple(FigureValue(a.id, 12, None, None, a.published, "12", 0, 2) for a in articles)
    group = FigureGroup(
        "orang tewas", "agree", values, independent_sources=2, kind="killed", copies=(FigureCopy("c", "o"),)
    )
    story = Story("s1", "Banjir", articles, (), figures=(group,))
    md = render(Brief(stories=(story,)), format="md", lang="en", all_figures=True)
    assert "(Kabar copies Lintas: not an independent confirmation)" in md
    html = render(Brief(stories=(story,)), format="html", lang="id", all_figures=True)
    assert '<span class="copies">(Kabar menyalin Lintas: bukan konfirmasi independen)</span>' in html
