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

from warta.extract import lexicon_measures as lex
from warta.extract.lexicon_numbers import CURRENCY_BEFORE
from warta.extract.numbers import Quantity
from warta.types import Span

# Two measures with similarity at or above this are the same measure.
SAME_MEASURE_THRESHOLD = 0.6

_WORD = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*|\d+(?:[.,]\d+)*|[^\w\s]")
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
    context: tuple[str, ...] = ()  # the sentence's content words, to tell apart same-headed figures


def find_measure(
    text: str, quantity: Quantity, *, clause: Span | None = None, language: str = "id"
) -> Measure:
    """The measure of ``quantity`` read from the sentence (``clause``) around it."""
    lo, hi = (clause.start, clause.end) if clause else (0, len(text))
    english = language.lower().startswith("en")
    before = [(m.group(), m.group().lower()) for m in _WORD.finditer(text, lo, max(lo, quantity.start))]
    after = [(m.group(), m.group().lower()) for m in _WORD.finditer(text, min(quantity.end, hi), hi)]
    head = _head_after(after, english=english)
    if not head and english and quantity.kind == "money" and after[:1] and after[0][1] == "in":
        head = _head_after(after[1:], english=True)  # "350 million rupiah in emergency funds"
    if head.lower() in lex.GENERIC_WORDS:
        head = _described_as(after, english=english) or head
    role, role_word, own = _role(before, after)
    if quantity.kind == "duration":
        head = _lasting(before, after, english=english) or head
    elif (not head or (not own and head.lower() in lex.GENERIC_WORDS)) and _links_back(before, quantity):
        subject = _subject(before, english=english)
        if subject.role:
            role, role_word = subject.role, subject.role_word
        if subject.head and (not head or subject.role or subject.head.lower() not in lex.GENERIC_WORDS):
            head = subject.head
        elif not head:
            head = _head_before(before, english=english)
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


def _is_verb(low: str, *, english: bool) -> bool:
    """An affixed Indonesian verb ("menyebut", "diturunkan", "tersebar"): it ends a noun phrase."""
    if english or len(low) <= 4 or not low.startswith(lex.VERB_PREFIXES) or low in lex.NOT_VERBS:
        return False
    return _stem(low, english=False) != low


def _head_after(after: list[tuple[str, str]], *, english: bool = False) -> str:
    words: list[str] = []
    for raw, low in after:
        if not words and (low in _OPEN_QUOTES or (english and low in lex.DETERMINERS)):
            continue
        if not raw[0].isalpha() or low in lex.STOP or low in _ROLE_OF or len(words) == _HEAD_WORDS:
            break
        if _is_verb(low, english=english):
            break
        words.append(raw)
    while len(words) > 1 and words[0].lower() in lex.PARTITIVES:
        words.pop(0)
    return " ".join(words)


def _described_as(after: list[tuple[str, str]], *, english: bool = False) -> str:
    """ "puluhan orang yang digambarkan sebagai perusuh": the description names what is counted."""
    for k, (_, low) in enumerate(after[:_DESCRIBED_WINDOW]):
        if low in lex.DESCRIBED_AS and after[k + 1 : k + 2] and after[k + 1][1] not in lex.DESCRIBED_AS:
            return _head_after(after[k + 1 :], english=english)
        if low in ".,;!?":
            break
    return ""


def _head_before(before: list[tuple[str, str]], *, english: bool = False) -> str:
    """For "X berjumlah sekitar 2.500", "harga minyak naik 1 persen": the noun phrase opening the clause."""
    start = 0
    for k, (raw, low) in enumerate(before):
        if (not raw[0].isalnum() and low not in _OPEN_QUOTES) or low in lex.CLAUSE_STARTS:
            start = k + 1
    words = _head_after(before[start:], english=english)
    if words:
        return words
    for k, (_, low) in enumerate(before):
        if low in lex.PRICE_WORDS:
            return _head_after(before[k:], english=english)
    return ""


@dataclass(frozen=True)
class _Phrase:
    """A run of content words before a number, the word before it, and a role word beside it."""

    words: tuple[str, ...]
    prev: str
    role: str | None
    role_word: str

    @property
    def head(self) -> str:
        """The phrase as text."""
        return " ".join(self.words)


def _subject(before: list[tuple[str, str]], *, english: bool) -> _Phrase:
    """What a clause-closing number counts: the last noun phrase before the linking verb that is not
    inside a prepositional phrase, a relative clause or an apposition ("warga yang dirawat akibat
    kericuhan tercatat 5 orang" -> warga, injured)."""
    k = len(before)
    while k and (
        before[k - 1][1] in lex.STOP
        or before[k - 1][1] in lex.LINKING_VERBS
        or before[k - 1][1] in lex.LINKING_PREPOSITIONS
    ):
        k -= 1
    phrases = _phrases(before[:k], english=english)
    for n in range(len(phrases) - 1, -1, -1):
        p = phrases[n]
        tucked = p.prev in lex.PREPOSITIONS or p.prev in lex.RELATIVES or p.prev[:1].isdigit()
        if tucked or (p.prev == "," and n > 0):
            continue
        words = list(p.words[-_HEAD_WORDS:] if english else p.words[:_HEAD_WORDS])
        while len(words) > 1 and words[0].lower() in lex.PARTITIVES:
            words.pop(0)
        return _Phrase(tuple(words), p.prev, p.role, p.role_word)
    return _Phrase((), "", None, "")


def _phrases(tokens: list[tuple[str, str]], *, english: bool) -> list[_Phrase]:
    """Maximal runs of content words, each with the word before it and an adjacent role word."""
    phrases: list[_Phrase] = []
    run: list[str] = []
    prev = ""
    pending: tuple[str, str] | None = None  # a role word right before the run ("death toll")
    last_end = -2  # index after the last closed run
    for k, (raw, low) in enumerate([*tokens, (".", ".")]):
        content = raw[0].isalpha() and low not in lex.STOP and low not in _ROLE_OF
        content = content and low not in lex.DETERMINERS and low not in lex.ROLE_BEFORE
        content = content and low not in CURRENCY_BEFORE
        content = content and not _is_verb(low, english=english)
        if content:
            if not run:
                prev = _previous(tokens, k)
            run.append(raw)
            continue
        if run:
            role, role_word = pending if pending else (None, "")
            phrases.append(_Phrase(tuple(run), prev, role, role_word))
            run, pending, last_end = [], None, k
        if low in lex.ROLE_BEFORE:
            pending = (lex.ROLE_BEFORE[low], raw)
        elif low in _ROLE_OF:
            between = [w for _, w in tokens[last_end:k]] if last_end >= 0 else ["."]
            if (
                phrases
                and phrases[-1].role is None
                and all(w in lex.RELATIVES or w in lex.STOP for w in between)
            ):
                last = phrases[-1]
                phrases[-1] = _Phrase(last.words, last.prev, _ROLE_OF[low], raw)
            else:
                pending = (_ROLE_OF[low], raw)
        elif low not in lex.DETERMINERS:
            pending = None
    return phrases


def _previous(tokens: list[tuple[str, str]], k: int) -> str:
    """The word before position ``k``, skipping determiners ("from a flash flood" -> "from")."""
    j = k - 1
    while j >= 0 and tokens[j][1] in lex.DETERMINERS:
        j -= 1
    return tokens[j][1] if j >= 0 else ""


def _lasting(before: list[tuple[str, str]], after: list[tuple[str, str]], *, english: bool) -> str:
    """What a duration measures: the task it took ("lima jam untuk memadamkan api") or what lasted
    ("status tanggap darurat selama 14 hari")."""
    if after and after[0][1] in lex.DURATION_FOR:
        words = [
            raw
            for raw, low in after[1 : 1 + _HEAD_WORDS]
            if raw[0].isalpha() and low not in lex.STOP and low not in lex.DETERMINERS
        ]
        return " ".join(words[:2])
    if before and before[-1][1] in lex.DURATION_OF:
        k = len(before) - 1
        start = k
        while start and before[start - 1][0][0].isalpha() and before[start - 1][1] not in lex.STOP:
            if _is_verb(before[start - 1][1], english=english) or before[start - 1][1] in _ROLE_OF:
                break
            start -= 1
        return _head_after(before[start:k], english=english)
    return ""


def _role(before: list[tuple[str, str]], after: list[tuple[str, str]]) -> tuple[str | None, str, bool]:
    """The event role: an active verb just before, a role word after, else one earlier in the clause;
    and whether it is the number's own (not an earlier word's, which a clause's subject may override)."""
    for raw, low in reversed(before[-3:]):
        if low in _ACTIVE_ROLE_OF:
            return _ACTIVE_ROLE_OF[low], raw, True
        if low not in lex.STOP and raw[0].isalpha():
            break
    seen = 0
    for raw, low in after:
        if low in ".;!?" or seen == _ROLE_WINDOW:
            break
        if low in _ROLE_OF:
            return _ROLE_OF[low], raw, True
        seen += raw[0].isalnum()
    for raw, low in reversed(before):
        if low in ".;!?,":
            break
        if low in _ROLE_OF:
            return _ROLE_OF[low], raw, False
    return None, "", False


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
        # Modifiers in two languages cannot be compared word by word; the head concept must do.
        bilingual = a.language[:2].lower() != b.language[:2].lower()
        mods_a, mods_b = (set(), set()) if bilingual else (set(ca[1:]), set(cb[1:]))
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


def _encoder() -> Callable[[list[str]], Any]:
    # One shared model per process (warta.text.embeddings), not a second copy here.
    from warta.text.embeddings import embed

    return embed
