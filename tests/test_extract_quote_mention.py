"""The quote mention and the reported statement's span."""

from __future__ import annotations

from warta.extract.quote_mention import clip


def test_a_clipped_statement_drops_spaces_and_stops_around_it() -> None:
    text = "  the bridge will reopen . "
    q = clip(text, 0, len(text))
    assert (q.text, q.kind) == ("the bridge will reopen", "indirect")
    assert text[q.start : q.end] == q.text
