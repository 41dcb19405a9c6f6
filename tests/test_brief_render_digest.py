"""The terminal digest of a brief: short, numbered, with disputed/updated figures and the opening sentences."""

from __future__ import annotations

from warta.brief.render.digest import SENTENCES, render_digest
from warta.types import Brief, FigureGroup, FigureValue, Story, SummarySentence


def _value(article: str, value: float, outlet: str) -> FigureValue:
    return FigureValue(article, value, None, None, "2031-03-05", str(value), 0, 1, outlet=outlet)


def _story(sid: str, n_sentences: int = 4) -> Story:
    return Story(
        id=sid,
        title="Banjir Rendam Dua Desa",
        articles=(),
        summary=tuple(SummarySentence(f"Kalimat {i}.", ()) for i in range(n_sentences)),
        first_published="2031-03-05",
        last_published="2031-03-06",
        outlets=("Warta Timur", "Kabar Barat"),
        independent_sources=2,
        figures=(
            FigureGroup(
                measure="rumah",
                status="conflict",
                values=(_value("a1", 120, "Warta Timur"), _value("a2", 90, "Kabar Barat")),
                independent_sources=2,
                kind="buildings_damaged",
                confident=True,  # only a confident, cross-outlet group of a readable kind is shown as disputed
            ),
        ),
    )


def test_digest_is_short_and_says_what_matters() -> None:
    text = render_digest(Brief(stories=(_story("s1"), _story("s2", 1))))
    lines = text.splitlines()
    assert lines[0] == "2 stories" and lines[2] == "1. Banjir Rendam Dua Desa"
    assert "5 Mar 2031 – 6 Mar 2031 · 0 articles, from 2 outlets, 2 independent sources" in text
    assert "Disputed rumah: 120 (Warta Timur) vs 90 (Kabar Barat)" in text
    assert "Kalimat 0." in text and f"Kalimat {SENTENCES}." not in text
    assert "2. Banjir" in text


def test_one_story_is_singular() -> None:
    assert render_digest(Brief(stories=(_story("s1"),))).startswith("1 story\n")
