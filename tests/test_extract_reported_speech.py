"""Reported speech without quotation marks (invented sentences)."""

from __future__ import annotations

import pytest

from warta.extract.entities import find_entities
from warta.extract.reported_speech import reported_speech
from warta.types import Span


@pytest.mark.parametrize(
    ("text", "speaker", "opening"),
    [
        ("Menurut Dewi Lestari, harga beras akan turun pekan depan.", "Dewi Lestari", "harga beras"),
        ("The bridge will reopen on Friday , Hans Graber said .", "Hans Graber", "The bridge"),
        ("Bupati Anton Wijaya mengatakan bahwa jalan itu segera diperbaiki.", "Anton Wijaya", "jalan itu"),
    ],
)
def test_a_reported_statement_and_its_speaker(text: str, speaker: str, opening: str) -> None:
    language = "en" if " , " in text else "id"
    found = reported_speech(text, Span(0, len(text)), find_entities(text, language=language))
    assert found is not None
    assert found.quote.kind == "indirect" and found.quote.text.startswith(opening)
    assert found.who.speaker == speaker


def test_a_sentence_without_a_speech_verb_reports_nothing() -> None:
    text = "Hujan turun sejak pagi di Bandung."
    assert reported_speech(text, Span(0, len(text)), find_entities(text)) is None
