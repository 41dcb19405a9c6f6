"""Ages as the press gives them: after an age word, after a person, in parentheses after a name."""

from __future__ import annotations

import pytest

from warta.extract.ages import is_age, told_age
from warta.extract.numbers import find_quantities


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Halimah (63) menambahkan bahwa dia siap.", True),
        ("Tersangka, TA (17), kini meringkuk di tahanan.", True),  # initials are a name too
        ("Gol dicetak oleh Jad Noureddine (82).", False),  # the minute of a goal
        ("Liverpool (44) baru akan melakoni laga pekan ke-21 dengan 40 poin.", False),  # standings
        ("Bantuan datang dari Aceh (1) dan Kepri (5).", False),  # a count per place
        ("Hal itu diatur dalam Pasal 42 ayat (4).", False),  # a clause number
        ("Halimah (63,5) menambahkan.", False),  # not a whole number
    ],
)
def test_a_bare_count_in_parentheses(text: str, want: bool) -> None:
    q = next(q for q in find_quantities(text) if text[q.start - 1] == "(")
    assert told_age(text, q) is want


def test_an_age_word_opening_the_clause_gives_an_age() -> None:
    text = "Jika juara, usia Buffon saat itu 39 tahun."
    q = find_quantities(text)[0]
    assert is_age(text, q, clause=["usia", "buffon", "saat", "itu"])
    assert not is_age(text, q, clause=["kontrak", "saat", "itu"])
