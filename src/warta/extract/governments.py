"""English bodies named by a place: a country that speaks is its government ("France said", "the United
States slammed Iran 's hypocrisy", "Syria has denied"), and a few seats of power are the body they house
("Scotland Yard said", "a Downing Street spokesman").

Only the mention that speaks is retyped (it keeps its country key, so it still merges with the country);
"In France , people voted" stays a place.

>>> from warta.extract.entity_mention import EntityMention
>>> [m.type for m in speaking_governments("France said no .", [EntityMention(0, 6, "France", "LOC", key="country:FR")])]
['ORG']
"""

from __future__ import annotations

import re

from warta.extract.entity_mention import EntityMention
from warta.extract.speech_words import VERBS_EN

# What a government does in words besides the speech verbs: "Syria has denied", "the United States
# slammed", "Britain condemned".
_GOVERNMENT_VERBS = frozenset(
    {"denied", "denies", "condemned", "condemns", "accused", "accuses", "slammed", "rejected", "rejects",
     "welcomed", "welcomes", "criticised", "criticized", "demanded", "protested", "threatened"}
)  # fmt: skip
_VERB = (
    r"\s+(?:(?:has|had|have|also|has\s+also|had\s+also|will|would|on\s+[A-Z][a-z]+day)\s+)?(?:"
    + "|".join(sorted(VERBS_EN | _GOVERNMENT_VERBS))
    + r")\b(?!\s+(?:by|to\s+be)\b)"
)
_SPEAKS = re.compile(_VERB)
_COUNTRY_KEYS = ("country:", "region:britain")  # "Britain" is read as a region of the gazetteer
# Seats of power that stand for a body; "Scotland Yard" is never anyone's name.
_SEATS = {"Scotland Yard": True, "Downing Street": False}
_SEAT = re.compile(r"\b(" + "|".join(re.escape(s) for s in _SEATS) + r")\b")
_SEAT_ROLE = re.compile(r"\s+(?:spokesman|spokeswoman|spokesperson|source|official|sources|officials)\b")


def speaking_governments(text: str, mentions: list[EntityMention]) -> list[EntityMention]:
    """``mentions`` with each country that speaks an organisation, and the seats of power read whole."""
    out = [
        EntityMention(m.start, m.end, m.text, "ORG", key=m.key)
        if m.type == "LOC" and (m.key or "").startswith(_COUNTRY_KEYS) and _SPEAKS.match(text, m.end)
        else m
        for m in mentions
    ]
    if "Scotland Yard" not in text and "Downing Street" not in text:
        return out
    for seat in _SEAT.finditer(text):
        name = seat.group(1)
        body = _SEATS[name] or _SPEAKS.match(text, seat.end()) or _SEAT_ROLE.match(text, seat.end())
        kept = [m for m in out if m.end <= seat.start() or m.start >= seat.end()]
        kept.append(EntityMention(seat.start(), seat.end(), name, "ORG" if body else "LOC"))
        out = sorted(kept, key=lambda m: m.start)
    return out
