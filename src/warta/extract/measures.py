"""What a number measures: the counted thing, its unit and its event role (matching: measure_match).

>>> from warta.extract.numbers import find_quantities
>>> text = "Polisi menyebut 18 petugas keamanan telah tewas."
>>> m = find_measure(text, find_quantities(text)[0])
>>> m.head, m.role, m.text
('petugas keamanan', 'killed', 'petugas keamanan tewas')
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from warta.extract import lexicon_measures as lex
from warta.extract import measure_heads as heads
from warta.extract.counted_nouns import times_object
from warta.extract.measure_match import SAME_MEASURE_THRESHOLD, concepts, same_measure, same_measures
from warta.extract.numbers import Quantity
from warta.types import Span

# The matching of measures lives in measure_match; importers keep reading it from here.
__all__ = [
    "SAME_MEASURE_THRESHOLD",
    "Measure",
    "concepts",
    "find_measure",
    "same_measure",
    "same_measures",
]

_WORD = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*|\d+(?:[.,]\d+)*|[^\w\s]")
_ACTIVE_ROLE_OF = {w: role for role, words in lex.ACTIVE_ROLES.items() for w in words}
_ROLE_WINDOW = 10


@dataclass(frozen=True)
class Measure:
    """The thing a number counts (head noun phrase), its unit and its event role."""

    head: str  # "pasukan keamanan", "pengunjuk rasa", "harga bahan bakar"; "" when the text leaves it out
    unit: str | None  # the quantity's unit: None for counts, "%", "IDR", "tahun", ...
    role: str | None  # killed, injured, detained, evacuated, deployed, price, age, missing
    text: str  # the head with its role word, as a label: "petugas keamanan tewas"
    language: str = "id"
    context: tuple[str, ...] = ()  # the sentence's content words, to tell apart same-headed figures


def find_measure(
    text: str, quantity: Quantity, *, clause: Span | None = None, language: str = "id"
) -> Measure:
    """The measure of ``quantity`` read from the sentence (``clause``) around it."""
    lo, hi = (clause.start, clause.end) if clause else (0, len(text))
    english = language.lower().startswith("en")
    before = [(m.group(), m.group().lower()) for m in _WORD.finditer(text, lo, max(lo, quantity.start))]
    after = [(m.group(), m.group().lower()) for m in _WORD.finditer(text, min(quantity.end, hi), hi)]
    head = heads.head_after(after, english=english)
    if after[:1] and after[0][1] in {"kali", "times"}:
        head = times_object([raw for raw, _ in after[1:]])  # "dua kali dijatuhi sanksi": the sanctions
    if not head and english and quantity.kind == "money" and after[:1] and after[0][1] == "in":
        head = heads.head_after(after[1:], english=True)  # "350 million rupiah in emergency funds"
    if head.lower() in lex.GENERIC_WORDS:
        head = heads.described_as(after, english=english) or head
    role, role_word, own = _role(before, after)
    if quantity.kind == "duration":
        head = heads.lasting(before, after, english=english) or head
    elif (not head or (not own and head.lower() in lex.GENERIC_WORDS)) and _links_back(before, quantity):
        subject = heads.clause_subject(before, english=english)
        if subject.role:
            role, role_word = subject.role, subject.role_word
        if subject.head and (not head or subject.role or subject.head.lower() not in lex.GENERIC_WORDS):
            head = subject.head
        elif not head:
            head = heads.head_before(before, english=english)
    if role is None and head.split(" ", 1)[0].lower() in lex.PRICE_WORDS:
        role = "price"
    word = lex.ROLE_LABELS.get(role or "", ("", ""))[english] or role_word
    label = " ".join(w for w in (head, "" if word.lower() in head.lower().split() else word) if w)
    context = sorted({low for raw, low in (*before, *after) if raw[0].isalpha() and low not in lex.STOP})
    return Measure(head, quantity.unit, role, label, language, tuple(context))


def _links_back(before: list[tuple[str, str]], quantity: Quantity) -> bool:
    """Whether the number closes its clause ("berjumlah sekitar 2.500", "naik 1 persen", "rose to 14")."""
    if quantity.kind in {"percent", "money", "multiplier"}:
        return True
    if len(before) > 1 and before[-1][1] in lex.LINKING_PREPOSITIONS:
        return before[-2][1] in lex.LINKING_VERBS
    return bool(before) and before[-1][1] in lex.LINKING_VERBS


def _role(before: list[tuple[str, str]], after: list[tuple[str, str]]) -> tuple[str | None, str, bool]:
    """The event role: an active verb just before, a role word after, else one earlier in the clause;
    and whether it is the number's own (not an earlier word's, which a clause's subject may override)."""
    for raw, low in reversed(before[-3:]):
        if low in _ACTIVE_ROLE_OF:
            return _ACTIVE_ROLE_OF[low], raw, True
        if low not in lex.STOP and raw[0].isalpha():
            break
    seen = 0
    for k, (raw, low) in enumerate(after):
        if low in ".;!?" or seen == _ROLE_WINDOW:
            break
        if low in heads.ROLE_OF and not _lost_contact(after, k):
            return heads.ROLE_OF[low], raw, True
        seen += raw[0].isalnum()
    for k, (raw, low) in enumerate(reversed(before)):
        if low in ".;!?,":
            break
        if low in heads.ROLE_OF and not _lost_contact(before, len(before) - 1 - k):
            return heads.ROLE_OF[low], raw, False
    return None, "", False


def _lost_contact(words: list[tuple[str, str]], k: int) -> bool:
    """ "hilang kontak", "lost contact": a plane lost contact, nobody it carried is counted missing."""
    return (
        words[k][1] in {"hilang", "lost"}
        and words[k + 1 : k + 2] != []
        and words[k + 1][1] in {"kontak", "contact"}
    )
