"""English names a context shows to be bodies (invented sentences)."""

from __future__ import annotations

from warta.extract.names_en import find_names_en


def _names(text: str) -> list[tuple[str, str]]:
    return [(m.text, m.type) for m in find_names_en(text)]


def test_a_class_noun_before_a_name_makes_a_body_and_a_plural_one_its_and_part_too() -> None:
    names = _names("Ferry firms Harbour Lines and Blue Wave said they had stopped sailing .")
    assert ("Harbour Lines", "ORG") in names
    assert ("Blue Wave", "ORG") in names
    assert ("Marlow Kent", "ORG") in _names("Shipping company Marlow Kent said it would pay .")


def test_a_class_noun_across_a_comma_or_before_a_relative_clause_names_no_body() -> None:
    assert ("Tom Baxter", "PER") in _names("We sued the company , Tom Baxter said .")
    assert ("Steve Marlow", "PER") in _names("He joined the airline Steve Marlow founded in 1990 .")


def test_staff_at_a_name_make_it_a_body() -> None:
    assert ("Kestrel Partners", "ORG") in _names("Analysts at Kestrel Partners said prices would rise .")
    names = _names("Sarah Holm from Seawatch told reporters . Seawatch says the coast is dirty .")
    assert ("Seawatch", "ORG") in names
    assert ("Sarah Holm", "PER") in names


def test_a_speaking_name_the_next_sentence_takes_up_as_a_body_is_one() -> None:
    assert ("Harbour Lines", "ORG") in _names("Prices will rise , Harbour Lines said . Its chief left .")
    assert ("Harbour Lines", "ORG") in _names(
        "Prices will rise , Harbour Lines said . The U.S. bank said more ."
    )


def test_a_person_stays_a_person() -> None:
    text = "Prices will rise , oil chief executive Tom Baxter said . The company said more ."
    assert ("Tom Baxter", "PER") in _names(text)
    assert ("Baxter", "PER") in _names("Tom Baxter left . Analysts at Baxter said no . Mr Baxter came .")


def test_a_relief_word_closes_a_body_but_names_nothing_alone() -> None:
    assert ("Coastal Relief", "ORG") in _names(
        "Workers from the charity Coastal Relief left . Coastal Relief says no ."
    )
    assert ("Harbour Aid", "ORG") in _names("The Harbour Aid team came .")
    assert _names("Why Aid is not working is a book .") == []


def test_arabic_particles_in_lower_case_stay_inside_a_name() -> None:
    assert ("Ziad el Khafari", "PER") in _names("`` We fell back , '' said Ziad el Khafari , a fighter .")
    assert ("Fatima bint Nasser", "PER") in _names("Fatima bint Nasser said so .")


def test_an_apposition_headed_by_a_class_noun_makes_a_body() -> None:
    text = "Ocean Harbor , a Houston-based oil services company , said so ."
    assert ("Ocean Harbor", "ORG") in _names(text)
    assert ("John Smith", "PER") in _names("John Smith , the company 's chief , said so .")


def test_a_plural_class_noun_makes_bodies_of_its_whole_list() -> None:
    text = "Oil companies Exxon Mobil , Royal Dutch Shell , ConocoPhillips and Chevron said so ."
    assert {n for n, t in _names(text) if t == "ORG"} >= {"Exxon Mobil", "Royal Dutch Shell", "Chevron"}
