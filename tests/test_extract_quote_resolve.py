"""Speakers resolved across quotes: continuations, pronouns and definite roles (invented sentences)."""

from __future__ import annotations

from warta.extract.entities import find_entities
from warta.extract.quote_marks import find_quoted
from warta.extract.quote_resolve import continues_previous
from warta.extract.quotes import find_quotes
from warta.extract.sentences import split_sentences


def test_a_bare_quote_after_an_attributed_one_continues_it() -> None:
    text = '"Kami siap," kata Rudi.\n"Latihan sudah cukup."'
    first, second = find_quoted(text)
    assert continues_previous(text, second, first) and not continues_previous(text, first, None)


def test_a_definite_role_takes_the_person_named_before_and_stays_a_role_alone() -> None:
    named = "Nadia Brook said the sale was rushed . `` It was a mistake , '' the painter said ."
    alone = "`` It was a mistake , '' the painter said ."
    for text, speaker in ((named, "Nadia Brook"), (alone, "the painter")):
        quotes = find_quotes(
            text,
            split_sentences(text, language="en"),
            entities=find_entities(text, language="en"),
            language="en",
        )
        assert [q.speaker_name for q in quotes if q.kind == "direct"] == [speaker]


def _direct_speakers(text: str) -> list[str | None]:
    quotes = find_quotes(
        text,
        split_sentences(text, language="en"),
        entities=find_entities(text, language="en"),
        language="en",
    )
    return [q.speaker_name for q in quotes if q.kind == "direct"]


def test_she_skips_a_person_the_article_genders_the_other_way() -> None:
    text = (
        "Nadia Brook said she had warned the painter . Omar Reyes said he was never told . "
        "`` It was a mistake , '' she said ."
    )
    assert _direct_speakers(text) == ["Nadia Brook"]


def test_she_takes_a_role_subject_with_no_name() -> None:
    text = (
        "Shares in Acme rose . A spokeswoman for Acme declined to comment on the talks . "
        "`` We welcome new shareholders , '' she said ."
    )
    assert _direct_speakers(text) == ["A spokeswoman for Acme"]
