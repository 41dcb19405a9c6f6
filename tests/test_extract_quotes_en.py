"""English attribution patterns (invented sentences)."""

from __future__ import annotations

from warta.extract.entities import find_entities
from warta.extract.quote_marks import find_quoted
from warta.extract.quotes_en import LEAD_BREAK, SAID_AT_END, apposed_subject, closes_clause, placed_names


def test_a_lead_in_does_not_break_at_an_abbreviation() -> None:
    assert LEAD_BREAK.search("said the U.S. team was") is None
    assert LEAD_BREAK.search("Dr. Mary L. Kendall said") is None
    assert LEAD_BREAK.search("it ended . Then") is not None


def test_a_quote_closes_a_clause_with_a_stop_or_a_comma() -> None:
    text = "`` We are ready , '' she said . Flights `` deemed necessary '' are allowed ."
    ready, necessary = find_quoted(text)
    assert closes_clause(text, ready) and not closes_clause(text, necessary)


def test_the_subject_before_an_apposition() -> None:
    text = "Ann Keller , a hydrologist at the Lakeside Institute , said the river rose ."
    person = apposed_subject(text, text.index("said"), find_entities(text, language="en"))
    assert person is not None and person.text == "Ann Keller"


def test_a_sentence_that_ends_in_its_attribution() -> None:
    m = SAID_AT_END.search("The oil will reach Florida by Friday , Hans Graber said .")
    assert m is not None and m.group(1) == "Hans Graber"


def test_a_name_written_as_a_place_is_no_person() -> None:
    text = "Fighting went on in Ras Lanuf . Ras Lanuf Hasan said so . Tom Bell spoke ."
    names = placed_names(text, find_entities(text, language="en"))
    assert names == {"Ras Lanuf"}


def test_a_sentence_ending_in_told_reporters_in_a_city() -> None:
    m = SAID_AT_END.search(
        "The files will be published , Sarah Lund from Openleaks told reporters in London ."
    )
    assert m is not None and m.group(1) == "Sarah Lund from Openleaks"


def test_the_stop_inside_a_tokenised_bracket_ends_no_lead_in() -> None:
    assert LEAD_BREAK.search("Rep. Joe Barton -LRB- R-Tex . -RRB- apologized") is None
