"""Reading one run of capitalised words into names, on made-up runs."""

from __future__ import annotations

import re

import pytest

from warta.extract import entities
from warta.extract.entity_mention import EntityMention, Token, mention, span_text
from warta.extract.entity_names import read_run


def run(text: str) -> list[Token]:
    """The words of ``text`` as one run of tokens."""
    return [Token(m.start(), m.end(), m.group()) for m in re.finditer(r"\S+", text)]


# (run, [(text, type, role)]) for runs of capitalised words as find_entities cuts them.
@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Vladimir Putin", [("Vladimir Putin", "PER", None)]),
        ("Presiden Rusia Vladimir Putin", [("Rusia", "LOC", None), ("Vladimir Putin", "PER", "presiden@RU")]),
        ("Menteri Perdagangan Ratna Widjajanti", [("Ratna Widjajanti", "PER", "menteri")]),
        ("Kabupaten Watugede", [("Kabupaten Watugede", "LOC", None)]),
        ("BPBD Watugede", [("BPBD Watugede", "ORG", None)]),
        ("Jika Marta Kowalczyk", [("Marta Kowalczyk", "PER", None)]),
        ("Warga", []),
        # a compass point after a known place is the jurisdiction's, not the person's first name
        (
            "Walikota Jakarta Utara Hendra Wirawan",
            [("Jakarta Utara", "LOC", None), ("Hendra Wirawan", "PER", "walikota")],
        ),
        # police units are bodies: "Direktorat" opens a unit's name, "Bareskrim" and "Mabes" are heads
        (
            "Direktorat Reserse Narkoba Bareskrim Mabes Polri",
            [("Direktorat Reserse Narkoba Bareskrim Mabes Polri", "ORG", None)],
        ),
        ("Bareskrim Polri", [("Bareskrim Polri", "ORG", None)]),
        ("Satreskrim Polres Watugede", [("Satreskrim Polres Watugede", "ORG", None)]),
        # English company titles in Indonesian business news are titles too
        ("CEO KBR Media Rina Lestiani", [("KBR", "ORG", None), ("Rina Lestiani", "PER", "ceo")]),
        # a pesantren is a built place whose name ends at its seat; the person after it is named apart
        (
            "Ponpes Al-Hikmah Sukabumi Bima Hartono",
            [("Ponpes Al-Hikmah Sukabumi", "LOC", None), ("Bima Hartono", "PER", None)],
        ),
    ],
)
def test_read_run(text: str, want: list[tuple[str, str, str | None]]) -> None:
    assert [(m.text, m.type, m.role) for m in read_run(run(text))] == want


def test_a_mention_spans_its_tokens() -> None:
    words = run("Ahmad Suryana")
    assert span_text(words) == "Ahmad Suryana"
    assert mention(words, "PER", role="kapolres") == EntityMention(
        0, 13, "Ahmad Suryana", "PER", role="kapolres"
    )


def test_entities_still_exports_the_mention_type() -> None:
    assert entities.EntityMention is EntityMention


def test_a_clipped_football_club_name_is_an_organisation() -> None:
    found = {(m.text, m.type) for m in entities.find_entities("Bersama Persewa Watugede kami juara.")}
    assert ("Persewa Watugede", "ORG") in found
