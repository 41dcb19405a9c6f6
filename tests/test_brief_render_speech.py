"""Reported speech is never shown in quotation marks; entities get their own section."""

from __future__ import annotations

from dataclasses import replace

from warta.brief.render.markdown import render_markdown
from warta.brief.render.speech import entity_groups, speech_line, trusted_entities
from warta.types import Brief, BriefArticle, Citation, EntityRecord, QuoteRecord, Story


def _story(*quotes: QuoteRecord) -> Story:
    articles = tuple(
        BriefArticle(i, f"{i}.txt", o, None, None, "en", (), "x" * 40)
        for i, o in (("a", "Outlet A"), ("b", "Outlet B"))
    )
    entities = (
        EntityRecord("Rina Lestiani", "PER", ("Rina Lestiani", "Lestiani"), ("a", "b")),
        EntityRecord("Watugede", "LOC", ("Watugede",), ("a",)),
    )
    return Story("s1", "A bridge", articles, (), quotes=quotes, entities=entities)


def _quote(kind: str) -> QuoteRecord:
    cites = (Citation("a", 0, 30), Citation("b", 0, 30))
    return QuoteRecord("Rina Lestiani", "the bridge will open in May", ("a", "b"), cites, kind=kind)


def test_indirect_speech_reads_said_that_without_quotation_marks() -> None:
    line = speech_line(_quote("indirect"), _story())
    assert line.phrase == "Rina Lestiani said that the bridge will open in May"
    md = render_markdown(Brief((_story(_quote("indirect")),)))
    said = next(x for x in md.splitlines() if "said that" in x)
    assert not any(mark in said for mark in '“”"')


def test_direct_quotes_keep_their_marks() -> None:
    md = render_markdown(Brief((_story(_quote("direct")),)))
    assert "“the bridge will open in May” — Rina Lestiani" in md


def test_entities_are_listed_by_type_with_aliases_and_outlets() -> None:
    groups = dict(entity_groups(_story()))
    (person,) = groups["People"]
    assert (person.name, person.aliases, person.outlets) == (
        "Rina Lestiani",
        ("Lestiani",),
        "Outlet A, Outlet B",
    )
    assert "### People, organisations and places" in render_markdown(Brief((_story(),)))


def _named(*entities: EntityRecord) -> Story:
    return replace(_story(), entities=entities)


def test_the_section_leaves_out_what_a_reader_cannot_trust() -> None:
    junk = (
        EntityRecord("A-G", "PER", ("A-G",), ("a", "b")),  # letters, not a name
        EntityRecord("Presiden", "PER", ("Presiden",), ("a", "b")),  # a bare title
        EntityRecord("RSUD", "ORG", ("RSUD",), ("a", "b")),  # a kind of body, not one
        EntityRecord("Jakarta", "PER", ("Jakarta",), ("a", "b")),  # a known place typed as a person
        EntityRecord("Kabupaten Watugede", "PER", ("Kabupaten Watugede",), ("a", "b")),  # place-shaped
        EntityRecord("Hadiwinoto", "PER", ("Hadiwinoto",), ("a",)),  # one word, one article
        EntityRecord("Brigjen", "PER", ("Brigjen",), ("a", "b")),  # a rank without its holder
    )
    kept = EntityRecord("Rina Lestiani", "PER", ("Rina Lestiani",), ("a",))
    assert [e.name for e in trusted_entities(_named(*junk, kept))] == ["Rina Lestiani"]


def test_the_section_shows_ten_per_type_most_widely_named_first() -> None:
    many = [EntityRecord(f"Orang Nomor{i}", "PER", (f"Orang Nomor{i}",), ("a",)) for i in range(12)]
    wide = EntityRecord("Rina Lestiani", "PER", ("Rina Lestiani",), ("a", "b"))
    shown = trusted_entities(_named(*many, wide))
    assert len(shown) == 10
    assert shown[0] is wide
