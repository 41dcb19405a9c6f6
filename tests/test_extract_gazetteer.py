"""The gazetteer: a foreign city's alternate names only as spellings of its own name."""

from __future__ import annotations

import pytest

from warta.extract.gazetteer import place, spelling_variant


@pytest.mark.parametrize(
    ("alternate", "name", "variant"),
    [
        ("La-Paz", "La Paz", True),
        ("New York", "New York City", True),
        ("Ang Mo Kio", "Ang Mo Kio New Town", True),
        ("Gold", "Gold Coast", False),
        ("Sao Paulo", "São Paulo", True),
        ("La Pas", "La Paz", False),  # "Lapas", an Indonesian prison, is not La Paz
        ("Chuqiyapu", "La Paz", False),  # another language's name
        ("Hamas", "Hamm", False),
    ],
)
def test_spelling_variant(alternate: str, name: str, variant: bool) -> None:
    assert spelling_variant(alternate, name) is variant


@pytest.mark.parametrize("word", ["Lapas", "Hamas", "Amien", "Google"])
def test_indonesian_words_and_names_are_no_cities(word: str) -> None:
    assert place(word) is None


@pytest.mark.parametrize(
    ("name", "canonical"), [("Kiev", "Kyiv"), ("Yerusalem", "Yerusalem"), ("Tokyo", "Tokyo")]
)
def test_cities_keep_their_spellings_and_exonyms(name: str, canonical: str) -> None:
    found = place(name)
    assert found is not None and found.name == canonical
