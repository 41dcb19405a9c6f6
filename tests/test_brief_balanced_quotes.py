"""``balanced_quotes`` skips a mark pair the sentence does not write: the answers of the loop it replaced."""

from __future__ import annotations

import pytest

from warta.brief.standalone import _OPENERS, balanced_quotes


def _reference(text: str) -> bool:
    for opening, closing in _OPENERS.items():
        depth = 0
        for ch in text:
            if ch == opening:
                depth += 1
            elif ch == closing:
                if closing == "’" and depth == 0:
                    continue
                depth -= 1
                if depth < 0:
                    return False
        if depth > 0 and opening == "“":
            return False
    return text.count('"') % 2 == 0


@pytest.mark.parametrize(
    "text",
    [
        "",
        "plain",
        "“a”",
        "“a",
        "a”",
        "Jum’at",
        "‘a’",
        "‘a",
        "a’ b’",
        '"a"',
        '"a',
        "“‘a’”",
        "”“",
        "’‘",
        "“a” ‘b",
    ],
)
def test_balanced_quotes_is_the_loop(text: str) -> None:
    assert balanced_quotes(text) == _reference(text)
