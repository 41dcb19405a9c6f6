from __future__ import annotations

import pytest

from warta.brief.stamps import is_stamp
from warta.extract.dates import find_dates


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("MEXICO CITY | Fri Apr 24 , 2009 7:50 pm EDT MEXICO CITY ( Reuters ) - A strain of flu", "en", True),
        ("Wednesday 20 April 2005 16.26 BST The bodies of 69 people were found", "en", True),
        ("Susan Watts | 18:00 UK time , Saturday , 25 April 2009 Experts are concerned", "en", True),
        ("Page last updated at 10:42 GMT , Monday , 27 April 2009", "en", True),
        ("Kamis, 09 Sep 2021 07:44 WIB Polisi menangkap dua orang", "id", True),
        ("Kebakaran terjadi Rabu (8/9/2021) pukul 01.45 WIB.", "id", False),
        ("Gempa terjadi Sabtu (9/1/2021) 14.28 WIB di Majene.", "id", False),
        ("The rig exploded on April 20 at 10 pm.", "en", False),
    ],
)
def test_stamps_are_dates_printed_with_a_zoned_clock_at_a_sentence_start(
    text: str, language: str, expected: bool
) -> None:
    mentions = [
        m for m in find_dates(text, published="2009-04-25", language=language) if m.granularity == "day"
    ]
    assert mentions
    assert is_stamp(text, mentions[0]) is expected
