"""Sentence spans of an article's text: sentencex behind an Indonesian abbreviation guard.

Every line is split on its own (a line break always ends a sentence: headlines, paragraphs).
Within a line, candidate ends come from sentencex and from two patterns of its own: a period
glued to the next capitalised word (``terjadi.Yang``) and an end mark before a capital (which
catches ends sentencex misses after e-mail addresses). The guard then drops candidates that
are not sentence ends in Indonesian news: after titles and abbreviations (``Rp.``, ``dr.``,
``Jl.``, ``dkk.``), initials (``M. Yusuf``, ``S.H.``), inside URLs and e-mail addresses, and
before a lower-case word (``"... itu." katanya.``).

>>> text = "Harga naik Rp. 2.500 kemarin.Yang lain tetap. Kata dr. Ani, \\"Tunggu saja.\\" katanya."
>>> [s.slice(text) for s in split_sentences(text)]
['Harga naik Rp. 2.500 kemarin.', 'Yang lain tetap.', 'Kata dr. Ani, "Tunggu saja." katanya.']
"""

from __future__ import annotations

import re
from itertools import pairwise

import sentencex

from warta.types import Span

# Lower-cased abbreviations (without their final period) after which a sentence never ends.
# dll./dsb./dst. are left out on purpose: in Indonesian they often do end a sentence.
_ABBREVIATIONS = frozenset(
    """
    rp dr drs dra drg sp prof ir h hj kh ust no jl jln gg kec kab kel kav prov rt rw dkk bpk sdr
    sdri yth tn ny nn pol inf jend kol brigjen mayjen letjen kapt tlp telp hlm tgl thn vol ed
    mr mrs ms st jr sr vs gen col lt sgt capt gov rev fig dept approx mt
    """.split()
)
# A lone letter: an initial ("M. Yusuf", "(7-M. Ngamaleu") or a list item ("a. Menjadi ...; b. ...").
_INITIAL = re.compile(r"(?:^|[^\w])[A-Za-z]\.$")
# Dotted abbreviations such as "S.H.", "a.n.", "Ph.D.", "A.S.".
_DOTTED = re.compile(r"^(?:[A-Za-z]{1,4}\.){2,}$")
# A line: a maximal run without a line break of any kind.
_LINE = re.compile(r"[^\n\r\x0b\x0c\x85\u2028\u2029]+")
# "terjadi.Yang": an end mark glued to a capitalised word; the cut falls between them.
# (Matching the mark first, not a look-behind, keeps the scan fast.)
_GLUED = re.compile(r"[.!?](?=[A-Z][a-z])")
# An end mark (and closing quotes/brackets) before whitespace and a capital; cut at its end.
_SPACED = re.compile(r"[.!?]+[\"'”’)\]]*(?=\s+[\"'“‘(\[]?[A-Z])")
_OPENERS = "\"'“‘(["
_CLOSERS = "\"'”’)]»"
# How far the guard looks either side of a cut: a bounded window keeps the split linear.
_WINDOW = 64


def split_sentences(text: str, *, language: str = "id") -> tuple[Span, ...]:
    """Sentence spans into ``text``: in order, non-overlapping, trimmed, never empty."""
    spans: list[Span] = []
    for line in _LINE.finditer(text):
        spans.extend(_line_spans(text, line.start(), line.end(), language=language or "id"))
    return tuple(spans)


def _line_spans(text: str, start: int, end: int, *, language: str) -> list[Span]:
    line = text[start:end]
    cuts = {_settled(line, cut) for cut in _candidates(line, language=language)}
    bounds = [0, *sorted(cut for cut in cuts if _is_sentence_end(line, cut)), len(line)]
    spans = []
    for left, right in pairwise(bounds):
        piece = line[left:right]
        stripped = piece.strip()
        if stripped:
            lead = len(piece) - len(piece.lstrip())
            spans.append(Span(start + left + lead, start + left + lead + len(stripped)))
    return spans


def _candidates(line: str, *, language: str) -> list[int]:
    """Every offset in ``line`` where some rule thinks a sentence might end."""
    cuts = [b["end_index"] for b in sentencex.get_sentence_boundaries(language, line)]
    cuts.extend(m.end() for m in _GLUED.finditer(line) if line[m.start() - 2 : m.start()].islower())
    cuts.extend(m.end() for m in _SPACED.finditer(line))
    return [cut for cut in cuts if 0 < cut < len(line)]


def _settled(line: str, cut: int) -> int:
    """``cut`` moved past closing quotes and brackets that still belong to the sentence."""
    j = cut
    while j < len(line) and line[j] in _CLOSERS:
        j += 1
    return j if j == len(line) or line[j].isspace() else cut


def _is_sentence_end(line: str, cut: int) -> bool:
    """Whether a candidate cut survives the Indonesian guard."""
    before = line[max(0, cut - _WINDOW) : cut].rstrip()
    after = line[cut : cut + _WINDOW].lstrip()
    if not before or not after:
        return False
    # Indonesian sentences start with a capital; "iPhone" and the like still may.
    if after[0].islower() and not after[1:2].isupper():
        return False
    token = before.rsplit(maxsplit=1)[-1].lstrip(_OPENERS)
    if token.endswith(".") and (
        token[:-1].lower() in _ABBREVIATIONS or _INITIAL.search(token) or _DOTTED.match(token)
    ):
        return False
    glued = not line[cut - 1].isspace() and not line[cut].isspace()
    return not glued or _is_glued_end(token, after)


def _is_glued_end(token: str, after: str) -> bool:
    """Whether an end mark with no space after it ends a sentence (``terjadi.Yang``, not ``JUARA.NET``)."""
    whole = token + after.split(maxsplit=1)[0]
    if "@" in whole or "://" in whole or "www." in whole.lower():
        return False
    # An all-capital word after the mark is a domain ("JUARA.NET"), not a new sentence; "!" or "?"
    # right after a capital is part of a name ("E!News"), while "ISIS.Alasannya" is two sentences.
    bare = token.rstrip(_CLOSERS)
    return not after[1:2].isupper() and not (bare[-1:] in "!?" and bare[-2:-1].isupper())
