"""Canonical quotes across articles: fictional cases, then the seeds' gold quotes and look-alike traps."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest

from warta.extract.entities import find_entities
from warta.extract.quotes import QuoteMention, find_quotes
from warta.reconcile.entities import merge_entities
from warta.reconcile.quotes import merge_quotes
from warta.types import QuoteRecord, Span


def _sentences(text: str) -> list[Span]:
    return [
        Span(m.start(), m.end())
        for m in re.finditer(r"[^\n]+?(?:[.!?](?=\s|$)|$)", text, re.MULTILINE)
        if m.group().strip()
    ]


def _canonical(articles: dict[str, str]) -> tuple[QuoteRecord, ...]:
    mentions = {k: find_entities(t) for k, t in articles.items()}
    quotes = {k: find_quotes(t, _sentences(t), entities=mentions[k]) for k, t in articles.items()}
    return merge_quotes(quotes, entities=merge_entities(mentions))


def _quote(text: str, speaker: str | None, *, start: int = 0, named: bool = True) -> QuoteMention:
    return QuoteMention(start, start + len(text), text, speaker, None, "direct", named=named)


SAID = "Kami akan menjaga perbatasan dengan segala cara yang sah menurut hukum"


@pytest.mark.parametrize(
    ("a", "b", "merged"),
    [
        (_quote(SAID, "Jane Doe"), _quote(SAID, "Doe"), True),
        (_quote(SAID, "Jane Doe"), _quote(SAID, "seorang juru bicara", named=False), True),
        (_quote(SAID, "Jane Doe"), _quote(SAID, "Karl Beispiel"), False),
        (
            _quote(SAID, "Jane Doe"),
            _quote("Harga gandum naik dua kali lipat sejak musim tanam lalu", "Jane Doe"),
            False,
        ),
    ],
)
def test_speakers_and_texts_decide(a: QuoteMention, b: QuoteMention, merged: bool) -> None:
    from warta.types import EntityRecord

    people = (EntityRecord("Jane Doe", "PER", ("Jane Doe", "Doe"), ("x", "y")),)
    records = merge_quotes({"x": [a], "y": [b]}, entities=people)
    assert (len(records) == 1) is merged
    if merged:
        (record,) = records
        assert record.articles == ("x", "y")
        assert record.speaker == "Jane Doe"
        assert {c.article for c in record.citations} == {"x", "y"}


TRANSLATED = "We will guard the border by every lawful means"


@pytest.mark.parametrize(
    ("a", "b", "merged"),
    [
        # A wire's English translation of the same remark by the same speaker is one statement.
        (_quote(SAID, "Jane Doe"), _quote(TRANSLATED, "Jane Doe"), True),
        (_quote(SAID, "Jane Doe"), _quote(TRANSLATED, None, named=False), True),
        # A different English remark, or the translation put in another speaker's mouth, is not.
        (
            _quote(SAID, "Jane Doe"),
            _quote("Wheat prices have doubled since the last planting season", "Jane Doe"),
            False,
        ),
        (_quote(SAID, "Jane Doe"), _quote(TRANSLATED, "Karl Beispiel"), False),
    ],
)
def test_translations_meet(a: QuoteMention, b: QuoteMention, merged: bool) -> None:
    from warta.types import EntityRecord

    people = (EntityRecord("Jane Doe", "PER", ("Jane Doe", "Doe"), ("x", "y")),)
    assert (len(merge_quotes({"x": [a], "y": [b]}, entities=people)) == 1) is merged


def test_no_quotes_give_no_records() -> None:
    assert merge_quotes({}) == ()
    assert merge_quotes({"a": []}) == ()


@pytest.fixture(scope="module")
def seed_quotes(seed_files: dict[str, Path]) -> tuple[tuple[QuoteRecord, ...], dict[str, str]]:
    texts = {k: p.read_text(encoding="utf-8") for k, p in seed_files.items()}
    return _canonical(texts), texts


def _holding(records: tuple[QuoteRecord, ...], texts: dict[str, str], article: str, needle: str) -> list[int]:
    return [
        i
        for i, r in enumerate(records)
        for c in r.citations
        if c.article == article and needle in texts[article][c.start : c.end]
    ]


def test_gold_quotes_are_one_canonical_quote(
    seed_quotes: tuple[tuple[QuoteRecord, ...], dict[str, str]], gold: dict[str, Any]
) -> None:
    records, texts = seed_quotes
    for gq in gold["quotes"]:
        if gq.get("optional"):
            continue
        holders = [
            {
                i
                for c in gq["contains"]
                if c["article"] == art
                for i in _holding(records, texts, art, c["text"])
            }
            for art in gq["articles"]
        ]
        common = set.intersection(*holders)
        assert common, (gq["speaker"], holders)
        record = records[min(common)]
        assert set(gq["articles"]) <= set(record.articles)
        assert record.speaker == gq["speaker"]


def test_look_alike_quotes_stay_apart(
    seed_quotes: tuple[tuple[QuoteRecord, ...], dict[str, str]], gold: dict[str, Any]
) -> None:
    records, texts = seed_quotes
    for pair in gold["not_same_quote"]:
        a = set(_holding(records, texts, pair["a"]["article"], pair["a"]["text"]))
        b = set(_holding(records, texts, pair["b"]["article"], pair["b"]["text"]))
        assert a and b, pair["why"]
        assert not a & b, pair["why"]
