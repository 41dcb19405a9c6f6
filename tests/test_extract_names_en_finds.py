"""The lone-word and body-evidence tests of English names read each place a word is written instead of
compiling a pattern per word: pinned to the regular expressions they replace, on real articles and on
edge cases of word boundaries, whitespace and punctuation."""

from __future__ import annotations

import re

import pytest

from conftest import DATA, needs_shared
from warta.evaluate.timeline import topic_documents
from warta.extract import names_en, names_en_lone

T17 = DATA / "timeline" / "t17"

EDGES = [
    "x-ray Word", "in  the\tWord", "bathe Word", "within Word", "Word", " Word", "a Word_", "a Word.",
    "a U.S. x", "a U.S.", ", U.S.x", "'' Word", "’s Word", "it's Word", "é Word", "in the  U.S. and",
    "-a Word", "_a Word", "1a Word", "in\nWord", "at the Word", "inside theWord", "Word , which", "xWord , which",
    "’Word 's shares", "Word and its", "-Word workers", "Word\u00a0workers", "in\u00a0Word",
]  # fmt: skip


def _reference(word: str, text: str) -> tuple[bool, bool, bool]:
    w = re.escape(word)
    return (
        re.search(r"(?:\b[a-z][\w'’-]*|,|'')\s+" + w + r"\b", text) is not None,
        re.search(r"\b(?:in|at|from|across|throughout|near|inside|outside)\s+(?:the\s+)?" + w + r"\b", text)
        is not None,
        re.search(r"(?<![\w'’-])" + w + names_en._BODY_EVIDENCE, text) is not None,
    )


def _fast(word: str, text: str) -> tuple[bool, bool, bool]:
    return (
        names_en_lone._inside_sentence(word, text),
        names_en_lone._placed(word, text),
        names_en._has_body_evidence(word, text),
    )


@pytest.mark.parametrize("text", EDGES)
def test_word_tests_match_their_patterns_on_edge_cases(text: str) -> None:
    for word in {"Word", "U.S.", "U.S", "Word_", *re.findall(r"[A-Z][\w.'’-]*", text)}:
        assert _fast(word, text) == _reference(word, text), (word, text)


@needs_shared(T17 / "LibyaWar_reuters")
def test_word_tests_match_their_patterns_on_articles() -> None:
    texts = [d.text for topic in ("LibyaWar_reuters", "bpoil_bbc") for d in topic_documents(T17 / topic)[:30]]
    for text in texts:
        for word in set(re.findall(r"[A-Z][\w.'’-]*", text)):
            assert _fast(word, text) == _reference(word, text), (word, text[:80])
