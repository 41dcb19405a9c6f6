"""A person whose name the tagger glued to the titles and bodies before it: "Kabag Humas Kemenkumham Rika
Apriyanti", "Kemenkes Siti Nadia Tarmizi", "Plt Kepala Pusat Data Kemenkes Budi Hartono".

Indonesian writes a clipped title, a unit and a body's short name straight before the person; all are
capitalised, so one run of capitals reads as one name. The person is what follows the last body word of the
run (a ministry's or directorate's short name, Kemen…/Ditjen…, or an acronym that is no rank of
:data:`~warta.extract.speech_words.HONORIFICS`); each body word before it is an organisation of its own,
and the titles between are the person's. Academic degrees written after a name ("Ferdy Sambo SH",
"Budi Santoso SIK MH") are not part of it, nor organisations of their own (:func:`without_degrees`). A
run of only titles, bodies and dictionary words ("Protokol Ditjenpas Kemenkumham") is no person.

>>> text = "ujar Kabag Humas Kemenkumham Rika Apriyanti."
>>> m = EntityMention(5, 43, "Kabag Humas Kemenkumham Rika Apriyanti", "PER")
>>> [(e.text, e.type) for e in names_after_titles(text, [m])]
[('Kemenkumham', 'ORG'), ('Rika Apriyanti', 'PER')]
"""

from __future__ import annotations

import re

from warta.extract.entity_mention import EntityMention, Token, mention, words_of
from warta.extract.gazetteer import is_common_word
from warta.extract.speech_words import HONORIFICS

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
    words = words_of(text, m)
    tokens = [w.text for w in words]
    # only after a body: a rank alone before a name ("Kombes Pol John …") is the speaker rules' to read
    leads = [i for i, t in enumerate(tokens) if _body(t) and not _title(t)]
    if len(tokens) < 2 or not leads:
        return [m]
    j = leads[-1]
    rest = tokens[j + 1 :]
    if not rest:
        if all(_title(t) or _body(t) or is_common_word(t) for t in tokens):
            return _bodies(words)  # "Protokol Ditjenpas Kemenkumham": no one named
        return [m]
    if len(rest) > _MAX_NAME or _BODY.fullmatch(rest[0]) or is_common_word(rest[-1]):
        return [m]
    if sum(map(is_common_word, rest)) > 1:
        return [m]  # "Direktur Tindak Pidana Narkotika": a unit's name, not a person's
    return [*_bodies(words[: j + 1]), mention(words[j + 1 :], "PER", key=m.key, role=m.role)]


def _bodies(words: list[Token]) -> list[EntityMention]:
    return [
        mention([w], "ORG", key=f"acr:{w.text}" if w.text.isupper() else None)
        for w in words
        if _body(w.text) and not _title(w.text)
    ]


def _title(word: str) -> bool:
    return word.casefold().rstrip(".") in HONORIFICS


def _body(word: str) -> bool:
    return bool(_BODY.fullmatch(word))


# Indonesian academic degrees, written after a name with or without dots ("SH", "S.H.", "M.Kes").
_DEGREES = frozenset(
    {"sh", "mh", "se", "mm", "sik", "sip", "msi", "ma", "mt", "st", "skom", "spd", "ssos", "phd", "skm",
     "mkes", "mpd", "mba", "sag", "spsi", "mhum", "msc", "bsc", "ak", "cpa", "sked", "mkn", "llm"}
)  # fmt: skip
_GAP = re.compile(r"[\s.,]*")
_NEXT_WORD = re.compile(r"[\s.,]*+(\S+)")  # the next word past spaces, stops and commas


def without_degrees(text: str, mentions: list[EntityMention]) -> list[EntityMention]:
    """``mentions`` with academic degrees cut off the end of a person's name, and no degree standing
    after a person as an organisation of its own.

    >>> text = "mengadili terdakwa Ferdy Sambo SH. SiK MH, divonis"
    >>> ms = [EntityMention(19, 33, "Ferdy Sambo SH", "PER"), EntityMention(35, 38, "SiK", "ORG"),
    ...       EntityMention(39, 41, "MH", "ORG")]
    >>> [(e.text, e.type) for e in without_degrees(text, ms)]
    [('Ferdy Sambo', 'PER')]
    """
    out: list[EntityMention] = []
    person_end = -1
    for m in mentions:
        degrees = all(_degree(w) for w in m.text.split())
        if (
            degrees
            and person_end >= 0
            and (m.start <= person_end or _GAP.fullmatch(text[person_end : m.start]))
        ):
            person_end = max(person_end, m.end)  # "… SH. SiK MH": degrees after the person, one or several
            continue
        if m.type == "PER":
            m = _cut_degrees(text, m)
            person_end = _degrees_end(text, m.end)
        else:
            person_end = -1
        out.append(m)
    return out


def _cut_degrees(text: str, m: EntityMention) -> EntityMention:
    words = words_of(text, m)
    keep = len(words)
    while keep > 1 and _degree(words[keep - 1].text):
        keep -= 1
    if keep == len(words):
        return m
    return mention(words[:keep], m.type, key=m.key, role=m.role, title_only=m.title_only)


def _degrees_end(text: str, end: int) -> int:
    """Where the degrees written straight after ``end`` stop (``end`` when there are none)."""
    at = end
    while (after := _NEXT_WORD.match(text, at)) and _degree(after.group(1)):
        at = after.end()
    return at


def _degree(word: str) -> bool:
    return word.replace(".", "").rstrip(",").casefold() in _DEGREES
