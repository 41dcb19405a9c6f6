"""Collective numerals: "kedua awak pesawat" (both crew members), "ketiga tersangka" (the three suspects).

Before a noun, at a sentence or clause start, ``ke-`` + a number word counts the people or things it
names; after a noun it is an ordinal ("hari kedua", "tahap ketiga") and counts nothing.

>>> [(q.value, q.text) for q in find_collectives('"Kedua awak pesawat hanya mengalami luka," katanya.')]
[(2, 'Kedua')]
>>> find_collectives("Pada hari kedua pencarian, tim menemukan puing.")
[]

A stated zero toll ("tidak ada korban jiwa", "belum ada laporan korban tewas") is a count of 0 at its
negation, read by the kind rules from the words after it:

>>> [(q.value, q.text) for q in find_zero_tolls("Dalam kecelakaan itu tidak ada korban jiwa.")]
[(0, 'tidak ada')]
"""

from __future__ import annotations

import re

from warta.extract.numbers import Quantity

_VALUES = {
    "dua": 2, "tiga": 3, "empat": 4, "lima": 5, "enam": 6, "tujuh": 7, "delapan": 8, "sembilan": 9,
    "sepuluh": 10,
}  # fmt: skip
_COLLECTIVE = re.compile(r"\b([Kk]e(" + "|".join(_VALUES) + r"))\s+([a-z][a-z-]+)")
# What may stand before a collective numeral: a sentence, clause or quotation opening.
_OPENERS = "\n.,;:\"'“‘("
# Words after "kedua" that are no counted noun: "keduanya", "kedua kalinya", "kedua belah pihak".
_NOT_NOUNS = {"kali", "kalinya", "belah", "dari", "yang", "di", "dan", "ini", "itu"}


# "tidak ada korban jiwa", "tak ada korban tewas", "belum ada laporan korban meninggal dunia", "tidak ada
# yang tewas": no one killed. A bare "tidak ada korban" (no victims of any kind) is no toll of one kind.
_ZERO_TOLL = re.compile(
    r"\b((?:[Tt]idak|[Tt]ak|[Bb]elum)\s+ada)\s+(?:laporan\s+)?"
    r"(?:korban\s+(?:jiwa|tewas|meninggal)|(?:orang\s+)?yang\s+(?:tewas|meninggal))\b"
)


def find_zero_tolls(text: str) -> list[Quantity]:
    """Stated zero death tolls, as counts of 0 spanning their negation ("tidak ada")."""
    return [
        Quantity(0, None, None, m.start(1), m.end(1), m.group(1), "count") for m in _ZERO_TOLL.finditer(text)
    ]


def find_collectives(text: str) -> list[Quantity]:
    """Collective numerals before a noun at a sentence, clause or quotation opening, as counts."""
    out = []
    for m in _COLLECTIVE.finditer(text):
        before = text[: m.start()].rstrip(" ")
        if before and before[-1] not in _OPENERS:
            continue
        if m.group(3) in _NOT_NOUNS:
            continue
        out.append(Quantity(_VALUES[m.group(2)], None, None, m.start(1), m.end(1), m.group(1), "count"))
    return out
