"""Main text and metadata of HTML pages: boilerplate, headlines, split bodies, embeds, empty pages."""

from __future__ import annotations

import pytest

from warta.ingest.html import HtmlExtract, extract_html
from warta.ingest.html_lines import clean_lines, match_rule

# Fictional articles, written for these tests.
TITLE = "Banjir Rob Genangi Pesisir Tanjung Lestari"
PARAGRAPHS = [
    "Banjir rob kembali menggenangi permukiman di pesisir Tanjung Lestari pada Selasa pagi. "
    "Air laut masuk ke jalan desa setinggi hingga 40 sentimeter dan merendam puluhan rumah warga.",
    "Kepala Badan Penanggulangan Bencana Daerah setempat, Arif Nugraha, mengatakan pasang tertinggi "
    "terjadi sekitar pukul 07.00 dan diperkirakan berulang selama tiga hari ke depan.",
    "Warga memindahkan barang berharga ke tempat yang lebih tinggi. Sejumlah sekolah memulangkan "
    "murid lebih awal karena halaman dan ruang kelas tergenang air.",
    "Pemerintah kabupaten menyiapkan dua pompa air tambahan dan dapur umum di balai desa. "
    "Bantuan makanan siap saji juga dibagikan kepada warga yang rumahnya paling parah terdampak.",
    "Arif meminta warga tetap waspada dan mengikuti informasi resmi dari pemerintah daerah, "
    "terutama menjelang bulan purnama ketika pasang laut biasanya lebih tinggi.",
]

BOILERPLATE = [
    "Bagikan artikel",
    "Baca juga: Harga Cabai Naik Jelang Akhir Tahun",
    "Subscribe to our newsletter",
    "Berita Terkait",
    "Pasar Malam Kembali Dibuka",
    "Beranda",
    "Hak cipta 2024 Kabar Pesisir",
]


def page(body: str, *, head: str = "") -> str:
    return f"""<!DOCTYPE html>
<html lang="id"><head><meta charset="utf-8"><title>{TITLE} - Kabar Pesisir</title>{head}</head>
<body>
<nav><ul><li><a href="/">Beranda</a></li><li><a href="/daerah">Daerah</a></li>
<li><a href="/ekonomi">Ekonomi</a></li></ul></nav>
{body}
<footer><p>Hak cipta 2024 Kabar Pesisir</p><a href="/redaksi">Redaksi</a></footer>
</body></html>"""


def paragraphs(items: list[str]) -> str:
    return "\n".join(f"<p>{p}</p>" for p in items)


ARTICLE = page(
    f"""<article><h1>{TITLE}</h1>
<div class="share-buttons"><a href="#">Bagikan artikel</a> <a href="#">Facebook</a> <a href="#">X</a></div>
{paragraphs(PARAGRAPHS[:2])}
<p>Baca juga: <a href="/cabai">Harga Cabai Naik Jelang Akhir Tahun</a></p>
{paragraphs(PARAGRAPHS[2:])}
<p>Subscribe to our newsletter</p>
<h3>Berita Terkait</h3>
<ul><li><a href="/a">Pasar Malam Kembali Dibuka</a></li><li><a href="/b">Jalan Desa Diperbaiki</a></li></ul>
</article>""",
    head=f"""<meta property="og:title" content="{TITLE}">
<meta property="og:site_name" content="Kabar Pesisir">
<meta property="article:published_time" content="2024-02-13T09:15:00+07:00">
<link rel="canonical" href="https://pesisir.example/2024/02/13/banjir-rob">""",
)


@pytest.fixture(scope="module")
def article() -> HtmlExtract:
    return extract_html(ARTICLE)


@pytest.mark.parametrize("paragraph", PARAGRAPHS)
def test_every_body_paragraph_is_kept(article: HtmlExtract, paragraph: str) -> None:
    assert paragraph in article.text


@pytest.mark.parametrize("line", BOILERPLATE)
def test_widgets_navigation_and_footer_are_dropped(article: HtmlExtract, line: str) -> None:
    assert line not in article.text


def test_the_headline_is_not_repeated_in_the_body(article: HtmlExtract) -> None:
    assert not article.text.startswith(TITLE)
    assert article.text.startswith(PARAGRAPHS[0][:40])


@pytest.mark.parametrize(
    ("field", "expected"),
    [
        ("title", TITLE),
        ("outlet", "Kabar Pesisir"),
        ("published", "2024-02-13"),
        ("url", "https://pesisir.example/2024/02/13/banjir-rob"),
    ],
)
def test_metadata_is_read_from_the_page(article: HtmlExtract, field: str, expected: str) -> None:
    assert getattr(article, field) == expected


def test_the_title_tag_alone_gives_the_title() -> None:
    result = extract_html(page(f"<article>{paragraphs(PARAGRAPHS)}</article>"))
    assert result.title is not None and result.title.startswith(TITLE)


def test_a_page_without_an_article_still_names_itself() -> None:
    result = extract_html(page("", head='<meta property="og:site_name" content="Kabar Pesisir">'))
    assert result.text == "" and result.outlet == "Kabar Pesisir"
    assert result.title is not None and result.title.startswith(TITLE)


def test_dropped_lines_are_reported_with_their_rule(article: HtmlExtract) -> None:
    rules = {r.rule for r in article.removed}
    assert "related-link" in rules
    assert all(r.text.strip() for r in article.removed)


@pytest.mark.parametrize(
    "html",
    [
        "",
        "   ",
        page(""),
        page('<div class="index"><ul><li><a href="/a">Satu</a></li><li><a href="/b">Dua</a></li></ul></div>'),
    ],
    ids=["empty", "blank", "nav-and-footer-only", "link-index"],
)
def test_a_page_without_an_article_gives_empty_text(html: str) -> None:
    assert extract_html(html).text == ""


def test_a_body_split_by_an_ad_is_joined() -> None:
    chunks = (
        f'<div class="wrap"><div class="article__body">{paragraphs(PARAGRAPHS[:2])}</div></div>'
        '<div class="ad-slot"><p>Iklan</p></div>'
        f'<div class="wrap"><div class="article__body">{paragraphs(PARAGRAPHS[2:])}</div></div>'
    )
    result = extract_html(page(f"<article><h1>{TITLE}</h1>{chunks}</article>"))
    assert all(p in result.text for p in PARAGRAPHS)


def test_an_embedded_tweet_stays_as_a_quote() -> None:
    tweet = "Air sudah masuk ke halaman sekolah kami pagi ini, semoga cepat surut."
    embed = (
        f'<div class="social-embed"><blockquote class="twitter-tweet"><p>{tweet}</p>'
        "— Warga Pesisir (@wargapesisir) 13 Februari 2024</blockquote></div>"
    )
    body = paragraphs(PARAGRAPHS[:3]) + embed + paragraphs(PARAGRAPHS[3:])
    result = extract_html(page(f"<article><h1>{TITLE}</h1>{body}</article>"))
    assert tweet in result.text


def test_a_hover_card_inside_a_sentence_is_dropped() -> None:
    card = (
        'Kepala BPBD <span class="rollover-people"><a href="/tokoh/arif">Arif Nugraha</a>'
        '<span class="rollover-people-block"><a href="/x">Profil lengkap dan berita terbaru</a></span>'
        "</span> meminta warga waspada."
    )
    body = paragraphs(PARAGRAPHS[:3]) + f"<p>{card}</p>" + paragraphs(PARAGRAPHS[3:])
    result = extract_html(page(f"<article><h1>{TITLE}</h1>{body}</article>"))
    assert "Kepala BPBD Arif Nugraha meminta warga waspada." in result.text
    assert "Profil lengkap" not in result.text


@pytest.mark.parametrize(
    ("line", "rule"),
    [
        ("Baca juga: Harga Cabai Naik Jelang Akhir Tahun", "related-link"),
        ("Related: Ten Bridges Worth Crossing", "related-link"),
        ("READ MORE: Floods hit the coast again", "related-link"),
        ("Comments", "widget-label"),
        ("DON'T MISS", "widget-label"),
        ("SCROLL TO CONTINUE WITH CONTENT", "widget-label"),
        ("Tags: banjir, pesisir, cuaca", "label-list"),
        ("Tempo de leitura: 2 minutos", "reading-time"),
        ("Follow us on Twitter and Facebook.", "follow-us"),
        ("Get the latest updates right in your inbox. Subscribe to our newsletters.", "newsletter"),
        ("Like this story? Share it with a friend!", "share-prompt"),
        ("Simak video pilihan berikut ini", "share-prompt"),
        ("Copyright 2024 Kabar Pesisir. All rights reserved.", "copyright"),
        ("(Reporting by Jane Roe; Editing by John Doe)", "credit"),
        ("Updated at 1:23 p.m.", "dateline-stamp"),
        ("Selasa, 13 Februari 2024 09:15 WIB", "dateline-stamp"),
        ('[button link="https://x.example/" type="big"] Send us your review[/button]', "shortcode"),
    ],
)
def test_boilerplate_lines_match_their_rule(line: str, rule: str) -> None:
    found = match_rule(line)
    assert found is not None and found.name == rule


@pytest.mark.parametrize(
    "line",
    [
        PARAGRAPHS[0],
        "More than 2,500 people were evacuated, officials said.",
        "Also, the council will meet again on Friday.",
        "Warga diminta mengikuti informasi resmi dari pemerintah daerah.",
        "Polisi mengatakan laporan itu masih diselidiki; hasilnya diumumkan pekan depan.",
    ],
)
def test_body_sentences_match_no_rule(line: str) -> None:
    assert match_rule(line) is None


@pytest.mark.parametrize(
    ("text", "title", "expected"),
    [
        (f"{TITLE}\n{PARAGRAPHS[0]}", TITLE, PARAGRAPHS[0]),
        (f"{TITLE} | Kabar Pesisir\n{PARAGRAPHS[0]}", TITLE, PARAGRAPHS[0]),
        (f"Pesisir Tanjung Lestari: banjir rob genangi rumah\n{PARAGRAPHS[0]}", TITLE, PARAGRAPHS[0]),
        # A deck (standfirst) under a dropped headline goes with it.
        (f"{TITLE}\nPuluhan rumah terendam air laut setinggi lutut\n{PARAGRAPHS[0]}", TITLE, PARAGRAPHS[0]),
        # A first line that merely mentions the title's topic in a sentence stays.
        (PARAGRAPHS[0], TITLE, PARAGRAPHS[0]),
        (
            f"Klik untuk memperbesar\n{TITLE}\n{PARAGRAPHS[1]}",
            TITLE,
            f"Klik untuk memperbesar\n{PARAGRAPHS[1]}",
        ),
    ],
)
def test_clean_lines_drops_a_restated_headline(text: str, title: str, expected: str) -> None:
    assert clean_lines(text, title=title).text == expected


def test_related_link_heading_takes_its_list_with_it() -> None:
    text = (
        f"{PARAGRAPHS[0]}\nRelated:\n- Pasar Malam Kembali Dibuka\n- Jalan Desa Diperbaiki\n{PARAGRAPHS[1]}"
    )
    assert clean_lines(text).text == f"{PARAGRAPHS[0]}\n{PARAGRAPHS[1]}"


def test_click_to_tweet_tails_are_cut() -> None:
    assert clean_lines("Sabar adalah kunci.Click To Tweet").text == "Sabar adalah kunci."


def test_extraction_is_deterministic() -> None:
    assert extract_html(ARTICLE) == extract_html(ARTICLE)
