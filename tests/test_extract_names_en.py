"""English names by capitalisation (invented sentences)."""

from __future__ import annotations

from warta.extract.names_en import find_names_en


def _names(text: str) -> list[tuple[str, str]]:
    return [(m.text, m.type) for m in find_names_en(text)]


def test_the_name_after_the_last_title_is_the_person() -> None:
    assert ("Mary Ellison", "PER") in _names("White House Press Secretary Mary Ellison said no .")


def test_sentence_words_and_stop_words_never_name_anyone() -> None:
    names = _names("However , the plan failed . His brother Tom Baxter stayed . However hard it was .")
    assert names == [("Tom Baxter", "PER")]


def test_organisation_words_make_an_organisation() -> None:
    assert ("Riverside Rowing Club", "ORG") in _names("The Riverside Rowing Club said it would row .")


def test_a_lone_surname_is_a_person_only_after_the_full_name() -> None:
    assert _names("Baxter left . Tom Baxter came .") == [("Baxter", "PER"), ("Tom Baxter", "PER")]
    assert _names("Baxter left . Tom Barton came .") == [("Tom Barton", "PER")]
