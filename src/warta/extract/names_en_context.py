"""A name the English rules read as a person's that its context shows to be a body's:

- a body's class noun in lower case right before it, singular or plural, with what follows closing the
  name ("travel firms Thomson Holidays and First Choice said", "oil company Exxon Mobil ,", "rights
  group Human Rights Watch said"); after a plural noun the name joined to it by "and" is one too;
- the people who work somewhere, written before it with "at" or "from" ("analysts at Citigroup said",
  "economists from Merrill Lynch", "Sarah Harrison from Wikileaks told reporters");
- the next sentence taking it up as a body, when it speaks ("… , Wikileaks said . Its founder …",
  "… , Merrill Lynch said . The U.S. bank said …").

One mention with such evidence makes every role-less person mention of the same name in the article
an organisation. :func:`bodies_by_context` is the last pass of :mod:`warta.extract.names_en`.
"""

from __future__ import annotations

import re

from warta.extract.entity_mention import EntityMention
from warta.extract.gazetteer import place
from warta.extract.names_en_words import english_regions, is_title, stop_words

# Class nouns of bodies, singular and plural ("energy giant", "travel firms", "rights group").
_CLASS_NOUNS = (
    "company|companies|firm|firms|giant|giants|group|groups|bank|banks|insurer|insurers|lender|lenders|"
    "broker|brokers|carrier|carriers|airline|airlines|retailer|retailers|operator|operators|charity|"
    "charities|organisation|organisations|organization|organizations|agency|agencies|broadcaster|"
    "broadcasters|watchdog|conglomerate|automaker|carmaker|drugmaker|supplier|suppliers|manufacturer|"
    "manufacturers|newspaper|newspapers|"
    "network|networks|band|club|clubs|party|parties|team|teams"
)
# Right before the name, no comma between: "against the company , Feinberg said" is two clauses.
_CLASS_BEFORE = re.compile(r"(?<![\w'’-])(" + _CLASS_NOUNS + r")\s+$")
_CLASS_SET = frozenset(_CLASS_NOUNS.split("|")) - {"band", "team", "teams"}
_PLURAL = frozenset(n for n in _CLASS_NOUNS.split("|") if n.endswith("s") and n not in {"news"})
# What may follow a name a class noun introduces: punctuation or a verb a body opens its clause with;
# not a verb in a relative clause left without "that" ("the company Steve Jobs founded").
_CLOSED_AFTER = re.compile(
    r"\s*(?:[,.;:)]|''|$|(?:'s|’s|said|says|told|and|or|which|announced|reported|added|warned)\b)"
)
_LIST_GAP = re.compile(r"\s*(?:,\s*(?:and\s+)?|and\s+)(?:the\s+)?")
_MAX_LIST = 6

# People who work at a body, right before its name.
_STAFF_AT = re.compile(
    r"(?<![\w'’-])(?i:analysts?|economists?|strategists?|researchers?|scientists?|engineers?|experts?|"
    r"executives?|officials?|employees?|workers?|staff|traders?|colleagues?|spokes(?:man|woman|person))"
    r"\s+(?:at|from)\s+$"
)
_FROM = re.compile(r"\s+from\s+$")

_REACH = 24
_TITLED = re.compile(r"\b(?:Mr|Mrs|Ms|Dr|Sir|Lady|Miss|Prof)\.?\s+([A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)")
_SENTENCE_REACH = 160
# A speech verb right after the name, then the rest of its sentence, then a body's word opening the next.
_SPEAKS_AFTER = re.compile(r"\s+(?:has\s+|had\s+|also\s+)?(?:said|says|told|added|announced|reported)\b")
_SAID_BEFORE = re.compile(r"(?<![\w'’-])(?:said|says)\s+$")
_REST = re.compile(r"[^.!?`']*?[.!?]\s+")
_NEXT_AS_BODY = re.compile(
    r"(?:Its\s+[a-z]|The\s+(?:[\w.]+\s+){0,2}?(?:company|firm|bank|group|organisation|organization|"
    r"charity|agency|insurer|lender|airline|carrier|broadcaster|network|newspaper)\s+"
    r"(?:said|says|added|told)\b)"
)
# A title in lower case right before the name ("BP chief executive Tony Hayward"): a person.
_TITLE_BEFORE = re.compile(r"(?<![\w'’-])([a-z]+)\s+$")


def bodies_by_context(mentions: list[EntityMention], text: str) -> list[EntityMention]:
    """``mentions`` with the role-less person names their context shows to be bodies as organisations."""
    persons = [m for m in mentions if _untitled(m)]
    # a surname of a full name, or a name the text writes after "Mr" / "Dr": someone's
    people = {m.text.split()[-1] for m in mentions if m.type == "PER" and " " in m.text}
    people |= set(_TITLED.findall(text))
    bodies: set[str] = set()
    for m in persons:
        if _placed(m.text) or m.text in people:
            continue
        noun = _CLASS_BEFORE.search(text, max(0, m.start - _REACH), m.start)
        if noun and _CLOSED_AFTER.match(text, m.end):
            bodies.add(m.text)
            if noun.group(1) in _PLURAL:  # "travel firms Thomson Holidays and First Choice"
                bodies |= {p.text for p in _listed_after(m, mentions, text) if p.text not in people}
            continue
        if _staff_of(m, text, mentions) or _taken_up_as_body(m, text) or _apposed_body(m, text):
            bodies.add(m.text)
    if not bodies:
        return mentions
    return [
        EntityMention(m.start, m.end, m.text, "ORG") if _untitled(m) and m.text in bodies else m
        for m in mentions
    ]


def _untitled(m: EntityMention) -> bool:
    """A person mention no title names: no role, or a "role" that is an object of "of" ("Bank of America
    Merrill Lynch" read as "Merrill Lynch" after "America")."""
    return m.type == "PER" and (not m.role or not is_title(m.role))


def _placed(name: str) -> bool:
    return place(name) is not None or name.casefold() in english_regions()


def _listed_after(first: EntityMention, mentions: list[EntityMention], text: str) -> list[EntityMention]:
    """The role-less person names listed after ``first`` with commas and "and" ("companies A , B , C
    and D"), through names of other types, until a gap that is no list's."""
    out: list[EntityMention] = []
    at = first
    for m in sorted((m for m in mentions if m.start >= first.end), key=lambda m: m.start)[:_MAX_LIST]:
        gap = _LIST_GAP.match(text, at.end)
        if gap is None or not _joined_to(gap.end(), m, text):
            break
        if _untitled(m):
            out.append(m)
        at = m
    return out


def _joined_to(at: int, m: EntityMention, text: str) -> bool:
    """``m`` stands at ``at`` or after capitalised words only ("and First Choice": "First" was cut)."""
    return m.start >= at and re.fullmatch(r"(?:[A-Z][\w'’-]*\s+)*", text[at : m.start]) is not None


def _staff_of(m: EntityMention, text: str, mentions: list[EntityMention]) -> bool:
    """Staff written right before the name with "at"/"from" ("analysts at Citigroup"), or a person's full
    name before "from" and a one-word name ("Sarah Harrison from Wikileaks")."""
    if _STAFF_AT.search(text, max(0, m.start - _REACH), m.start):
        return True
    before = _FROM.search(text, max(0, m.start - 8), m.start)
    if before is None or " " in m.text:
        return False
    return any(
        p.type == "PER" and " " in p.text and text[p.end : m.start] == before.group() for p in mentions
    )


# ", the international medical humanitarian group", ", a Houston-based oil services company": an
# apposition up to its first function word or mark, whose last word is its head.
_APPOSED = re.compile(r"\s*,\s*(?:a|an|the)\s+((?:[\w'’-]+\s+){0,4}?)([a-z]+)(?=\s*(?:[,.;:)]|--|-LRB-|$))")


def _apposed_body(m: EntityMention, text: str) -> bool:
    """An apposition right after the name whose head is a body's class noun and whose other words are
    no function words ("Medecins Sans Frontieres , the international medical humanitarian group ,")."""
    apposed = _APPOSED.match(text, m.end)
    if apposed is None or apposed.group(2) not in _CLASS_SET:
        return False
    return not any(w.casefold() in stop_words() or w in {"'s", "’s"} for w in apposed.group(1).split())


def _taken_up_as_body(m: EntityMention, text: str) -> bool:
    """The name speaks (a speech verb right after it, or "said X" closing its clause) and the next
    sentence opens with "Its …" or "The … company said"; not after a title in lower case."""
    title = _TITLE_BEFORE.search(text, max(0, m.start - _REACH), m.start)
    if title and is_title(title.group(1)):
        return False
    speaks = _SPEAKS_AFTER.match(text, m.end)
    if speaks is None and _SAID_BEFORE.search(text, max(0, m.start - 8), m.start) is None:
        return False
    at = speaks.end() if speaks else m.end
    rest = _REST.match(text[: at + _SENTENCE_REACH], at)
    return rest is not None and _NEXT_AS_BODY.match(text, rest.end()) is not None
