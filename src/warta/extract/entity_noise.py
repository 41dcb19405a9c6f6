"""Capitalised words that are not names: portal furniture and word forms a name does not take.

- a run in capitals that is not an acronym ("SCROLL TO CONTINUE WITH CONTENT", a shouted byline or photo
  credit, a portal's masthead "TRIBUNNEWS"): three or more words, or a word longer than an acronym,
  unless a gazetteer knows it as a place (a dateline "JAKARTA");
- an acronym with an Indonesian suffix after a hyphen ("WIB-an", "BKO-kan"): a word made from it;
- a reduplicated ordinary word ("Orang-orang", "Ramai-ramai", "Berapa-berapanya"), capitalised only to open
  a sentence; two places joined by a hyphen ("Jakarta-Pontianak"), a route;
- editorial furniture (:func:`credit_spans`): a photo credit ("FOTO: ...", "(Foto: dok. ...)",
  "ANTARA FOTO/Handout/..."), a chain of editor codes ("(ant/adm)", "Handout/Bal/aww"), an editor's
  code after a dash at a paragraph's end ("— HDY"), and a person's initials after an honorific or
  "berinisial" ("Tuan AB", "berinisial XY"): initials stand for a person the article does not name.

>>> [noise_word(w) for w in ("WIB-an", "Orang-orang", "Kassym-Jomart", "KPK", "Jakarta-Pontianak")]
[True, True, False, False, True]
"""

from __future__ import annotations

import re

from warta.extract.entity_mention import Token, span_text
from warta.extract.gazetteer import is_common_word, place

_CAPS = re.compile(r"[A-Z][A-Z'’-]*")
_MAX_ACRONYM, _MAX_CAPS_RUN = 6, 2
_AFFIXED = re.compile(r"[A-Z]{2,}-(?:an|kan|nya|i|in|lah|pun)")
_REDUPLICATED = re.compile(r"([^\W\d_]+)-([^\W\d_]+)")
_TWIN_SUFFIXES = ("nya", "an", "kan", "lah")


def noise_word(word: str) -> bool:
    """Whether one capitalised word is a derived or reduplicated word rather than (part of) a name."""
    if _AFFIXED.fullmatch(word):
        return True
    twin = _REDUPLICATED.fullmatch(word)
    if twin is None:
        return False
    first, second = twin.group(1).casefold(), twin.group(2).casefold()
    if first != second and place(twin.group(1)) and place(twin.group(2)) and not place(word):
        return True  # "Jakarta-Pontianak": a route between two places, not a name
    # "Orang-orang"; with a suffix on the copy, "Berapa-berapanya", "Sebesar-besarnya"
    same = second == first or (second.startswith(first) and second[len(first) :] in _TWIN_SUFFIXES)
    return same and is_common_word(twin.group(1))


def shouted_run(run: list[Token]) -> bool:
    """Whether a run is written in capitals and is not an acronym or a known place."""
    if not all(_CAPS.fullmatch(t.text) for t in run):
        return False
    if len(run) <= _MAX_CAPS_RUN and all(len(t.text) <= _MAX_ACRONYM for t in run):
        return False
    return place(span_text(run)) is None


_LINE = re.compile(r"[^\n]+")
_LINE_WORD = re.compile(r"[^\W\d_][\w'’-]*")
_MIN_HEADLINE_WORDS, _HEADLINE_CAPITALS = 4, 0.75
_SENTENCE_END = (".", "!", "?", '"', "”", ":", ";", ",", ")")


def headline_words(text: str) -> list[tuple[int, int]]:
    """Spans of the ordinary words of title-cased lines ("Vonis Hukuman Mati Terhadap …"): a headline
    capitalises every word, so there an ordinary word is not part of a name and ends any run through it.
    A line is a headline when it has four or more words, three in four capitalised, and no sentence end."""
    out: list[tuple[int, int]] = []
    for line in _LINE.finditer(text):
        body = line.group().rstrip()
        words = list(_LINE_WORD.finditer(body))
        if len(words) < _MIN_HEADLINE_WORDS or body.endswith(_SENTENCE_END):
            continue
        if sum(w.group()[:1].isupper() for w in words) < _HEADLINE_CAPITALS * len(words):
            continue
        out += [(line.start() + w.start(), line.start() + w.end()) for w in words if _ordinary(w.group())]
    return out


def _ordinary(word: str) -> bool:
    from warta.extract.wordlists import FACILITY_HEADS, ORG_HEADS, ROLE_TITLES

    low = word.casefold()
    if low in ORG_HEADS or low in FACILITY_HEADS or low in ROLE_TITLES or word.isupper():
        return False
    return is_common_word(word) and place(word) is None


# "Foto: dok. ANTARA" / "FOTO: Reuters" up to the bracket or line end; "ANTARA FOTO/..." credit chains.
# Only the capitalised word: "foto" in a sentence is the ordinary word.
_PHOTO_CREDIT = re.compile(r"(?:\b[A-Z]{2,}\s+)?\b(?:FOTO|Foto|PHOTO|Photo)\b(?:\s*:[^\n)]{0,80}|/\S*)?")
# Short codes joined by slashes, the last an editor's code in lower case: "(ant/adm)", "(Larasati/ard)",
# "Handout/Bal/aww"; a pair of names ("Marcus/Kevin", "Kim Won-ho/Seo Seung-jae") or "AC/DC" is not one.
_CODE_CHAIN = re.compile(r"(?<![\w/-])[A-Za-z]{2,8}(?:/[A-Za-z]{2,8})*/[a-z]{2,5}(?![\w/-])")
# An editor's code closing a paragraph after its last sentence and a dash: "... kata dia. — HDY".
_DASH_CODE = re.compile(r"(?<=[.!?\"”])\s*[—–-]\s*(?:[A-Z]{2,4}|[a-z]{2,4})\s*$", re.MULTILINE)
_INITIALS = re.compile(
    r"\b(?:Tuan|Nyonya|Nona|Sdr|Sdri|Saudara|Saudari|Tn|Ny|[Bb]erinisial|[Ii]nisial(?:nya)?)\.?\s+"
    r"([A-Z]{1,4}(?:\.[A-Z])*\.?)(?![\w-])"
)


def credit_spans(text: str) -> list[tuple[int, int]]:
    """Spans of editorial furniture: photo credits, editor codes, and initials standing for a person.

    >>> t = "Tuan AB (30) dirawat. (ant/adm)"
    >>> [t[a:b] for a, b in credit_spans(t)]
    ['ant/adm', 'AB']
    """
    out = [m.span() for pattern in (_PHOTO_CREDIT, _CODE_CHAIN, _DASH_CODE) for m in pattern.finditer(text)]
    out += [m.span(1) for m in _INITIALS.finditer(text)]
    return out
