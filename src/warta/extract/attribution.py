"""Who gives a figure and as of when: "menurut BPBD", "data desa", "kata Suharyanto"; "hingga pukul 17.00 WIB".

Read from the figure's sentence only, so a source named in another sentence never lends its name.

>>> text = "Hingga pukul 15.30 WIB, BNPB mencatat 14 korban meninggal dunia."
>>> attribution(text, 0, len(text)), clock_time(text, 0, len(text))
('BNPB', '15:30')
"""

from __future__ import annotations

import re

_NAME = r"(?:[A-Z][\w.&'-]*|[A-Z]{2,})(?:\s+(?:[A-Z][\w.&'-]*|[A-Z]{2,}|dan|of|the|\([A-Z]{2,}\))){0,6}"
_LOWER_SOURCES = (
    r"polisi|kepolisian|panitia|pemerintah|pemda|aparat|petugas|warga|keluarga|desa|kelurahan|"
    r"rumah sakit|pihak \w+|police|officials|organizers|authorities|the ministry"
)
# "menurut X", "berdasarkan data X", "data X", "update X", "according to X"
_BY = re.compile(
    r"\b(?i:menurut|berdasarkan(?:\s+data)?|mengutip|data|catatan|laporan|rilis|update|pendataan|according to)"
    r"\s+(?:dari\s+|the\s+)?(" + _NAME + r"|(?:" + _LOWER_SOURCES + r")(?:\s+[A-Z]\w+)?)"
)
# "kata X", "ujar X", "X said" (after the figure)
_SAID = re.compile(r"\b(?:kata|ujar|ungkap|jelas|tutur|sebut|tegas|terang|said|says)\s+(" + _NAME + r")")
# "X mencatat", "X melaporkan", "X menyebut(kan)", "X reported" (before the figure)
_SUBJECT = re.compile(
    r"(" + _NAME + r"|" + _LOWER_SOURCES + r")\s+(?:\w+nya\s+|sebelumnya\s+|juga\s+|telah\s+)?"
    r"(?:mencatat|melaporkan|menyebut|menyebutkan|menyatakan|merilis|mendata|reported|recorded|counted)\b"
)
_ACRONYM = re.compile(r"\(([A-Z][A-Za-z]{1,9})\)")
_TITLE_WORDS = {"Kepala", "Plt", "Direktur", "Menteri", "Ketua", "Kapolres", "Kapolda", "Sementara", "Hingga"}
_CLOCK = re.compile(
    r"(?:\b(?:pukul|jam|pk\.?|at)\s+(\d{1,2})[.:](\d{2})\b)|(?:\b(\d{1,2})[.:](\d{2})\s*(?:WIB|WITA|WIT)\b)"
)


def _tidy(name: str) -> str:
    acronym = _ACRONYM.search(name)
    if acronym:
        return acronym.group(1)
    words = name.rstrip(".").split()
    while words and words[0] in _TITLE_WORDS:
        words.pop(0)
    while words and words[-1] in {"dan", "of", "the"}:
        words.pop()
    return " ".join(words)


def attribution(text: str, lo: int, hi: int) -> str | None:
    """The source the sentence ``text[lo:hi]`` credits for its figures, or None when it names none."""
    sentence = text[lo:hi]
    for pattern in (_BY, _SUBJECT, _SAID):
        m = pattern.search(sentence)
        if m:
            name = _tidy(m.group(1))
            if name:
                return name
    return None


def clock_time(text: str, lo: int, hi: int) -> str | None:
    """The hour the sentence ``text[lo:hi]`` gives its figures ("pukul 15.30 WIB" -> "15:30"), if any."""
    m = _CLOCK.search(text, lo, hi)
    if not m:
        return None
    hour, minute = (m.group(1), m.group(2)) if m.group(1) else (m.group(3), m.group(4))
    if int(hour) > 23 or int(minute) > 59:
        return None
    return f"{int(hour):02d}:{minute}"
