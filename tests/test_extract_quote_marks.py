"""Quotation marks of every convention, read from their neighbours (invented sentences)."""

from __future__ import annotations

import pytest

from warta.extract.quote_marks import find_quoted


@pytest.mark.parametrize(
    ("text", "inside"),
    [
        ("“Kami siap bertanding,” kata pelatih.", "Kami siap bertanding"),
        ('"Kami siap bertanding," kata pelatih.', "Kami siap bertanding"),
        (
            "”Kami siap bertanding,” kata pelatih.",
            "Kami siap bertanding",
        ),  # Kompas: opens with the right mark
        ("„Wir sind bereit“, sagte sie.", "Wir sind bereit"),
        ("«Nous sommes prêts», a-t-il dit.", "Nous sommes prêts"),
        ("Dia berkata ‘kami siap bertanding’ kemarin.", "kami siap bertanding"),
        ("''Kami siap bertanding,'' kata pelatih.", "Kami siap bertanding"),
        ("told us : `` We are ready to play . '' He left .", "We are ready to play ."),
    ],
)
def test_every_convention_gives_the_words_inside_the_marks(text: str, inside: str) -> None:
    (q,) = find_quoted(text)
    assert q.text == inside
    assert text[q.start : q.end] == inside
    assert q.closed


def test_apostrophes_and_clitics_are_not_marks() -> None:
    assert find_quoted("The workers’ union said Jum’at was fine .") == []
    assert find_quoted("Egypt 's capital and they 're here , do n't go .") == []


def test_a_paragraph_left_open_goes_on_in_the_next_one() -> None:
    text = "“Bagian pertama belum ditutup\n“Bagian kedua ditutup di sini,” katanya."
    first, second = find_quoted(text)
    assert not first.closed and first.text == "Bagian pertama belum ditutup"
    assert second.reopens and second.closed


def test_a_mark_opening_again_before_the_close_carries_the_quote_on() -> None:
    text = "`` First part . `` Second part . '' he said ."
    first, second = find_quoted(text)
    assert (first.closed, second.reopens) == (False, True)


def test_a_stray_closing_mark_in_tokenized_text_opens_nothing() -> None:
    text = "He hoped others would follow . '' The minister sounded a cautious note . `` This must wait . ''"
    assert [q.text for q in find_quoted(text)] == ["This must wait ."]
