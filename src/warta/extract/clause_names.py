"""People named inside a clause that describes an earlier person, who are not the subject of the verb
after it: a relative clause ("Al Sharpton , who presided over Jackson 's memorial , said") or a
descriptive apposition ("Mr Griffin , MEP for North West England , responded"). An apposition that is
only a name ("Presiden Catalonia , Carles Puigdemont , menyatakan") names the subject itself.

>>> from warta.extract.entity_mention import EntityMention
>>> ann, bo = EntityMention(0, 7, "Ann Lee", "PER"), EntityMention(18, 24, "Bo Ray", "PER")
>>> [e.text for e in outside_clauses("Ann Lee , who met Bo Ray , said", [ann, bo])]
['Ann Lee']
"""

from __future__ import annotations

import re

from warta.extract.entity_mention import EntityMention

_RELATIVE_OPENS = re.compile(r"\s*,\s*(?:who|whose)\b")
_APPOSITION_OPENS = re.compile(r"\s*,(?!\s*(?:and|or|dan|atau)\b)")  # not a list's comma
_APPOSITION_REACH = 80  # characters an apposition runs to its closing comma


def outside_clauses(text: str, people: list[EntityMention]) -> list[EntityMention]:
    """``people`` (in text order) without those named inside a relative clause or a descriptive
    apposition that follows an earlier one of them."""
    out: list[EntityMention] = []
    clause_at: int | None = None  # where an open clause starts
    for e in people:
        if clause_at is not None and "," not in text[clause_at : e.start]:
            continue
        out.append(e)
        opens = _RELATIVE_OPENS.match(text, e.end)
        clause_at = opens.end() if opens else None
        apposed = _APPOSITION_OPENS.match(text, e.end) if clause_at is None else None
        inner = text[apposed.end() : apposed.end() + _APPOSITION_REACH].split(",")[0] if apposed else ""
        if apposed and "," in text[apposed.end() : apposed.end() + _APPOSITION_REACH]:
            clause_at = None if any(p.text == inner.strip() for p in people) else apposed.end()
    return out


__all__ = ["outside_clauses"]
