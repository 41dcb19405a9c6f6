"""A person named after a title's field of work: "Menteri Koordinator Bidang Kemaritiman dan Investasi
Luhut Binsar Pandjaitan", "Deputi Bidang Pencegahan dan Kesiapsiagaan BNPB Prasinta Dewi".

Indonesian titles name their field with "Bidang" and ordinary words joined by commas and "dan"; the
lower-case "dan" breaks the run of capitalised words, so the last field word is read into the person's
name ("Investasi Luhut Binsar Pandjaitan"), or the field alone is read as a person ("Deputi Bidang
Pencegahan"). Inside such a title the leading dictionary words of a name are the field's, not the
person's: they are cut off, an acronym after them is the body ("BNPB"), and a mention with no name
word left is no person.

>>> text = "kata Menteri Koordinator Bidang Kemaritiman dan Investasi Luhut Binsar Pandjaitan di Jakarta."
>>> m = EntityMention(text.index("Investasi"), text.index(" di"), "Investasi Luhut Binsar Pandjaitan", "PER")
>>> [(e.text, e.type) for e in field_titles(text, [m])]
[('Luhut Binsar Pandjaitan', 'PER')]
"""

from __future__ import annotations

import re

from warta.extract.entity_mention import EntityMention, mention, words_of
from warta.extract.gazetteer import is_common_word

_ACRONYM = re.compile(r"[A-Z]{2,6}")
# "Bidang" and then field words, commas and "dan" up to the mention: the mention is inside the title.
_IN_FIELD = re.compile(r"\bBidang(?:\s+[A-Z][\w-]*|\s*,|\s+dan|\s+&)*\s*(?:,|dan|&)?\s*$")
_LOOK_BACK = 120


def field_titles(text: str, mentions: list[EntityMention]) -> list[EntityMention]:
    """``mentions`` with each person inside a "Bidang …" title cut to its name (or dropped)."""
    out: list[EntityMention] = []
    for m in mentions:
        if m.type != "PER" or not _inside_field(text, m):
            out.append(m)
            continue
        out.extend(_cut(text, m))
    return out


def _inside_field(text: str, m: EntityMention) -> bool:
    if "Bidang" in m.text.split()[:-1]:
        return True  # "Bidang Perekonomian Airlangga Hartarto", "Deputi Bidang Pencegahan"
    before = text[max(0, m.start - _LOOK_BACK) : m.start]
    return bool(_IN_FIELD.search(before)) and before.rstrip().endswith(("dan", ",", "&"))


def _cut(text: str, m: EntityMention) -> list[EntityMention]:
    """The body and person left when the title's words and one field word are cut off the front.

    One field word only: the field's last ("… dan Investasi"), or its only one ("Bidang Perekonomian");
    a name's own dictionary words ("Ratna", "Rahmat") stay.
    """
    words = words_of(text, m)
    tokens = [w.text for w in words]
    i = tokens.index("Bidang") + 1 if "Bidang" in tokens[:-1] else 0
    if i < len(tokens) and _field_word(tokens[i]):
        i += 1
    out: list[EntityMention] = []
    if i < len(tokens) and _ACRONYM.fullmatch(tokens[i]):
        out.append(mention(words[i : i + 1], "ORG", key=f"acr:{tokens[i]}"))
        i += 1
    if any(not is_common_word(t) for t in tokens[i:]):
        out.append(mention(words[i:], "PER", key=m.key, role=m.role))
    return out


def _field_word(word: str) -> bool:
    return word == "Bidang" or (is_common_word(word) and not _ACRONYM.fullmatch(word))
