"""Words of nationality, derived from the country names and a small irregular class."""

from __future__ import annotations

import pytest

from warta.extract.demonyms import is_demonym


@pytest.mark.parametrize(
    "word",
    [
        "Egyptian",
        "Egyptians",
        "German",
        "Chinese",
        "Italian",
        "Kenyan",
        "Lebanese",
        "Belgian",
        "Iraqis",
        "Briton",
    ],
)
def test_a_nationality_is_a_demonym(word: str) -> None:
    assert is_demonym(word)


@pytest.mark.parametrize(
    "word",
    [
        "Jordan",
        "Chad",
        "Cameron",
        "Christian",
        "Roman",
        "Marian",
        "Solomon",
        "Brian",
        "Sebastian",
        "egyptian",
    ],
)
def test_a_country_a_first_name_or_a_lower_case_word_is_not(word: str) -> None:
    assert not is_demonym(word)
