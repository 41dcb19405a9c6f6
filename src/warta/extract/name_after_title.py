"""A person whose name the tagger glued to the titles and bodies before it: "Kabag Humas Kemenkumham Rika
Apriyanti", "Kemenkes Siti Nadia Tarmizi", "Plt Kepala Pusat Data Kemenkes Budi Hartono".

Indonesian writes a clipped title, a unit and a body's short name straight before the person; all are
capitalised, so one run of capitals reads as one name. The person is what follows the last body word of the
run (a ministry's or directorate's short name, Kemen…/Ditjen…, or an acronym that is no rank of
:data:`~warta.extract.speech_words.HONORIFICS`); each body word before it is an organisation of its own,
and the titles between are the person's. A
run of only titles, bodies and dictionary words ("Protokol Ditjenpas Kemenkumham") is no person.

>>> text = "ujar Kabag Humas Kemenkumham Rika Apriyanti."
>>> m = EntityMention(5, 43, "Kabag Humas Kemenkumham Rika Apriyanti", "PER")
>>> [(e.text, e.type) for e in names_after_titles(text, [m])]
[('Kemenkumham', 'ORG'), ('Rika Apriyanti', 'PER')]
"""

from __future__ import annotations

import re

from warta.extract.entity_mention import EntityMention
from warta.extract.gazetteer import is_common_word
from warta.extract.speech_words import HONORIFICS

_WORD = re.compile(r"\S+")
_BODY = re.compile(r"(?:Kemen|Ditjen)[a-z]+|[A-Z]{2,6}")
_MAX_NAME = 3


def names_after_titles(text: str, mentions: list[EntityMention]) -> list[EntityMention]:
    """``mentions`` with each person cut to the words after its last title or body word."""
    out: list[EntityMention] = []
    for m in mentions:
        # a role the title rules read ("Menlu AS", "Menteri … Ratna") is theirs already
        glued = m.type == "PER" and not m.title_only and m.role is None
        out.extend(_split(text, m) if glued else [m])
    return out


def _split(text: str, m: EntityMention) -> list[EntityMention]:
    words = [(m.start + w.start(), m.start + w.end()) for w in _WORD.finditer(text[m.start : m.end])]
    tokens = [text[a:b] for a, b in words]
    # only after a body: a rank alone before a name ("Kombes Pol John …") is the speaker rules' to read
    leads = [i for i, t in enumerate(tokens) if _body(t) and not _title(t)]
    if len(tokens) < 2 or not leads:
        return [m]
    j = leads[-1]
    rest = tokens[j + 1 :]
    if not rest:
        if any(_body(t) for t in tokens) and all(_title(t) or _body(t) or is_common_word(t) for t in tokens):
            return _bodies(words, tokens, len(tokens))  # "Protokol Ditjenpas Kemenkumham": no one named
        return [m]
    if len(rest) > _MAX_NAME or _BODY.fullmatch(rest[0]) or is_common_word(rest[-1]):
        return [m]
    if sum(map(is_common_word, rest)) > 1:
        return [m]  # "Direktur Tindak Pidana Narkotika": a unit's name, not a person's
    person = EntityMention(words[j + 1][0], words[-1][1], " ".join(rest), "PER", key=m.key, role=m.role)
    return [*_bodies(words, tokens, j + 1), person]


def _bodies(words: list[tuple[int, int]], tokens: list[str], upto: int) -> list[EntityMention]:
    return [
        EntityMention(a, b, t, "ORG", key=f"acr:{t}" if t.isupper() else None)
        for (a, b), t in zip(words[:upto], tokens[:upto], strict=True)
        if _body(t) and not _title(t)
    ]


def _title(word: str) -> bool:
    return word.casefold().rstrip(".") in HONORIFICS


def _body(word: str) -> bool:
    return bool(_BODY.fullmatch(word))
