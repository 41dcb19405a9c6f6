from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from factories import make_article
from warta.brief.summary import SummaryOptions, summarize

A = (
    "Banjir merendam tiga desa di Kabupaten Sukamaju pada Sabtu pagi setelah hujan deras semalaman.\n"
    "Sekitar 1.200 warga mengungsi ke balai desa dan masjid terdekat.\n"
    "Bupati Sukamaju meminta warga tetap waspada karena hujan diperkirakan berlanjut.\n"
    "Harga sayur di pasar setempat naik karena pasokan terganggu."
)
B = (
    "Tiga desa di Kabupaten Sukamaju terendam banjir pada Sabtu pagi usai hujan deras semalaman.\n"
    "Lebih dari 1.000 warga mengungsi ke balai desa, kata petugas penanggulangan bencana.\n"
    "Jalan provinsi yang menghubungkan dua kecamatan terputus selama enam jam."
)
C = (
    "Petugas mendirikan dapur umum untuk para pengungsi banjir di Sukamaju.\n"
    "Banjir yang merendam tiga desa di Sukamaju mulai surut pada Minggu sore.\n"
    "Sekolah di desa terdampak diliburkan hingga Selasa."
)


def _articles() -> list:  # type: ignore[type-arg]
    return [
        make_article("a1", A, outlet="Kabar Satu", published="2025-03-08"),
        make_article("a2", B, outlet="Harian Dua", published="2025-03-08"),
        make_article("a3", C, outlet="Warta Tiga", published="2025-03-09"),
    ]


def test_every_citation_points_at_text_inside_its_article() -> None:
    articles = _articles()
    by_id = {a.id: a for a in articles}
    summary = summarize(articles, options=SummaryOptions(sentences=5))
    assert 3 <= len(summary) <= 5
    for sentence in summary:
        first = sentence.citations[0]
        article = by_id[first.article]
        assert article.text[first.start : first.end] == sentence.text
        for c in sentence.citations:
            assert 0 <= c.start < c.end <= len(by_id[c.article].text)


def test_what_several_outlets_say_appears_once_and_is_cited_to_each() -> None:
    summary = summarize(_articles(), options=SummaryOptions(sentences=5))
    flood = [s for s in summary if "tiga desa" in s.text.lower() and "sabtu" in s.text.lower()]
    assert len(flood) == 1
    assert {c.article for c in flood[0].citations} >= {"a1", "a2"}


def test_sentences_follow_article_dates() -> None:
    articles = _articles()
    summary = summarize(articles, options=SummaryOptions(sentences=6))
    dates = {a.id: a.published for a in articles}
    seen = [dates[s.citations[0].article] for s in summary]
    assert seen == sorted(seen)


def test_no_candidates_gives_empty_summary() -> None:
    assert summarize([make_article("x", "Judul saja")]) == ()


@pytest.mark.parametrize("budget", [15, 30, 60])
def test_length_by_words_stays_within_the_budget(budget: int) -> None:
    summary = summarize(_articles(), options=SummaryOptions(words=budget, semantic=False))
    assert summary
    total = sum(len(s.text.split()) for s in summary)
    assert total <= budget or len(summary) == 1


@pytest.mark.parametrize("learned", [True, False])
def test_learned_and_plain_scoring_both_cite_their_source(learned: bool) -> None:
    articles = _articles()
    by_id = {a.id: a for a in articles}
    summary = summarize(articles, options=SummaryOptions(sentences=3, learned=learned, semantic=False))
    assert len(summary) == 3
    for s in summary:
        c = s.citations[0]
        assert by_id[c.article].text[c.start : c.end] == s.text


def test_seed_summary_covers_every_gold_figure_group(
    seed_files: dict[str, Path], gold: dict[str, Any]
) -> None:
    from warta.api import read_articles

    articles = read_articles(sorted(seed_files.values())).articles
    summary = summarize(articles, options=SummaryOptions(sentences=6, semantic=False))
    missing = {
        group["measure"]
        for group in gold["figures"]
        if not group.get("optional")
        and not any(v["text"] in s.text for s in summary for v in group["values"])
    }
    # The security forces' toll came in with a sentence that opens a quotation and never closes it
    # (a broken split); the summary now leaves such sentences out, and no other carrying it wins a place.
    assert missing <= {"aparat keamanan tewas"}


def test_summary_sentences_stand_alone_and_leave_datelines_out() -> None:
    from factories import make_article

    one = (
        "SUKAMAJUPOS.COM, SUKAMAJU - Banjir bandang merendam tiga desa di Kabupaten Sukamaju pada Rabu pagi.\n"
        "Akibatnya, sekitar 1.200 warga mengungsi ke balai desa dan masjid terdekat.\n"
        "Ia berkata “bantuan akan datang besok pagi."
    )
    two = "Banjir bandang merendam tiga desa di Kabupaten Sukamaju, kata petugas BPBD setempat pada Rabu."
    arts = [make_article("a", one, published="2025-03-05"), make_article("b", two, published="2025-03-05")]
    got = summarize(arts, options=SummaryOptions(sentences=4, semantic=False))
    texts = [s.text for s in got]
    assert not any(t.startswith("SUKAMAJUPOS") for t in texts)
    assert not any("“bantuan" in t for t in texts)
    if any(t.startswith("Akibatnya") for t in texts):  # only right after the sentence it follows
        k = next(i for i, t in enumerate(texts) if t.startswith("Akibatnya"))
        assert k > 0 and texts[k - 1].startswith(
            "Banjir bandang merendam tiga desa di Kabupaten Sukamaju pada"
        )
    for s in got:
        c = s.citations[0]
        assert next(a for a in arts if a.id == c.article).text[c.start : c.end] == s.text


def test_similarity_embeds_only_sentences_compared_with_another() -> None:
    from warta.brief.summary import CandidateSimilarity
    from warta.text.embeddings import embed

    texts = [
        "Banjir merendam tiga desa di Sukamaju pada Sabtu pagi.",
        "Tiga desa di Sukamaju terendam banjir pada Sabtu pagi.",
        "Harga cabai di pasar induk naik dua kali lipat.",  # lexically far from the others
    ]
    sim = CandidateSimilarity(texts, semantic=True)
    wide = sim.rows([0, 1, 2], at_least=0.62)
    assert sorted(sim._vecs) == [0, 1]  # the third is compared with nothing, so never embedded
    vecs = embed(texts).astype(float)
    lexical = sim.lexical.gram(sim.lexical)
    both = (lexical[0, 1] + min(max(float(vecs[0] @ vecs[1]), 0.0), 1.0)) / 2
    assert wide[0, 1] == pytest.approx(both) and wide[1, 0] == pytest.approx(both)
    assert wide[2, 0] == pytest.approx(lexical[2, 0] / 2)
