"""The cue beside a direct quote (invented sentences)."""

from __future__ import annotations

import pytest

from warta.extract.entities import find_entities
from warta.extract.quote_cues import closing_attribution, cue_after, cue_before
from warta.extract.quote_marks import find_quoted


@pytest.mark.parametrize(
    ("text", "speaker", "cue"),
    [
        ('"Kami siap bertanding besok," kata Rudi Hartono.', "Rudi Hartono", "kata"),
        ("`` We are ready for the match , '' said Ella Voss .", "Ella Voss", "said"),
        ("`` We are ready , '' Ella Voss told reporters .", "Ella Voss", "told"),
    ],
)
def test_the_cue_after_a_quote_names_its_speaker(text: str, speaker: str, cue: str) -> None:
    (q,) = find_quoted(text)
    language = "en" if "``" in text else "id"
    who = cue_after(text, q, find_entities(text, language=language))
    assert (who.speaker, who.cue) == (speaker, cue)


def test_told_then_a_name_is_no_inverted_speaker() -> None:
    text = "Mira Falk , who said the bread was `` the best in town '' , told Dane she would return ."
    (q,) = find_quoted(text)
    assert cue_after(text, q, find_entities(text, language="en")).speaker is None


def test_a_participle_before_the_quote_speaks_for_the_sentence_subject() -> None:
    text = "The Port Authority has defended its work , saying it did `` all it could '' ."
    (q,) = find_quoted(text)
    who = cue_before(text, q, find_entities(text, language="en"))
    assert (who.speaker, who.cue) == ("Port Authority", "saying")


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "The state will keep a `` firm hand '' on the utility , as it repairs the grid , "
            "Energy Secretary Tom Berger said on Sunday .",
            "Tom Berger",
        ),
        (
            "Lena Ortiz was a `` great asset '' and had `` won the room '' , Carl Weiss told the Herald .",
            "Carl Weiss",
        ),
    ],
)
def test_a_phrase_in_marks_takes_the_attribution_closing_its_sentence(text: str, speaker: str) -> None:
    q = find_quoted(text)[0]
    who = closing_attribution(text, q, find_entities(text, language="en"))
    assert who is not None and who.speaker == speaker


def test_no_closing_attribution_in_a_sentence_that_goes_on() -> None:
    text = "Flights `` deemed necessary '' are allowed , the airline said the rules had changed ."
    (q,) = find_quoted(text)
    assert closing_attribution(text, q, find_entities(text, language="en")) is None


def test_quoted_him_as_saying_is_the_one_quoted() -> None:
    text = "Mr Dunn is abroad . But Ms Lark quoted him as saying that the files `` help us understand '' ."
    (q,) = find_quoted(text)
    who = cue_before(text, q, find_entities(text, language="en"))
    assert (who.pronoun, who.refers, who.cue) == (True, "he", "quoted")


def test_a_description_ending_in_ini_over_a_comma_stands_for_someone_named_before() -> None:
    text = '"Kami ingin membangun desa," tandas cucu pendiri Pesantren Watugede, KH Ahmad Rifai ini.'
    who = cue_after(text, find_quoted(text)[0], find_entities(text))
    assert (who.pronoun, who.cue) == (True, "tandas")
