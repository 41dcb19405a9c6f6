"""A quote whose words a longer attributed quote carries takes that quote's speaker (invented text)."""

from __future__ import annotations

from warta.evaluate.quotes import quotes_of
from warta.extract.quote_echo import echoed
from warta.extract.quote_mention import QuoteMention

_TEXT = (
    "Harbour plan ` far too costly to finish ' Mayor John Perkins opened the town meeting on Monday . "
    "The harbour plan would cost the town twice its budget , officials said . "
    "`` This plan is far too costly to finish and the town knows it , '' Councillor Maria Delgado said ."
)


def _direct(text: str, speaker: str | None, cue: str | None, *, named: bool = False) -> QuoteMention:
    return QuoteMention(
        0, len(text), text, speaker, None, "direct", named=named, cue=cue, speaker_name=speaker
    )


def test_headline_quote_takes_the_body_speaker() -> None:
    quotes = [q for q in quotes_of(_TEXT, "en") if q.kind == "direct"]
    assert [q.text for q in quotes] == [
        "far too costly to finish",
        "This plan is far too costly to finish and the town knows it",
    ]
    assert all("Maria Delgado" in (q.speaker_name or q.speaker or "") for q in quotes)


def test_small_edits_still_echo() -> None:
    body = _direct("We will not leave the harbour until the work is done", "Ana Ruiz", "said", named=True)
    head = _direct("will not leave harbour until the work is done", "Residents", "say")
    assert echoed([head, body])[0].speaker == "Ana Ruiz"


def test_own_named_speaker_stands() -> None:
    body = _direct("We will not leave the harbour until the work is done", "Ana Ruiz", "said", named=True)
    lead = _direct("until the work is done", "Tom Hale", "pledged", named=True)
    assert echoed([lead, body])[0].speaker == "Tom Hale"


def test_short_or_unrelated_words_do_not_echo() -> None:
    body = _direct("The harbour is a disaster for the town", "Ana Ruiz", "said", named=True)
    one = _direct("disaster", None, None)
    other = _direct("a fine day for sailing", None, None)
    assert [q.speaker for q in echoed([one, other, body])] == [None, None, "Ana Ruiz"]
