"""Organisations in English text that take more than one run of capitals, or words written in lower
case, to name: "Bank of America", "Centers for Disease Control and Prevention", "Alleyn 's School"
(runs joined), "Kyodo news agency" (a name before the medium it is), "British government", "the Bush
administration" (a state's or leader's body in lower case).
"""

from __future__ import annotations

import re

from warta.extract.demonyms import is_demonym
from warta.extract.entity_mention import EntityMention
from warta.extract.gazetteer import place
from warta.extract.names_en_words import ORG_WORDS, acronym, is_lead_word, is_title

MAX_NAME = 4
Token = tuple[int, int, str]


def joined_org(first: list[Token], second: list[Token], text: str) -> bool:
    """Two runs that name one organisation: "Alleyn 's School" or "Ministry of Defence"."""
    return _possessive_org(first, second, text) or _org_of(first, second, text)


def org_chain(runs: list[list[Token]], i: int, text: str) -> int:
    """The index of the last run of the organisation that opens with ``runs[i]`` (``i`` itself when the
    run names nothing longer): "Bank of America", and after a body's "for" also a short "and" part
    ("Centers for Disease Control and Prevention")."""
    if i + 1 >= len(runs) or not joined_org(runs[i], runs[i + 1], text):
        return i
    last = i + 1
    if text[runs[i][-1][1] : runs[last][0][0]] in _FOR and _and_part(runs[last], runs, last + 1, text):
        last += 1
    return last


_OF = frozenset({" of ", " of the "})
_FOR = frozenset({" for ", " for the "})
# Bodies named for what they work for: "Centers for Disease Control", "Institute for Fiscal Studies",
# "Commission for Racial Equality"; not the media ("told the BBC for Panorama").
_FOR_HEADS = frozenset(
    {
        "center", "centre", "centers", "centres", "institute", "commission", "council", "committee",
        "office", "agency", "foundation", "fund", "society", "association", "campaign", "coalition",
        "alliance", "organisation", "organization", "department", "ministry", "board", "bureau", "trust",
        "union", "league", "federation", "academy", "movement", "programme", "program", "project", "party",
        "school", "university", "observatory", "network", "institution",
    }
)  # fmt: skip
_MAX_OF_OBJECT = 3
_MAX_AND_PART = 2


def _org_of(first: list[Token], second: list[Token], text: str) -> bool:
    """An organisation word, "of" (or a body's "for"), then a short run with no title: "Bank of America",
    "University of New Orleans", "Institute for Fiscal Studies"; not "Department of Homeland Security
    Janet Napolitano"."""
    gap = text[first[-1][1] : second[0][0]]
    head = first[-1][2].casefold()
    return (
        (
            (gap in _OF and head in ORG_WORDS)
            or (gap in _FOR and head in _FOR_HEADS and not first[-1][2].isupper())
        )
        and len(second) <= _MAX_OF_OBJECT
        and not any(is_title(t[2]) for t in second[:-1])  # "Ministry of Defence", not "… Health Secretary X"
        and not is_lead_word(first[-1][2], text)
    )


def _and_part(before: list[Token], runs: list[list[Token]], j: int, text: str) -> bool:
    """``runs[j]`` closes the object of a body's "for" after "and" ("… for Disease Control and
    Prevention"): one or two words right after " and ", no title, acronym, organisation word or known
    place, that the text writes nowhere else ("… for Fiscal Studies and Oxfam … Oxfam said": a name of
    its own)."""
    if j >= len(runs) or text[before[-1][1] : runs[j][0][0]] != " and ":
        return False
    part = runs[j]
    words = [t[2] for t in part]
    return (
        len(part) <= _MAX_AND_PART
        and len(before) + len(part) <= MAX_NAME
        and not any(is_title(w) or acronym(w) or w.casefold() in ORG_WORDS for w in words)
        and place(" ".join(words)) is None
        and len(re.findall(r"\b" + re.escape(text[part[0][0] : part[-1][1]]) + r"\b", text)) == 1
    )


def _possessive_org(owner: list[Token], run: list[Token], text: str) -> bool:
    """A name, "'s", then a run that opens with an organisation word: "Alleyn 's School"."""
    gap = text[owner[-1][1] : run[0][0]]
    return (
        gap in (" 's ", "'s ", " ’s ", "’s ")
        and run[0][2].casefold() in ORG_WORDS
        and len(owner) <= MAX_NAME
        and not is_lead_word(owner[0][2], text)
    )


# A name right before the kind of medium it is, in lower case.
_MEDIA_AFTER = re.compile(
    r"\s+(?:magazine|newspaper|tabloid|website|broadcaster|network|channel|daily|weekly|"
    r"(?:news\s+|press\s+)?agency|news\s+service|wire\s+service|television|radio)\b"
)


def media(run: list[Token], text: str) -> bool:
    """A name right before the medium it is, that opens with no sentence word and is no place or
    nationality ("Syrian television", "Cairo radio": the state's medium, not a name of its own)."""
    name = text[run[0][0] : run[-1][1]]
    return (
        _MEDIA_AFTER.match(text, run[-1][1]) is not None
        and not is_lead_word(run[0][2], text)
        and place(name) is None
        and not (len(run) == 1 and (is_demonym(name) or name.casefold().split("-")[0] in _OWNERS))
    )


# Who runs a medium, written capitalised at a sentence's start: "State television said", "State-run radio".
_OWNERS = frozenset({"state", "national", "local", "public", "private", "official", "government", "federal"})


# A state body written in lower case after the state's name: "British government", "the US coast guard",
# "Egypt 's health ministry"; or after its leader's: "the Bush administration", "the Assad regime".
_GOVERNMENT = re.compile(
    r"(?:\s+'s|’s)?(?:\s+(?:health|interior|foreign|defence|defense|finance|justice|state|federal|"
    r"military|national|coast))?\s+(?:government|ministry|army|navy|police|guard|parliament|embassy|"
    r"administration|regime|delegation|authorities|cabinet)\b"
)


def governed(run: list[Token], text: str) -> EntityMention | None:
    """A state's body in lower case after one word or a known place ("British government", "the US coast
    guard"); not after a person's name ("Tony Blair government")."""
    body = _GOVERNMENT.match(text, run[-1][1])
    while body and run and is_lead_word(run[0][2], text) and not acronym(run[0][2]):
        run = run[1:]
    if not body or not run:
        return None
    name = text[run[0][0] : run[-1][1]]
    if len(run) > 1 and not place(name):
        return None
    return EntityMention(run[0][0], body.end(), text[run[0][0] : body.end()], "ORG")
