from __future__ import annotations

from pathlib import Path

import pytest

from factories import make_article
from warta.brief.build import BriefOptions, build_story
from warta.brief.summary import SummaryOptions
from warta.evaluate.citations import CitationReport, CitationReports, check_story, evaluate_citations

LEXICAL = SummaryOptions(semantic=False)  # keeps the test free of the embedding model

A = (
    "Banjir merendam tiga desa di Kabupaten Sukamaju pada Sabtu pagi setelah hujan deras semalaman.\n"
    "Sekitar 1.200 warga mengungsi ke balai desa dan masjid terdekat pada Sabtu siang.\n"
    "Harga sayur di pasar setempat naik karena pasokan terganggu."
)
B = (
    "Banjir merendam tiga desa di Kabupaten Sukamaju pada Sabtu pagi usai hujan deras semalaman.\n"
    "Jalan provinsi yang menghubungkan dua kecamatan terputus selama enam jam."
)


def test_every_summary_citation_is_inside_and_precise() -> None:
    articles = [make_article("a1", A, published="2025-03-08"), make_article("a2", B, published="2025-03-08")]
    story = build_story(articles, options=BriefOptions(summary=LEXICAL))
    total, inside, precise = check_story(story, articles, options=LEXICAL)
    assert total >= len(story.summary) + 1  # the shared flood sentence carries a supporting citation
    assert inside == precise == total


@pytest.mark.parametrize("corpus", ["seeds", "sample"])
def test_citations_on_real_corpora(corpus: str, seeds_dir: Path) -> None:
    from warta.api import sample_path

    path = seeds_dir if corpus == "seeds" else sample_path() / "news"
    report = evaluate_citations([path], corpus=corpus, options=LEXICAL)
    assert report.citations > 0
    assert report.inside == report.citations
    assert report.precise == report.citations
    assert report.timeline_inside == report.timeline_citations > 0


@pytest.mark.parametrize(
    ("counts", "passed"),
    [
        ((4, 4, 4, 2, 2), True),
        ((4, 4, 3, 2, 2), False),  # one supporting citation not judged the same
        ((4, 3, 3, 2, 2), False),  # one citation outside its article
        ((4, 4, 4, 2, 1), False),  # a timeline citation outside
    ],
)
def test_gate_passes_only_at_100_percent(counts: tuple[int, int, int, int, int], passed: bool) -> None:
    reports = CitationReports((CitationReport("a", 1, 1, 1, 0, 0), CitationReport("b", *counts)))
    assert reports.passed is passed
    assert ("PASS" if passed else "FAIL") in reports.render()
