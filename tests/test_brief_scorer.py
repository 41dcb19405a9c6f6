from __future__ import annotations

import pytest

from factories import make_article
from warta.brief.scorer import FEATURES, Paragraph, locate, paragraphs, sentence_features, shipped_scorer
from warta.brief.scorer import tfidf_vectors as vectors

_INSERT = "Baca juga: Jembatan Baru Dibuka Pekan Depan"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Hujan turun sejak pagi. Sungai meluap.\nWarga mengungsi.",
            [Paragraph(0, 0, 2), Paragraph(0, 1, 2), Paragraph(1, 0, 1)],
        ),
        ("Satu kalimat. Dua kalimat. Tiga kalimat.", [Paragraph(0, i, 3) for i in range(3)]),
        (
            f"Jalan ditutup.\n{_INSERT}\nPolisi berjaga.",
            [Paragraph(0, 0, 1), Paragraph(1, 0, 1, insert=True), Paragraph(2, 0, 1)],
        ),
    ],
)
def test_paragraphs_follow_line_breaks_in_the_cleaned_text(text: str, expected: list[Paragraph]) -> None:
    assert list(paragraphs(make_article("a", text))) == expected


def test_paragraph_features_are_read_from_the_article_text() -> None:
    article = make_article("a", "Hujan turun sejak pagi. Sungai meluap.\nWarga mengungsi ke balai desa.")
    located = locate([article], [(0, 0), (0, 1), (0, 2)])
    rows = sentence_features(located, vectors([s.text for s in located]))
    col = {name: rows[:, i].tolist() for i, name in enumerate(FEATURES)}
    assert col["opens_paragraph"] == [1.0, 0.0, 1.0]
    assert col["first_paragraph"] == [1.0, 1.0, 0.0]
    assert col["closes_paragraph"] == [0.0, 1.0, 1.0]
    assert col["candidate_inv"] == [1.0, 0.5, pytest.approx(1 / 3)]


def test_title_features_match_stems_and_mark_the_best_sentence() -> None:
    article = make_article("a", "Hujan turun sejak pagi. Banjir menggenangi tiga desa di tepi sungai.")
    located = locate([article], [(0, 0), (0, 1)])
    rows = sentence_features(located, vectors([s.text for s in located]), titles=["banjir genangi tiga desa"])
    col = {name: rows[:, i].tolist() for i, name in enumerate(FEATURES)}
    assert col["title_recall"] == [0.0, 1.0]  # "menggenangi" meets "genangi" through their stem
    assert col["title_best"] == [0.0, 1.0]
    untitled = sentence_features(located, vectors([s.text for s in located]))
    assert not untitled[:, FEATURES.index("title_recall")].any()


def test_shipped_weights_match_the_features() -> None:
    scorer = shipped_scorer()
    assert scorer.features == FEATURES
    assert len(scorer.weights) == len(scorer.mean) == len(scorer.scale) == len(FEATURES)
