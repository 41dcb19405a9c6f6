"""Reading IndoNLU NER files and scoring entity spans and types: an invented two-sentence file."""

from __future__ import annotations

from pathlib import Path

from warta.evaluate.ner_types import read_ner, score_ner
from warta.extract.entity_mention import EntityMention

FILE = "Budi\tB-PERSON\nSantoso\tI-PERSON\ntiba\tO\ndi\tO\nSumberlor\tB-PLACE\n.\tO\n\nBank\tB-ORGANISATION\nWarta\tI-ORGANISATION\n"


def test_read_ner_joins_tokens_by_spaces_and_keeps_the_spans(tmp_path: Path) -> None:
    path = tmp_path / "valid_preprocess.txt"
    path.write_text(FILE, encoding="utf-8")
    first, second = read_ner(path)
    assert first.text == "Budi Santoso tiba di Sumberlor ."
    assert [(first.text[a:b], t) for a, b, t in first.spans] == [
        ("Budi Santoso", "PER"),
        ("Sumberlor", "LOC"),
    ]
    assert [(second.text[a:b], t) for a, b, t in second.spans] == [("Bank Warta", "ORG")]


def test_score_ner_counts_exact_spans_and_their_types(tmp_path: Path) -> None:
    path = tmp_path / "test_preprocess.txt"
    path.write_text(FILE, encoding="utf-8")
    sentences = list(read_ner(path))

    def find(text: str) -> list[EntityMention]:
        if text.startswith("Budi"):
            return [EntityMention(0, 12, "Budi Santoso", "PER"), EntityMention(21, 30, "Sumberlor", "PER")]
        return [EntityMention(0, 4, "Bank", "ORG")]

    score = score_ner(sentences, find)
    assert (score.gold, score.found, score.typed) == (3, 2, 1)
    assert "span found" in score.line("x")
