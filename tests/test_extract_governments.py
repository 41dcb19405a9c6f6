"""English bodies named by a place: countries that speak, seats of power (invented sentences)."""

from __future__ import annotations

from warta.extract.entities import find_entities


def _types(text: str) -> list[tuple[str, str]]:
    return [(m.text, m.type) for m in find_entities(text, language="en")]


def test_a_country_that_speaks_is_its_government_and_stays_a_place_otherwise() -> None:
    found = _types("France said it would act . In France , people voted .")
    assert found == [("France", "ORG"), ("France", "LOC")]
    (usa,) = [m for m in find_entities("The United States slammed the move .", language="en")]
    assert (usa.type, usa.key) == ("ORG", "country:US")  # the key still merges it with the country


def test_seats_of_power_and_world_regions() -> None:
    assert ("Scotland Yard", "ORG") in _types("Officers from Scotland Yard arrived .")
    assert ("Downing Street", "ORG") in _types("Downing Street said the talks were useful .")
    assert ("Downing Street", "LOC") in _types("He walked down Downing Street .")
    assert _types("Talks in the Middle East resumed .") == [("Middle East", "LOC")]
