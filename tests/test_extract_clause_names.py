"""Names inside a clause describing an earlier person are not the subject (invented phrases)."""

from __future__ import annotations

from warta.extract.clause_names import outside_clauses
from warta.extract.entity_mention import EntityMention
from warta.extract.speakers import speaker_in


def _at(text: str, name: str) -> EntityMention:
    return EntityMention(text.index(name), text.index(name) + len(name), name, "PER")


def test_a_name_inside_a_relative_clause_is_not_the_subject() -> None:
    text = "Dana Royce , who coached Liam Ortega last year , said"
    people = [_at(text, "Dana Royce"), _at(text, "Liam Ortega")]
    assert outside_clauses(text, people) == people[:1]
    assert speaker_in(text, 0, text.index(" said"), people, "said", last=True).speaker == "Dana Royce"


def test_a_name_inside_a_descriptive_apposition_is_not_the_subject() -> None:
    text = "Mr Royce , member for North Riding , said"
    people = [_at(text, "Royce"), _at(text, "North Riding")]
    assert speaker_in(text, 0, text.index(" said"), people, "said", last=True).speaker == "Royce"


def test_an_apposition_that_is_only_a_name_or_a_list_keeps_it() -> None:
    text = "Ketua Partai Maju , Dana Royce , menyatakan"
    people = [_at(text, "Partai Maju"), _at(text, "Dana Royce")]
    assert outside_clauses(text, people) == people
    text = "Dana Royce , Liam Ortega and Ivo Petrov , said"
    people = [_at(text, "Dana Royce"), _at(text, "Liam Ortega"), _at(text, "Ivo Petrov")]
    assert outside_clauses(text, people)[0] == people[0]
