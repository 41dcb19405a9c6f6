"""Who gives a figure and as of which hour, read from its own sentence."""

from __future__ import annotations

import pytest

from warta.extract.attribution import attribution, clock_time


@pytest.mark.parametrize(
    ("sentence", "source"),
    [
        ("Menurut BPBD Kabupaten Laut, 9 warga hilang.", "BPBD Kabupaten Laut"),
        ("Berdasarkan data desa, 7 warga hilang.", "desa"),
        ("Badan Nasional Penanggulangan Bencana (BNPB) mencatat 14 korban.", "BNPB"),
        ("Sebanyak 40 orang terluka, kata Kapolres Budi Santoso.", "Budi Santoso"),
        ("Ada 12 rumah rusak di desa itu.", None),
    ],
)
def test_attribution(sentence: str, source: str | None) -> None:
    assert attribution(sentence, 0, len(sentence)) == source


@pytest.mark.parametrize(
    ("sentence", "hour"),
    [
        ("Hingga Senin (14/3) pukul 17.00 WIB, 9 warga hilang.", "17:00"),
        ("Data per 09.30 WIB mencatat 12 korban.", "09:30"),
        ("Ada 12 korban pada Senin (14/3).", None),
        ("Pukul 25.99 WIB bukan jam.", None),
    ],
)
def test_clock_time(sentence: str, hour: str | None) -> None:
    assert clock_time(sentence, 0, len(sentence)) == hour
